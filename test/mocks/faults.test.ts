import { after, afterEach, before, describe, it } from 'node:test';
import assert from 'node:assert/strict';
import {
  ApiClient,
  ApiError,
  cancelAppointment,
  createBooking,
  rescheduleAppointment,
  listServices,
  NetworkError,
  ProblemError,
  ResponseShapeError,
  getService,
} from '../../src/api/index.js';
import { startApiServer, type ApiServer } from '../../src/mocks/http-server.js';
import { aBooking, bookOne, firstFreeSlot, freeSlots, now, patientAppBase } from './helpers.js';

let server: ApiServer;
before(async () => {
  server = await startApiServer({ now, patientAppBase });
});
afterEach(() => server.simulator.reset());
after(() => server.close());

/** The package's own client, without retries, so each request meets the fault once. */
function client(): ApiClient {
  return new ApiClient({ apiBase: server.url, retry: { retries: 0 } });
}

describe('a latency fault', () => {
  it('delays the answer by at least its latency', async () => {
    server.simulator.addFault({ route: 'listServices', latencyMs: 200 });
    const started = performance.now();

    await listServices(client());

    assert.ok(performance.now() - started >= 190, `${performance.now() - started} ms`);
  });
});

describe('a status fault', () => {
  it('answers 429 rate_limited with Retry-After, and books nothing', async () => {
    const slot = firstFreeSlot(server.simulator);
    server.simulator.addFault({ route: 'createBooking', status: 429, retryAfterSeconds: 7 });

    const error = await createBooking(client(), aBooking(slot.start), { idempotencyKey: 'key-1' }).catch((e: unknown) => e);

    assert.ok(error instanceof ProblemError);
    assert.equal(error.code, 'rate_limited');
    assert.equal(error.retryAfterSeconds, 7);
    assert.equal(server.simulator.appointmentsFor(slot.start).length, 0);
  });

  it('answers a 5xx as server_error', async () => {
    server.simulator.addFault({ route: 'getService', status: 503 });

    const error = await getService(client(), 'svc_physio').catch((e: unknown) => e);

    assert.ok(error instanceof ProblemError);
    assert.equal(error.code, 'server_error');
    assert.equal(error.status, 503);
  });
});

describe('a malformed-body fault', () => {
  it('answers 200 with a body the client rejects', async () => {
    server.simulator.addFault({ route: 'getService', malformedBody: true });

    const error = await getService(client(), 'svc_physio').catch((e: unknown) => e);

    assert.ok(error instanceof ResponseShapeError);
    assert.equal(error.status, 200);
  });
});

describe('a dropped response', () => {
  it('commits the booking while the client sees a network error; a retry with the key gets the booking', async () => {
    const slot = firstFreeSlot(server.simulator);
    server.simulator.addFault({ route: 'createBooking', dropResponse: true, times: 1 });

    const error = await createBooking(client(), aBooking(slot.start), { idempotencyKey: 'key-1' }).catch((e: unknown) => e);
    const retried = await createBooking(client(), aBooking(slot.start), { idempotencyKey: 'key-1' });

    assert.ok(error instanceof NetworkError, String(error));
    assert.equal(server.simulator.appointmentsFor(slot.start).length, 1);
    assert.equal(retried.appointment.start, slot.start);
  });
});

describe('an offline fault', () => {
  it('fails the request as unreachable and books nothing', async () => {
    const slot = firstFreeSlot(server.simulator);
    server.simulator.addFault({ route: 'createBooking', offline: true, times: 1 });

    const error = await createBooking(client(), aBooking(slot.start), { idempotencyKey: 'key-1' }).catch((e: unknown) => e);

    assert.ok(error instanceof NetworkError, String(error));
    assert.equal(server.simulator.appointmentsFor(slot.start).length, 0);
  });
});

describe("a fault's times", () => {
  it('fires that many times, then the route answers again', async () => {
    server.simulator.addFault({ route: 'listServices', status: 500, times: 2 });

    const answers = [];
    for (let i = 0; i < 3; i++)
      answers.push(
        await listServices(client()).then(
          () => 'ok',
          (e: ProblemError) => e.status,
        ),
      );

    assert.deepEqual(answers, [500, 500, 'ok']);
    assert.deepEqual(server.simulator.faults(), []);
  });

  it('fires forever when left out, until cleared', async () => {
    server.simulator.addFault({ status: 500 });
    const first = await listServices(client()).catch((e: ProblemError) => e.status);
    const second = await getService(client(), 'svc_physio').catch((e: ProblemError) => e.status);

    server.simulator.clearFaults();

    assert.deepEqual([first, second], [500, 500]);
    assert.ok(await listServices(client()));
  });

  it('leaves other routes alone', async () => {
    server.simulator.addFault({ route: 'getService', status: 500 });

    const list = await listServices(client());

    assert.ok(list.services.length > 0);
  });
});

describe('commit, then answer garbage', () => {
  const kinds = [
    { fault: { garbleResponse: 'html' as const }, status: 201, reads: 'a proxy page' },
    { fault: { garbleResponse: 'pending' as const }, status: 201, reads: 'a status the contract does not know' },
    { fault: { garbleResponse: 'html' as const, status: 400 }, status: 400, reads: 'a proxy page under a 400' },
  ];
  for (const { fault, status, reads } of kinds) {
    it(`booking (${reads}): commits, the client cannot read the answer; a retry with the key gets the booking`, async () => {
      const slot = firstFreeSlot(server.simulator);
      server.simulator.addFault({ route: 'createBooking', times: 1, ...fault });

      const error = await createBooking(client(), aBooking(slot.start), { idempotencyKey: 'key-1' }).catch((e: unknown) => e);
      const retried = await createBooking(client(), aBooking(slot.start), { idempotencyKey: 'key-1' });

      assert.ok(error instanceof ApiError, String(error));
      assert.equal(error.status, status);
      assert.ok(error instanceof ResponseShapeError || (error instanceof ProblemError && error.bare), String(error));
      assert.equal(server.simulator.appointmentsFor(slot.start).length, 1);
      assert.equal(retried.appointment.start, slot.start);
    });
  }

  it('cancelling and rescheduling: each commits once, behind garbage; the same key replays it', async () => {
    const { appointmentId, token } = bookOne(server.simulator);
    const newStart = freeSlots(server.simulator)[3]!.start;
    const access = { appointmentId, token };
    server.simulator.addFault(
      { route: 'rescheduleAppointment', garbleResponse: 'pending', times: 1 },
      { route: 'cancelAppointment', garbleResponse: 'html', times: 1 },
    );

    const moveError = await rescheduleAppointment(client(), access, { start: newStart }, { idempotencyKey: 'move-1' }).catch((e: unknown) => e);
    const moved = await rescheduleAppointment(client(), access, { start: newStart }, { idempotencyKey: 'move-1' });
    const cancelError = await cancelAppointment(client(), access, { reason: 'Better' }, { idempotencyKey: 'cancel-1' }).catch((e: unknown) => e);
    const cancelled = await cancelAppointment(client(), access, { reason: 'Better' }, { idempotencyKey: 'cancel-1' });

    assert.ok(moveError instanceof ResponseShapeError, String(moveError));
    assert.ok(cancelError instanceof ResponseShapeError, String(cancelError));
    assert.equal(Date.parse(moved.start), Date.parse(newStart));
    assert.equal(cancelled.status, 'cancelled');
    const record = server.simulator.state().appointments.find((candidate) => candidate.id === appointmentId)!;
    assert.equal(record.status, 'cancelled');
    assert.equal(record.cancellation?.reason, 'Better');
  });

  it('is switched on through the HTTP control route', async () => {
    const slot = firstFreeSlot(server.simulator);
    const set = await fetch(`${server.url}/__simulator/faults`, {
      method: 'POST',
      headers: { 'Content-Type': 'application/json' },
      body: JSON.stringify({ route: 'createBooking', garbleResponse: 'html', times: 1 }),
    });
    const refused = await fetch(`${server.url}/__simulator/faults`, {
      method: 'POST',
      headers: { 'Content-Type': 'application/json' },
      body: JSON.stringify({ route: 'createBooking', garbleResponse: 'gibberish' }),
    });

    const answer = await fetch(`${server.url}/bookings`, {
      method: 'POST',
      headers: { 'Content-Type': 'application/json', 'Idempotency-Key': 'key-http' },
      body: JSON.stringify(aBooking(slot.start)),
    });

    assert.equal(set.status, 200);
    assert.equal(refused.status, 422);
    assert.equal(answer.status, 201);
    assert.match(answer.headers.get('Content-Type') ?? '', /text\/html/);
    assert.match(await answer.text(), /Bad Gateway/);
    assert.equal(server.simulator.appointmentsFor(slot.start).length, 1);
  });
});
