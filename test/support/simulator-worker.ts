/**
 * The booking-API simulator behind msw's service worker, for browser tests: real `fetch` in
 * Chromium, answered by the same handlers the demo serves over HTTP. Call `useSimulator()` in
 * a `beforeEach`: it starts the worker once per file and gives each test a fresh simulator.
 */
import { http, HttpResponse } from 'msw';
import { setupWorker } from 'msw/browser';
import { BookingSimulator, createHandlers } from '../../src/mocks/index.js';

export const apiBase = '/api';
export const patientAppBase = `${location.origin}/patient/`;

// On the real clock, like the elements: they show days from today on.
export const simulator = new BookingSimulator({ patientAppBase });
export const worker = setupWorker(...createHandlers(simulator, { apiBase }));

let started: Promise<unknown> | undefined;

export async function useSimulator(): Promise<BookingSimulator> {
  started ??= worker.start({ quiet: true, onUnhandledRequest: 'error' });
  await started;
  worker.resetHandlers();
  simulator.setNow(() => new Date());
  simulator.reset();
  return simulator;
}

/**
 * Resolves once the worker has reported no request for `quietMs` (at most `limitMs`). WebKit's
 * worker can report an earlier test's requests late; counting starts after they have drained.
 */
async function workerQuiet(quietMs = 100, limitMs = 1000): Promise<void> {
  let last = performance.now();
  const touch = () => {
    last = performance.now();
  };
  worker.events.on('request:start', touch);
  const start = performance.now();
  try {
    while (performance.now() - last < quietMs && performance.now() - start < limitMs) {
      await new Promise((resolve) => setTimeout(resolve, 20));
    }
  } finally {
    worker.events.removeListener('request:start', touch);
  }
}

/** The API requests made while `run` runs, as paths with their query below the API base. */
export async function apiRequestsDuring(run: (seen: readonly string[]) => Promise<void>): Promise<string[]> {
  await workerQuiet();
  const seen: string[] = [];
  const listener = ({ request }: { request: Request }) => {
    const url = new URL(request.url);
    if (url.pathname.startsWith(`${apiBase}/`)) seen.push(url.pathname.slice(apiBase.length) + url.search);
  };
  worker.events.on('request:start', listener);
  try {
    await run(seen);
  } finally {
    worker.events.removeListener('request:start', listener);
  }
  return seen;
}

/**
 * Handlers for `worker.use` that answer the service and variant requests without the first
 * month they can carry (`availability`), as an API that leaves it out does: the flow then asks
 * `GET /availability` for that month, and a test can arrange what it finds.
 */
export function withoutFirstMonth() {
  const without = (answer: unknown) => {
    const { availability: _availability, ...rest } = answer as Record<string, unknown>;
    return HttpResponse.json(rest);
  };
  return [
    http.get(`${apiBase}/services/:id`, ({ params }) => without(simulator.getService(String(params.id)).body)),
    http.get(`${apiBase}/variants/:id`, ({ params }) => without(simulator.getVariant(String(params.id)).body)),
  ];
}

/**
 * The API as one without held times (issue 21): `POST /holds` answers 501, and the elements book
 * as they did before holds. For the tests of a time taken by another patient at confirmation,
 * which with holds cannot happen to a time the patient holds.
 */
export function withoutHolds(): void {
  worker.use(http.post(`${apiBase}/holds`, () => new HttpResponse('Not Implemented', { status: 501 })));
}
