import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { startBrokenServer, type Fault } from './broken-server.js';
import { everything, lineOf, run } from './helpers.js';

/**
 * One fault per class of check. Each must fail exactly the checks named here (no false pass on
 * the broken part, no false failure elsewhere), with the failure's details saying what was wrong.
 */
const cases: { fault: Fault; failing: string[]; got: RegExp; args?: string[] }[] = [
  { fault: 'wrong-shape', failing: ['shape.service'], got: /name: expected string/ },
  {
    fault: 'missing-problem-type',
    failing: ['problem.service-not-found', 'problem.variant-not-found', 'problem.appointment-not-found'],
    got: /not application\/problem\+json/,
  },
  { fault: 'token-leak', failing: ['token.wrong'], got: /got: +200 / },
  { fault: 'no-cors', failing: ['cors.booking', 'cors.appointment', 'cors.change', 'cors.answer', 'cors.error'], got: /without Access-Control-Allow-Origin/ },
  { fault: 'no-idempotency', failing: ['write.replay', 'write.key-reused'], got: /409 application\/problem\+json/ },
  { fault: 'public-cache', failing: ['cache.appointment'], got: /Cache-Control: public, max-age=300/ },
  { fault: 'hung', failing: ['shape.variant'], got: /no answer: timed out after 500 ms/, args: ['--timeout', '500'] },
];

describe('check-api against a deliberately broken API', () => {
  for (const { fault, failing, got, args = [] } of cases) {
    it(`names the ${fault} fault by its failing line, and only that`, async () => {
      const server = await startBrokenServer(fault);
      try {
        const result = await run([...everything(server.url), ...args]);

        assert.equal(result.status, 1, result.out);
        assert.deepEqual(result.failed, failing, result.out);
        assert.deepEqual(result.skipped, ['rate-limit'], result.out); // not asked for
        assert.match(lineOf(result.out, failing[0]!), got);
        for (const id of failing)
          assert.match(lineOf(result.out, id), /\n {8}request: {2}\w+ http:\/\/127\.0\.0\.1:\d+\/api\/.*\n {8}expected: .+\n {8}got: {6}.+/);
        assert.match(result.out, new RegExp(`\\n${35 - failing.length} passed, ${failing.length} failed, 1 skipped\\.`));
      } finally {
        await server.close();
      }
    });
  }
});

describe('check-api against an API without held times', () => {
  it('skips the hold checks, saying the elements book without them, and fails nothing', async () => {
    const server = await startBrokenServer('no-holds');
    try {
      const result = await run(everything(server.url));

      assert.equal(result.status, 0, result.out);
      assert.deepEqual(result.skipped.sort(), ['hold.refused', 'hold.release', 'hold.replay', 'hold.create', 'rate-limit'].sort(), result.out);
      assert.match(lineOf(result.out, 'hold.create'), /no holds \(it answered 501\); the elements book without them/);
    } finally {
      await server.close();
    }
  });
});
