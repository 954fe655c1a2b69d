/**
 * What a booking form may be prefilled with. Prefill comes from the clinic's page (attributes,
 * a property, or, when the clinic opts in, the page's query string and fragment), so each value is checked
 * by the same schema the form and the API use; one that fails is dropped, never shown as an
 * error before the patient has typed anything.
 */
import { PatientDetails } from '../api/schemas.js';
import type { PatientDraft } from './booking-flow.js';

type Field = keyof typeof PatientDetails.shape;
const fields: readonly Field[] = ['givenName', 'familyName', 'email', 'phone', 'dateOfBirth', 'note'];

/** The fields of `draft` that pass the patient schema, trimmed; everything else is dropped. */
export function validPrefill(draft: unknown): PatientDraft {
  const valid: PatientDraft = {};
  if (typeof draft !== 'object' || draft === null) return valid;
  for (const field of fields) {
    const value: unknown = (draft as Record<string, unknown>)[field];
    if (typeof value !== 'string' || value.trim() === '') continue;
    const checked = PatientDetails.shape[field].safeParse(value);
    if (checked.success && checked.data) valid[field] = checked.data;
  }
  return valid;
}

/** Query-string names a clinic's links may use, for each field. */
const queryNames: Record<Field, readonly string[]> = {
  givenName: ['given_name', 'first_name'],
  familyName: ['family_name', 'last_name'],
  email: ['email'],
  phone: ['phone'],
  dateOfBirth: ['date_of_birth'],
  note: [],
};

/**
 * Prefill from a page's query string: `name` (the last word is the family name), `given_name`
 * or `first_name`, `family_name` or `last_name`, `email`, `phone`, `date_of_birth`.
 */
export function prefillFromQuery(search: string): PatientDraft {
  const params = new URLSearchParams(search);
  const draft: Record<string, string> = {};
  const name = params.get('name')?.trim().split(/\s+/);
  if (name?.[0]) {
    draft.givenName = (name.length > 1 ? name.slice(0, -1) : name).join(' ');
    if (name.length > 1) draft.familyName = name.at(-1)!;
  }
  for (const field of fields) {
    const value = queryNames[field].map((key) => params.get(key)).find((found) => found);
    if (value) draft[field] = value;
  }
  return validPrefill(draft);
}

/**
 * The prefill parameters for `draft`, each field under its first name above: what a link puts
 * in its fragment (`#given_name=Grace&email=…`) for a page with `prefill-from-url` to read back.
 */
export function prefillParams(draft: PatientDraft): URLSearchParams {
  const params = new URLSearchParams();
  for (const field of fields) {
    const value = draft[field];
    if (value) params.set(queryNames[field][0]!, value);
  }
  return params;
}
