/**
 * Each element speaks its own language, also in words made outside render (an event's message
 * after an await), whatever another element on the page rendered last; and a page that
 * changes its language mid-booking keeps the patient where they were, with what they chose
 * and typed.
 */
import { expect, fixture, html } from '@open-wc/testing';
import '../../src/elements/book-service/book-service.js';
import '../../src/elements/share-menu/share-menu.js';
import type { CircleBookService } from '../../src/elements/book-service/book-service.js';
import { bookUntilReview, flowOf, stepHeading } from '../support/booking.js';
import { find, visibleText } from '../support/dom.js';
import { apiBase, apiRequestsDuring, useSimulator } from '../support/simulator-worker.js';

beforeEach(async () => {
  await useSimulator();
});

/** Each `circle-error` message heard on the page, by the element's `locale`. */
function errorMessages(): Map<string, string> {
  const heard = new Map<string, string>();
  document.addEventListener('circle-error', (event) => heard.set((event.target as CircleBookService).locale ?? '', event.detail.message));
  return heard;
}

describe('two elements in two languages on one page', () => {
  it('word each one’s failure in its own language, after the answer came', async () => {
    const heard = errorMessages();
    await fixture(html`<div>
      <circle-book-service locale="de" service-id="svc_nope" api-base=${apiBase}></circle-book-service>
      <circle-book-service locale="fr" service-id="svc_nope" api-base=${apiBase}></circle-book-service>
    </div>`);
    await find(() => (heard.size === 2 ? true : undefined), 'an error from each element');
    expect(heard.get('de')).to.equal('Diese Leistung wurde nicht gefunden');
    expect(heard.get('fr')).to.equal('Ce service est introuvable');
  });

  it('say a share link’s failure in each menu’s language, also once the other menu rendered', async () => {
    const menus = await fixture<HTMLElement>(html`<div>
      <circle-share-menu locale="de" kind="service" record-id="svc_nope" api-base=${apiBase}></circle-share-menu>
      <circle-share-menu locale="fr" kind="service" record-id="svc_nope" api-base=${apiBase}></circle-share-menu>
    </div>`);
    const [german, french] = [...menus.querySelectorAll('circle-share-menu')];
    const reason = (menu: Element) => menu.shadowRoot!.querySelector('#share-reason')?.textContent?.trim();
    await find(
      () => (reason(german!) === 'Diese Leistung wurde nicht gefunden' && reason(french!) === 'Ce service est introuvable' ? true : undefined),
      'both reasons',
    );
    // The German menu renders again after the French one: its reason is still German.
    (german as HTMLElement & { requestUpdate(): void }).requestUpdate();
    await (german as HTMLElement & { updateComplete: Promise<unknown> }).updateComplete;
    expect(reason(german!)).to.equal('Diese Leistung wurde nicht gefunden');
    expect(reason(french!)).to.equal('Ce service est introuvable');
  });
});

describe('the page changing its language mid-booking', () => {
  it('keeps the step, the time and the details, and says them in the new language', async () => {
    const page = await fixture<HTMLElement>(html`<div lang="en">
      <circle-book-service service-id="svc_physio" api-base=${apiBase}></circle-book-service>
    </div>`);
    const element = page.querySelector('circle-book-service')!;
    const flow = await flowOf(element);
    await bookUntilReview(flow);
    const before = visibleText(flow.shadowRoot!);
    expect(await stepHeading(flow)).to.equal('Check and confirm');

    await apiRequestsDuring(async (seen) => {
      page.lang = 'de';
      const heading = () => flow.shadowRoot!.querySelector('[data-step-heading]')?.textContent?.trim();
      await find(() => (heading() === 'Prüfen und bestätigen' ? true : undefined), 'the review in German');
      // The catalog is loaded again in German; the flow stays on screen meanwhile and after.
      await find(() => (seen.some((path) => path.startsWith('/services/svc_physio')) ? true : undefined), 'the service asked for in German');
      await find(() => (element.shadowRoot!.querySelector('circle-booking-flow') === flow ? true : undefined), 'the same flow', 1000);
    });

    expect(element.shadowRoot!.querySelector('circle-booking-flow')).to.equal(flow);
    const after = visibleText(flow.shadowRoot!);
    expect(after).to.contain('Ada Lovelace');
    expect(after).to.contain('ada@example.org');
    expect(after).to.not.equal(before);
    expect(element.shadowRoot!.querySelector('[part~=loading]'), 'no loading screen over the booking').to.equal(null);
  });
});
