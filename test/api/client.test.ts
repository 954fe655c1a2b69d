import { afterEach, describe, it } from 'node:test';
import assert from 'node:assert/strict';
import {
  AbortedError,
  ApiClient,
  configure,
  createClient,
  getAppointment,
  getService,
  newIdempotencyKey,
  parseRetryAfter,
  ProblemError,
  resetConfiguration,
  ResponseShapeError,
  ResponseTooLargeError,
  maxRetryAfterSeconds,
  NetworkError,
  TimeoutError,
  type ClientOptions,
  type ProblemCode,
  createBooking,
  Service,
} from '../../src/api/index.js';
import { aService, aBookingRequest, anAppointment } from './fixtures.js';

type Answer = Response | Error | ((request: Request, signal: AbortSignal) => Response | Promise<Response>);

/** A fetch that answers from a script and records what it was asked. */
function scriptedFetch(...answers: Answer[]) {
  const requests: Request[] = [];
  const fetch = async (input: RequestInfo | URL, init?: RequestInit) => {
    const request = new Request(input, init);
    requests.push(request);
    const answer = answers.length > 1 ? answers.shift()! : answers[0]!;
    if (answer instanceof Error) throw answer;
    // The caller's own signal: on Node 20 a Request's copy of it may stop hearing aborts after GC.
    return typeof answer === 'function' ? answer(request, init!.signal!) : answer.clone();
  };
  return { fetch: fetch, requests };
}

function json(body: unknown, status = 200, headers: Record<string, string> = {}) {
  return new Response(JSON.stringify(body), { status, headers: { 'Content-Type': 'application/json', ...headers } });
}

function problem(code: ProblemCode, status: number, extra: Record<string, unknown> = {}, headers: Record<string, string> = {}) {
  return new Response(JSON.stringify({ title: `Problem ${code}`, status, code, ...extra }), {
    status,
    headers: { 'Content-Type': 'application/problem+json', ...headers },
  });
}

function clientWith(fetch: typeof globalThis.fetch, options: Partial<ClientOptions> = {}) {
  const waits: number[] = [];
  const client = new ApiClient({
    apiBase: 'https://api.clinic.example/v1',
    fetch,
    sleep: async (ms) => void waits.push(ms),
    ...options,
  });
  return { client, waits };
}

describe('a valid response', () => {
  it('is returned as the schema parsed it, unknown fields dropped', async () => {
    const { fetch, requests } = scriptedFetch(json({ ...aService(), internalNote: 'x' }));
    const { client } = clientWith(fetch);

    const service = await getService(client, 'svc 1/ä');

    assert.equal(service.name, 'Physiotherapy');
    assert.equal('internalNote' in service, false);
    assert.equal(requests[0]!.url, 'https://api.clinic.example/v1/services/svc%201%2F%C3%A4');
  });
});

describe('a response that breaks the contract', () => {
  it('is a ResponseShapeError naming where, never a cast', async () => {
    const broken = { ...aService(), variants: [{ ...aService().variants[0], durationMinutes: 'sixty' }] };
    const { client } = clientWith(scriptedFetch(json(broken)).fetch);

    const error = await getService(client, 'svc_1').catch((e: unknown) => e);

    assert.ok(error instanceof ResponseShapeError);
    assert.equal(error.code, 'malformed_response');
    assert.equal(error.endpoint, 'GET /services/{serviceId}');
    assert.match(error.issues[0]!, /^variants\.0\.durationMinutes: /);
  });

  for (const [what, response] of [
    ['HTML', new Response('<h1>Welcome</h1>', { headers: { 'Content-Type': 'text/html' } })],
    ['truncated JSON', new Response('{"id": "svc_1", "na', { headers: { 'Content-Type': 'application/json' } })],
    ['an empty body', new Response('', { headers: { 'Content-Type': 'application/json' } })],
    ['a wrong type', json({ ...aService(), bookable: 'yes' })],
  ] as const) {
    it(`is a ResponseShapeError for ${what}`, async () => {
      const { client } = clientWith(scriptedFetch(response).fetch);
      await assert.rejects(getService(client, 'svc_1'), ResponseShapeError);
    });
  }
});

describe('links from the API', () => {
  for (const link of ['javascript:alert(1)', 'data:text/html,<script>alert(1)</script>', 'ftp://clinic.example/forms']) {
    it(`refuses a ${link.split(':')[0]}: forms link`, async () => {
      const appointment = anAppointment();
      appointment.intake = { complete: false, formsUrl: link };
      const { client } = clientWith(scriptedFetch(json(appointment)).fetch);

      const error = await getAppointment(client, { appointmentId: 'apt_1', token: 't' }).catch((e: unknown) => e);

      assert.ok(error instanceof ResponseShapeError);
      assert.match(error.issues[0]!, /^intake\.formsUrl: /);
    });
  }
});

describe('problem+json errors', () => {
  const cases: Array<[ProblemCode, number]> = [
    ['slot_unavailable', 409],
    ['not_bookable', 422],
    ['link_expired', 410],
    ['unauthorized', 401],
    ['not_found', 404],
    ['conflict', 409],
    ['idempotency_key_reused', 422],
  ];
  for (const [code, status] of cases) {
    it(`become a ProblemError with code ${code}`, async () => {
      const { client } = clientWith(scriptedFetch(problem(code, status, { detail: `Because ${code}.` })).fetch);

      const error = await getService(client, 'svc_1').catch((e: unknown) => e);

      assert.ok(error instanceof ProblemError);
      assert.equal(error.code, code);
      assert.equal(error.status, status);
      assert.equal(error.message, `Because ${code}.`);
    });
  }

  it('carry validation errors per field', async () => {
    const errors = [{ field: 'patient.email', message: 'Enter an email address.' }];
    const { client } = clientWith(scriptedFetch(problem('validation', 422, { errors })).fetch);

    const error = await createBooking(client, aBookingRequest(), { idempotencyKey: 'k1' }).catch((e: unknown) => e);

    assert.ok(error instanceof ProblemError);
    assert.equal(error.code, 'validation');
    assert.deepEqual(error.fieldErrors, errors);
  });

  for (const [status, code] of [
    [401, 'unauthorized'],
    [403, 'unauthorized'],
    [404, 'not_found'],
    [410, 'link_expired'],
    [418, 'http_error'],
    [500, 'server_error'],
  ] as const) {
    it(`a bare ${status} without a problem body still gets code ${code}`, async () => {
      const { client } = clientWith(scriptedFetch(new Response('nope', { status })).fetch, { retry: { retries: 0 } });
      const error = await getService(client, 'svc_1').catch((e: unknown) => e);
      assert.ok(error instanceof ProblemError);
      assert.equal(error.code, code);
    });
  }
});

describe('aborting', () => {
  it('rejects with AbortedError when the caller aborts mid-request, and does not retry', async () => {
    const controller = new AbortController();
    const { fetch, requests } = scriptedFetch(
      (_, signal) =>
        new Promise<Response>((_, reject) => {
          signal.addEventListener('abort', () => reject(signal.reason));
          controller.abort();
        }),
    );
    const { client } = clientWith(fetch);

    await assert.rejects(getService(client, 'svc_1', { signal: controller.signal }), AbortedError);
    assert.equal(requests.length, 1);
  });

  it('sends nothing when the signal is already aborted', async () => {
    const { fetch, requests } = scriptedFetch(json(aService()));
    const { client } = clientWith(fetch);

    await assert.rejects(getService(client, 'svc_1', { signal: AbortSignal.abort() }), AbortedError);
    assert.equal(requests.length, 0);
  });
});

describe('time limit', () => {
  it('rejects with TimeoutError when no answer comes in time', async () => {
    const hang = (_: Request, signal: AbortSignal) => new Promise<Response>((_, reject) => signal.addEventListener('abort', () => reject(signal.reason)));
    const { client } = clientWith(scriptedFetch(hang).fetch, { timeoutMs: 20, retry: { retries: 0 } });

    const error = await getService(client, 'svc_1').catch((e: unknown) => e);

    assert.ok(error instanceof TimeoutError);
    assert.equal(error.timeoutMs, 20);
  });
});

describe('retries', () => {
  it('retries a read after a network error and a 503, then succeeds', async () => {
    const { fetch, requests } = scriptedFetch(new TypeError('Failed to fetch'), problem('server_error', 503), json(aService()));
    const { client, waits } = clientWith(fetch);

    const service = await getService(client, 'svc_1');

    assert.equal(service.id, 'svc_physio');
    assert.equal(requests.length, 3);
    assert.equal(waits.length, 2);
  });

  it('backs off exponentially with jitter, capped', async () => {
    const { client, waits } = clientWith(scriptedFetch(problem('server_error', 502)).fetch, {
      retry: { retries: 4, baseDelayMs: 100, maxDelayMs: 500 },
    });

    await assert.rejects(getService(client, 'svc_1'), ProblemError);

    const ceilings = [100, 200, 400, 500];
    assert.equal(waits.length, 4);
    waits.forEach((wait, i) => assert.ok(wait >= ceilings[i]! / 2 && wait <= ceilings[i]!, `wait ${i} = ${wait}`));
  });

  it('honours Retry-After on 429 and 503', async () => {
    const { fetch } = scriptedFetch(
      problem('rate_limited', 429, {}, { 'Retry-After': '2' }),
      problem('server_error', 503, {}, { 'Retry-After': '1' }),
      json(aService()),
    );
    const { client, waits } = clientWith(fetch);

    await getService(client, 'svc_1');

    assert.deepEqual(waits, [2000, 1000]);
  });

  it('surfaces rate limiting at once when the server asks for a longer wait than is reasonable', async () => {
    const { fetch, requests } = scriptedFetch(problem('rate_limited', 429, {}, { 'Retry-After': '120' }));
    const { client, waits } = clientWith(fetch);

    const error = await getService(client, 'svc_1').catch((e: unknown) => e);

    assert.ok(error instanceof ProblemError);
    assert.equal(error.code, 'rate_limited');
    assert.equal(error.retryAfterSeconds, 120);
    assert.equal(requests.length, 1);
    assert.deepEqual(waits, []);
  });

  it('never retries what cannot succeed (404, 409, validation)', async () => {
    for (const [code, status] of [
      ['not_found', 404],
      ['slot_unavailable', 409],
      ['validation', 422],
    ] as const) {
      const { fetch, requests } = scriptedFetch(problem(code, status));
      const { client } = clientWith(fetch);
      await assert.rejects(getService(client, 'svc_1'));
      assert.equal(requests.length, 1, code);
    }
  });

  it('retries a write only with its Idempotency-Key, repeating the same key', async () => {
    const { fetch, requests } = scriptedFetch(new TypeError('connection reset'), json({ appointment: {}, appointmentUrl: 'x' }, 201));
    const { client } = clientWith(fetch);

    await assert.rejects(createBooking(client, aBookingRequest(), { idempotencyKey: 'attempt-1' }), ResponseShapeError);

    assert.equal(requests.length, 2);
    assert.deepEqual(
      requests.map((r) => r.headers.get('Idempotency-Key')),
      ['attempt-1', 'attempt-1'],
    );
  });

  it('does not retry a write that carries no Idempotency-Key', async () => {
    const { fetch, requests } = scriptedFetch(new TypeError('connection reset'));
    const { client } = clientWith(fetch);

    await assert.rejects(client.request({ endpoint: 'POST /bookings', method: 'POST', path: '/bookings', body: {}, schema: Service }), NetworkError);
    assert.equal(requests.length, 1);
  });

  it('stops waiting when the caller aborts during a backoff', async () => {
    const controller = new AbortController();
    const { fetch } = scriptedFetch(problem('server_error', 503));
    const client = new ApiClient({ apiBase: 'https://api.clinic.example', fetch, retry: { baseDelayMs: 60_000, maxDelayMs: 60_000 } });

    const pending = getService(client, 'svc_1', { signal: controller.signal });
    setTimeout(() => controller.abort(), 10);

    await assert.rejects(pending, AbortedError);
  });
});

describe('credentials and headers', () => {
  it('sends the patient token as a bearer header, never in the URL', async () => {
    const { fetch, requests } = scriptedFetch(problem('not_found', 404));
    const { client } = clientWith(fetch);

    await assert.rejects(getAppointment(client, { appointmentId: 'apt_1', token: 'secret-token' }));

    assert.equal(requests[0]!.headers.get('Authorization'), 'Bearer secret-token');
    assert.doesNotMatch(requests[0]!.url, /secret-token/);
  });

  it("asks the header callback per request (a staff page's short-lived token) and sends the locale", async () => {
    let issued = 0;
    const { fetch, requests } = scriptedFetch(json(aService()));
    const { client } = clientWith(fetch, { headers: () => ({ Authorization: `Bearer staff-${++issued}` }), locale: 'de-DE' });

    await getService(client, 'a');
    await getService(client, 'b');

    assert.deepEqual(
      requests.map((r) => r.headers.get('Authorization')),
      ['Bearer staff-1', 'Bearer staff-2'],
    );
    assert.equal(requests[0]!.headers.get('Accept-Language'), 'de-DE');
  });

  it('refuses to follow redirects, so a token never goes to another host', async () => {
    const { fetch, requests } = scriptedFetch(json(aService()));
    const { client } = clientWith(fetch);

    await getService(client, 'a');

    assert.equal(requests[0]!.redirect, 'error');
  });
});

describe('page defaults', () => {
  afterEach(resetConfiguration);

  it("configure() sets the API base once; an element's own api-base wins", async () => {
    const { fetch, requests } = scriptedFetch(json(aService()));
    configure({ apiBase: 'https://default.example/api', fetch });

    await getService(createClient(), 'a');
    await getService(createClient({ apiBase: 'https://own.example/api/', fetch: undefined }), 'b');

    assert.deepEqual(
      requests.map((r) => r.url),
      ['https://default.example/api/services/a', 'https://own.example/api/services/b'],
    );
  });

  it('without any API base, says how to set one', () => {
    assert.throws(() => createClient(), /set api-base, or call configure/);
  });

  it('reach a second copy of the client on the page (the one-script bundle beside ./api)', async () => {
    // Another URL is another module instance, as for a second copy of the library on a page.
    const secondCopy: string = '../../src/api/client.ts?second-copy';
    const copy = (await import(secondCopy)) as typeof import('../../src/api/client.js');
    const { fetch, requests } = scriptedFetch(json(aService()));
    assert.notEqual(copy.createClient, createClient, 'a separate module instance');

    configure({ apiBase: 'https://default.example/api', fetch });
    await getService(copy.createClient(), 'a');
    copy.resetConfiguration();

    assert.deepEqual(
      requests.map((r) => r.url),
      ['https://default.example/api/services/a'],
    );
    assert.throws(() => createClient(), /set api-base, or call configure/);
  });
});

describe('Retry-After parsing', () => {
  it('reads delay-seconds and HTTP dates', () => {
    const now = Date.parse('2026-11-24T12:00:00Z');
    assert.equal(parseRetryAfter('7', now), 7);
    assert.equal(parseRetryAfter('Tue, 24 Nov 2026 12:00:30 GMT', now), 30);
    assert.equal(parseRetryAfter('Tue, 24 Nov 2026 11:00:00 GMT', now), 0);
    assert.equal(parseRetryAfter('soon', now), undefined);
    assert.equal(parseRetryAfter(null, now), undefined);
  });

  it('reads the obsolete date forms a recipient must accept', () => {
    const now = Date.parse('2026-11-24T12:00:00Z');
    assert.equal(parseRetryAfter('Tue Nov 24 12:01:00 2026', now), 60);
    assert.equal(parseRetryAfter('Tuesday, 24-Nov-26 12:00:10 GMT', now), 10);
  });

  it('reads nothing else: junk that Date.parse takes for a date in 2001 is ignored', () => {
    const now = Date.parse('2026-11-24T12:00:00Z');
    for (const junk of ['-5', '1.5', '5, 10', '+3', '0x10', '1e3', '12 apples', '2026-11-24T12:00:30Z', 'Tue, 24 Nov 2026 12:00:30 UTC']) {
      assert.equal(parseRetryAfter(junk, now), undefined, junk);
    }
  });

  it('clamps absurd waits to a day', () => {
    const now = Date.parse('2026-11-24T12:00:00Z');
    assert.equal(parseRetryAfter('99999999999999999999', now), maxRetryAfterSeconds);
    assert.equal(parseRetryAfter('Fri, 31 Dec 9999 23:59:59 GMT', now), maxRetryAfterSeconds);
    assert.equal(maxRetryAfterSeconds, 86_400);
  });

  it("a junk Retry-After on a 503 waits the client's own backoff, not zero", async () => {
    const { fetch } = scriptedFetch(problem('server_error', 503, {}, { 'Retry-After': '-5' }), json(aService()));
    const { client, waits } = clientWith(fetch);

    await getService(client, 'svc_physio');

    assert.equal(waits.length, 1);
    assert.ok(waits[0]! >= 150, `waited ${waits[0]} ms`);
  });
});

describe('the size of an answer', () => {
  const big = (bytes: number, headers: Record<string, string> = {}) =>
    new Response(
      new ReadableStream({
        start(controller) {
          const chunk = new TextEncoder().encode(' '.repeat(64 * 1024));
          for (let sent = 0; sent < bytes; sent += chunk.byteLength) controller.enqueue(chunk);
          controller.close();
        },
      }),
      { headers: { 'Content-Type': 'application/json', ...headers } },
    );

  it('stops reading past maxBodyBytes, with an error that says so', async () => {
    const { fetch } = scriptedFetch(() => big(2 * 1024 * 1024));
    const { client } = clientWith(fetch, { maxBodyBytes: 1024 * 1024 });

    const error = await getService(client, 'svc_physio').catch((e: unknown) => e);

    assert.ok(error instanceof ResponseTooLargeError, String(error));
    assert.equal(error.code, 'malformed_response');
    assert.equal(error.limitBytes, 1024 * 1024);
    assert.match(error.message, /more than 1048576 bytes in answer to GET \/services\/\{serviceId\}/);
  });

  it('refuses at once an answer whose Content-Length is over the limit', async () => {
    const { fetch } = scriptedFetch(() => big(64 * 1024, { 'Content-Length': String(5 * 1024 * 1024) }));
    const { client } = clientWith(fetch);

    const error = await getService(client, 'svc_physio').catch((e: unknown) => e);

    assert.ok(error instanceof ResponseTooLargeError, String(error));
    assert.equal(error.limitBytes, 4 * 1024 * 1024);
  });

  it('reads an answer under the limit split into chunks of 7 bytes, multi-byte characters intact', async () => {
    const service = { ...aService(), description: 'Ärztin für Physiotherapie – 理学療法 '.repeat(40) };
    const bytes = new TextEncoder().encode(JSON.stringify(service));
    const { fetch } = scriptedFetch(
      () =>
        new Response(
          new ReadableStream({
            start(controller) {
              for (let at = 0; at < bytes.length; at += 7) controller.enqueue(bytes.slice(at, at + 7));
              controller.close();
            },
          }),
          { headers: { 'Content-Type': 'application/json' } },
        ),
    );
    const { client } = clientWith(fetch);

    const read = await getService(client, service.id);

    assert.equal(read.description, service.description);
  });
});

describe('idempotency keys', () => {
  it('are distinct version-4 UUIDs', () => {
    const keys = new Set(Array.from({ length: 1000 }, newIdempotencyKey));
    assert.equal(keys.size, 1000);
    for (const key of keys) assert.match(key, /^[0-9a-f]{8}-[0-9a-f]{4}-4[0-9a-f]{3}-[89ab][0-9a-f]{3}-[0-9a-f]{12}$/);
  });
});
