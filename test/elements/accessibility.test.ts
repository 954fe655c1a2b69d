/**
 * WCAG 2.2 AA beyond axe, on the screens a patient and staff meet: reflow at 320 px (400 %
 * zoom of a 1280 px window) and 640 px (200 %), text spacing (1.4.12), target size (2.5.8) and
 * forced colours (Windows high contrast, emulated). axe itself runs on every screen in every
 * language, light and dark, in locales.test.ts.
 */
import { expect, fixture, html } from '@open-wc/testing';
import { emulateMedia, setViewport } from '@web/test-runner-commands';
import { engine, skipIfNarrowerThanWindow } from '../support/engine.js';
import '../../src/elements/book-service/book-service.js';
import '../../src/elements/appointment/appointment.js';
import '../../src/elements/share-menu/share-menu.js';
import type { CircleAppointment } from '../../src/elements/appointment/appointment.js';
import type { CircleShareMenu } from '../../src/elements/share-menu/share-menu.js';
import { seedAppointments } from '../../src/mocks/index.js';
import { ada, appointmentShown, chooseFirstTime, continueTo, fillDetails, flowOf } from '../support/booking.js';
import { find } from '../support/dom.js';
import { clipped, drawn, overflowing, overrideTextSpacing, smallTargets, unboundedControls } from '../support/layout.js';
import { apiBase, useSimulator } from '../support/simulator-worker.js';
import { pageColorScheme, wcagViolations } from '../support/axe.js';

interface Screen {
  name: string;
  host: HTMLElement;
}

/** Walks a booking to each step, handing each screen to `check`. */
async function bookingScreens(check: (screen: Screen) => Promise<void> | void): Promise<void> {
  const host = await fixture<HTMLElement>(html`<circle-book-service service-id="svc_physio" api-base=${apiBase}></circle-book-service>`);
  const flow = await flowOf(host);
  await flow.updateComplete;
  await check({ name: 'the variant step', host });
  flow.shadowRoot!.querySelector<HTMLInputElement>('input[name=variant]')!.click();
  await continueTo(flow, 'location');
  flow.shadowRoot!.querySelector<HTMLInputElement>('input[name=location]')!.click();
  await continueTo(flow, 'time');
  // A day with two times or more to book online: late in the day, today can have one at most,
  // and the time step is checked with a chosen time beside others.
  const picker = await find(() => flow.shadowRoot!.querySelector('circle-day-picker'), 'the day picker');
  await find(() => (picker.pending ? undefined : true), "the month's free days");
  const fullDay = [...(flow.month?.days ?? [])]
    .filter(([, slots]) => slots.filter((slot) => slot.bookableOnline !== false).length > 1)
    .map(([day]) => day)
    .sort()[0];
  picker.shadowRoot!.querySelector<HTMLElement>(`td[data-date="${fullDay}"]`)?.click();
  await flow.updateComplete;
  await chooseFirstTime(flow);
  await check({ name: 'the time step', host });
  await continueTo(flow, 'details');
  flow.shadowRoot!.querySelector<HTMLElement>('[part~=continue-button]')!.click();
  const form = flow.shadowRoot!.querySelector('circle-patient-form')!;
  await find(() => form.shadowRoot!.querySelector('[part=error]'), 'the errors');
  await check({ name: 'the details step with errors', host });
  await fillDetails(flow, ada);
  await continueTo(flow, 'review');
  await check({ name: 'the review step', host });
}

async function appointmentScreens(check: (screen: Screen) => Promise<void> | void): Promise<void> {
  const { id, token } = seedAppointments.formsDue;
  const host = await fixture<CircleAppointment>(html`<circle-appointment appointment-id=${id} token=${token} api-base=${apiBase}></circle-appointment>`);
  await appointmentShown(host);
  await check({ name: 'an appointment', host });
  host.shadowRoot!.querySelector<HTMLElement>('[data-action-button=cancel]')!.click();
  await host.updateComplete;
  await check({ name: 'cancelling an appointment', host });
}

async function shareMenuScreens(check: (screen: Screen) => Promise<void> | void): Promise<void> {
  const host = await fixture<CircleShareMenu>(html`<circle-share-menu kind="service" record-id="svc_physio" api-base=${apiBase}></circle-share-menu>`);
  host.shadowRoot!.querySelector<HTMLElement>('[part=button]')!.click();
  await host.updateComplete;
  host.shadowRoot!.querySelector<HTMLElement>('#share')!.click();
  await find(() => (host.shadowRoot!.querySelector('[data-action=copy]')?.getAttribute('aria-disabled') === 'true' ? undefined : true), 'the link');
  await host.updateComplete;
  await check({ name: 'the share menu, open', host });
}

const everyScreen = [bookingScreens, appointmentScreens, shareMenuScreens];

const emulatesForcedColors = engine === 'chromium';

describe('accessibility beyond axe', () => {
  beforeEach(useSimulator);
  afterEach(async () => {
    await setViewport({ width: 800, height: 600 });
    if (emulatesForcedColors) await emulateMedia({ forcedColors: 'none' });
  });

  it('has checks that can fail: axe finds an unnamed button, and dark is in effect', async () => {
    // eslint-disable-next-line lit-a11y/accessible-name -- the unnamed button is the point: axe must find it
    const broken = await fixture<HTMLElement>(html`<div><button type="button"></button></div>`);
    expect(await wcagViolations(broken)).to.have.length.greaterThan(0);
    const host = await fixture<HTMLElement>(html`<circle-book-service service-id="svc_physio" api-base=${apiBase}></circle-book-service>`);
    await flowOf(host);
    const light = getComputedStyle(host).color;
    pageColorScheme('dark');
    const dark = getComputedStyle(host).color;
    pageColorScheme('light');
    expect(dark).not.to.equal(light);
  });

  it('has layout checks that can fail', async () => {
    await setViewport({ width: 320, height: 600 });
    const host = await fixture<HTMLElement>(html`<div></div>`);
    host.attachShadow({ mode: 'open' }).innerHTML = `
      <button style="inline-size: 16px; block-size: 16px; padding: 0; border: none">x</button>
      <p style="inline-size: 400px">wide</p>
      <div style="block-size: 1em; overflow: hidden">one<br />two</div>`;
    expect(smallTargets(host)).to.have.length(1);
    expect(unboundedControls(host)).to.have.length(1);
    expect(overflowing(host, 320)).to.have.length.greaterThan(0);
    expect(clipped(host)).to.have.length(1);
  });

  for (const [width, zoom] of [
    [320, '400 %'],
    [640, '200 %'],
  ] as const) {
    it(`reflows at ${width} px (${zoom} zoom) without scrolling sideways`, async function () {
      skipIfNarrowerThanWindow(this, width); // not at 320 px in WebKit: its window is at least 334 px wide
      await setViewport({ width, height: 800 });
      const problems: string[] = [];
      for (const screens of everyScreen) await screens(({ name, host }) => void problems.push(...overflowing(host, width).map((p) => `${name}: ${p}`)));
      expect(problems).to.deep.equal([]);
    });
  }

  it('clips nothing under WCAG’s text spacing, at 320 px', async function () {
    skipIfNarrowerThanWindow(this, 320); // not in WebKit: its window is at least 334 px wide
    await setViewport({ width: 320, height: 800 });
    const problems: string[] = [];
    for (const screens of everyScreen) {
      await screens(async ({ name, host }) => {
        const restore = overrideTextSpacing(host);
        await new Promise(requestAnimationFrame);
        problems.push(...[...clipped(host), ...overflowing(host, 320)].map((p) => `${name}: ${p}`));
        restore();
      });
    }
    expect(problems).to.deep.equal([]);
  });

  it('makes every target at least 24 by 24 px', async function () {
    skipIfNarrowerThanWindow(this, 320); // not in WebKit: its window is at least 334 px wide
    await setViewport({ width: 320, height: 800 });
    const problems: string[] = [];
    for (const screens of everyScreen) await screens(({ name, host }) => void problems.push(...smallTargets(host).map((p) => `${name}: ${p}`)));
    expect(problems).to.deep.equal([]);
  });

  describe('in forced colours', () => {
    // Chromium only: forced colours are emulated over the Chrome DevTools Protocol; neither
    // Firefox's WebDriver BiDi nor WebKitWebDriver can emulate them.
    before(function () {
      if (!emulatesForcedColors) this.skip();
    });
    beforeEach(() => emulateMedia({ forcedColors: 'active' }));

    it('draws a boundary around every control', async () => {
      const problems: string[] = [];
      for (const screens of everyScreen) await screens(({ name, host }) => void problems.push(...unboundedControls(host).map((p) => `${name}: ${p}`)));
      expect(problems).to.deep.equal([]);
    });

    it('shows which day and time are chosen', async () => {
      await bookingScreens(({ name, host }) => {
        if (name !== 'the time step') return;
        const flow = host.shadowRoot!.querySelector('circle-booking-flow')!;
        const picker = flow.shadowRoot!.querySelector('circle-day-picker')!;
        const selected = picker.shadowRoot!.querySelector('td[aria-selected] span')!;
        const other = picker.shadowRoot!.querySelector('td.available:not([aria-selected]) span')!;
        expect(drawn(selected), 'the chosen day looks different').not.to.equal(drawn(other));
        const list = flow.shadowRoot!.querySelector('circle-time-list')!;
        const checked = list.shadowRoot!.querySelector('input:checked + span')!;
        const unchecked = list.shadowRoot!.querySelector('input:not(:checked) + span')!;
        expect(drawn(checked), 'the chosen time looks different').not.to.equal(drawn(unchecked));
      });
    });
  });
});
