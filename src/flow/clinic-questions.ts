/**
 * The form the clinic asks for, as plain values: which patient fields a variant requires, and
 * the clinic's own questions, their answers as typed and as the booking sends them. No DOM.
 *
 * Answers are kept in the patient's draft under `answers.<question id>`, as typed (a yes/no as
 * `yes` or `no`): so they stay through every error, back and forward exactly as the patient's
 * other details do, and an error the API gives as `answers.<id>` lands on its question.
 */
import type { Answers, Question, Variant } from '../api/schemas.js';

/** The draft key of a question's answer. */
export type AnswerKey = `answers.${string}`;

/** Answers as typed, keyed by `answers.<question id>`. */
export type AnswerDraft = Partial<Record<AnswerKey, string>>;

/** The longest text answer when the clinic names none. */
export const defaultTextMax = 500;

/** Why an answer cannot be sent: the view words it, in the patient's language. */
export type AnswerProblem = 'missing' | 'too-long' | 'not-a-date' | 'too-early' | 'too-late' | 'not-an-option';

/** A patient field whose need the variant decides. */
export type ClinicField = 'dateOfBirth' | 'phone';

export function answerKey(question: Pick<Question, 'id'>): AnswerKey {
  return `answers.${question.id}`;
}

/** The variant's questions; none for a variant without any. */
export function questionsOf(variant: Variant | undefined): readonly Question[] {
  return variant?.questions ?? [];
}

/** The patient fields the variant lets the patient leave out; left unsaid, each is required. */
export function optionalFieldsOf(variant: Variant | undefined): ClinicField[] {
  const fields = variant?.patientFields ?? {};
  return (['dateOfBirth', 'phone'] as const).filter((field) => fields[field] === 'optional');
}

const datePattern = /^\d{4}-\d{2}-\d{2}$/;

/** What is wrong with an answer as typed, or undefined when it can be sent (or left out). */
export function answerProblem(question: Question, raw: string | undefined): AnswerProblem | undefined {
  const value = raw?.trim() ?? '';
  if (value === '') return question.required ? 'missing' : undefined;
  switch (question.type) {
    case 'text':
      return value.length > (question.maxLength ?? defaultTextMax) ? 'too-long' : undefined;
    case 'choice':
      return question.options?.some((option) => option.id === value) ? undefined : 'not-an-option';
    case 'yes_no':
      return value === 'yes' || value === 'no' ? undefined : 'not-an-option';
    case 'date':
      if (!datePattern.test(value) || Number.isNaN(Date.parse(value))) return 'not-a-date';
      if (question.min && value < question.min) return 'too-early';
      if (question.max && value > question.max) return 'too-late';
      return undefined;
  }
}

/**
 * The answers as the booking sends them (trimmed text, option ids, `yes` or `no`, dates), the
 * empty ones left out; or undefined when one of them cannot be sent.
 */
export function answersOf(questions: readonly Question[], draft: AnswerDraft): Answers | undefined {
  const answers: Answers = {};
  for (const question of questions) {
    const raw = draft[answerKey(question)];
    if (answerProblem(question, raw)) return undefined;
    const value = raw?.trim() ?? '';
    if (value === '') continue;
    answers[question.id] = value;
  }
  return answers;
}
