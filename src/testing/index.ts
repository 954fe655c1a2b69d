/**
 * `circle-booking/testing`: for an integrator's own tests of pages that embed the elements.
 * Helpers that reach through the elements' shadow roots, a page object that books as a patient
 * does (for any DOM: vitest with jsdom or happy-dom, Testing Library, a real browser), the same
 * for Playwright's locators, and the booking-API simulator's control routes. No dependencies:
 * the simulator itself is `circle-booking/mocks` (and `circle-booking/mocks/server` in Node).
 * The recipe is in docs/testing.md.
 */
export { deepQuery, deepQueryAll, deepText, waitFor, type WaitOptions } from './deep.js';
export { BookingPage, type BookingChoices, type BookingStep, type PatientDraft } from './booking-page.js';
export { bookingLocators, type PlaywrightLocator } from './playwright.js';
export { addSimulatorFaults, resetSimulator, setSimulatorClock, type ControlOptions } from './simulator-control.js';
