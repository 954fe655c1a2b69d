/**
 * What a screen reader is told, as it would hear it: every change of text in any live region
 * (role status or alert, or aria-live) anywhere in the element's shadow roots is recorded.
 * Step changes, loading, errors, slot-taken recovery and "Link copied" must each be heard
 * exactly once, all through the one live-region helper (src/ui/live-region.ts).
 */
import { expect, fixture, html } from '@open-wc/testing';
import '../../src/elements/book-service/book-service.js';
import '../../src/elements/share-menu/share-menu.js';
import type { CircleShareMenu } from '../../src/elements/share-menu/share-menu.js';
import { ada, chooseFirstTime, continueTo, fillDetails, flowOf, waitForStep } from '../support/booking.js';
import { find, queryAllDeep } from '../support/dom.js';
import { apiBase, useSimulator, withoutHolds } from '../support/simulator-worker.js';

/** Live regions other than the helper's: the month and week names, said as the patient pages. */
const pagingRegions = '#month, .week-title';

/** Records what the live regions below `host` say, as they say it: each change of a region's text once. */
function listen(host: Element): { heard: string[]; regions(): Element[]; stop(): void } {
  const heard: string[] = [];
  const observed = new WeakSet<Node>();
  const last = new WeakMap<Element, string>();
  const isRegion = (element: Element) => element.matches('[role=status], [role=alert], [aria-live]') && !element.matches(pagingRegions);
  const regions = () => queryAllDeep(host.shadowRoot!, '[role=status], [role=alert], [aria-live]').filter(isRegion);
  const listenBelow = (root: ShadowRoot) => {
    if (observed.has(root)) return;
    observed.add(root);
    observer.observe(root, { childList: true, characterData: true, subtree: true });
    for (const element of root.querySelectorAll('*')) if (element.shadowRoot) listenBelow(element.shadowRoot);
  };
  const note = () => {
    for (const region of regions()) {
      const text = (region.textContent ?? '').trim();
      if (text === (last.get(region) ?? '')) continue;
      last.set(region, text);
      if (text)
        heard.push(
          text
            .replace(/\u00a0/g, ' ')
            .replace(/\s+/g, ' ')
            .trim(),
        );
    }
  };
  const observer = new MutationObserver(() => {
    for (const element of queryAllDeep(host.shadowRoot!, '*')) if (element.shadowRoot) listenBelow(element.shadowRoot);
    note();
  });
  listenBelow(host.shadowRoot!);
  note();
  return { heard, regions, stop: () => observer.disconnect() };
}

const count = (heard: string[], text: string) => heard.filter((each) => each === text).length;

describe('announcements', () => {
  beforeEach(useSimulator);

  it('says each step, the loading of times, and a slot taken once each, through the helper alone', async () => {
    const simulator = await useSimulator();
    // A slot taken at confirmation needs an API without holds: with them, the patient's own hold keeps it.
    withoutHolds();
    simulator.addFault({ route: 'getService', latencyMs: 200, times: 1 });
    const host = await fixture<HTMLElement>(html`<circle-book-service service-id="svc_physio" api-base=${apiBase}></circle-book-service>`);
    const screenReader = listen(host);
    const flow = await flowOf(host);
    // At a person's pace: the first step is said a frame after it is on screen.
    await find(() => (count(screenReader.heard, 'Step 1 of 5') ? true : undefined), 'the first step said');
    flow.shadowRoot!.querySelector<HTMLInputElement>('input[name=variant]')!.click();
    await continueTo(flow, 'location');
    flow.shadowRoot!.querySelector<HTMLInputElement>('input[name=location]')!.click();
    await continueTo(flow, 'time');
    const start = await chooseFirstTime(flow);
    // At a person's pace: the patient form, fetched after the first render, is here before the
    // details step (else that step would say "Loading…" too).
    await customElements.whenDefined('circle-patient-form');
    await continueTo(flow, 'details');
    // At a person's pace again: the form's own region speaks from a frame after it is on screen
    // (WebKit under its driver can take longer to paint that frame than the test to click).
    const form = flow.shadowRoot!.querySelector('circle-patient-form')!;
    await form.updateComplete;
    await new Promise(requestAnimationFrame);
    await new Promise(requestAnimationFrame);
    flow.shadowRoot!.querySelector<HTMLElement>('[part~=continue-button]')!.click(); // nothing typed
    await find(() => form.shadowRoot!.querySelector('[part=error]'), 'the errors');
    await fillDetails(flow, ada);
    await continueTo(flow, 'review');
    simulator.createBooking({ variantId: 'var_physio_initial', locationId: 'loc_berlin', start, patient: { ...ada, givenName: 'Grace' } }, 'someone-else');
    flow.shadowRoot!.querySelector<HTMLElement>('[part~=confirm-button]')!.click();
    await waitForStep(flow, 'time');
    await find(() => (flow.month?.status === 'complete' ? true : undefined), 'the times again');
    await flow.updateComplete;
    await new Promise((resolve) => setTimeout(resolve, 50));
    const { heard } = screenReader;
    screenReader.stop();

    expect(count(heard, 'Loading…'), heard.join(' | ')).to.equal(1);
    expect(count(heard, 'Step 1 of 5')).to.equal(1);
    expect(count(heard, 'Step 2 of 5')).to.equal(1);
    expect(count(heard, 'Loading free times…')).to.equal(1);
    expect(count(heard, 'Step 4 of 5')).to.equal(1);
    expect(heard.filter((text) => /fields? needs? attention/.test(text))).to.have.length(1);
    expect(count(heard, 'Step 5 of 5')).to.equal(1);
    expect(count(heard, 'Sorry, that time was just taken by someone else. Your details are kept; please choose another time.')).to.equal(1);
    expect(
      screenReader.regions().every((region) => region.getAttribute('part') === 'live-region'),
      'only the helper’s regions',
    ).to.equal(true);
  });

  afterEach(() => Reflect.deleteProperty(navigator.clipboard, 'writeText'));

  it('says "Link copied" once', async () => {
    Object.defineProperty(navigator.clipboard, 'writeText', { value: () => Promise.resolve(), configurable: true, writable: true });
    const host = await fixture<CircleShareMenu>(html`<circle-share-menu kind="service" record-id="svc_physio" api-base=${apiBase}></circle-share-menu>`);
    const screenReader = listen(host);
    const copy = async () => {
      const root = host.shadowRoot!;
      if (!root.querySelector('#menu')!.matches(':popover-open')) root.querySelector<HTMLElement>('[part=button]')!.click();
      await host.updateComplete;
      if (!root.querySelector('#submenu')!.matches(':popover-open')) root.querySelector<HTMLElement>('#share')!.click();
      await find(() => (host.shadowRoot!.querySelector('[data-action=copy]')?.getAttribute('aria-disabled') === 'true' ? undefined : true), 'the link');
      await host.updateComplete;
      host.shadowRoot!.querySelector<HTMLElement>('[data-action=copy]')!.click();
      const before = screenReader.heard.length;
      await find(
        () => (screenReader.heard.length > before ? true : undefined),
        `an announcement after ${screenReader.heard.join(' | ')}, region says "${screenReader
          .regions()
          .map((r) => r.textContent)
          .join(
            '|',
          )}", copies ${(host as unknown as { copier: { announcements: number } }).copier.announcements}, menu ${root.querySelector('#menu')!.matches(':popover-open')}, submenu ${root.querySelector('#submenu')!.matches(':popover-open')}`,
      );
      await host.updateComplete;
    };
    await copy();
    await new Promise((resolve) => setTimeout(resolve, 50));
    screenReader.stop();

    expect(
      screenReader.heard.filter((text) => text === 'Link copied'),
      screenReader.heard.join(' | '),
    ).to.have.length(1);
    expect(screenReader.regions().every((region) => region.getAttribute('part') === 'live-region')).to.equal(true);
  });
});
