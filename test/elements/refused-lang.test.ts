/**
 * Page languages that Intl refuses (a RangeError from every formatter): how each engine's
 * Intl treats them differs, and the appointment must still show, worded and dated.
 */
import { expect, fixture, html } from '@open-wc/testing';
import '../../src/elements/appointment/appointment.js';
import type { CircleAppointment } from '../../src/elements/appointment/appointment.js';
import { seedAppointments } from '../../src/mocks/index.js';
import { appointmentShown } from '../support/booking.js';
import { visibleText } from '../support/dom.js';
import { apiBase, useSimulator } from '../support/simulator-worker.js';

describe('a page whose lang Intl refuses', () => {
  beforeEach(useSimulator);

  // `en_US` is how some sites write their lang; `C` is what WebKitGTK reports as the browser's
  // language where the system sets none. Intl throws a RangeError on both.
  for (const [lang, weekday] of [
    ['en_US', /\b(Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday)\b/],
    ['C', /\b(Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday)\b/],
    ['de_DE', /\b(Montag|Dienstag|Mittwoch|Donnerstag|Freitag|Samstag|Sonntag)\b/],
  ] as const) {
    it(`shows an appointment under lang="${lang}", with its date`, async () => {
      const { id, token } = seedAppointments.formsDue;
      const page = await fixture<HTMLElement>(
        html`<div lang=${lang}><circle-appointment appointment-id=${id} token=${token} api-base=${apiBase}></circle-appointment></div>`,
      );
      const host = page.firstElementChild as CircleAppointment;
      await appointmentShown(host);

      expect(visibleText(host.shadowRoot!)).to.match(weekday);
      expect(host.shadowRoot!.querySelector('[data-action-button=cancel]')).to.exist;
    });
  }
});
