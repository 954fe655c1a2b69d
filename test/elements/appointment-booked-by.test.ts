import { expect, fixture, html } from '@open-wc/testing';
import '../../src/elements/appointment/appointment.js';
import type { CircleAppointment } from '../../src/elements/appointment/appointment.js';
import { Availability, BookingConfirmation } from '../../src/api/index.js';
import { parsePatientAppUrl } from '../../src/links/index.js';
import { seedAppointments } from '../../src/mocks/index.js';
import { addDays, localDate } from '../../src/time/zoned.js';
import { apiBase, useSimulator } from '../support/simulator-worker.js';
import { wcagViolations } from '../support/axe.js';
import { visibleText } from '../support/dom.js';
import { appointmentShown } from '../support/booking.js';

const sam = { givenName: 'Sam', familyName: 'Lovelace', dateOfBirth: '2017-03-02' };
const adaBooks = (relationship: 'parent' | 'other') => ({
  givenName: 'Ada',
  familyName: 'Lovelace',
  relationship,
  email: 'ada@example.org',
  phone: '+44 20 7946 0958',
});

/** Books a follow-up for Sam, by Ada, and gives back what the appointment link holds. */
async function bookedForSam(relationship: 'parent' | 'other' = 'parent') {
  const simulator = await useSimulator();
  const today = localDate(new Date(), 'Europe/Berlin');
  const free = Availability.parse(
    simulator.getAvailability({ variantId: 'var_physio_followup', locationId: 'loc_berlin', from: addDays(today, 3), to: addDays(today, 20) }).body,
  );
  const answer = simulator.createBooking(
    { variantId: 'var_physio_followup', locationId: 'loc_berlin', start: free.slots[0]!.start, patient: sam, bookedBy: adaBooks(relationship) },
    `key-${relationship}`,
  );
  const parsed = parsePatientAppUrl(BookingConfirmation.parse(answer.body).appointmentUrl);
  if (!parsed.ok || parsed.target.kind !== 'appointment') throw new Error('no appointment link');
  return parsed.target;
}

async function open(target: { appointmentId: string; token: string }, locale = 'en'): Promise<CircleAppointment> {
  const element = await fixture<CircleAppointment>(
    html`<circle-appointment locale=${locale} appointment-id=${target.appointmentId} token=${target.token} api-base=${apiBase}></circle-appointment>`,
  );
  await appointmentShown(element);
  return element;
}

/** The "For" row's text, without the isolates around names. */
function forRow(element: CircleAppointment): string | undefined {
  const row = [...element.shadowRoot!.querySelectorAll('[part=details] > div')].find((div) => div.querySelector('dt')?.textContent?.trim() === 'For');
  return (
    row &&
    visibleText(row.querySelector('dd')!)
      .replace(/[\u2068\u2069]/g, '')
      .trim()
  );
}

describe('an appointment booked for someone else', () => {
  it('says whom it is for and who booked it', async () => {
    const element = await open(await bookedForSam());

    expect(forRow(element)).to.equal('Sam Lovelace, booked by Ada Lovelace (parent)');
    expect(await wcagViolations(element)).to.deep.equal([]);
  });

  it('leaves out a relationship of "other"', async () => {
    const element = await open(await bookedForSam('other'));

    expect(forRow(element)).to.equal('Sam Lovelace, booked by Ada Lovelace');
  });

  it("says it in the element's language, with the names as they are", async () => {
    const element = await open(await bookedForSam(), 'de');

    const text = visibleText(element.shadowRoot!.querySelector('[part=details]')!).replace(/[\u2068\u2069]/g, '');
    expect(text).to.contain('Sam Lovelace, gebucht von Ada Lovelace (Elternteil)');
  });
});

describe('an appointment the patient booked for themselves', () => {
  it('has no "For" row', async () => {
    await useSimulator();
    const { formsDue } = seedAppointments;

    const element = await open({ appointmentId: formsDue.id, token: formsDue.token });

    expect(forRow(element)).to.equal(undefined);
  });
});
