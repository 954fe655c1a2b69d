import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { ApiClient, ProblemError, createHold, releaseHold } from '../../src/api/index.js';

/** A client whose fetch answers `status` every time and records what it was asked. */
function clientAnswering(status: number, body: unknown = {}) {
  const calls: RequestInit[] = [];
  const client = new ApiClient({
    apiBase: 'https://api.clinic.example/v1',
    sleep: async () => {},
    fetch: async (_url, init) => {
      calls.push(init ?? {});
      return new Response(JSON.stringify(body), { status, headers: { 'Content-Type': status >= 400 ? 'text/plain' : 'application/json' } });
    },
  });
  return { client, calls };
}

describe('holding a time, as the client sends it', () => {
  it('asks once when the API answers 501: it has no holds, and asking again will not change that', async () => {
    const { client, calls } = clientAnswering(501);

    await assert.rejects(createHold(client, { variantId: 'v', locationId: 'l', start: '2026-12-01T09:00:00+01:00' }, { idempotencyKey: 'k' }), ProblemError);

    assert.equal(calls.length, 1);
  });

  it('still retries a 503 under the same key', async () => {
    const { client, calls } = clientAnswering(503);

    await assert.rejects(createHold(client, { variantId: 'v', locationId: 'l', start: '2026-12-01T09:00:00+01:00' }, { idempotencyKey: 'k' }));

    assert.equal(calls.length, 3);
  });

  it('releases once, never retrying, with keepalive only when asked (the page may be closing)', async () => {
    const { client, calls } = clientAnswering(503);

    await assert.rejects(releaseHold(client, 'hold_1', { keepalive: true }));
    await assert.rejects(releaseHold(client, 'hold_1'));

    assert.deepEqual(
      calls.map((call) => [call.method, call.keepalive ?? false]),
      [
        ['POST', true],
        ['POST', false],
      ],
    );
  });
});
