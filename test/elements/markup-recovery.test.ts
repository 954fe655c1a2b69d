// The date grid stops at the booking horizon and says why; the confirmation's intake link says
// it opens a new tab; the popup's title bar is no banner landmark; the week strip's buttons are
// named by what they show.
import { expect, fixture, html } from '@open-wc/testing';
import '../../src/elements/book-service/book-service.js';
import '../../src/embed/index.js';
import type { CircleBookDialog } from '../../src/elements/book-dialog/book-dialog.js';
import { addDays, localDate } from '../../src/time/zoned.js';
import { formatDate } from '../../src/i18n/format.js';
import { apiBase, useSimulator } from '../support/simulator-worker.js';
import { control, find } from '../support/dom.js';
import { bookUntilReview, flowOf, waitForStep } from '../support/booking.js';
import type { CircleBookingFlow } from '../../src/booking-flow/booking-flow.js';
import 'axe-core';

declare const axe: { run(context: Element, options: object): Promise<{ violations: { id: string }[]; incomplete: { id: string }[] }> };

/** The check-up's booking horizon: 8 weeks from now, in the Berlin clinic's zone. */
const horizon = () => localDate(Date.now() + 56 * 86_400_000, 'Europe/Berlin');

async function timeStep(layout: 'month' | 'week'): Promise<CircleBookingFlow> {
  const element = await fixture<HTMLElement>(html`<circle-book-service service-id="svc_checkup" api-base=${apiBase} layout=${layout}></circle-book-service>`);
  const flow = await flowOf(element);
  await waitForStep(flow, 'time');
  await find(() => flow.shadowRoot!.querySelector('circle-time-list'), 'the free times');
  return flow;
}

describe('the booking horizon', () => {
  beforeEach(useSimulator);

  it('month: Next month stops at the horizon’s month, described by why', async () => {
    const flow = await timeStep('month');
    const picker = flow.shadowRoot!.querySelector('circle-day-picker')!;
    const next = () => picker.shadowRoot!.querySelector<HTMLElement>('[part=next]')!;

    for (let pages = 0; pages < 12 && next().getAttribute('aria-disabled') !== 'true'; pages++) {
      next().click();
      await flow.updateComplete;
      await picker.updateComplete;
    }

    const last = horizon();
    expect(picker.month, 'the last month shown').to.equal(last.slice(0, 7));
    const note = picker.shadowRoot!.getElementById(next().getAttribute('aria-describedby')!);
    expect(note?.textContent?.trim()).to.equal(`Online booking opens 8 weeks ahead, until ${formatDate(last)}. For a later visit, please contact the clinic.`);
    next().click();
    await picker.updateComplete;
    expect(picker.month).to.equal(last.slice(0, 7));
    await expect(flow).to.be.accessible();
  });

  it('week: Next week stops at the horizon’s week, described by why', async () => {
    const flow = await timeStep('week');
    flow.showWeek(addDays(horizon(), -3));
    await find(() => control(flow.shadowRoot!, /Next week/)?.getAttribute('aria-disabled') === 'true' || undefined, 'the last week');
    const next = control(flow.shadowRoot!, /Next week/)!;
    const note = flow.shadowRoot!.getElementById(next.getAttribute('aria-describedby')!);
    expect(note?.textContent?.trim()).to.contain('Online booking opens 8 weeks ahead, until');
    const shown = flow.shadowRoot!.querySelector<HTMLElement>('.week-day')!.dataset.date;
    next.click();
    await flow.updateComplete;
    expect(flow.shadowRoot!.querySelector<HTMLElement>('.week-day')!.dataset.date).to.equal(shown);
  });

  it('week: the ‹ › buttons are named by what they show (axe label-content-name-mismatch)', async () => {
    const flow = await timeStep('week');
    const nav = flow.shadowRoot!.querySelector('.week-nav')!;
    const result = await axe.run(nav, { runOnly: ['label-content-name-mismatch'] });
    expect([...result.violations, ...result.incomplete].map((rule) => rule.id)).to.deep.equal([]);
    expect(control(flow.shadowRoot!, /Previous week/)).to.exist;
  });
});

describe('the confirmation’s intake link', () => {
  beforeEach(useSimulator);

  it('says it opens a new tab', async () => {
    const element = await fixture<HTMLElement>(html`<circle-book-service service-id="svc_physio" api-base=${apiBase}></circle-book-service>`);
    const flow = await flowOf(element);
    await bookUntilReview(flow);
    control(flow.shadowRoot!, 'Confirm booking')!.click();
    await waitForStep(flow, 'done');
    const link = await find(() => flow.shadowRoot!.querySelector<HTMLAnchorElement>('[part=forms-link]'), 'the intake link');
    expect(link.target).to.equal('_blank');
    expect(link.textContent.replace(/\s+/g, ' ').trim()).to.equal('Complete intake forms (opens in a new tab)');
  });
});

describe('the popup', () => {
  beforeEach(useSimulator);
  afterEach(() => document.querySelectorAll('circle-book-dialog').forEach((dialog) => dialog.remove()));

  it('has no banner landmark: its title bar is part of the dialog', async () => {
    await fixture(html`<button id="trigger" data-circle-book-service="svc_checkup" data-circle-api-base=${apiBase}>Book</button>`);
    document.querySelector<HTMLButtonElement>('#trigger')!.click();
    const dialog = await find(() => document.querySelector<CircleBookDialog>('circle-book-dialog[open]'), 'the open dialog');
    await dialog.updateComplete;
    // HTML-AAM: a <header> is a banner landmark unless it sits in sectioning content or has a role.
    const banners = [...dialog.shadowRoot!.querySelectorAll('header')].filter(
      (header) => !header.hasAttribute('role') && !header.parentElement?.closest('article, aside, main, nav, section'),
    );
    expect(banners.map((header) => header.outerHTML.slice(0, 60))).to.deep.equal([]);
    expect(dialog.shadowRoot!.querySelector('[part=header] #title')?.textContent).to.equal('Book an appointment');
  });
});
