/**
 * New and returning patients, as a clinic's records see them: which variants each may book, how
 * a returning patient is matched to their record, and how many upcoming visits one patient may
 * hold online.
 */
import type { CreateBookingRequest, PatientMatch } from '../api/schemas.js';
import type { SeedData, SeedPatient, SeedService, SeedVariant } from './fixtures.js';
import { say, type Localized } from './language.js';
import { problem, type SimResult } from './problems.js';

const sameText = (a: string | undefined, b: string | undefined) => (a ?? '').trim().toLowerCase() === (b ?? '').trim().toLowerCase();

/** Whether the clinic's records hold this email, so that it needs no code. */
export function isKnownEmail(data: SeedData, email: string): boolean {
  return (data.patients ?? []).some((record) => sameText(record.email, email));
}

const forNewOnly: Localized = {
  en: 'This is for new patients; as a returning patient, please book a follow-up.',
  de: 'Dies ist für neue Patientinnen und Patienten; bitte buchen Sie als wiederkehrende Person eine Folgebehandlung.',
  fr: 'Ce soin est réservé aux nouveaux patients ; si vous êtes déjà venu, réservez un suivi.',
  es: 'Esto es para pacientes nuevos; si ya ha venido antes, reserve un seguimiento.',
  ar: 'هذا للمرضى الجدد؛ إن كنت زرتنا من قبل فاحجز جلسة متابعة.',
};

const forReturningOnly: Localized = {
  en: 'This is for returning patients; on your first visit, please book an initial assessment.',
  de: 'Dies ist für wiederkehrende Patientinnen und Patienten; bitte buchen Sie beim ersten Besuch eine Erstuntersuchung.',
  fr: 'Ce soin est réservé aux patients déjà suivis ; pour une première visite, réservez un premier bilan.',
  es: 'Esto es para pacientes que ya han venido; en su primera visita, reserve una evaluación inicial.',
  ar: 'هذا للمرضى العائدين؛ في زيارتك الأولى احجز تقييمًا أوليًا.',
};

const noRecord: Localized = {
  en: 'We could not find your record with these details; check them, or book as a new patient.',
  de: 'Mit diesen Angaben finden wir Ihre Akte nicht; prüfen Sie sie oder buchen Sie als neue Patientin oder neuer Patient.',
  fr: 'Nous ne trouvons pas votre dossier avec ces informations ; vérifiez-les ou réservez comme nouveau patient.',
  es: 'No encontramos su historial con estos datos; revíselos o reserve como paciente nuevo.',
  ar: 'لم نعثر على ملفك بهذه البيانات؛ تحقّق منها أو احجز كمريض جديد.',
};

/** Why this patient may not book this variant: a new patient a follow-up, or a returning one an initial assessment. */
export function patientKindRefusal(variant: SeedVariant, returningPatient: boolean | undefined): SimResult | undefined {
  // A request that does not say (an older widget, a staff booking) is the clinic's to sort out.
  if (returningPatient === undefined || !variant.forPatients || variant.forPatients === 'both') return undefined;
  if (variant.forPatients === 'new' && returningPatient) return problem(422, 'not_bookable', say(forNewOnly));
  if (variant.forPatients === 'returning' && !returningPatient) return problem(422, 'not_bookable', say(forReturningOnly));
  return undefined;
}

/** The match fields the simulator knows and where each sits in the request. */
const matchPaths: Record<string, (request: CreateBookingRequest) => string | undefined> = {
  dateOfBirth: (request) => request.patient.dateOfBirth,
  postalCode: (request) => request.patientMatch?.postalCode,
  patientNumber: (request) => request.patientMatch?.patientNumber,
};

const fieldPath = (field: string) => (field === 'dateOfBirth' ? 'patient.dateOfBirth' : `patientMatch.${field}`);

/**
 * For a returning patient, the record that matches their name, date of birth and the service's
 * match fields, or the 422 to answer: a field the service asks for is missing, or no record fits.
 */
export function matchReturning(data: SeedData, service: SeedService, request: CreateBookingRequest): { record?: SeedPatient; refused?: SimResult } {
  if (!request.returningPatient) return {};
  const fields = (service.returningPatients?.matchFields ?? []).filter((field) => field in matchPaths);
  const missing = fields.filter((field) => !matchPaths[field]!(request));
  if (missing.length > 0) {
    const errors = missing.map((field) => ({ field: fieldPath(field), message: `${field} is required for a returning patient.` }));
    return { refused: problem(422, 'validation', `Check ${errors.map((error) => error.field).join(', ')}.`, errors) };
  }
  const record = (data.patients ?? []).find(
    (candidate) =>
      sameText(candidate.givenName, request.patient.givenName) &&
      sameText(candidate.familyName, request.patient.familyName) &&
      fields.every((field) => sameText(String(candidate[field as keyof PatientMatch | 'dateOfBirth'] ?? ''), matchPaths[field]!(request))),
  );
  if (record) return { record };
  const errors = (fields.length > 0 ? fields : ['dateOfBirth']).map((field) => ({ field: fieldPath(field), message: say(noRecord) }));
  return { refused: problem(422, 'validation', say(noRecord), errors) };
}

function limitMessage(limit: number, phone: string | undefined): Localized {
  const call = {
    en: phone ? ` call the clinic on ${phone}` : ' call the clinic',
    de: phone ? ` rufen Sie die Praxis unter ${phone} an` : ' rufen Sie die Praxis an',
    fr: phone ? ` appelez le cabinet au ${phone}` : ' appelez le cabinet',
    es: phone ? ` llame a la clínica al ${phone}` : ' llame a la clínica',
    ar: phone ? ` اتصل بالعيادة على ${phone}` : ' اتصل بالعيادة',
  };
  return {
    en: `You already have ${limit} upcoming visits booked online, the most we take; to book another,${call.en}.`,
    de: `Sie haben bereits ${limit} bevorstehende Online-Termine, mehr nehmen wir nicht an; für einen weiteren${call.de}.`,
    fr: `Vous avez déjà ${limit} visites à venir réservées en ligne, le maximum ; pour en réserver une autre,${call.fr}.`,
    es: `Ya tiene ${limit} visitas próximas reservadas en línea, el máximo; para reservar otra,${call.es}.`,
    ar: `لديك بالفعل ${limit} زيارات قادمة محجوزة عبر الإنترنت، وهو الحد الأقصى؛ لحجز زيارة أخرى${call.ar}.`,
  };
}

/** The 409 booking_limit when this patient already holds `limit` upcoming visits. */
export function bookingLimitRefusal(data: SeedData, request: CreateBookingRequest, limit: number | undefined, now: Date): SimResult | undefined {
  if (limit === undefined) return undefined;
  const { patient } = request;
  const upcoming = data.appointments.filter(
    (record) =>
      record.status === 'booked' &&
      Date.parse(record.start) > now.getTime() &&
      sameText(record.patient?.givenName, patient.givenName) &&
      sameText(record.patient?.familyName, patient.familyName) &&
      record.patient?.dateOfBirth === patient.dateOfBirth,
  ).length;
  if (upcoming < limit) return undefined;
  const result = problem(409, 'booking_limit', say(limitMessage(limit, data.clinic.phone)));
  (result.body as { limit: number }).limit = limit;
  return result;
}
