/**
 * The write checks (`--writes`, on a test service): book a slot with an Idempotency-Key, replay
 * it, reuse the key for another body, then reschedule and cancel the booking, and cancel every
 * booking the run made, whatever failed on the way.
 */
import { parsePatientAppUrl } from '../../links/index.js';
import { statusOfProblem } from '../../api/problem-codes.js';
import { routes } from '../../api/routes.js';
import { Appointment, Availability, BookingConfirmation, type CreateBookingRequest, type Slot } from '../../api/schemas.js';
import { Failure, Skip, describeAnswer, type Answer, type Probe } from './probe.js';
import { addDays, expectPrivate, today, type Known } from './checks-reads.js';
import { expectJson, expectProblem, type Session } from './session.js';

/**
 * An API may ask an email it has not seen for a code before it books (`verification_required`).
 * check-api cannot read the code, so the write checks stop there, saying why, once the problem
 * has the contract's shape: a code asked for without naming where it went would leave a patient stuck.
 */
function codeAsked(answer: Answer): void {
  if ((answer.json as { code?: unknown } | undefined)?.code !== 'verification_required') return;
  const problem = expectProblem(answer, [{ status: statusOfProblem.verification_required, code: 'verification_required' }]);
  if (!problem.verification)
    throw new Failure('a verification_required problem with its verification (id, channel, masked destination, codeLength, …)', 'no verification');
  throw new Skip(
    `the API asks ${patient.email} for a code, sent to ${problem.verification.destination}: on the test service, let this test patient book without one`,
  );
}

interface TestBooking {
  id: string;
  token: string | undefined;
  cancelled: boolean;
}

const patient = {
  givenName: 'Circle',
  familyName: 'Check-API',
  email: 'check-api@example.com',
  phone: '+1 555 0100 000',
  dateOfBirth: '1980-01-01',
};

const titles = {
  'write.create': 'POST /bookings with an Idempotency-Key answers 201 with a BookingConfirmation',
  'cache.booking': 'POST /bookings answers Cache-Control: private or no-store',
  'write.replay': 'POST /bookings again with the same Idempotency-Key answers the same booking',
  'write.key-reused': 'POST /bookings with the same Idempotency-Key and another body answers a 422 idempotency_key_reused problem',
  'write.reschedule': 'POST /appointments/{appointmentId}/reschedule moves the test booking',
  'write.cancel': 'POST /appointments/{appointmentId}/cancel cancels the test booking',
  'write.cleanup': 'Clean-up: every booking this run made is cancelled',
} as const;

/** Every write check skipped, for a run without --writes. */
export function skipWrites(session: Session, reason: string): void {
  for (const [id, title] of Object.entries(titles)) session.skip(id, title, reason);
}

export class WriteChecks {
  private readonly bookings: TestBooking[] = [];
  private slots: Slot[] = [];
  private created: { request: string; answer: Answer } | undefined;

  constructor(
    private readonly session: Session,
    private readonly known: Known,
  ) {}

  /** Books, replays and reuses the key; the booking becomes `known.appointment` if none was given. */
  async book(): Promise<void> {
    const { session, known } = this;
    const key = crypto.randomUUID();
    let request: CreateBookingRequest | undefined;
    await session.check('write.create', titles['write.create'], async (probe) => {
      const { variantId, locationId, timeZone } = known;
      if (!variantId || !locationId || !timeZone) throw new Skip('no bookable variant and location found: give --variant of a test service');
      this.slots = await freeSlots(probe, variantId, locationId, timeZone);
      request = {
        variantId,
        locationId,
        start: this.slots[0]!.start,
        patient: { ...patient, note: 'A test booking by circle-booking check-api; it is cancelled when the check ends.' },
      };
      const answer = await probe.send({ path: routes.createBooking.path, headers: { 'Idempotency-Key': key }, body: request });
      this.created = { request: probe.lastRequest ?? '', answer };
      codeAsked(answer);
      const confirmation = this.remember(answer) ?? expectJson(answer, [201], BookingConfirmation, 'BookingConfirmation');
      if (answer.status !== 201) throw new Failure('201 Created', `${answer.status}`);
      const booking = this.bookings[0];
      if (!booking?.token)
        throw new Failure('an appointmentUrl carrying the token (a patient-app link, see circle-booking/links)', confirmation.appointmentUrl);
      known.appointment ??= { id: booking.id, token: booking.token };
      return `booked ${booking.id} at ${confirmation.appointment.start}`;
    });

    await session.check('cache.booking', titles['cache.booking'], async (probe) => {
      if (!this.created || this.created.answer.status >= 300) throw new Skip('no booking was made');
      probe.lastRequest = this.created.request;
      expectPrivate(this.created.answer);
    });

    await session.check('write.replay', titles['write.replay'], async (probe) => {
      const first = this.bookings[0];
      if (!request || !first || !this.created) throw new Skip('no booking was made');
      const answer = await probe.send({ path: routes.createBooking.path, headers: { 'Idempotency-Key': key }, body: request });
      const replayed = this.remember(answer);
      const expected = `${this.created.answer.status} with the booking ${first.id} again`;
      if (answer.status !== this.created.answer.status || !replayed) throw new Failure(expected, describeAnswer(answer));
      if (replayed.appointment.id !== first.id) throw new Failure(expected, `a second booking, ${replayed.appointment.id}`);
    });

    await session.check('write.key-reused', titles['write.key-reused'], async (probe) => {
      if (!request || !this.bookings[0]) throw new Skip('no booking was made');
      const other = { ...request, patient: { ...request.patient, note: 'Another body under the same key.' } };
      const answer = await probe.send({ path: routes.createBooking.path, headers: { 'Idempotency-Key': key }, body: other });
      this.remember(answer);
      expectProblem(answer, [{ status: statusOfProblem.idempotency_key_reused, code: 'idempotency_key_reused' }]);
    });
  }

  /** Moves and cancels the test booking, then cancels whatever the run booked. */
  async change(): Promise<void> {
    const { session } = this;
    const booking = this.bookings[0];
    await session.check('write.reschedule', titles['write.reschedule'], async (probe) => {
      if (!booking?.token) throw new Skip('no booking was made');
      const start = this.slots[1]!.start;
      const answer = await this.post(probe, booking, 'reschedule', { start });
      const appointment = expectJson(answer, [200], Appointment, 'Appointment');
      const expected = `the appointment ${booking.id} at ${start}`;
      if (appointment.id !== booking.id || Date.parse(appointment.start) !== Date.parse(start)) {
        throw new Failure(expected, `the appointment ${appointment.id} at ${appointment.start}`);
      }
    });

    await session.check('write.cancel', titles['write.cancel'], async (probe) => {
      if (!booking?.token) throw new Skip('no booking was made');
      const appointment = expectJson(
        await this.post(probe, booking, 'cancel', { reason: 'circle-booking check-api test booking' }),
        [200],
        Appointment,
        'Appointment',
      );
      if (appointment.id !== booking.id || appointment.status !== 'cancelled') {
        throw new Failure(`the appointment ${booking.id}, cancelled`, `the appointment ${appointment.id}, ${appointment.status}`);
      }
      booking.cancelled = true;
    });

    await session.check(
      'write.cleanup',
      titles['write.cleanup'],
      async (probe) => {
        if (this.bookings.length === 0) throw new Skip('no booking was made');
        const left: string[] = [];
        for (const each of this.bookings.filter((candidate) => !candidate.cancelled)) {
          if (!each.token) {
            left.push(`${each.id} (no token to cancel it with)`);
            continue;
          }
          const answer = await this.post(probe, each, 'cancel', { reason: 'circle-booking check-api clean-up' });
          if (answer.status === 200) each.cancelled = true;
          else left.push(`${each.id} (${describeAnswer(answer)})`);
        }
        if (left.length) throw new Failure('every test booking cancelled', `still booked: ${left.join(', ')}`);
        return `${this.bookings.length} test booking${this.bookings.length === 1 ? '' : 's'} cancelled`;
      },
      { cleanup: true },
    );
  }

  /** The confirmation in a 2xx answer, keeping any new booking to cancel afterwards. */
  private remember(answer: Answer): BookingConfirmation | undefined {
    if (answer.status < 200 || answer.status >= 300) return undefined;
    const parsed = BookingConfirmation.safeParse(answer.json);
    if (!parsed.success) return undefined;
    const { appointment, appointmentUrl } = parsed.data;
    if (!this.bookings.some((booking) => booking.id === appointment.id)) {
      const link = parsePatientAppUrl(appointmentUrl);
      const token = link.ok && link.target.kind === 'appointment' && link.target.appointmentId === appointment.id ? link.target.token : undefined;
      this.bookings.push({ id: appointment.id, token, cancelled: false });
    }
    return parsed.data;
  }

  private post(probe: Probe, booking: TestBooking, action: 'cancel' | 'reschedule', body: unknown): Promise<Answer> {
    return probe.send({
      path: routes[action === 'cancel' ? 'cancelAppointment' : 'rescheduleAppointment'].path.replace('{appointmentId}', encodeURIComponent(booking.id)),
      headers: { Authorization: `Bearer ${booking.token}`, 'Idempotency-Key': crypto.randomUUID() },
      body,
    });
  }
}

/**
 * Two free slots from a week ahead (clear of any change cutoff), looking up to about eight
 * weeks on, a fortnight at a time, skipping empty fortnights by `nextAvailableDate`.
 */
export async function freeSlots(probe: Probe, variantId: string, locationId: string, timeZone: string): Promise<Slot[]> {
  const slots: Slot[] = [];
  let from = addDays(today(timeZone), 7);
  for (let window = 0; window < 4 && slots.length < 2; window += 1) {
    const query = new URLSearchParams({ variantId, locationId, from, to: addDays(from, 13) });
    const availability = expectJson(await probe.send({ path: `${routes.getAvailability.path}?${query}` }), [200], Availability, 'Availability');
    slots.push(...availability.slots);
    from = availability.nextAvailableDate && availability.nextAvailableDate > from ? availability.nextAvailableDate : addDays(from, 14);
  }
  if (slots.length < 2)
    throw new Failure('two free slots of the test variant within eight weeks from a week ahead', `${slots.length} free slot${slots.length === 1 ? '' : 's'}`);
  return slots;
}
