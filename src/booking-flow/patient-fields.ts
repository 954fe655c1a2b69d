/**
 * Which fields the details form asks, and in what words, for each of its uses: the patient
 * booking for themselves (`self`), the person a visit is for when someone else books it
 * (`dependant`: their own email and phone optional), and that someone (`booker`: name,
 * relationship and contact). A returning patient is also asked the fields the API named to find
 * their record. Each field is checked with the contract's own schema.
 */
import { msg } from '../i18n/localization.js';
import { Booker, DependantDetails, PatientDetails, PatientMatch } from '../api/schemas.js';
import type { MatchField } from '../flow/who-books.js';
import type { AnswerDraft } from '../flow/clinic-questions.js';

export type FormMode = 'self' | 'dependant' | 'booker';
export type FormField = keyof PatientDetails | 'relationship' | MatchField;
/** What was typed, field by field, kept as typed until it validates; answers to the clinic's questions as `answers.<id>`. */
export type FormDraft = Partial<Record<FormField, string>> & AnswerDraft;

/** The fields a form of `mode` asks, in order; match fields after the date of birth. */
export function fieldsOf(mode: FormMode, matchFields: readonly MatchField[] = []): FormField[] {
  if (mode === 'booker') return ['givenName', 'familyName', 'relationship', 'email', 'phone'];
  const contact: FormField[] = mode === 'self' ? ['email', 'phone'] : [];
  const later: FormField[] = mode === 'dependant' ? ['email', 'phone'] : [];
  return ['givenName', 'familyName', ...contact, 'dateOfBirth', ...matchFields, ...later, 'note'];
}

/** Fields that may be left empty: the note, someone else's contact, and what the variant lets the patient leave out. */
export function isOptional(field: FormField, mode: FormMode, optionalFields: readonly FormField[] = []): boolean {
  if (mode !== 'booker' && optionalFields.includes(field)) return true;
  return field === 'note' || (mode === 'dependant' && (field === 'email' || field === 'phone'));
}

function schemaOf(field: FormField, mode: FormMode) {
  if (field === 'postalCode' || field === 'patientNumber') return PatientMatch.shape[field];
  if (mode === 'booker') return Booker.shape[field as keyof Booker];
  return (mode === 'dependant' ? DependantDetails : PatientDetails).shape[field as keyof PatientDetails];
}

/** The field's error message, or undefined when the contract accepts what was typed. */
export function checkField(field: FormField, draft: FormDraft, mode: FormMode, optionalFields: readonly FormField[] = []): string | undefined {
  const raw = draft[field]?.trim() ? draft[field] : undefined;
  // Empty is missing, except for the fields that may be left out.
  if (raw === undefined) return isOptional(field, mode, optionalFields) ? undefined : messageFor(field, mode, 'too_small');
  const result = schemaOf(field, mode).safeParse(raw);
  return result.success ? undefined : messageFor(field, mode, result.error.issues[0]?.code);
}

/** The draft's fields as the contract reads them (trimmed), empty ones left out. */
export function parsedDraft(fields: readonly FormField[], draft: FormDraft, mode: FormMode): FormDraft {
  const parsed: FormDraft = {};
  for (const field of fields) {
    if (!draft[field]?.trim()) continue;
    const result = schemaOf(field, mode).safeParse(draft[field]);
    if (result.success && typeof result.data === 'string') parsed[field] = result.data;
  }
  return parsed;
}

/** The patient's own words for what is wrong with a field, from the schema's issue code. */
function messageFor(field: FormField, mode: FormMode, code: string | undefined): string {
  const theirs = mode === 'dependant';
  switch (field) {
    case 'givenName':
      if (code === 'too_big') return msg('Keep your first name under 100 characters');
      return theirs ? msg('Enter their first name') : msg('Enter your first name');
    case 'familyName':
      if (code === 'too_big') return msg('Keep your last name under 100 characters');
      return theirs ? msg('Enter their last name') : msg('Enter your last name');
    case 'email':
      return code === 'too_big' ? msg('Keep your email address under 254 characters') : msg('Enter an email address like name@example.com');
    case 'phone':
      return msg('Enter a phone number with at least 6 digits');
    case 'dateOfBirth':
      if (code === 'custom') return msg("The date of birth can't be in the future");
      return theirs ? msg('Enter their date of birth') : msg('Enter your date of birth');
    case 'note':
      return msg('Keep the note under 1,000 characters');
    case 'relationship':
      return msg('Choose how you are related to the patient');
    case 'postalCode':
      return msg('Enter the postal code the clinic has on record');
    case 'patientNumber':
      return msg('Enter the patient number from a letter or invoice of the clinic');
  }
}
