/**
 * The booking API as plain state and rules: no msw, no DOM. One method per route of the
 * contract, each answering `{ status, body, headers? }` that passes the contract's schemas.
 * Every method runs synchronously, so a check and its commit cannot interleave with another
 * request: of two bookings of one slot exactly one wins.
 */
import type { RouteName } from '../api/routes.js';
import { CancelAppointmentRequest, CreateBookingRequest, RescheduleAppointmentRequest, type Price, type VerificationAnswer } from '../api/schemas.js';
import { CreateHoldRequest } from '../api/holds.js';
import { addDays, localDate } from '../time/zoned.js';
import { patientAppUrl } from '../links/index.js';
import { seedData, type SeedAppointment, type SeedData, type SeedVariant } from './fixtures.js';
import { FaultQueue, malformedBody, type Fault } from './faults.js';
import { problem, problemForStatus, validationProblem, type SimResult } from './problems.js';
import { findFreeSlot, openTimes, slotKey, type ScheduleContext, type SlotTime } from './schedule.js';
import { HoldBook, defaultHoldSeconds, holdView } from './holds.js';
import { availability, openingAvailability, type AvailabilityParams } from './availability.js';
import { IdempotencyStore } from './idempotency.js';
import { RateLimiter, type RateLimit } from './rate-limit.js';
import { shareLink } from './share-links.js';
import { practitionerFor } from './practitioner-choice.js';
import { formatInstant } from '../time/instants.js';
import { appointmentList, type AppointmentListParams } from './staff-appointments.js';
import { appointmentView, serviceView, variantDetailView, variantUnavailable, type ViewContext } from './views.js';
import { answerLanguage } from './language.js';
import { Outbox } from './outbox.js';
import { clinicFormRefusal, keptAnswers, missingPatientFields } from './clinic-questions.js';
import { bookingLimitRefusal, isKnownEmail, matchReturning, patientKindRefusal } from './patients.js';
import { VerificationCodes } from './verification.js';
import type { SeedLocation } from './fixtures.js';
import { Waitlist, waitlistEntryView } from './waitlist.js';
import { JoinWaitlistRequest } from '../api/waitlist.js';

export interface SimulatorOptions {
  /** The simulator's clock: a fixed instant or a function; the real time when left out. */
  now?: Date | (() => Date);
  /** Where the patient app lives; appointment, forms and share links point there. */
  patientAppBase?: string;
  /** The seed, or a function of the clock giving it; `seedData` when left out. */
  data?: SeedData | ((now: Date) => SeedData);
  /** When set, share links need `Authorization: Bearer <staffToken>`, else 401. */
  staffToken?: string;
  /** When set, answers beyond this many requests a window are 429 rate_limited with Retry-After. */
  rateLimit?: RateLimit;
  /**
   * Ask for a code (a `verification_required` problem, the code sent to the outbox) before
   * booking for an email the clinic's records do not hold and no code confirmed yet. Off unless set.
   */
  verifyNewEmails?: boolean;
  /** When set, one patient may hold at most this many upcoming visits; one more is 409 booking_limit. */
  upcomingLimit?: number;
  /** How long a hold (`POST /holds`) keeps a time, in seconds; ten minutes when left out. */
  holdSeconds?: number;
}

export interface SimulatorState {
  now: string;
  /** Every appointment, tokens included, so a test can open the link of one it booked. */
  appointments: SeedAppointment[];
  faults: Fault[];
}

export const defaultPatientAppBase = 'http://127.0.0.1:5173/patient/';

const hour = 3_600_000;

export class BookingSimulator {
  private clock: () => Date;
  private data: SeedData;
  private readonly seed: (now: Date) => SeedData;
  private readonly patientAppBase: string;
  private readonly staffToken: string | undefined;
  private readonly faultQueue = new FaultQueue();
  private readonly idempotency = new IdempotencyStore();
  private readonly rateLimiter: RateLimiter | undefined;
  private readonly holds = new HoldBook();
  private readonly holdSeconds: number;
  private bookingCount = 0;
  private readonly outbox: Outbox;
  private readonly codes = new VerificationCodes();
  private readonly waitlist = new Waitlist();
  private readonly verifyNewEmails: boolean;
  private readonly upcomingLimit: number | undefined;

  constructor(options: SimulatorOptions = {}) {
    this.clock = asClock(options.now);
    const { data } = options;
    this.seed = typeof data === 'function' ? data : data ? () => structuredClone(data) : seedData;
    this.patientAppBase = options.patientAppBase ?? defaultPatientAppBase;
    // Fail here, not on the first booking: patientAppUrl needs an absolute http(s) base.
    patientAppUrl(this.patientAppBase, { kind: 'book-service', serviceId: 'check' });
    this.staffToken = options.staffToken;
    this.rateLimiter = options.rateLimit && new RateLimiter(options.rateLimit);
    this.outbox = new Outbox(this.patientAppBase);
    this.verifyNewEmails = options.verifyNewEmails ?? false;
    this.upcomingLimit = options.upcomingLimit;
    this.holdSeconds = options.holdSeconds ?? defaultHoldSeconds;
    this.data = this.seed(this.now());
  }

  now(): Date {
    return new Date(this.clock().getTime());
  }

  setNow(now: Date | (() => Date)): void {
    this.clock = asClock(now);
  }

  /** Back to the seed (built for the current clock): appointments, idempotency keys and faults. */
  reset(): void {
    this.data = this.seed(this.now());
    this.idempotency.clear();
    this.faultQueue.clear();
    this.holds.clear();
    this.rateLimiter?.reset();
    this.outbox.clear();
    this.codes.clear();
    this.waitlist.clear();
  }

  state(): SimulatorState {
    return { now: this.now().toISOString(), appointments: structuredClone(this.data.appointments), faults: this.faults() };
  }

  /** The booked appointments starting at this instant, optionally of one variant and location. */
  appointmentsFor(start: string | Date, where: { variantId?: string; locationId?: string } = {}): SeedAppointment[] {
    const at = new Date(start).getTime();
    return structuredClone(
      this.data.appointments.filter(
        (record) =>
          record.status === 'booked' &&
          new Date(record.start).getTime() === at &&
          (where.variantId === undefined || record.variantId === where.variantId) &&
          (where.locationId === undefined || record.locationId === where.locationId),
      ),
    );
  }

  addFault(...faults: Fault[]): void {
    this.faultQueue.add(...faults);
  }

  clearFaults(): void {
    this.faultQueue.clear();
  }

  faults(): Fault[] {
    return this.faultQueue.list();
  }

  /** The fault that fires on this request of `route`, if any; counts it as used. */
  takeFault(route: RouteName): Fault | undefined {
    return this.faultQueue.take(route);
  }

  /** The 429 to answer when the request is over the rate limit, if one is set; counts the request. */
  admit(): SimResult | undefined {
    return this.rateLimiter?.admit();
  }

  /** The answer a fault gives instead of the route's own, or undefined when the route still answers. */
  faultAnswer(fault: Fault): SimResult | undefined {
    // Garbage goes out after the route did its work: see `garbled`.
    if (fault.garbleResponse) return undefined;
    if (fault.status !== undefined) return problemForStatus(fault.status, fault.retryAfterSeconds);
    if (fault.malformedBody) return { status: 200, body: structuredClone(malformedBody) };
    return undefined;
  }

  listServices(): SimResult {
    const services = this.data.services.map((service) => {
      const { id, name, visible, bookable } = serviceView(this.data, service);
      return { id, name, visible, bookable };
    });
    return ok({ services });
  }

  getService(serviceId: string): SimResult {
    const service = this.data.services.find((candidate) => candidate.id === serviceId);
    if (!service) return notFound('service');
    const variants = this.data.variants.filter((variant) => variant.serviceId === service.id);
    return ok({ ...serviceView(this.data, service), ...this.openingAvailability(variants) });
  }

  getVariant(variantId: string): SimResult {
    const variant = this.variant(variantId);
    const service = variant && this.data.services.find((candidate) => candidate.id === variant.serviceId);
    return variant && service ? ok({ ...variantDetailView(this.data, variant, service), ...this.openingAvailability([variant]) }) : notFound('variant');
  }

  /**
   * The first month a service or variant answer carries. A fault waiting for the free times
   * stands for a schedule that cannot be read: the answer then carries no month, so the flow
   * asks `GET /availability` and meets the fault, as it would against a real API.
   */
  private openingAvailability(variants: readonly SeedVariant[]) {
    if (this.faults().some((fault) => fault.route === 'getAvailability')) return undefined;
    return openingAvailability(this.schedule(), variants);
  }

  getAvailability(params: AvailabilityParams): SimResult {
    return availability(this.schedule(), params);
  }

  createBooking(body: unknown, idempotencyKey: string | undefined): SimResult {
    return this.idempotency.run('createBooking', '', idempotencyKey, body, () => this.book(body));
  }

  getAppointment(appointmentId: string, token: string | undefined): SimResult {
    const access = this.access(appointmentId, token);
    return 'refused' in access ? access.refused : ok(appointmentView(this.view(), access.record));
  }

  cancelAppointment(appointmentId: string, token: string | undefined, body: unknown, idempotencyKey: string | undefined): SimResult {
    const access = this.access(appointmentId, token);
    if ('refused' in access) return access.refused;
    return this.idempotency.run('cancelAppointment', appointmentId, idempotencyKey, body, () => this.cancel(access.record, body));
  }

  rescheduleAppointment(appointmentId: string, token: string | undefined, body: unknown, idempotencyKey: string | undefined): SimResult {
    const access = this.access(appointmentId, token);
    if ('refused' in access) return access.refused;
    return this.idempotency.run('rescheduleAppointment', appointmentId, idempotencyKey, body, () => this.reschedule(access.record, body));
  }

  /** Undo a booking just made (issue #23): honoured until its `undoUntil`, refused after. */
  undoBooking(appointmentId: string, token: string | undefined, idempotencyKey: string | undefined): SimResult {
    const access = this.access(appointmentId, token);
    if ('refused' in access) return access.refused;
    return this.idempotency.run('undoBooking', appointmentId, idempotencyKey, {}, () => this.undo(access.record));
  }

  getShareLink(kind: string, recordId: string, staffToken?: string): SimResult {
    if (this.staffToken !== undefined && staffToken !== this.staffToken) return problem(401, 'unauthorized', 'Sign in as clinic staff to share links.');
    return shareLink(this.data, this.patientAppBase, kind, recordId);
  }

  /** Simulator only: the messages sent so far, newest first, optionally to one address. */
  getOutbox(to?: string): SimResult {
    return ok({ messages: this.outbox.list(to) });
  }

  /**
   * Sends the reminder a clinic sends the day before: of one booked appointment when given, else
   * of every booked appointment on the next day where it takes place. Answers the messages sent.
   */
  sendReminders(appointmentId?: string): SimResult {
    const now = this.now();
    const due = this.data.appointments.filter((record) => {
      if (record.status !== 'booked' || Date.parse(record.start) <= now.getTime()) return false;
      if (appointmentId !== undefined) return record.id === appointmentId;
      const zone = this.data.locations.find((location) => location.id === record.locationId)!.timeZone;
      return localDate(new Date(record.start), zone) === addDays(localDate(now, zone), 1);
    });
    if (appointmentId !== undefined && due.length === 0) return problem(404, 'not_found', 'There is no upcoming booked appointment with this id.');
    const messages = due.flatMap((record) => this.outbox.sendAbout('reminder', this.data, record, now) ?? []);
    return ok({ messages });
  }

  listAppointments(params: AppointmentListParams, staffToken?: string): SimResult {
    if (this.staffToken !== undefined && staffToken !== this.staffToken) return problem(401, 'unauthorized', 'Sign in as clinic staff to see bookings.');
    return appointmentList(this.data, params);
  }

  // Held times (issue 21, part 3).

  createHold(body: unknown, idempotencyKey: string | undefined): SimResult {
    return this.idempotency.run('createHold', '', idempotencyKey, body, () => this.hold(body));
  }

  /** Ends the hold; answers the same whether it was still held or had already ended. */
  releaseHold(holdId: string): SimResult {
    this.holds.release(holdId);
    return ok({ id: holdId, released: true });
  }

  /**
   * Scenario: another patient holds this time (for `seconds`, the simulator's hold length when
   * left out), so this patient can neither hold nor book it until that hold ends.
   */
  holdForAnotherPatient(slot: { variantId: string; locationId: string; start: string }, seconds = this.holdSeconds): SimResult {
    return this.hold(slot, seconds);
  }

  // The waitlist (issue #23, part 2).

  joinWaitlist(body: unknown, idempotencyKey: string | undefined): SimResult {
    return this.idempotency.run('joinWaitlist', '', idempotencyKey, body, () => this.join(body));
  }

  /** For staff: the waitlist, first come first, optionally of one service. */
  listWaitlist(serviceId: string | undefined, staffToken?: string): SimResult {
    if (this.staffToken !== undefined && staffToken !== this.staffToken) return problem(401, 'unauthorized', 'Sign in as clinic staff to see the waitlist.');
    if (serviceId !== undefined && !this.data.services.some((service) => service.id === serviceId)) return notFound('service');
    return ok({ entries: this.waitlist.list(this.data, serviceId) });
  }

  private join(body: unknown): SimResult {
    const parsed = JoinWaitlistRequest.safeParse(body);
    if (!parsed.success) return validationProblem(parsed.error.issues);
    const { variantId, locationId, contact, fromDate, toDate, appointmentId } = parsed.data;
    const target = this.bookable(variantId, locationId);
    if ('refused' in target) return target.refused;
    if (toDate < localDate(this.now(), target.location.timeZone)) {
      return problem(422, 'validation', 'Check toDate.', [{ field: 'toDate', message: 'The days that suit you have all passed.' }]);
    }
    const record = this.waitlist.add({
      variantId,
      locationId,
      contact,
      fromDate,
      toDate,
      ...(appointmentId ? { appointmentId } : {}),
      createdAt: this.now().toISOString(),
      language: answerLanguage(),
    });
    return { status: 201, body: waitlistEntryView(this.data, record) };
  }

  /** A cancelled booking's time, offered to the first patient waiting for it, if there is one. */
  private offerFreedTime(record: SeedAppointment): void {
    if (Date.parse(record.start) <= this.now().getTime()) return;
    const offer = this.waitlist.offer(this.data, record);
    if (offer) this.outbox.sendOffer(this.data, offer, this.now());
  }

  private hold(body: unknown, seconds = this.holdSeconds): SimResult {
    const parsed = CreateHoldRequest.safeParse(body);
    if (!parsed.success) return validationProblem(parsed.error.issues);
    const { variantId, locationId, start } = parsed.data;
    const target = this.bookable(variantId, locationId);
    if ('refused' in target) return target.refused;
    const slot = this.freeSlot(target.variant, target.location, start);
    if ('refused' in slot) return slot.refused;
    const now = this.now().getTime();
    const hold = this.holds.add({ variantId, locationId, start: slot.start.getTime(), end: slot.end.getTime(), until: now + seconds * 1000 });
    return { status: 201, body: holdView(hold, target.location.timeZone, now) };
  }

  /** The variant and location, if a booking of them can be made online; else the 422 to answer. */
  private bookable(variantId: string, locationId: string): { variant: SeedVariant; location: SeedLocation } | { refused: SimResult } {
    const variant = this.variant(variantId);
    if (!variant) return { refused: problem(422, 'validation', 'Check variantId.', [{ field: 'variantId', message: 'There is no variant with this id.' }]) };
    const location = this.data.locations.find((candidate) => candidate.id === locationId);
    if (!location)
      return { refused: problem(422, 'validation', 'Check locationId.', [{ field: 'locationId', message: 'There is no location with this id.' }]) };
    const reason = variantUnavailable(this.data, variant);
    if (reason) return { refused: problem(422, 'not_bookable', reason.message) };
    if (!location.bookable || !variant.locationIds.includes(location.id)) {
      return { refused: problem(422, 'not_bookable', `${variant.name} cannot be booked online at ${location.name}; please call the clinic.`) };
    }
    return { variant, location };
  }

  /**
   * The free slot at `start`, counting the patient's own hold as free; else the 409 to answer:
   * slot_held while another patient holds it, slot_unavailable when it is booked or no slot.
   */
  private freeSlot(variant: SeedVariant, location: SeedLocation, start: string, ownHold?: string): SlotTime | { refused: SimResult } {
    const slot = findFreeSlot(this.schedule(ownHold), variant, location, new Date(start));
    if (slot) return slot;
    if (findFreeSlot(this.schedule(undefined, 'none'), variant, location, new Date(start))) {
      return { refused: problem(409, 'slot_held', 'Another patient is booking this time right now. Please pick another time.') };
    }
    return { refused: this.notFree(variant, location, new Date(start)) };
  }

  private book(body: unknown): SimResult {
    const parsed = CreateBookingRequest.safeParse(body);
    if (!parsed.success) {
      const variant = this.data.variants.find((candidate) => candidate.id === (body as { variantId?: unknown } | null)?.variantId);
      return validationProblem([...parsed.error.issues, ...missingPatientFields(variant, body)]);
    }
    const request = parsed.data;
    const { variantId, locationId, start, patient, tracking, bookedBy, holdId, practitionerId } = request;
    const target = this.bookable(variantId, locationId);
    if ('refused' in target) return target.refused;
    const { variant, location } = target;
    const kindRefusal = patientKindRefusal(variant, request.returningPatient);
    if (kindRefusal) return kindRefusal;
    const formRefusal = clinicFormRefusal(variant, request);
    if (formRefusal) return formRefusal;
    const answers = keptAnswers(request.answers);
    const service = this.data.services.find((candidate) => candidate.id === variant.serviceId)!;
    const match = matchReturning(this.data, service, request);
    if (match.refused) return match.refused;
    if (holdId !== undefined) {
      const hold = this.holds.active(holdId, this.now().getTime());
      if (!hold) return problem(409, 'hold_expired', 'The time was no longer held for you. Please pick a time again.');
      if (hold.variantId !== variantId || hold.locationId !== locationId || hold.start !== Date.parse(start)) {
        return problem(422, 'validation', 'Check holdId.', [{ field: 'holdId', message: 'This hold is for another time.' }]);
      }
    }
    const slot = this.freeSlot(variant, location, start, holdId);
    if ('refused' in slot) return slot.refused;
    const who = practitionerFor(variant, slot, practitionerId);
    if ('refused' in who) return who.refused;
    const limited = bookingLimitRefusal(this.data, request, this.upcomingLimit, this.now());
    if (limited) return limited;
    const unconfirmed = this.codeRefusal(bookedBy?.email ?? patient.email!, request.verification);
    if (unconfirmed) return unconfirmed;
    if (holdId !== undefined) this.holds.release(holdId);
    const record: SeedAppointment = {
      id: `apt_${String(++this.bookingCount).padStart(4, '0')}`,
      token: randomToken(),
      tokenExpiresAt: new Date(slot.end.getTime() + this.data.rules.tokenValidityDays * 24 * hour).toISOString(),
      status: 'booked',
      variantId,
      locationId,
      start: slot.start.toISOString(),
      intakeComplete: false,
      patient,
      bookedAt: this.now().toISOString(),
      updatedAt: this.now().toISOString(),
      ...(tracking ? { tracking } : {}),
      ...(who.practitionerId ? { practitionerId: who.practitionerId } : {}),
      ...this.undoWindow(),
      ...(bookedBy ? { bookedBy } : {}),
      ...(answers ? { answers } : {}),
      language: answerLanguage(),
    };
    this.data.appointments.push(record);
    this.outbox.sendAbout('confirmation', this.data, record, this.now());
    if (!record.intakeComplete) this.outbox.sendAbout('intake_forms', this.data, record, this.now());
    const appointmentUrl = patientAppUrl(this.patientAppBase, { kind: 'appointment', appointmentId: record.id, token: record.token });
    const undo = record.undoUntil ? { undoUntil: formatInstant(new Date(record.undoUntil), location.timeZone) } : {};
    return { status: 201, body: { appointment: appointmentView(this.view(), record), appointmentUrl, ...undo } };
  }

  /** Until when a booking made now can be undone, when the rules give a grace period. */
  private undoWindow(): Pick<SeedAppointment, 'undoUntil'> {
    const minutes = this.data.rules.undoMinutes ?? 0;
    return minutes > 0 ? { undoUntil: new Date(this.now().getTime() + minutes * 60_000).toISOString() } : {};
  }

  /**
   * Cancels a booking within its grace period, whatever the cancellation cutoff: it is marked
   * `undone`, never a late cancellation, and its time is free again at once.
   */
  private undo(record: SeedAppointment): SimResult {
    if (record.status !== 'booked') return problem(409, 'conflict', 'This appointment is already cancelled.');
    if (!record.undoUntil || this.now().getTime() >= new Date(record.undoUntil).getTime()) {
      return problem(409, 'conflict', 'The time to undo this booking has passed. You can still cancel it from your appointment link, where the clinic allows.');
    }
    record.status = 'cancelled';
    record.cancellation = { at: this.now().toISOString(), undone: true };
    record.updatedAt = record.cancellation.at;
    return ok(appointmentView(this.view(), record));
  }

  private cancel(record: SeedAppointment, body: unknown): SimResult {
    const parsed = CancelAppointmentRequest.safeParse(body ?? {});
    if (!parsed.success) return validationProblem(parsed.error.issues);
    const refusal = this.refusal(record, 'cancel', parsed.data.acceptedFee);
    if (refusal) return refusal;
    const reason = parsed.data.reason;
    record.status = 'cancelled';
    record.cancellation = { at: this.now().toISOString(), ...(reason && { reason }) };
    record.updatedAt = record.cancellation.at;
    this.outbox.sendAbout('cancelled', this.data, record, this.now());
    this.offerFreedTime(record);
    return ok(appointmentView(this.view(), record));
  }

  private reschedule(record: SeedAppointment, body: unknown): SimResult {
    const parsed = RescheduleAppointmentRequest.safeParse(body);
    if (!parsed.success) return validationProblem(parsed.error.issues);
    const refusal = this.refusal(record, 'reschedule', parsed.data.acceptedFee);
    if (refusal) return refusal;
    const variant = this.variant(record.variantId)!;
    const location = this.data.locations.find((candidate) => candidate.id === record.locationId)!;
    const slot = this.freeSlot(variant, location, parsed.data.start);
    if ('refused' in slot) return slot.refused;
    // The same practitioner, unless the move names another.
    const who = practitionerFor(variant, slot, parsed.data.practitionerId ?? record.practitionerId);
    if ('refused' in who) return who.refused;
    if (who.practitionerId) record.practitionerId = who.practitionerId;
    record.previousStart = record.start;
    record.start = slot.start.toISOString();
    record.updatedAt = this.now().toISOString();
    this.outbox.sendAbout('rescheduled', this.data, record, this.now());
    return ok(appointmentView(this.view(), record));
  }

  /**
   * Why a time cannot be booked online, as a 409 either way: a time that came inside the
   * minimum notice while the patient typed is lost like a taken one, and the refreshed times
   * show it as "call to book".
   */
  private notFree(variant: SeedVariant, location: SeedData['locations'][number], start: Date): SimResult {
    const byPhone = openTimes(this.schedule(), variant, location, localDate(start, location.timeZone)).some(
      (slot: SlotTime) => slot.start.getTime() === start.getTime() && slot.bookableOnline === false,
    );
    if (byPhone) return problem(409, 'slot_unavailable', 'Times this soon are booked by phone; please call the clinic.');
    return problem(409, 'slot_unavailable', 'That time is no longer free. Please pick another time.');
  }

  /**
   * The verification problem to answer for a booking whose contact the clinic has not seen, until
   * the right code comes back; sends the code to the outbox when a new one is due.
   */
  private codeRefusal(email: string, answer: VerificationAnswer | undefined): SimResult | undefined {
    if (!this.verifyNewEmails || isKnownEmail(this.data, email) || this.codes.isVerified(email)) return undefined;
    const check = this.codes.check(email, answer, this.now().getTime());
    if (check.passed) return undefined;
    if (check.send) this.outbox.sendCode(email, check.send.code, check.send.minutes, answerLanguage(), this.now());
    return check.answer;
  }

  /**
   * Why an action cannot be done on this appointment now, as a 409, or undefined when it can.
   * A fee that applies now must come back as `acceptedFee`, amount and currency alike.
   */
  private refusal(record: SeedAppointment, type: 'cancel' | 'reschedule', acceptedFee?: Price): SimResult | undefined {
    if (record.status === 'cancelled') return problem(409, 'conflict', 'This appointment is already cancelled.');
    if (record.status !== 'booked') return problem(409, 'conflict', 'This appointment has already taken place.');
    const action = appointmentView(this.view(), record).actions.find((candidate) => candidate.type === type);
    if (!action?.allowed) return problem(409, 'conflict', action?.reason ?? 'This can no longer be done online; please call the clinic.');
    const feeNow = action.fee && (action.freeUntil === undefined || Date.parse(action.freeUntil) <= this.now().getTime());
    if (feeNow && (acceptedFee?.amountMinor !== action.fee!.amountMinor || acceptedFee.currency !== action.fee!.currency)) {
      return problem(
        409,
        'fee_required',
        `This now carries a late fee of ${(action.fee!.amountMinor / 100).toFixed(2)} ${action.fee!.currency}; confirm it to go ahead.`,
      );
    }
    return undefined;
  }

  /** The appointment, if the token opens it; else the 404, 401 or 410 to answer. */
  private access(appointmentId: string, token: string | undefined): { record: SeedAppointment } | { refused: SimResult } {
    const record = this.data.appointments.find((candidate) => candidate.id === appointmentId);
    if (!record) return { refused: problem(404, 'not_found', 'There is no appointment with this id.') };
    if (!token || token !== record.token) return { refused: problem(401, 'unauthorized', 'This link does not open this appointment.') };
    if (this.now().getTime() >= new Date(record.tokenExpiresAt).getTime()) {
      return { refused: problem(410, 'link_expired', 'This link has expired; ask the clinic for a new one.') };
    }
    return { record };
  }

  private variant(variantId: string): SeedVariant | undefined {
    return this.data.variants.find((candidate) => candidate.id === variantId);
  }

  /**
   * The diary at the current time: booked slots, and held ones unless `holds` says to leave
   * them out (`'mine'` leaves out only the hold `ownHold`).
   */
  private schedule(ownHold?: string, holds: 'all' | 'none' = 'all'): ScheduleContext {
    const booked = new Set(
      this.data.appointments
        .filter((record) => record.status === 'booked')
        .map((record) => slotKey(record.variantId, record.locationId, new Date(record.start))),
    );
    if (holds === 'all') for (const key of this.holds.heldKeys(this.now().getTime(), ownHold)) booked.add(key);
    return { data: this.data, now: this.now(), booked };
  }

  private view(): ViewContext {
    return { data: this.data, now: this.now(), patientAppBase: this.patientAppBase };
  }
}

function ok(body: unknown): SimResult {
  return { status: 200, body };
}

function notFound(what: string): SimResult {
  return problem(404, 'not_found', `There is no ${what} with this id.`);
}

function asClock(now: Date | (() => Date) | undefined): () => Date {
  if (typeof now === 'function') return now;
  if (now) {
    const fixed = new Date(now.getTime());
    return () => fixed;
  }
  return () => new Date();
}

function randomToken(): string {
  return Array.from(crypto.getRandomValues(new Uint8Array(18)), (byte) => byte.toString(16).padStart(2, '0')).join('');
}
