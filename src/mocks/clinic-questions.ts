/**
 * The form the clinic asks for, as the API checks it: the patient fields a variant requires
 * (`patientFields`), and the answers to its own questions, each refused with a field error
 * (`patient.phone`, `answers.<id>`) that lands on what the patient must fix.
 */
import type { Answers, CreateBookingRequest, StaffAppointment, Variant } from '../api/schemas.js';
import { answerProblem, type AnswerProblem } from '../flow/clinic-questions.js';
import { say, type Localized } from './language.js';
import { problem, type SimResult } from './problems.js';

const fieldMissing: Record<'phone' | 'dateOfBirth', Localized> = {
  phone: {
    en: 'The clinic needs a phone number for this appointment.',
    de: 'Die Praxis braucht für diesen Termin eine Telefonnummer.',
    fr: 'Le cabinet a besoin d’un numéro de téléphone pour ce rendez-vous.',
    es: 'La clínica necesita un número de teléfono para esta cita.',
    ar: 'تحتاج العيادة إلى رقم هاتف لهذا الموعد.',
  },
  dateOfBirth: {
    en: 'The clinic needs your date of birth for this appointment.',
    de: 'Die Praxis braucht für diesen Termin Ihr Geburtsdatum.',
    fr: 'Le cabinet a besoin de votre date de naissance pour ce rendez-vous.',
    es: 'La clínica necesita su fecha de nacimiento para esta cita.',
    ar: 'تحتاج العيادة إلى تاريخ ميلادك لهذا الموعد.',
  },
};

const answerMessages: Record<AnswerProblem | 'unknown', Localized> = {
  missing: {
    en: 'The clinic needs an answer to this question.',
    de: 'Die Praxis braucht eine Antwort auf diese Frage.',
    fr: 'Le cabinet a besoin d’une réponse à cette question.',
    es: 'La clínica necesita una respuesta a esta pregunta.',
    ar: 'تحتاج العيادة إلى إجابة عن هذا السؤال.',
  },
  'too-long': {
    en: 'This answer is longer than the clinic allows.',
    de: 'Diese Antwort ist länger, als die Praxis erlaubt.',
    fr: 'Cette réponse est plus longue que ce que le cabinet accepte.',
    es: 'Esta respuesta es más larga de lo que la clínica permite.',
    ar: 'هذه الإجابة أطول مما تسمح به العيادة.',
  },
  'not-a-date': {
    en: 'Give a date as YYYY-MM-DD.',
    de: 'Geben Sie ein Datum als JJJJ-MM-TT an.',
    fr: 'Indiquez une date au format AAAA-MM-JJ.',
    es: 'Indique una fecha como AAAA-MM-DD.',
    ar: 'أدخل التاريخ بالصيغة YYYY-MM-DD.',
  },
  'too-early': {
    en: 'This date is earlier than the clinic accepts.',
    de: 'Dieses Datum liegt früher, als die Praxis annimmt.',
    fr: 'Cette date est antérieure à ce que le cabinet accepte.',
    es: 'Esta fecha es anterior a lo que la clínica acepta.',
    ar: 'هذا التاريخ أبكر مما تقبله العيادة.',
  },
  'too-late': {
    en: 'This date is later than the clinic accepts.',
    de: 'Dieses Datum liegt später, als die Praxis annimmt.',
    fr: 'Cette date est postérieure à ce que le cabinet accepte.',
    es: 'Esta fecha es posterior a lo que la clínica acepta.',
    ar: 'هذا التاريخ أبعد مما تقبله العيادة.',
  },
  'not-an-option': {
    en: 'Choose one of the answers offered.',
    de: 'Wählen Sie eine der angebotenen Antworten.',
    fr: 'Choisissez l’une des réponses proposées.',
    es: 'Elija una de las respuestas ofrecidas.',
    ar: 'اختر إحدى الإجابات المعروضة.',
  },
  unknown: {
    en: 'This booking asks no such question.',
    de: 'Diese Buchung stellt keine solche Frage.',
    fr: 'Cette réservation ne pose pas cette question.',
    es: 'Esta reserva no hace esa pregunta.',
    ar: 'هذا الحجز لا يتضمن هذا السؤال.',
  },
};

/**
 * The patient fields the variant needs that the booking leaves out, as issues beside the
 * schema's own: a booking that fails its schema for another reason still hears of every field.
 */
export function missingPatientFields(variant: Variant | undefined, body: unknown): { code: 'custom'; path: string[]; message: string }[] {
  const request = (typeof body === 'object' && body !== null ? body : {}) as { patient?: Record<string, unknown>; bookedBy?: unknown };
  const patient = typeof request.patient === 'object' && request.patient !== null ? request.patient : {};
  const needs = variant?.patientFields ?? {};
  const missing: ('phone' | 'dateOfBirth')[] = [];
  // Without `bookedBy` the patient is written to: their phone is needed unless the variant says otherwise.
  if (needs.phone !== 'optional' && request.bookedBy === undefined && patient.phone === undefined) missing.push('phone');
  if (needs.dateOfBirth !== 'optional' && patient.dateOfBirth === undefined) missing.push('dateOfBirth');
  return missing.map((field) => ({ code: 'custom', path: ['patient', field], message: say(fieldMissing[field]) }));
}

/** The 422 for a booking that leaves out a field or an answer the variant needs, or gives one it cannot take. */
export function clinicFormRefusal(variant: Variant, request: CreateBookingRequest): SimResult | undefined {
  const errors = missingPatientFields(variant, request).map(({ path, message }) => ({ field: path.join('.'), message }));
  const questions = variant.questions ?? [];
  const answers = request.answers ?? {};
  for (const id of Object.keys(answers)) {
    if (!questions.some((question) => question.id === id)) errors.push({ field: `answers.${id}`, message: say(answerMessages.unknown) });
  }
  for (const question of questions) {
    const trouble = answerProblem(question, answers[question.id]);
    if (trouble) errors.push({ field: `answers.${question.id}`, message: say(answerMessages[trouble]) });
  }
  if (errors.length === 0) return undefined;
  return problem(422, 'validation', `Check ${errors.map((error) => error.field).join(', ')}.`, errors);
}

/** The answers as trimmed and kept: text as typed, less its outer spaces. */
export function keptAnswers(answers: Answers | undefined): Answers | undefined {
  if (!answers || Object.keys(answers).length === 0) return undefined;
  return Object.fromEntries(Object.entries(answers).map(([id, answer]) => [id, answer.trim()]));
}

/** For staff: each answered question, in the variant's order, with its label and the answer in words. */
export function staffAnswers(variant: Variant, answers: Answers | undefined): Pick<StaffAppointment, 'answers'> {
  if (!answers) return {};
  const answered = (variant.questions ?? []).flatMap((question) => {
    const answer = answers[question.id];
    if (answer === undefined) return [];
    const words =
      question.type === 'yes_no'
        ? answer === 'yes'
          ? 'Yes'
          : 'No'
        : question.type === 'choice'
          ? (question.options?.find((option) => option.id === answer)?.label ?? answer)
          : answer;
    return [{ questionId: question.id, question: question.label, answer: words }];
  });
  return answered.length > 0 ? { answers: answered } : {};
}
