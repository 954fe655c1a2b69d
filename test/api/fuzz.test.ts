// Property tests of the client against hostile answers: for every endpoint, at least 1,000
// generated malformed or hostile bodies (test/support/hostile-bodies.ts). Each must end in the
// contract's data or a typed ApiError with a code; nothing else may escape, no link the client
// lets through may be anything but http(s), and no error may carry what the answer held.
import { after, describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { createServer } from 'node:http';
import type { AddressInfo } from 'node:net';
import fc from 'fast-check';
import {
  ApiClient,
  ApiError,
  cancelAppointment,
  createBooking,
  createHold,
  getAppointment,
  getAvailability,
  getService,
  getShareLink,
  getOutbox,
  getVariant,
  listServices,
  listAppointments,
  NetworkError,
  ProblemError,
  releaseHold,
  rescheduleAppointment,
  undoBooking,
  routes,
  type RouteName,
  joinWaitlist,
  listWaitlist,
} from '../../src/api/index.js';
import { hostileAnswer, hostileLinks, payloads, toResponse, type WireAnswer } from '../support/hostile-bodies.js';
import { validBodies } from '../support/valid-bodies.js';
import { aBookingRequest } from './fixtures.js';

export const casesPerEndpoint = 1000;

const knownCodes = new Set([
  ...routes.createBooking.errors,
  ...routes.cancelAppointment.errors,
  ...routes.rescheduleAppointment.errors,
  ...routes.getShareLink.errors,
  ...routes.createHold.errors,
  'not_found',
  'rate_limited',
  'server_error',
  'network',
  'timeout',
  'malformed_response',
  'http_error',
]);

const access = { appointmentId: 'apt_1', token: 'tok_secret' };
const write = { idempotencyKey: 'key-1' };
const call: Record<RouteName, (client: ApiClient) => Promise<unknown>> = {
  listServices: (client) => listServices(client),
  getService: (client) => getService(client, 'svc_physio'),
  getVariant: (client) => getVariant(client, 'var_initial'),
  getAvailability: (client) => getAvailability(client, { variantId: 'var_initial', locationId: 'loc_mitte', from: '2026-11-24', to: '2026-12-31' }),
  createBooking: (client) => createBooking(client, aBookingRequest(), write),
  getAppointment: (client) => getAppointment(client, access),
  cancelAppointment: (client) => cancelAppointment(client, access, { reason: 'Feeling better' }, write),
  rescheduleAppointment: (client) => rescheduleAppointment(client, access, { start: '2026-12-01T09:00:00+01:00' }, write),
  listAppointments: (client) => listAppointments(client, { status: 'booked', limit: 20 }),
  getShareLink: (client) => getShareLink(client, 'service', 'svc_physio'),
  undoBooking: (client) => undoBooking(client, access, write),
  getOutbox: (client) => getOutbox(client, { to: 'ada@example.org' }),
  createHold: (client) => createHold(client, { variantId: 'var_initial', locationId: 'loc_mitte', start: '2026-12-01T09:00:00+01:00' }, write),
  releaseHold: (client) => releaseHold(client, 'hold_3f9c'),
  joinWaitlist: (client) =>
    joinWaitlist(
      client,
      {
        variantId: 'var_initial',
        locationId: 'loc_mitte',
        contact: { givenName: 'Ada', familyName: 'Lovelace', email: 'ada@example.org', phone: '+44 20 7946 0958' },
        fromDate: '2026-11-24',
        toDate: '2026-12-08',
      },
      write,
    ),
  listWaitlist: (client) => listWaitlist(client, { serviceId: 'svc_physio' }),
};

/** Every string in a value that is at a key named like a link. */
function linksIn(value: unknown, key = ''): string[] {
  if (typeof value === 'string') return /url$/i.test(key) ? [value] : [];
  if (Array.isArray(value)) return value.flatMap((item) => linksIn(item));
  if (value && typeof value === 'object') return Object.entries(value).flatMap(([name, inner]) => linksIn(inner, name));
  return [];
}

function clientAnswering(answer: WireAnswer): ApiClient {
  return new ApiClient({
    apiBase: 'https://api.clinic.example/v1',
    fetch: async () => toResponse(answer),
    sleep: async () => {},
  });
}

/** What one answer came to: the data, or the error's code. Throws when the promise breaks. */
async function outcome(route: RouteName, answer: WireAnswer): Promise<string> {
  try {
    const data = await call[route](clientAnswering(answer));
    const parsed = routes[route].response.safeParse(data);
    assert.ok(parsed.success, 'the client returned data the contract does not allow');
    for (const link of linksIn(data)) assert.match(new URL(link).protocol, /^https?:$/, `a link that is not http(s): ${link.slice(0, 60)}`);
    return 'data';
  } catch (error) {
    if (error instanceof assert.AssertionError) throw error;
    assert.ok(error instanceof ApiError, `not a typed ApiError: ${String(error).slice(0, 200)}`);
    assert.ok(knownCodes.has(error.code), `an unknown code: ${error.code}`);
    // Apart from a problem's own detail (shown as text, for conflicts and validation only), the
    // message is the client's words: nothing of a malformed answer gets into it.
    if (!(error instanceof ProblemError)) {
      for (const payload of payloads.filter((p) => p.length > 3)) assert.ok(!error.message.includes(payload), 'the error message repeats the answer');
    }
    return error.code;
  }
}

const tally: Record<string, Record<string, number>> = {};

describe('hostile answers through the client', () => {
  after(() => {
    // The figures docs/reliability.md quotes; printed so a run shows them.
    const total = Object.values(tally).reduce((sum, codes) => sum + Object.values(codes).reduce((a, b) => a + b, 0), 0);
    console.log(`fuzz: ${total} answers over ${Object.keys(tally).length} endpoints`, JSON.stringify(tally));
  });

  for (const route of Object.keys(routes) as RouteName[]) {
    it(`${route}: ${casesPerEndpoint} malformed or hostile answers end in data or a typed error with a code`, async () => {
      const valid = validBodies(Date.parse('2026-11-24T08:00:00Z'))[route];
      assert.ok(routes[route].response.safeParse(valid).success, 'the base body is valid');
      const counts: Record<string, number> = {};
      tally[route] = counts;
      const okStatus = route === 'createBooking' ? 201 : 200;
      await fc.assert(
        fc.asyncProperty(hostileAnswer(valid, okStatus), async (answer) => {
          const result = await outcome(route, answer);
          counts[result] = (counts[result] ?? 0) + 1;
        }),
        { numRuns: casesPerEndpoint },
      );
      // Both ends were reached: some answers still fit the contract, most did not.
      assert.ok((counts.data ?? 0) > 0 && (counts.malformed_response ?? 0) > casesPerEndpoint / 2, JSON.stringify(counts));
    });
  }
});

describe('links from the API', () => {
  const link = fc.oneof(fc.constantFrom(...hostileLinks), fc.webUrl(), fc.string(), fc.constantFrom(...payloads));
  // eslint-disable-next-line @typescript-eslint/no-explicit-any -- each place writes into its own answer's shape
  const places: Array<[RouteName, (body: any, url: string) => void]> = [
    ['getAppointment', (body, url) => (body.intake.formsUrl = url)],
    ['createBooking', (body, url) => (body.appointmentUrl = url)],
    ['createBooking', (body, url) => (body.appointment.intake.formsUrl = url)],
    ['getShareLink', (body, url) => (body.url = url)],
  ];
  for (const [route, place] of places) {
    it(`${route}: a link is let through only when it is http(s)`, async () => {
      await fc.assert(
        fc.asyncProperty(link, async (url) => {
          const body = validBodies()[route];
          place(body, url);
          const result = await outcome(route, { status: 200, contentType: 'application/json', text: JSON.stringify(body) });
          const scheme = (() => {
            try {
              return new URL(url).protocol;
            } catch {
              return 'none';
            }
          })();
          if (!/^https?:$/.test(scheme)) assert.equal(result, 'malformed_response', `let through ${url}`);
        }),
        { numRuns: 300, examples: hostileLinks.map((hostile) => [hostile]) },
      );
    });
  }
});

describe('a redirect to another origin', () => {
  it('is not followed: the client fails as unreachable and the other origin hears nothing', async () => {
    const heard: string[] = [];
    const elsewhere = createServer((request, response) => {
      heard.push(`${request.method} ${request.url} ${request.headers.authorization ?? ''}`);
      response.writeHead(200, { 'Content-Type': 'application/json' }).end('{}');
    });
    await new Promise<void>((resolve) => elsewhere.listen(0, '127.0.0.1', resolve));
    const other = `http://127.0.0.1:${(elsewhere.address() as AddressInfo).port}`;
    const api = createServer((request, response) => response.writeHead(302, { Location: `${other}/steal${request.url}` }).end());
    await new Promise<void>((resolve) => api.listen(0, '127.0.0.1', resolve));
    const client = new ApiClient({ apiBase: `http://127.0.0.1:${(api.address() as AddressInfo).port}/api`, sleep: async () => {} });

    try {
      for (const request of [
        () => getAppointment(client, access),
        () => createBooking(client, aBookingRequest(), write),
        () => cancelAppointment(client, access, {}, write),
      ]) {
        await assert.rejects(request(), NetworkError);
      }
      assert.deepEqual(heard, []);
    } finally {
      api.closeAllConnections();
      elsewhere.closeAllConnections();
      await Promise.all([new Promise((resolve) => api.close(resolve)), new Promise((resolve) => elsewhere.close(resolve))]);
    }
  });
});

describe('an appointment answered for another id', () => {
  it('is a malformed answer for a read, a cancel and a reschedule', async () => {
    const other = { ...(validBodies().getAppointment as object), id: 'apt_someone_else' };
    const client = clientAnswering({ status: 200, contentType: 'application/json', text: JSON.stringify(other) });
    for (const request of [
      () => getAppointment(client, access),
      () => cancelAppointment(client, access, {}, write),
      () => rescheduleAppointment(client, access, { start: '2026-12-01T09:00:00+01:00' }, write),
    ]) {
      const error = await request().catch((e: unknown) => e);
      assert.ok(error instanceof ApiError && error.code === 'malformed_response', String(error));
    }
  });
});
