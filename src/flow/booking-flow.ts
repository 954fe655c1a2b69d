/**
 * The booking flow as plain state and transitions, shared by `<circle-book-service>` and
 * `<circle-book-variant>`: what to book, where, when, who, review, done. No DOM and no fetch:
 * every function takes a state and returns the next one, so the rules are tested without a
 * browser and both elements follow exactly the same ones.
 */
import type {
  Availability,
  BookingConfirmation,
  ClinicContact,
  Location,
  Practitioner,
  ReturningPatients,
  Service,
  Slot,
  Unavailability,
  Variant,
  VariantDetail,
} from '../api/schemas.js';
import { ApiError, ProblemError } from '../api/errors.js';
import { codeStepAfter, typeCode, type CodeStep } from './code-step.js';
import { contactEmail, fits, matchFieldsAsked, type BookerDraft, type MatchDraft, type PatientSide, type VisitFor } from './who-books.js';
import { outcomeUnknown } from './write-outcome.js';
import { optionalFieldsOf, questionsOf, type AnswerDraft } from './clinic-questions.js';

/** `verify`: the API asked for the code it sent; only then is it among the steps. */
export type BookingStep = 'variant' | 'location' | 'time' | 'details' | 'review' | 'verify' | 'done';

/** What the patient can book here: only bookable variants at bookable locations. */
export interface BookingCatalog {
  service: { id: string; name: string; description: string };
  variants: readonly Variant[];
  locations: readonly Location[];
  clinic: ClinicContact;
  /** Who sees patients for the offered variants (practitioners.ts); empty when the API has none. */
  practitioners: readonly Practitioner[];
  /**
   * Set when nothing can be booked online; the elements then show why instead of steps: the
   * API's `message` where it gave one, else their own words for the code.
   */
  unavailable?: { code: Unavailability['code']; message?: string };
  /**
   * Free slots the answer carried, of an offered variant at an offered location: the day picker
   * shows them without asking the API again (see `availability` in the contract).
   */
  availability?: Availability;
  /** What the API asks a returning patient, to find their record. */
  returningPatients?: ReturningPatients | undefined;
}

/** What the patient has typed, field by field, kept as typed until it validates. */
export type PatientDraft = Partial<Record<'givenName' | 'familyName' | 'email' | 'phone' | 'dateOfBirth' | 'note', string>> & AnswerDraft;

export interface BookingFlowState {
  step: BookingStep;
  variantId?: string;
  locationId?: string;
  /** The practitioner chosen; undefined is "Any available practitioner". */
  practitionerId?: string;
  /** The day shown in the day picker, `YYYY-MM-DD` in the location's zone. */
  date?: string;
  slot?: Slot;
  patient: PatientDraft;
  /** Errors the API gave per patient field, keyed like `email`. */
  serverErrors: Record<string, string>;
  /**
   * The Idempotency-Key of the confirmation being attempted. Kept for as long as what is booked
   * is unchanged, whatever the failure, so an answer lost or garbled after the booking was made
   * cannot book twice; dropped when anything in the booking changes (the same key with another
   * body is refused), or when the API's answer proves nothing was booked.
   */
  attemptKey?: string;
  /**
   * An attempt with `attemptKey` failed in a way that leaves open whether it booked (no answer,
   * an unreadable one, a server error). A later "that time is taken" may then be the patient's
   * own booking, and is not said as someone else's.
   */
  unconfirmed?: boolean;
  /** Why the flow came back to an earlier step. */
  notice?: 'slot-taken' | 'undone';
  /** Undoing the booking just made failed (refused after its window, or offline); shown on the confirmation. */
  undoError?: unknown;
  /** The confirmation failed for a reason the review step shows (network, not bookable…). */
  confirmError?: unknown;
  confirmation?: BookingConfirmation;
  // Who the visit is for, and whether the patient has been before (who-books.ts).
  /** Whom the patient books for: themselves unless they said otherwise. */
  visitFor?: VisitFor;
  /** The details of the person booking for someone else, as typed. */
  booker?: BookerDraft;
  /** The answer to "Have you been to us before?"; undefined until given. */
  returning?: boolean;
  /** What a returning patient typed for the API to find their record. */
  match?: MatchDraft;
  /** The code the API sent, and what the patient typed of it (code-step.ts). */
  codeStep?: CodeStep;
}

export interface StartOptions {
  variantId?: string;
  locationId?: string;
  /** From a link naming a practitioner; kept only if the variant lists them. */
  practitionerId?: string;
  patient?: PatientDraft;
}

/** The catalog of a service, limited to one location when the clinic set `location-id`. */
export function catalogFromService(service: Service, options: { locationId?: string } = {}): BookingCatalog {
  const bookable = service.bookable && service.visible;
  return catalogOf(service, service, service.variants, bookable, options.locationId);
}

/** The catalog of one variant: the flow without a variant step. */
export function catalogFromVariant(detail: VariantDetail, options: { locationId?: string } = {}): BookingCatalog {
  const bookable = detail.variant.bookable && detail.service.bookable && detail.service.visible;
  return catalogOf(detail, detail.service, [detail.variant], bookable, options.locationId);
}

/** What of `variants` and the answer's locations can be booked online, or why nothing can. */
function catalogOf(
  answer: Pick<Service, 'locations' | 'clinic' | 'unavailable' | 'availability' | 'practitioners' | 'returningPatients'>,
  { id, name, description }: Pick<Service, 'id' | 'name' | 'description'>,
  variants: readonly Variant[],
  bookable: boolean,
  locationId: string | undefined,
): BookingCatalog {
  const locations = answer.locations.filter((location) => location.bookable && (!locationId || location.id === locationId));
  const bookableAt = new Set(locations.map((location) => location.id));
  const offered = variants.filter((variant) => variant.bookable && variant.locationIds.some((id) => bookableAt.has(id)));
  const unavailable =
    answer.unavailable ?? (!bookable ? { code: 'not_bookable' as const } : offered.length === 0 ? { code: 'no_location' as const } : undefined);
  const { availability } = answer;
  const usable =
    availability &&
    bookableAt.has(availability.locationId) &&
    offered.some((variant) => variant.id === availability.variantId && variant.locationIds.includes(availability.locationId));
  const seeing = new Set(offered.flatMap((variant) => variant.practitionerIds ?? []));
  const practitioners = (answer.practitioners ?? []).filter((practitioner) => seeing.has(practitioner.id));
  return {
    service: { id, name, description },
    variants: offered,
    locations,
    clinic: answer.clinic,
    practitioners,
    unavailable,
    returningPatients: answer.returningPatients,
    ...(usable && { availability }),
  };
}

/**
 * A catalog looked up by id, made once per catalog and kept beside it (a catalog is never
 * changed once made). Every render asks which variant and location are chosen and which steps
 * there are; searching the lists for each made the flow quadratic in the number of variants:
 * 10,000 of them blocked the page for seconds.
 */
interface CatalogIndex {
  variants: Map<string, Variant>;
  locations: Map<string, Location>;
  /** The locations offering each variant, in the catalog's order. */
  locationsOf: Map<string, readonly Location[]>;
  /** The most locations any one variant offers. */
  mostLocations: number;
}

const indexes = new WeakMap<BookingCatalog, CatalogIndex>();

function indexOf(catalog: BookingCatalog): CatalogIndex {
  let index = indexes.get(catalog);
  if (index) return index;
  const variants = new Map<string, Variant>();
  for (const variant of catalog.variants) if (!variants.has(variant.id)) variants.set(variant.id, variant);
  const locations = new Map<string, Location>();
  for (const location of catalog.locations) if (!locations.has(location.id)) locations.set(location.id, location);
  const locationsOf = new Map<string, readonly Location[]>();
  let mostLocations = 0;
  for (const variant of variants.values()) {
    const offered = new Set(variant.locationIds);
    const list = catalog.locations.filter((location) => offered.has(location.id));
    locationsOf.set(variant.id, list);
    mostLocations = Math.max(mostLocations, list.length);
  }
  index = { variants, locations, locationsOf, mostLocations };
  indexes.set(catalog, index);
  return index;
}

export function variantOf(catalog: BookingCatalog, state: BookingFlowState): Variant | undefined {
  return state.variantId === undefined ? undefined : indexOf(catalog).variants.get(state.variantId);
}

export function locationOf(catalog: BookingCatalog, state: BookingFlowState): Location | undefined {
  return state.locationId === undefined ? undefined : indexOf(catalog).locations.get(state.locationId);
}

/** The locations offering a variant, in the catalog's order. */
export function locationsFor(catalog: BookingCatalog, variantId: string | undefined): readonly Location[] {
  return (variantId !== undefined && indexOf(catalog).locationsOf.get(variantId)) || [];
}

/**
 * The steps this patient goes through. Choosing is skipped where there is nothing to choose:
 * one variant, or one location for the chosen variant.
 */
export function stepsOf(catalog: BookingCatalog, state: BookingFlowState): BookingStep[] {
  const steps: BookingStep[] = [];
  if (catalog.variants.length > 1) steps.push('variant');
  const locationChoices = state.variantId ? locationsFor(catalog, state.variantId).length : indexOf(catalog).mostLocations;
  if (locationChoices > 1) steps.push('location');
  steps.push('time', 'details', 'review');
  if (state.codeStep) steps.push('verify');
  steps.push('done');
  return steps;
}

/** Where a new flow starts: the first step with something to choose. */
export function startBooking(catalog: BookingCatalog, options: StartOptions = {}): BookingFlowState {
  let state: BookingFlowState = { step: 'variant', patient: { ...options.patient }, serverErrors: {} };
  const variantId = options.variantId ?? (catalog.variants.length === 1 ? catalog.variants[0]!.id : undefined);
  if (variantId && indexOf(catalog).variants.has(variantId)) state = withVariant(catalog, state, variantId);
  if (options.locationId && locationsFor(catalog, state.variantId).some((l) => l.id === options.locationId)) {
    state = { ...state, locationId: options.locationId };
  }
  // Kept while the treatment is still to choose, so it stays chosen for one they see.
  const sees = state.variantId ? variantOf(catalog, state)?.practitionerIds : catalog.practitioners.map((practitioner) => practitioner.id);
  if (options.practitionerId && sees?.includes(options.practitionerId)) {
    state = { ...state, practitionerId: options.practitionerId };
  }
  return { ...state, step: !state.variantId ? 'variant' : !state.locationId ? 'location' : 'time' };
}

/**
 * The flow over a catalog of the same service loaded again (the page's language changed, say):
 * the step, the choices and the details stay where the new catalog still offers what was
 * chosen; a variant or location it no longer offers is dropped, and the patient starts again
 * from where that choice is made, with their details kept.
 */
export function carryOver(catalog: BookingCatalog, state: BookingFlowState): BookingFlowState {
  if (state.step === 'done') return state;
  const index = indexOf(catalog);
  const variantOffered = state.variantId === undefined || index.variants.has(state.variantId);
  const locationOffered = state.locationId === undefined || locationsFor(catalog, state.variantId).some((l) => l.id === state.locationId);
  if (variantOffered && locationOffered) return state;
  return startBooking(catalog, { patient: state.patient, ...(variantOffered && state.variantId ? { variantId: state.variantId } : {}) });
}

function withVariant(catalog: BookingCatalog, state: BookingFlowState, variantId: string): BookingFlowState {
  if (state.variantId === variantId) return state;
  const locations = locationsFor(catalog, variantId);
  const keepLocation = locations.some((location) => location.id === state.locationId);
  const { locationId: previous, practitionerId: chosen, ...rest } = state;
  const locationId = keepLocation ? previous : locations.length === 1 ? locations[0]!.id : undefined;
  // The practitioner stays chosen if they see this variant too.
  const practitionerId = chosen && indexOf(catalog).variants.get(variantId)?.practitionerIds?.includes(chosen) ? chosen : undefined;
  return withoutTime({ ...rest, variantId, locationId, ...(practitionerId && { practitionerId }) }, keepLocation);
}

/** A different what or where invalidates the chosen time (and the day, when the place changed). */
function withoutTime(state: BookingFlowState, keepDate: boolean): BookingFlowState {
  const { slot: _slot, attemptKey: _key, unconfirmed: _unconfirmed, notice: _notice, date, ...rest } = state;
  return keepDate && date ? { ...rest, date } : rest;
}

export function chooseVariant(catalog: BookingCatalog, state: BookingFlowState, variantId: string): BookingFlowState {
  const variant = indexOf(catalog).variants.get(variantId);
  if (!variant || !fits(variant, state.returning)) return state;
  return withVariant(catalog, state, variantId);
}

export function chooseLocation(catalog: BookingCatalog, state: BookingFlowState, locationId: string): BookingFlowState {
  if (state.locationId === locationId || !locationsFor(catalog, state.variantId).some((l) => l.id === locationId)) return state;
  return withoutTime({ ...state, locationId }, false);
}

/** Shows another day; the chosen time stays chosen until the patient picks another. */
export function chooseDate(state: BookingFlowState, date: string): BookingFlowState {
  return state.date === date ? state : { ...state, date };
}

/** Picks a time; one only bookable by phone ("Call to book") cannot be picked. */
export function chooseSlot(state: BookingFlowState, slot: Slot): BookingFlowState {
  if (state.slot?.start === slot.start || slot.bookableOnline === false) return state;
  const { attemptKey: _key, unconfirmed: _unconfirmed, notice: _notice, confirmError: _error, ...rest } = state;
  return { ...rest, slot };
}

export function updatePatient(state: BookingFlowState, patient: PatientDraft): BookingFlowState {
  // The same details again (typed and typed back) are the same booking: its key stays.
  if (sameDraft(state.patient, patient)) return state;
  const { attemptKey: _key, unconfirmed: _unconfirmed, confirmError: _error, ...rest } = state;
  // An error the API gave on a field goes away once the patient changes that field.
  const serverErrors = Object.fromEntries(
    Object.entries(state.serverErrors).filter(([field]) => patient[field as keyof PatientDraft] === state.patient[field as keyof PatientDraft]),
  );
  return codeForContact({ ...rest, patient: { ...patient }, serverErrors });
}

function sameDraft(a: PatientDraft, b: PatientDraft): boolean {
  const fields = new Set([...Object.keys(a), ...Object.keys(b)] as (keyof PatientDraft)[]);
  return [...fields].every((field) => (a[field] ?? '') === (b[field] ?? ''));
}

/** Whether the current step has what it needs to go on. Details are validated by the form. */
export function canContinue({ step, variantId, locationId, slot }: BookingFlowState): boolean {
  if (step === 'variant') return !!variantId;
  if (step === 'location') return !!locationId;
  if (step === 'time') return !!slot;
  return step !== 'done' && !!(variantId && locationId && slot);
}

export function next(catalog: BookingCatalog, state: BookingFlowState): BookingFlowState {
  if (!canContinue(state) || state.step === 'review') return state;
  const steps = stepsOf(catalog, state);
  const following = steps[steps.indexOf(state.step) + 1];
  return following ? { ...state, step: following } : state;
}

/** One step back; everything chosen and typed stays. */
export function back(catalog: BookingCatalog, state: BookingFlowState): BookingFlowState {
  const steps = stepsOf(catalog, state);
  const index = steps.indexOf(state.step);
  if (index <= 0 || state.step === 'done') return state;
  const { confirmError: _error, ...rest } = state;
  return { ...rest, step: steps[index - 1]! };
}

/** Jumps to an earlier step to change it, e.g. "Change time" on the review. */
export function goTo(catalog: BookingCatalog, state: BookingFlowState, step: BookingStep): BookingFlowState {
  const steps = stepsOf(catalog, state);
  if (state.step === 'done' || !steps.includes(step) || steps.indexOf(step) >= steps.indexOf(state.step)) return state;
  const { confirmError: _error, ...rest } = state;
  return { ...rest, step };
}

/** The booking is being confirmed: reuse this attempt's key, or take the new one. */
export function confirming(state: BookingFlowState, newKey: string): BookingFlowState {
  const { confirmError: _error, ...rest } = state;
  return { ...rest, attemptKey: state.attemptKey ?? newKey };
}

export function confirmed(state: BookingFlowState, confirmation: BookingConfirmation): BookingFlowState {
  const { confirmError: _error, attemptKey: _key, unconfirmed: _unconfirmed, notice: _notice, codeStep: _code, ...rest } = state;
  return { ...rest, step: 'done', confirmation };
}

/**
 * Where a failed confirmation leaves the patient, with everything typed kept:
 * - the time was taken meanwhile (or held by another patient, or the patient's hold ended):
 *   back to the times, told why, to pick another; but when an
 *   earlier attempt with this key may have booked it, the time may be the patient's own: they
 *   stay on the review, told so, and nothing is said about someone else;
 * - the API refused some details: back to the form, with its messages on the fields;
 * - anything else (offline, an answer we could not read, a server error, not bookable): on the
 *   review with the error. The key is kept, so Try again cannot book twice: the API replays the
 *   booking it made. Only the API's own "invalid" or "taken" proves nothing was booked.
 */
export function confirmFailed(state: BookingFlowState, error: unknown, now = Date.now()): BookingFlowState {
  const codeStep = codeStepAfter(state.codeStep, error, now, contactOf(state));
  if (codeStep) {
    // The API asked for a code, or refused the one typed: nothing was booked, so the next try takes a new key.
    const { attemptKey: _key, unconfirmed: _unconfirmed, confirmError: _error, ...rest } = state;
    return { ...rest, step: 'verify', codeStep };
  }
  const bare = error instanceof ProblemError && error.bare;
  // Held by another patient, or this patient's hold ended: as good as taken, for this booking.
  const gone = error instanceof ApiError && (error.code === 'slot_unavailable' || error.code === 'slot_held' || error.code === 'hold_expired');
  if (gone && !bare && !state.unconfirmed) {
    const { slot: _slot, attemptKey: _key, confirmError: _error, ...rest } = state;
    return { ...rest, step: 'time', notice: 'slot-taken' };
  }
  if (error instanceof ProblemError && error.code === 'validation' && !bare) {
    const { attemptKey: _key, unconfirmed: _unconfirmed, confirmError: _error, ...rest } = state;
    // The patient's fields and those that find their record are keyed by name; the booker's keep
    // `bookedBy.`, and the answers to the clinic's questions `answers.` (as the draft keeps them).
    const formField = (field: string) =>
      /^(patient|patientMatch)\./.test(field) ? field.slice(field.indexOf('.') + 1) : /^(bookedBy|answers)\./.test(field) ? field : undefined;
    const patientErrors = error.fieldErrors.filter((field) => formField(field.field));
    if (patientErrors.length > 0) {
      const serverErrors = Object.fromEntries(patientErrors.map(({ field, message }) => [formField(field)!, message]));
      return { ...rest, step: 'details', serverErrors };
    }
    return { ...rest, confirmError: error };
  }
  const unconfirmed = state.unconfirmed || outcomeUnknown(error);
  return { ...state, confirmError: error, ...(unconfirmed ? { unconfirmed: true } : {}) };
}

// Undo a booking just made (issue #23).

/** Milliseconds left to undo the confirmed booking at `now`; 0 when it cannot be undone (any more). */
export function undoTimeLeft(state: BookingFlowState, now: number): number {
  const until = state.step === 'done' && !state.undoError && undoAccess(state.confirmation) ? state.confirmation?.undoUntil : undefined;
  return until ? Math.max(0, Date.parse(until) - now) : 0;
}

/**
 * What the undo request is sent with: the appointment and its access token, the one the
 * patient's appointment link carries (`…?appointment=<id>#token=<token>`, src/links). Undefined
 * when the link carries no token for this appointment: then no undo is offered. Read here rather
 * than with the links module's parser, which would put all of that module on the booking page.
 */
export function undoAccess(confirmation: BookingConfirmation | undefined): { appointmentId: string; token: string } | undefined {
  if (!confirmation?.undoUntil) return undefined;
  const link = new URL(confirmation.appointmentUrl);
  const token = new URLSearchParams(link.hash.slice(1)).get('token');
  const appointmentId = confirmation.appointment.id;
  return token && link.searchParams.get('appointment') === appointmentId ? { appointmentId, token } : undefined;
}

/** Undoing is being tried again: the last failure is no longer shown. */
export function undoing(state: BookingFlowState): BookingFlowState {
  const { undoError: _error, ...rest } = state;
  return rest;
}

/**
 * The booking was undone: back to the times, with the service, variant, location, day and
 * every detail the patient typed kept, to choose another time. The time they had is free again.
 */
export function undone(state: BookingFlowState): BookingFlowState {
  const { confirmation: _confirmation, slot: _slot, undoError: _error, ...rest } = state;
  return { ...rest, step: 'time', notice: 'undone' };
}

/** Undoing failed: the booking stands, and the confirmation says why. */
export function undoFailed(state: BookingFlowState, error: unknown): BookingFlowState {
  return { ...state, undoError: error };
}

// Who the visit is for, new and returning patients, and the code step (who-books.ts, code-step.ts).

/** "Who is this visit for?": what was typed for either answer stays, should the patient switch back. */
export function chooseVisitFor(state: BookingFlowState, visitFor: VisitFor): BookingFlowState {
  if ((state.visitFor ?? 'me') === visitFor) return state;
  return withoutAttempt({ ...state, visitFor });
}

export function updateBooker(state: BookingFlowState, booker: BookerDraft): BookingFlowState {
  const before = state.booker ?? {};
  const fields = new Set([...Object.keys(before), ...Object.keys(booker)] as (keyof BookerDraft)[]);
  if ([...fields].every((field) => (before[field] ?? '') === (booker[field] ?? ''))) return state;
  // An error the API gave on one of the booker's fields goes away once the booker changes that field.
  const serverErrors = Object.fromEntries(
    Object.entries(state.serverErrors).filter(([field]) => {
      const name = field.slice('bookedBy.'.length) as keyof BookerDraft;
      return !field.startsWith('bookedBy.') || booker[name] === before[name];
    }),
  );
  return withoutAttempt({ ...state, booker: { ...booker }, serverErrors });
}

/**
 * "Have you been to us before?" A chosen variant that does not fit the answer is let go, with
 * its time; the rest of what was chosen and typed stays.
 */
export function answerReturning(catalog: BookingCatalog, state: BookingFlowState, returning: boolean): BookingFlowState {
  if (state.returning === returning) return state;
  const variant = variantOf(catalog, state);
  const answered = withoutAttempt({ ...state, returning });
  if (!variant || fits(variant, returning)) return answered;
  const { variantId: _variant, locationId: _location, ...rest } = answered;
  return withoutTime(rest, false);
}

export function updateMatch(state: BookingFlowState, match: MatchDraft): BookingFlowState {
  return withoutAttempt({ ...state, match: { ...match } });
}

/** Everything the patient said about whom the visit is for and about themselves, as the request builds it. */
export function patientSide(catalog: BookingCatalog, state: BookingFlowState): PatientSide {
  return {
    visitFor: state.visitFor ?? 'me',
    patient: state.patient,
    booker: state.booker ?? {},
    returning: state.returning,
    match: state.match ?? {},
    matchAsked: matchFieldsAsked(catalog.returningPatients, state.returning),
    questions: questionsOf(variantOf(catalog, state)),
    optionalFields: optionalFieldsOf(variantOf(catalog, state)),
  };
}

/** The code as typed, pasted or autofilled. */
export function enterCode(state: BookingFlowState, raw: string): BookingFlowState {
  return state.codeStep ? { ...state, codeStep: typeCode(state.codeStep, raw) } : state;
}

/**
 * A changed answer or contact makes a booking attempt new: its key goes. A code step stays only
 * while the address it confirms is unchanged.
 */
function withoutAttempt(state: BookingFlowState): BookingFlowState {
  const { attemptKey: _key, unconfirmed: _unconfirmed, confirmError: _error, ...rest } = state;
  return codeForContact(rest);
}

/** The state without its code step once the address the code confirms was changed. */
function codeForContact(state: BookingFlowState): BookingFlowState {
  if (!state.codeStep || state.codeStep.email === contactOf(state)) return state;
  const { codeStep: _code, ...rest } = state;
  return rest;
}

function contactOf(state: BookingFlowState): string {
  return contactEmail({ visitFor: state.visitFor ?? 'me', patient: state.patient, booker: state.booker ?? {} });
}
