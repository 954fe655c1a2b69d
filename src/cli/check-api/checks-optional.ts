/**
 * Checks of the contract's optional writes (`--writes`, on a test service), each skipped when
 * the API does not offer it (404 or 501, or no `undoUntil` on a booking):
 * - undo (issue #23, part 1): a booking with `undoUntil` can be undone at once, as undone;
 * - the waitlist (issue #23, part 2): joining with an Idempotency-Key, and its replay.
 * The booking made to undo is cancelled if the undo fails. A place on the waitlist cannot be
 * taken back through the contract: it is made with the test patient's contact.
 */
import { routes } from '../../api/routes.js';
import { Appointment, BookingConfirmation } from '../../api/schemas.js';
import { WaitlistEntry, type JoinWaitlistRequest } from '../../api/waitlist.js';
import { parsePatientAppUrl } from '../../links/index.js';
import { Failure, Skip, describeAnswer } from './probe.js';
import { addDays, today, type Known } from './checks-reads.js';
import { freeSlots } from './checks-writes.js';
import { expectJson, type Session } from './session.js';

const titles = {
  'undo.booking': 'POST /appointments/{appointmentId}/undo, before a booking’s undoUntil, cancels it as undone (no undoUntil, 404 or 501: no undo offered)',
  'waitlist.join': 'POST /waitlist with an Idempotency-Key answers 201 with a WaitlistEntry (404 or 501: no waitlist, which the elements accept)',
  'waitlist.replay': 'POST /waitlist again with the same Idempotency-Key answers the same place',
} as const;

const contact = { givenName: 'Circle', familyName: 'Check-API', email: 'check-api@example.com', phone: '+1 555 0100 000' };

/** Every optional-write check skipped, for a run without --writes. */
export function skipOptional(session: Session, reason: string): void {
  for (const [id, title] of Object.entries(titles)) session.skip(id, title, reason);
}

export async function checkOptional(session: Session, known: Known): Promise<void> {
  await session.check('undo.booking', titles['undo.booking'], async (probe) => {
    const { variantId, locationId, timeZone } = known;
    if (!variantId || !locationId || !timeZone) throw new Skip('no bookable variant and location found: give --variant of a test service');
    const slots = await freeSlots(probe, variantId, locationId, timeZone);
    const request = {
      variantId,
      locationId,
      start: slots.at(-1)!.start,
      patient: { ...contact, dateOfBirth: '1980-01-01', note: 'A test booking by circle-booking check-api; it is undone at once.' },
    };
    const booked = await probe.send({ path: routes.createBooking.path, headers: { 'Idempotency-Key': crypto.randomUUID() }, body: request });
    if ((booked.json as { code?: unknown } | undefined)?.code === 'verification_required') {
      throw new Skip('the API asks the test patient for a code before booking (see write.create)');
    }
    const confirmation = expectJson(booked, [201], BookingConfirmation, 'BookingConfirmation');
    const link = parsePatientAppUrl(confirmation.appointmentUrl);
    const token = link.ok && link.target.kind === 'appointment' ? link.target.token : undefined;
    const { id } = confirmation.appointment;
    const send = (action: 'undo' | 'cancel') =>
      probe.send({
        path: routes[action === 'undo' ? 'undoBooking' : 'cancelAppointment'].path.replace('{appointmentId}', encodeURIComponent(id)),
        headers: { Authorization: `Bearer ${token}`, 'Idempotency-Key': crypto.randomUUID() },
        body: action === 'undo' ? {} : { reason: 'circle-booking check-api clean-up' },
      });
    if (!confirmation.undoUntil) {
      await send('cancel');
      throw new Skip('the booking came without undoUntil: the API offers no undo');
    }
    const undone = await send('undo');
    if (undone.status !== 200) {
      await send('cancel');
      throw new Failure(`200 with the appointment undone, before its undoUntil ${confirmation.undoUntil}`, describeAnswer(undone));
    }
    const appointment = expectJson(undone, [200], Appointment, 'Appointment');
    if (appointment.status !== 'cancelled' || appointment.cancellation?.undone !== true) {
      await send('cancel');
      throw new Failure(
        'status "cancelled" with cancellation.undone true',
        `status "${appointment.status}", undone ${String(appointment.cancellation?.undone)}`,
      );
    }
    return `booked ${id} and undid it before ${confirmation.undoUntil}`;
  });

  const key = crypto.randomUUID();
  let request: JoinWaitlistRequest | undefined;
  let first: WaitlistEntry | undefined;
  await session.check('waitlist.join', titles['waitlist.join'], async (probe) => {
    const { variantId, locationId, timeZone } = known;
    if (!variantId || !locationId || !timeZone) throw new Skip('no bookable variant and location found: give --variant of a test service');
    const from = today(timeZone);
    request = { variantId, locationId, contact, fromDate: from, toDate: addDays(from, 14) };
    const answer = await probe.send({ path: routes.joinWaitlist.path, headers: { 'Idempotency-Key': key }, body: request });
    if (answer.status === 404 || answer.status === 501) throw new Skip(`the API has no waitlist (it answered ${answer.status})`);
    first = expectJson(answer, [201], WaitlistEntry, 'WaitlistEntry');
    return `joined as ${first.id}, ${first.status}`;
  });

  await session.check('waitlist.replay', titles['waitlist.replay'], async (probe) => {
    if (!first || !request) throw new Skip('no place was taken');
    const again = expectJson(
      await probe.send({ path: routes.joinWaitlist.path, headers: { 'Idempotency-Key': key }, body: request }),
      [201],
      WaitlistEntry,
      'WaitlistEntry',
    );
    if (again.id !== first.id) throw new Failure(`the place ${first.id} again`, `a second place, ${again.id}`);
  });
}
