/**
 * Who the visit is for and who books it, and whether the patient has been before: the patient's
 * side of a booking, as plain values. "Who is this visit for?" takes the booker's details beside
 * the patient's; "Have you been to us before?" narrows the variants to those that fit, and, for a
 * returning patient, asks what the API named to find their record. No DOM, no fetch.
 */
import {
  Booker,
  BookingPatient,
  PatientMatch,
  type CreateBookingRequest,
  type PatientDetails,
  type Question,
  type ReturningPatients,
  type Variant,
} from '../api/schemas.js';
import { answersOf, type AnswerDraft, type ClinicField } from './clinic-questions.js';

export type VisitFor = 'me' | 'someone-else';

/** The booker's details as typed, kept as typed until they validate. */
export type BookerDraft = Partial<Record<keyof Booker, string>>;

/** What a returning patient typed for the API to find their record. */
export type MatchDraft = Partial<Record<keyof PatientMatch, string>>;

/** A field of `PatientMatch` the API may ask a returning patient for. */
export type MatchField = keyof PatientMatch;

const matchFields: readonly MatchField[] = ['postalCode', 'patientNumber'];

/** Why a variant is not offered to this patient. */
export type MissingReason = 'new-patients-only' | 'returning-patients-only';

/** Whether a variant fits the answer to "Have you been to us before?"; before an answer, every one does. */
export function fits(variant: Variant, returning: boolean | undefined): boolean {
  if (returning === undefined || !variant.forPatients || variant.forPatients === 'both') return true;
  return returning ? variant.forPatients === 'returning' : variant.forPatients === 'new';
}

/** Whether the answer changes what can be booked: some variant is for new or for returning patients only. */
export function asksReturning(variants: readonly Variant[]): boolean {
  return variants.some((variant) => variant.forPatients === 'new' || variant.forPatients === 'returning');
}

/** The variants the answer leaves out, each with why, so the flow can say why one is missing. */
export function missingVariants(variants: readonly Variant[], returning: boolean | undefined): { variant: Variant; reason: MissingReason }[] {
  return variants
    .filter((variant) => !fits(variant, returning))
    .map((variant) => ({ variant, reason: variant.forPatients === 'new' ? 'new-patients-only' : 'returning-patients-only' }));
}

/**
 * The fields the API asks a returning patient for, besides what every booking carries: the
 * names in `matchFields` that are fields of `PatientMatch`. `dateOfBirth` is always asked, and
 * names the elements do not know are left out: the API decides, the widget only asks.
 */
export function matchFieldsAsked(returningPatients: ReturningPatients | undefined, returning: boolean | undefined): MatchField[] {
  if (returning !== true || !returningPatients) return [];
  return matchFields.filter((field) => returningPatients.matchFields.includes(field));
}

/** What the patient has said about whom the visit is for and about themselves. */
export interface PatientSide {
  visitFor: VisitFor;
  /** The patient's details, and their answers to the clinic's questions; for someone else, their email and phone may be empty. */
  patient: Partial<Record<keyof PatientDetails, string>> & AnswerDraft;
  /** The clinic's questions for the chosen variant. */
  questions?: readonly Question[];
  /** The patient fields the chosen variant lets the patient leave out. */
  optionalFields?: readonly ClinicField[];
  booker: BookerDraft;
  returning?: boolean | undefined;
  match: MatchDraft;
  /** The match fields the API asked for; others typed earlier are not sent. */
  matchAsked: readonly MatchField[];
}

/** The parts of the booking request that say who it is for, or which part is not yet valid. */
export type PatientParts =
  | { ok: true; parts: Pick<CreateBookingRequest, 'patient' | 'bookedBy' | 'returningPatient' | 'patientMatch' | 'answers'> }
  | { ok: false; invalid: 'patient' | 'booker' | 'match' };

export function patientParts(side: PatientSide): PatientParts {
  const forSomeoneElse = side.visitFor === 'someone-else';
  // Empty fields are left out, not sent as "": someone else's contact (the booker is written to),
  // and what the variant lets the patient leave out. The rest must be there.
  const patient = BookingPatient.safeParse(withoutEmpty(side.patient));
  const optional = new Set<string>(side.optionalFields ?? []);
  const required = (forSomeoneElse ? ['dateOfBirth'] : ['email', 'phone', 'dateOfBirth']).filter((field) => !optional.has(field));
  if (!patient.success || required.some((field) => patient.data[field as keyof BookingPatient] === undefined)) return { ok: false, invalid: 'patient' };
  const answers = answersOf(side.questions ?? [], side.patient);
  if (!answers) return { ok: false, invalid: 'patient' };
  const booker = forSomeoneElse ? Booker.safeParse(side.booker) : undefined;
  if (booker && !booker.success) return { ok: false, invalid: 'booker' };
  const asked = Object.fromEntries(side.matchAsked.map((field) => [field, side.match[field] ?? '']));
  const match = side.matchAsked.length > 0 ? PatientMatch.safeParse(asked) : undefined;
  if (match && (!match.success || side.matchAsked.some((field) => !match.data[field]))) return { ok: false, invalid: 'match' };
  return {
    ok: true,
    parts: {
      patient: patient.data,
      ...(booker?.success && { bookedBy: booker.data }),
      ...(side.returning !== undefined && { returningPatient: side.returning }),
      ...(match?.success && { patientMatch: match.data }),
      ...(Object.keys(answers).length > 0 && { answers }),
    },
  };
}

/** The address the clinic writes to, and a code confirms: the booker's, or the patient's own. */
export function contactEmail(side: Pick<PatientSide, 'visitFor' | 'patient' | 'booker'>): string {
  return ((side.visitFor === 'someone-else' ? side.booker.email : side.patient.email) ?? '').trim().toLowerCase();
}

function withoutEmpty<T extends Record<string, string | undefined>>(draft: T): Partial<T> {
  return Object.fromEntries(Object.entries(draft).filter(([, value]) => value !== undefined && value.trim() !== '')) as Partial<T>;
}
