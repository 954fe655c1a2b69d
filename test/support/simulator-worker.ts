/**
 * The booking-API simulator behind msw's service worker, for browser tests: real `fetch` in
 * Chromium, answered by the same handlers the demo serves over HTTP. Call `useSimulator()` in
 * a `beforeEach`: it starts the worker once per file and gives each test a fresh simulator.
 */
import { setupWorker } from 'msw/browser';
import { BookingSimulator, createHandlers } from '../../src/mocks/index.js';

/** Tuesday 24 November 2026, 09:00 in Berlin. */
export const simulatorNow = new Date('2026-11-24T08:00:00Z');
export const apiBase = '/api';
export const patientAppBase = `${location.origin}/patient/`;

export const simulator = new BookingSimulator({ now: simulatorNow, patientAppBase });
export const worker = setupWorker(...createHandlers(simulator, { apiBase }));

let started: Promise<unknown> | undefined;

export async function useSimulator(): Promise<BookingSimulator> {
  started ??= worker.start({ quiet: true, onUnhandledRequest: 'error' });
  await started;
  worker.resetHandlers();
  simulator.setNow(simulatorNow);
  simulator.reset();
  return simulator;
}
