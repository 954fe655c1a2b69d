/**
 * What a screen reader finds when it browses, not only what it is told: a visually hidden
 * status must not keep saying "Loading…" once the content has loaded.
 */
import { expect, fixture, html } from '@open-wc/testing';
import '../../src/elements/appointment/appointment.js';
import '../../src/elements/book-service/book-service.js';
import '../../src/elements/book-variant/book-variant.js';
import type { CircleAppointment } from '../../src/elements/appointment/appointment.js';
import { seedAppointments } from '../../src/mocks/index.js';
import { find, queryAllDeep } from '../support/dom.js';
import { apiBase, useSimulator } from '../support/simulator-worker.js';
import { appointmentShown, flowOf } from '../support/booking.js';

/** The text of every status and visually hidden element below `host`, shadow roots included. */
function hiddenTexts(host: Element): string[] {
  return queryAllDeep(host.shadowRoot!, '[role=status], [aria-live], .visually-hidden')
    .map((element) => (element.textContent ?? '').trim())
    .filter(Boolean);
}

/** A few frames: long enough for the live region to have been ready and to have spoken. */
const frames = async (n = 5) => {
  for (let i = 0; i < n; i++) await new Promise((resolve) => requestAnimationFrame(resolve));
};

describe('no stale "Loading…" for screen readers to find', () => {
  beforeEach(useSimulator);

  it('in <circle-appointment> once the appointment is shown', async () => {
    const { id, token } = seedAppointments.formsDue;
    const element = await fixture<CircleAppointment>(html`<circle-appointment appointment-id=${id} token=${token} api-base=${apiBase}></circle-appointment>`);
    await appointmentShown(element);
    await frames();
    await element.updateComplete;

    expect(hiddenTexts(element).filter((text) => /Loading/.test(text))).to.deep.equal([]);
  });

  for (const tag of ['circle-book-service', 'circle-book-variant'] as const) {
    it(`in <${tag}> once the first step is shown`, async () => {
      const element =
        tag === 'circle-book-service'
          ? await fixture(html`<circle-book-service service-id="svc_physio" api-base=${apiBase}></circle-book-service>`)
          : await fixture(html`<circle-book-variant variant-id="var_checkup" api-base=${apiBase}></circle-book-variant>`);
      const flow = await flowOf(element as HTMLElement);
      await find(() => flow.shadowRoot?.querySelector('[data-step-heading]'), 'the first step');
      await frames();
      await flow.updateComplete;

      expect(hiddenTexts(element).filter((text) => /^Loading…|Loading your/.test(text))).to.deep.equal([]);
    });
  }
});
