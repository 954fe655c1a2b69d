import { after, afterEach, before, describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { spawn } from 'node:child_process';
import { createInterface } from 'node:readline';
import { getResponse } from 'msw';
import { Appointment, Problem, ServiceList, createClient, getOutbox } from '../../src/api/index.js';
import { BookingSimulator, createHandlers, seedAppointments } from '../../src/mocks/index.js';
import { startApiServer, type ApiServer } from '../../src/mocks/http-server.js';
import { aBooking, firstFreeSlot, now, patientAppBase } from './helpers.js';

let server: ApiServer;
before(async () => {
  server = await startApiServer({ now, patientAppBase });
});
afterEach(() => server.simulator.reset());
after(() => server.close());

const post = (path: string, body: unknown, headers: Record<string, string> = {}) =>
  fetch(`${server.url}${path}`, { method: 'POST', headers: { 'Content-Type': 'application/json', ...headers }, body: JSON.stringify(body) });

describe('a CORS preflight', () => {
  it('allows any origin and the headers the client sends', async () => {
    const response = await fetch(`${server.url}/bookings`, {
      method: 'OPTIONS',
      headers: { Origin: 'https://clinic.example', 'Access-Control-Request-Method': 'POST', 'Access-Control-Request-Headers': 'content-type, idempotency-key' },
    });

    assert.equal(response.status, 204);
    assert.equal(response.headers.get('Access-Control-Allow-Origin'), '*');
    const allowed = response.headers.get('Access-Control-Allow-Headers')?.toLowerCase().split(/,\s*/);
    assert.deepEqual(allowed?.sort(), ['accept-language', 'authorization', 'content-type', 'idempotency-key']);
    assert.match(response.headers.get('Access-Control-Allow-Methods') ?? '', /POST/);
  });
});

describe('GET /api/services over HTTP', () => {
  it('answers the service list as JSON with CORS headers', async () => {
    const response = await fetch(`${server.url}/services`);

    assert.equal(response.status, 200);
    assert.match(response.headers.get('Content-Type') ?? '', /^application\/json/);
    assert.equal(response.headers.get('Access-Control-Allow-Origin'), '*');
    assert.ok(ServiceList.parse(await response.json()).services.some((service) => service.id === 'svc_physio'));
  });

  it('answers errors as problem+json', async () => {
    const response = await fetch(`${server.url}/services/svc_unknown`);

    assert.equal(response.status, 404);
    assert.match(response.headers.get('Content-Type') ?? '', /^application\/problem\+json/);
    assert.equal(Problem.parse(await response.json()).code, 'not_found');
  });

  it('answers 404 problem+json for a path it does not serve', async () => {
    const response = await fetch(`${server.url}/nothing-here`);

    assert.equal(response.status, 404);
    assert.equal(Problem.parse(await response.json()).code, 'not_found');
  });

  it('reads the bearer token of an appointment request', async () => {
    const { id, token } = { id: 'apt_forms_due', token: 'tok_forms_due_4f1c9a' };

    const opened = await fetch(`${server.url}/appointments/${id}`, { headers: { Authorization: `Bearer ${token}` } });
    const refused = await fetch(`${server.url}/appointments/${id}`);

    assert.equal(Appointment.parse(await opened.json()).id, id);
    assert.equal(refused.status, 401);
  });
});

describe('cache headers', () => {
  it('keep token answers out of every cache: the appointment and the booking confirmation', async () => {
    const opened = await fetch(`${server.url}/appointments/apt_forms_due`, { headers: { Authorization: 'Bearer tok_forms_due_4f1c9a' } });
    const booked = await post('/bookings', aBooking(firstFreeSlot(server.simulator).start), { 'Idempotency-Key': crypto.randomUUID() });

    assert.equal(opened.status, 200);
    assert.equal(opened.headers.get('Cache-Control'), 'no-store');
    assert.equal(booked.status, 201, await booked.clone().text());
    assert.equal(booked.headers.get('Cache-Control'), 'no-store');
  });

  it('leave the public catalogue cacheable', async () => {
    const response = await fetch(`${server.url}/services`);

    assert.equal(response.headers.get('Cache-Control'), null);
  });
});

describe('a rate limit', () => {
  it('answers 429 rate_limited with the seconds left in the window once the budget is spent', async () => {
    const limited = await startApiServer({ now, patientAppBase, rateLimit: { requests: 3, windowSeconds: 30 } });
    try {
      const statuses = [];
      for (let i = 0; i < 4; i += 1) statuses.push((await fetch(`${limited.url}/services`)).status);
      const refused = await fetch(`${limited.url}/services`);

      assert.deepEqual(statuses, [200, 200, 200, 429]);
      assert.equal(Problem.parse(await refused.json()).code, 'rate_limited');
      const retryAfter = Number(refused.headers.get('Retry-After'));
      assert.ok(retryAfter >= 1 && retryAfter <= 30, `Retry-After: ${retryAfter}`);
    } finally {
      await limited.close();
    }
  });
});

describe('two bookings of one slot at the same time', () => {
  it('give exactly one 201 and one 409', async () => {
    const slot = firstFreeSlot(server.simulator);
    const body = aBooking(slot.start);

    const statuses = await Promise.all([post('/bookings', body, { 'Idempotency-Key': 'key-a' }), post('/bookings', body, { 'Idempotency-Key': 'key-b' })]).then(
      (responses) => responses.map((response) => response.status),
    );

    assert.deepEqual(statuses.sort(), [201, 409]);
    assert.equal(server.simulator.appointmentsFor(slot.start).length, 1);
  });

  it('give one booking among ten racing patients', async () => {
    const slot = firstFreeSlot(server.simulator);

    const statuses = await Promise.all(
      Array.from({ length: 10 }, (_, i) => post('/bookings', aBooking(slot.start), { 'Idempotency-Key': `key-${i}` }).then((r) => r.status)),
    );

    assert.equal(statuses.filter((status) => status === 201).length, 1);
    assert.equal(statuses.filter((status) => status === 409).length, 9);
  });
});

describe('requests whose client left before the answer', () => {
  it('are dropped without a listener warning, and the server keeps answering', async () => {
    const warnings: string[] = [];
    const onWarning = (warning: Error) => warnings.push(`${warning.name}: ${warning.message}`);
    process.on('warning', onWarning);
    try {
      server.simulator.addFault({ route: 'getService', latencyMs: 300 });
      const leaving = Array.from({ length: 15 }, () => new AbortController());
      const requests = leaving.map((each) => fetch(`${server.url}/services/svc_physio`, { signal: each.signal }).catch((error: unknown) => error));
      await new Promise((resolve) => setTimeout(resolve, 50));
      for (const each of leaving) each.abort();
      const outcomes = await Promise.all(requests);
      assert.ok(outcomes.every((outcome) => outcome instanceof Error && outcome.name === 'AbortError'));
      // Past the held answers' latency, so each one met its closed response.
      await new Promise((resolve) => setTimeout(resolve, 500));
      server.simulator.clearFaults();

      assert.equal((await fetch(`${server.url}/services/svc_physio`)).status, 200);
      assert.deepEqual(warnings, []);
    } finally {
      process.off('warning', onWarning);
    }
  });
});

describe('the control routes', () => {
  it('switch faults on and off', async () => {
    const added = await post('/__simulator/faults', [{ route: 'listServices', status: 503, times: 1 }]);
    const failed = await fetch(`${server.url}/services`);
    await post('/__simulator/faults', { status: 500 });
    const cleared = await fetch(`${server.url}/__simulator/faults`, { method: 'DELETE' });
    const healthy = await fetch(`${server.url}/services`);

    assert.equal(added.status, 200);
    assert.equal(failed.status, 503);
    assert.equal(cleared.status, 200);
    assert.equal(healthy.status, 200);
  });

  it('refuse a fault they do not understand', async () => {
    const response = await post('/__simulator/faults', { route: 'noSuchRoute' });

    assert.equal(response.status, 422);
    assert.equal(Problem.parse(await response.json()).code, 'validation');
  });

  it('move the clock, show the state and reset it', async () => {
    const slot = firstFreeSlot(server.simulator);
    await post('/bookings', aBooking(slot.start), { 'Idempotency-Key': 'key-1' });

    const clock = await post('/__simulator/clock', { now: '2026-12-01T12:00:00Z' });
    const state = await (await fetch(`${server.url}/__simulator/state`)).json();
    const reset = await post('/__simulator/reset', {});

    assert.equal(clock.status, 200);
    assert.equal(state.now, '2026-12-01T12:00:00.000Z');
    assert.equal(state.appointments.filter((a: { start: string }) => a.start === new Date(slot.start).toISOString()).length, 1);
    assert.equal(reset.status, 200);
    assert.equal(server.simulator.appointmentsFor(slot.start).length, 0);
    server.simulator.setNow(now);
  });

  it('refuse a clock that is no instant', async () => {
    const response = await post('/__simulator/clock', { now: 'tomorrow' });

    assert.equal(response.status, 422);
  });
});

describe('handlers mounted at an absolute URL', () => {
  it('answer requests to that origin and path only', async () => {
    const handlers = createHandlers(new BookingSimulator({ now }), { apiBase: 'http://127.0.0.1:4010/api/' });

    const hit = await getResponse(handlers, new Request('http://127.0.0.1:4010/api/services'));
    const otherOrigin = await getResponse(handlers, new Request('http://localhost:4010/api/services'));

    assert.equal(hit?.status, 200);
    assert.equal(otherOrigin, undefined);
  });
});

describe('npm run api', () => {
  it('prints where it listens, serves the API and stops on SIGTERM', async () => {
    const child = spawn(process.execPath, ['--import', 'tsx', 'scripts/api.ts', '--port', '0', '--now', now.toISOString()], {
      cwd: new URL('../..', import.meta.url),
      stdio: ['ignore', 'pipe', 'inherit'],
    });
    const exited = new Promise<number | null>((resolve) => child.once('exit', resolve));
    try {
      const [line] = await createInterface({ input: child.stdout })
        [Symbol.asyncIterator]()
        .next()
        .then((r) => [r.value as string]);
      const match = /^Booking API simulator on (http:\/\/127\.0\.0\.1:(\d+)\/api)$/.exec(line ?? '');
      assert.ok(match, line);
      assert.notEqual(match[2], '0');

      const response = await fetch(`${match[1]}/services`);
      assert.equal(response.status, 200);
    } finally {
      child.kill('SIGTERM');
    }
    assert.equal(await exited, 0);
  });
});

describe('npm run api -- --rate-limit', () => {
  it("answers 429 once a minute's requests are spent", async () => {
    const child = spawn(process.execPath, ['--import', 'tsx', 'scripts/api.ts', '--port', '0', '--rate-limit', '2'], {
      cwd: new URL('../..', import.meta.url),
      stdio: ['ignore', 'pipe', 'inherit'],
    });
    const exited = new Promise<number | null>((resolve) => child.once('exit', resolve));
    try {
      const { value: line } = await createInterface({ input: child.stdout })[Symbol.asyncIterator]().next();
      const url = /on (http\S+)$/.exec(String(line))?.[1];
      assert.ok(url, String(line));

      const statuses = [];
      for (let i = 0; i < 3; i += 1) statuses.push((await fetch(`${url}/services`)).status);

      assert.deepEqual(statuses, [200, 200, 429]);
    } finally {
      child.kill('SIGTERM');
    }
    assert.equal(await exited, 0);
  });
});

describe('the outbox and reminders over HTTP', () => {
  it("lists the confirmation a booking sent, in the request's language, with the client of circle-booking/api", async () => {
    const client = createClient({ apiBase: server.url, locale: 'fr' });
    await post('/bookings', aBooking(firstFreeSlot(server.simulator).start), { 'Idempotency-Key': 'k-outbox', 'Accept-Language': 'fr' });

    const { messages } = await getOutbox(client, { to: 'ada@example.org' });

    assert.deepEqual(
      messages.map((message) => message.kind),
      ['intake_forms', 'confirmation'],
    );
    assert.equal(messages[1]!.subject, 'Votre rendez-vous est réservé');
  });

  it('sends a reminder on demand through the control route', async () => {
    const { id } = seedAppointments.formsDue;

    const response = await post('/__simulator/reminders', { appointmentId: id });

    assert.equal(response.status, 200);
    assert.equal((await getOutbox(createClient({ apiBase: server.url }))).messages[0]?.appointmentId, id);
  });
});
