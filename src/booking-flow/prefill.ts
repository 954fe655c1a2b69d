import type { PatientDraft } from '../flow/booking-flow.js';
import { prefillFromQuery, validPrefill } from '../flow/prefill.js';

/** The prefill properties both booking elements take. */
export interface PrefillSource {
  patient: PatientDraft;
  patientGivenName: string;
  patientFamilyName: string;
  patientEmail: string;
  patientPhone: string;
  prefillFromUrl: boolean;
}

/**
 * What to prefill: the `patient` property, the `patient-*` attributes filling its gaps, and
 * with `prefill-from-url` the page's query string filling theirs, then its fragment (`#email=…`),
 * where links that carry a patient's details should carry them: a fragment never reaches the
 * clinic's server, a Referer, or analytics that record the page's address without it. Each
 * source is validated on its own, so a bad value in one never hides a good one in another.
 */
export function prefillOf(source: PrefillSource): PatientDraft {
  const fromAttributes = validPrefill({
    givenName: source.patientGivenName,
    familyName: source.patientFamilyName,
    email: source.patientEmail,
    phone: source.patientPhone,
  });
  const fromUrl = source.prefillFromUrl ? { ...prefillFromQuery(location.hash.slice(1)), ...prefillFromQuery(location.search) } : {};
  return { ...fromUrl, ...fromAttributes, ...validPrefill(source.patient) };
}
