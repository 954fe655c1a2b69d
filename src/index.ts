/**
 * `circle-booking`: importing this module registers every element, the popups and the floating
 * button included (`circle-booking/embed`: booking triggers on the page open popups). The
 * one-script-tag use on a clinic website, built as one self-contained file; bundlers can import
 * `circle-booking/elements/<name>` for one element.
 */
export { CircleBookService } from './elements/book-service/book-service.js';
export { CircleBookVariant } from './elements/book-variant/book-variant.js';
export { CircleAppointment } from './elements/appointment/appointment.js';
export { CirclePatientApp } from './elements/patient-app/patient-app.js';
export { CircleShareMenu } from './elements/share-menu/share-menu.js';
export * from './embed/index.js';
export { configure } from './api/client.js';
export type { ClientOptions } from './api/client.js';
export { CircleErrorEvent, type CircleErrorDetail } from './error-event.js';
export * from './booking-flow/booking-flow.events.js';
export * from './elements/appointment/appointment.events.js';
export * from './elements/share-menu/share-menu.events.js';
export type { PatientDraft, BookingStep } from './flow/booking-flow.js';
export type { CalendarLayout } from './booking-flow/flow-view.js';
export type { ClinicContact } from './api/schemas.js';
export { registerMessages } from './i18n/localization.js';
export type { Messages } from './i18n/localization.js';
