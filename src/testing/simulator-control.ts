/**
 * The booking-API simulator's control routes (`<apiBase>/__simulator/…`), for a test whose
 * simulator runs where the test cannot reach the object: `npm run api`, a dev server, msw's
 * service worker in the page under test. Where the test holds the `BookingSimulator` itself
 * (vitest with `msw/node`, `startApiServer` in Playwright), call `simulator.reset()` directly.
 * These requests go to the simulator, never to a clinic's API, so they are not part of the
 * contract in src/api/.
 */
import type { Fault } from '../mocks/faults.js';

export interface ControlOptions {
  /** The fetch to send with (a test runner's own, or one bound to a page); the global one by default. */
  fetch?: typeof fetch;
}

/** Back to the seed: appointments, idempotency keys and faults as when the simulator started. */
export async function resetSimulator(apiBase: string, options: ControlOptions = {}): Promise<void> {
  await control(apiBase, 'reset', 'POST', undefined, options);
}

/** Adds faults (slow answers, errors, lost answers) for the next requests, as `simulator.addFault()` does. */
export async function addSimulatorFaults(apiBase: string, faults: Fault | Fault[], options: ControlOptions = {}): Promise<void> {
  await control(apiBase, 'faults', 'POST', faults, options);
}

/** Sets the simulator's clock, which decides which times are free. */
export async function setSimulatorClock(apiBase: string, now: Date, options: ControlOptions = {}): Promise<void> {
  await control(apiBase, 'clock', 'POST', { now: now.toISOString() }, options);
}

async function control(apiBase: string, route: string, method: string, body: unknown, { fetch: send = fetch }: ControlOptions): Promise<void> {
  const url = `${apiBase.replace(/\/+$/, '')}/__simulator/${route}`;
  const response = await send(url, {
    method,
    ...(body === undefined ? {} : { headers: { 'Content-Type': 'application/json' }, body: JSON.stringify(body) }),
  });
  if (!response.ok) throw new Error(`${method} ${url} answered ${response.status}: is the booking-API simulator serving ${apiBase}?`);
}
