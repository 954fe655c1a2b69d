/**
 * Right to left: an Arabic element, or any element under `dir="rtl"`, mirrors its layout; the
 * day picker's arrow keys follow what the patient sees; and nothing overflows a phone's width.
 */
import { expect, fixture, html } from '@open-wc/testing';
import { sendKeys, setViewport } from '@web/test-runner-commands';
import '../../src/elements/book-service/book-service.js';
import '../../src/elements/appointment/appointment.js';
import type { CircleBookService } from '../../src/elements/book-service/book-service.js';
import type { CircleAppointment } from '../../src/elements/appointment/appointment.js';
import type { CircleBookingFlow } from '../../src/booking-flow/booking-flow.js';
import type { CircleDayPicker } from '../../src/booking-flow/day-picker.js';
import { seedAppointments } from '../../src/mocks/index.js';
import { addDays } from '../../src/time/zoned.js';
import { ada, appointmentShown, continueTo, fillDetails, flowOf } from '../support/booking.js';
import { deepActiveElement, find, queryAllDeep } from '../support/dom.js';
import { skipIfNarrowerThanWindow } from '../support/engine.js';
import { apiBase, useSimulator } from '../support/simulator-worker.js';

async function toTimes(flow: CircleBookingFlow): Promise<CircleDayPicker> {
  await flow.updateComplete;
  flow.shadowRoot!.querySelector<HTMLInputElement>('input[name=variant]')!.click();
  await continueTo(flow, 'location');
  flow.shadowRoot!.querySelector<HTMLInputElement>('input[name=location]')!.click();
  await continueTo(flow, 'time');
  const picker = await find(() => flow.shadowRoot!.querySelector('circle-day-picker'), 'the day picker');
  await find(() => flow.shadowRoot!.querySelector('circle-time-list'), 'the free times');
  await picker.updateComplete;
  return picker;
}

/** Elements that stick out of the viewport's width, or scroll sideways inside. */
function overflowing(root: Element, width: number): string[] {
  const found: string[] = [];
  if (document.documentElement.scrollWidth > width) found.push(`the page scrolls sideways (${document.documentElement.scrollWidth} px)`);
  for (const element of [root, ...queryAllDeep(root.shadowRoot!, '*')]) {
    const rect = element.getBoundingClientRect();
    if (rect.width === 0 || getComputedStyle(element).visibility === 'hidden') continue;
    if (element.closest('.visually-hidden') || element.matches('.visually-hidden')) continue;
    if (rect.left < -0.5 || rect.right > width + 0.5)
      found.push(`<${element.localName} class="${element.className}"> spans ${Math.round(rect.left)}–${Math.round(rect.right)}`);
    if (element.scrollWidth > element.clientWidth + 1 && getComputedStyle(element).overflowX !== 'visible')
      found.push(`<${element.localName}> scrolls sideways`);
  }
  return found;
}

describe('right to left', () => {
  beforeEach(useSimulator);
  afterEach(() => setViewport({ width: 800, height: 600 }));

  it('lays an Arabic element out right to left on a left-to-right page, and says its language', async () => {
    const host = await fixture<CircleBookService>(html`<circle-book-service locale="ar" service-id="svc_physio" api-base=${apiBase}></circle-book-service>`);
    const flow = await flowOf(host);
    const picker = await toTimes(flow);

    expect(host.getAttribute('dir')).to.equal('rtl');
    expect(host.getAttribute('lang')).to.equal('ar');
    const headers = [...picker.shadowRoot!.querySelectorAll('th')].map((th) => th.getBoundingClientRect().left);
    expect(headers[0], 'the first weekday is on the right').to.be.greaterThan(headers[6]!);
    const previous = picker.shadowRoot!.querySelector('[part=previous]')!.getBoundingClientRect();
    const nextButton = picker.shadowRoot!.querySelector('[part=next]')!.getBoundingClientRect();
    expect(previous.left, 'previous month on the right').to.be.greaterThan(nextButton.left);
  });

  it('leaves an author’s own dir alone and mirrors any element under dir="rtl"', async () => {
    const page = await fixture<HTMLElement>(
      html`<div dir="rtl"><circle-book-service locale="en" service-id="svc_physio" api-base=${apiBase}></circle-book-service></div>`,
    );
    const host = page.firstElementChild as CircleBookService;
    host.setAttribute('dir', 'rtl');
    const flow = await flowOf(host);
    const picker = await toTimes(flow);

    expect(host.getAttribute('dir')).to.equal('rtl');
    const headers = [...picker.shadowRoot!.querySelectorAll('th')].map((th) => th.getBoundingClientRect().left);
    expect(headers[0]).to.be.greaterThan(headers[6]!);
  });

  it('moves the day picker’s focus the way the arrow points', async () => {
    const host = await fixture<CircleBookService>(html`<circle-book-service locale="ar" service-id="svc_physio" api-base=${apiBase}></circle-book-service>`);
    const picker = await toTimes(await flowOf(host));
    const start = picker.shadowRoot!.querySelector<HTMLElement>('td[tabindex="0"]')!;
    start.focus();
    const from = start.dataset['date']!;
    const leftOf = (date: string) => picker.shadowRoot!.querySelector(`td[data-date="${date}"]`)!.getBoundingClientRect().left;

    await sendKeys({ press: 'ArrowLeft' });
    await picker.updateComplete;
    const left = (deepActiveElement() as HTMLElement).dataset['date']!;

    expect(left).to.equal(addDays(from, 1), 'ArrowLeft goes to the next day, which is on the left');
    if (left.slice(0, 7) === from.slice(0, 7) && picker.shadowRoot!.querySelector(`td[data-date="${from}"]`)) {
      expect(leftOf(left)).to.be.lessThan(leftOf(from));
    }
    await sendKeys({ press: 'ArrowRight' });
    await picker.updateComplete;
    expect((deepActiveElement() as HTMLElement).dataset['date']).to.equal(from);
  });

  for (const width of [320, 400]) {
    it(`fits ${width} px in Arabic at every booking step`, async function () {
      skipIfNarrowerThanWindow(this, width); // not at 320 px in WebKit: its window is at least 334 px wide
      await setViewport({ width, height: 720 });
      const host = await fixture<CircleBookService>(html`<circle-book-service locale="ar" service-id="svc_physio" api-base=${apiBase}></circle-book-service>`);
      const flow = await flowOf(host);
      await flow.updateComplete;
      expect(overflowing(host, width), 'variant step').to.deep.equal([]);
      // The clinic's English description keeps its own direction (its full stop at its end) in Arabic.
      expect(flow.shadowRoot!.querySelector('.description')!.getAttribute('dir')).to.equal('auto');
      await toTimes(flow);
      expect(overflowing(host, width), 'time step').to.deep.equal([]);
      flow.shadowRoot!.querySelector('circle-time-list')!.shadowRoot!.querySelector<HTMLInputElement>('input')!.click();
      await continueTo(flow, 'details');
      await fillDetails(flow, ada);
      expect(overflowing(host, width), 'details step').to.deep.equal([]);
      await continueTo(flow, 'review');
      expect(overflowing(host, width), 'review step').to.deep.equal([]);
    });
  }

  it('fits 320 px in Arabic for an appointment and its cancel step', async function () {
    skipIfNarrowerThanWindow(this, 320); // not in WebKit: its window is at least 334 px wide
    await setViewport({ width: 320, height: 720 });
    const { id, token } = seedAppointments.formsDue;
    const host = await fixture<CircleAppointment>(
      html`<circle-appointment locale="ar" appointment-id=${id} token=${token} api-base=${apiBase}></circle-appointment>`,
    );
    await appointmentShown(host);
    expect(overflowing(host, 320)).to.deep.equal([]);
    host.shadowRoot!.querySelector<HTMLElement>('[data-action-button=cancel]')!.click();
    await host.updateComplete;
    expect(overflowing(host, 320)).to.deep.equal([]);
  });
});
