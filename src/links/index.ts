/** Build and parse patient-app links: `circle-booking/links`. Pure and Node-safe. */
export { patientAppUrl, parsePatientAppUrl } from './patient-app-links.js';
export type { PatientAppTarget, PatientAppLinkErrorCode, ParsedPatientAppUrl } from './patient-app-links.js';
export { appointmentAccessProblem, isLinkId, isLinkToken } from './link-shapes.js';
export type { LinkPartProblem } from './link-shapes.js';
