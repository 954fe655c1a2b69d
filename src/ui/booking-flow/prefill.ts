import type { PatientDraft } from '../../flow/booking-flow.js';

/** The prefill properties both booking elements take. */
export interface PrefillSource {
  patient: PatientDraft;
  patientGivenName: string;
  patientFamilyName: string;
  patientEmail: string;
  patientPhone: string;
}

/** What to prefill: the `patient` property, with the `patient-*` attributes filling its gaps. */
export function prefillOf(source: PrefillSource): PatientDraft {
  const fromAttributes: PatientDraft = {
    givenName: source.patientGivenName,
    familyName: source.patientFamilyName,
    email: source.patientEmail,
    phone: source.patientPhone,
  };
  const given = Object.fromEntries(Object.entries(fromAttributes).filter(([, value]) => value));
  return { ...given, ...source.patient };
}
