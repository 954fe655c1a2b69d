// Deadlines and history name the clinic's zone, as it is on their own day: "Free to change or
// cancel until Mon 29 Mar, 09:00 Central European Summer Time", "cancelled on … Central European Standard Time".
import { expect, fixture, html } from '@open-wc/testing';
import '../../src/elements/appointment/appointment.js';
import type { CircleAppointment } from '../../src/elements/appointment/appointment.js';
import { seedAppointments } from '../../src/mocks/index.js';
import { formatShortDateTime, formatTimeZone } from '../../src/i18n/format.js';
import { apiBase, useSimulator } from '../support/simulator-worker.js';
import { appointmentShown } from '../support/booking.js';

async function open(key: keyof typeof seedAppointments): Promise<CircleAppointment> {
  const { id, token } = seedAppointments[key];
  const element = await fixture<CircleAppointment>(html`<circle-appointment appointment-id=${id} .token=${token} api-base=${apiBase}></circle-appointment>`);
  await appointmentShown(element);
  return element;
}

describe('zones named on deadlines and history', () => {
  it('the deadline to change or cancel names the clinic’s zone on that day', async () => {
    const simulator = await useSimulator();
    const element = await open('formsDue');
    const appointment = simulator.getAppointment(seedAppointments.formsDue.id, seedAppointments.formsDue.token).body as {
      location: { timeZone: string };
      actions: { type: string; deadline?: string }[];
    };
    const zone = appointment.location.timeZone;
    // Cancel and reschedule share their deadline here: the terms state it once, for both.
    const deadline = appointment.actions.find((action) => action.type === 'cancel')!.deadline!;
    const terms = element.shadowRoot!.querySelector('#terms')!.textContent.replace(/\s+/g, ' ');
    expect(terms).to.contain(formatTimeZone(zone, deadline, 'en'));
    expect(terms).to.contain(formatShortDateTime(deadline, zone, 'en', true).replace(/\s+/g, ' '));
  });

  it('the day a visit was cancelled names the zone', async () => {
    const simulator = await useSimulator();
    const element = await open('cancelled');
    const appointment = simulator.getAppointment(seedAppointments.cancelled.id, seedAppointments.cancelled.token).body as {
      location: { timeZone: string };
      cancellation: { at: string };
    };
    const text = element.shadowRoot!.querySelector('.note')!.textContent.replace(/\s+/g, ' ');
    expect(text).to.contain(formatTimeZone(appointment.location.timeZone, appointment.cancellation.at, 'en'));
  });
});
