/**
 * The booking-API simulator: `circle-booking/mocks`. One source of fake API behaviour for the
 * package's tests, Storybook, the demo and integrators' own tests. Side-effect free and
 * Node-safe; the real-HTTP server is in `http-server.ts`, which needs Node.
 *
 * ```ts
 * import { setupWorker } from 'msw/browser';
 * import { BookingSimulator, createHandlers } from 'circle-booking/mocks';
 * const simulator = new BookingSimulator({ now: new Date('2026-11-24T08:00:00Z') });
 * await setupWorker(...createHandlers(simulator, { apiBase: '/api' })).start();
 * ```
 */
export { BookingSimulator, defaultPatientAppBase } from './simulator.js';
export type { SimulatorOptions, SimulatorState } from './simulator.js';
export { createHandlers, corsHeaders } from './handlers.js';
export type { HandlerOptions } from './handlers.js';
export { seedData, seedAppointments, seedPractitioners } from './fixtures.js';
export type { BookingRules, OpeningHours, SeedAppointment, SeedData, SeedLocation, SeedPractitioner, SeedService, SeedVariant, Weekday } from './fixtures.js';
export type { Fault } from './faults.js';
export type { SimResult } from './problems.js';
export type { AvailabilityParams } from './availability.js';
export type { AppointmentListParams } from './staff-appointments.js';
export { holdByAnotherPatient, lateFeeAppointment, lateFeeTerms, seedWithLateFee, seedWithTimesInsideCutoff, shortHolds } from './scenarios.js';
