/**
 * msw request handlers over a `BookingSimulator`: one per route of the contract, plus control
 * routes under `${apiBase}/__simulator/` that tests, stories and the demo use to reset the
 * state, switch faults on and off and move the clock. The same handlers serve a browser
 * service worker, msw in Node and real HTTP (`http-server.ts`).
 */
import { delay, http, HttpResponse, type HttpHandler } from 'msw';
import { routes, type RouteName } from '../api/routes.js';
import { garbled, parseFaults } from './faults.js';
import { answerIn } from './language.js';
import { problem, validationProblem, type SimResult } from './problems.js';
import type { BookingSimulator } from './simulator.js';

export interface HandlerOptions {
  /**
   * Where the API is mounted: a path (`/api`, matched on the page's origin in a browser and on
   * any origin in Node) or an absolute URL (`http://127.0.0.1:4010/api`).
   */
  apiBase?: string;
  /** Added to every API answer (not the control routes), on top of any fault's latency. */
  latencyMs?: number;
}

export const corsHeaders: Readonly<Record<string, string>> = {
  'Access-Control-Allow-Origin': '*',
  'Access-Control-Allow-Methods': 'GET, POST, DELETE, OPTIONS',
  'Access-Control-Allow-Headers': 'Authorization, Content-Type, Idempotency-Key, Accept-Language',
  // Without this a cross-origin client cannot read how long a 429 asked it to wait.
  'Access-Control-Expose-Headers': 'Retry-After',
  'Access-Control-Max-Age': '600',
};

/** For answers the contract keeps out of caches (`noStore` routes): a patient's data or token. */
const noStore = { 'Cache-Control': 'no-store' };

/** What a route handler knows about a request, read from its URL, headers and body. */
interface Call {
  params: Record<string, string>;
  query: URLSearchParams;
  body: unknown;
  idempotencyKey: string | undefined;
  token: string | undefined;
}

const answer: { [Name in RouteName]: (simulator: BookingSimulator, call: Call) => SimResult } = {
  listServices: (sim) => sim.listServices(),
  getService: (sim, { params }) => sim.getService(params.serviceId ?? ''),
  getVariant: (sim, { params }) => sim.getVariant(params.variantId ?? ''),
  getAvailability: (sim, { query }) =>
    sim.getAvailability({
      variantId: query.get('variantId') ?? undefined,
      locationId: query.get('locationId') ?? undefined,
      from: query.get('from') ?? undefined,
      to: query.get('to') ?? undefined,
      practitionerId: query.get('practitionerId') ?? undefined,
    }),
  createBooking: (sim, { body, idempotencyKey }) => sim.createBooking(body, idempotencyKey),
  getAppointment: (sim, { params, token }) => sim.getAppointment(params.appointmentId ?? '', token),
  cancelAppointment: (sim, { params, token, body, idempotencyKey }) => sim.cancelAppointment(params.appointmentId ?? '', token, body, idempotencyKey),
  rescheduleAppointment: (sim, { params, token, body, idempotencyKey }) => sim.rescheduleAppointment(params.appointmentId ?? '', token, body, idempotencyKey),
  listAppointments: (sim, { query, token }) =>
    sim.listAppointments(
      Object.fromEntries(['serviceId', 'variantId', 'status', 'cursor', 'limit'].map((name) => [name, query.get(name) ?? undefined])),
      token,
    ),
  getShareLink: (sim, { params, token }) => sim.getShareLink(params.kind ?? '', params.recordId ?? '', token),
  undoBooking: (sim, { params, token, idempotencyKey }) => sim.undoBooking(params.appointmentId ?? '', token, idempotencyKey),
  getOutbox: (sim, { query }) => sim.getOutbox(query.get('to') ?? undefined),
  createHold: (sim, { body, idempotencyKey }) => sim.createHold(body, idempotencyKey),
  releaseHold: (sim, { params }) => sim.releaseHold(params.holdId ?? ''),
  joinWaitlist: (sim, { body, idempotencyKey }) => sim.joinWaitlist(body, idempotencyKey),
  listWaitlist: (sim, { query, token }) => sim.listWaitlist(query.get('serviceId') ?? undefined, token),
};

export function createHandlers(simulator: BookingSimulator, options: HandlerOptions = {}): HttpHandler[] {
  const base = mountPoint(options.apiBase ?? '/api');
  const routeHandlers = (Object.keys(routes) as RouteName[]).map((name) => {
    const route = routes[name];
    const path = `${base}${route.path.replace(/\{(\w+)\}/g, ':$1')}`;
    const on = route.method === 'GET' ? http.get : http.post;
    return on(path, async ({ request, params }) => {
      const call = await readCall(request, params);
      const fault = simulator.takeFault(name);
      const latencyMs = (options.latencyMs ?? 0) + (fault?.latencyMs ?? 0);
      if (latencyMs > 0) await delay(latencyMs);
      if (fault?.offline) return HttpResponse.error();
      const early = fault && simulator.faultAnswer(fault);
      if (early) return respond(early);
      const limited = simulator.admit();
      if (limited) return respond(limited);
      if (call instanceof Response) return call;
      // Synchronous from here to the answer: two requests for one slot cannot interleave, and
      // the answer's own words are in the language the request asks for.
      const result = answerIn(request.headers.get('Accept-Language'), () => answer[name](simulator, call));
      if (fault?.dropResponse) return HttpResponse.error();
      if (fault?.garbleResponse) {
        const { status, contentType, text } = garbled(fault.garbleResponse, result, fault.status);
        return new HttpResponse(text, { status, headers: { 'Content-Type': contentType, ...corsHeaders } });
      }
      return respond('noStore' in route ? { ...result, headers: { ...noStore, ...result.headers } } : result);
    });
  });
  return [
    http.options(`${base}/*`, () => new HttpResponse(null, { status: 204, headers: corsHeaders })),
    ...controlHandlers(simulator, base),
    ...routeHandlers,
  ];
}

function controlHandlers(simulator: BookingSimulator, base: string): HttpHandler[] {
  const control = `${base}/__simulator`;
  return [
    http.post(`${control}/reset`, () => {
      simulator.reset();
      return respond({ status: 200, body: simulator.state() });
    }),
    http.post(`${control}/faults`, async ({ request }) => {
      const parsed = parseFaults(await request.json().catch(() => undefined));
      if (!parsed.success) return respond(validationProblem(parsed.error.issues));
      simulator.addFault(...parsed.data);
      return respond({ status: 200, body: { faults: simulator.faults() } });
    }),
    http.delete(`${control}/faults`, () => {
      simulator.clearFaults();
      return respond({ status: 200, body: { faults: [] } });
    }),
    http.post(`${control}/clock`, async ({ request }) => {
      const body: unknown = await request.json().catch(() => undefined);
      const now = typeof body === 'object' && body !== null && 'now' in body ? new Date(String(body.now)) : undefined;
      if (!now || Number.isNaN(now.getTime())) {
        return respond(problem(422, 'validation', 'Send { "now": "<ISO instant>" }.', [{ field: 'now', message: 'Give an ISO 8601 instant.' }]));
      }
      simulator.setNow(now);
      return respond({ status: 200, body: { now: simulator.now().toISOString() } });
    }),
    http.get(`${control}/state`, () => respond({ status: 200, body: simulator.state() })),
    // The reminders a clinic sends the day before, now: of one appointment, or of all due tomorrow.
    http.post(`${control}/reminders`, async ({ request }) => {
      const body: unknown = await request.json().catch(() => undefined);
      const appointmentId = typeof body === 'object' && body !== null && 'appointmentId' in body ? String(body.appointmentId) : undefined;
      return respond(simulator.sendReminders(appointmentId));
    }),
  ];
}

/** Reads what the simulator needs; a body that is not JSON is answered here, as a 422. */
async function readCall(request: Request, params: Record<string, string | readonly string[] | undefined>): Promise<Call | Response> {
  const text = request.method === 'GET' ? '' : await request.text();
  let body: unknown;
  try {
    body = text ? JSON.parse(text) : undefined;
  } catch {
    return respond(problem(422, 'validation', 'The request body is not valid JSON.', [{ field: '(body)', message: 'The body must be JSON.' }]));
  }
  const bearer = /^Bearer\s+(\S+)\s*$/i.exec(request.headers.get('Authorization') ?? '');
  return {
    params: Object.fromEntries(Object.entries(params).map(([name, value]) => [name, String(value ?? '')])),
    query: new URL(request.url).searchParams,
    body,
    idempotencyKey: request.headers.get('Idempotency-Key') ?? undefined,
    token: bearer?.[1],
  };
}

function respond({ status, body, headers }: SimResult): HttpResponse<string> {
  const contentType = status >= 400 ? 'application/problem+json' : 'application/json';
  return new HttpResponse(JSON.stringify(body), { status, headers: { 'Content-Type': contentType, ...corsHeaders, ...headers } });
}

/**
 * The msw path prefix for the API base. A path is left to msw to resolve against the page in a
 * browser; in Node there is no page, so it matches on any origin (`*` prefix).
 */
export function mountPoint(apiBase: string): string {
  const trimmed = apiBase.replace(/\/+$/, '');
  if (/^[a-z][a-z\d+.-]*:\/\//i.test(trimmed) || typeof location !== 'undefined') return trimmed;
  const path = trimmed.replace(/^\.?\/?/, '');
  return path ? `*/${path}` : '*';
}
