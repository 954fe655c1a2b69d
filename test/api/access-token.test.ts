import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { ApiClient, ApiError, cancelAppointment, getAppointment, rescheduleAppointment } from '../../src/api/index.js';
import { anAppointment } from './fixtures.js';

/** A fetch that builds the request as a browser does (refusing a header it cannot send) and counts what it sent. */
function countingFetch() {
  const sent: Request[] = [];
  const fetch = async (input: RequestInfo | URL, init?: RequestInit) => {
    const request = new Request(input, init); // throws a TypeError for a non-Latin-1 header value
    sent.push(request);
    return new Response(JSON.stringify(anAppointment()), { headers: { 'Content-Type': 'application/json' } });
  };
  const client = new ApiClient({ apiBase: 'https://api.clinic.example/v1', fetch: fetch, sleep: async () => {} });
  return { client, sent };
}

// (A full stop taken in from a sentence is bearer-token syntax: the links classifier catches it, before the API is asked.)
const damagedTokens = ['tok_ready_8b2e…', 'tok_ready_8b2e51”', 'tök', 'tok ready', 'tok=ready'];

describe('a token no link carries is the link\'s problem, never "offline"', () => {
  for (const token of damagedTokens) {
    it(`is refused as unauthorized without a request: ${JSON.stringify(token)}`, async () => {
      const { client, sent } = countingFetch();
      const { id: appointmentId } = anAppointment();
      const access = { appointmentId, token };
      const write = { idempotencyKey: 'key-1' };

      for (const attempt of [
        getAppointment(client, access),
        cancelAppointment(client, access, {}, write),
        rescheduleAppointment(client, access, { start: '2030-01-01T09:00:00Z' }, write),
      ]) {
        const error = await attempt.then(
          () => undefined,
          (failure: unknown) => failure,
        );
        assert.ok(error instanceof ApiError, String(error));
        assert.equal(error.code, 'unauthorized');
      }
      assert.equal(sent.length, 0);
    });
  }

  it('still sends a token in bearer-token syntax', async () => {
    const { client, sent } = countingFetch();
    const { id: appointmentId } = anAppointment();

    await getAppointment(client, { appointmentId, token: 'tok_ready_8b2e51' });

    assert.equal(sent[0]?.headers.get('Authorization'), 'Bearer tok_ready_8b2e51');
  });
});
