import { after, before, describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import { createServer, type Server } from 'node:net';
import type { AddressInfo } from 'node:net';
import { startApiServer, type ApiServer } from '../../../src/mocks/http-server.js';
import { lineOf, run } from './helpers.js';

/** A port nothing listens on: taken from the system, then let go. */
async function aClosedPort(): Promise<number> {
  const server: Server = createServer();
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as AddressInfo;
  await new Promise<void>((resolve) => server.close(() => resolve()));
  return port;
}

describe('the command line', () => {
  it('prints its help with --help and exits 0', async () => {
    const result = await run(['check-api', '--help']);

    assert.equal(result.status, 0);
    assert.match(result.out, /^Usage: circle-booking check-api <base-url> \[options\]/);
    assert.match(result.out, /--writes/);
    assert.match(result.out, /--rate-limit-requests <n>/);
  });

  it('lists its commands without one, exiting 2', async () => {
    const result = await run([]);

    assert.equal(result.status, 2);
    assert.match(result.out, /check-api <base-url>/);
  });

  for (const [args, message] of [
    [['check-api'], /Give the API's base URL/],
    [['check-api', 'ftp://clinic.example'], /must be an absolute http\(s\) URL/],
    [['check-api', 'https://clinic.example', '--writes'], /--writes books real appointments: name a test service/],
    [['check-api', 'https://clinic.example', '--token', 'abc'], /--appointment and --token go together/],
    [['check-api', 'https://clinic.example', '--rate-limit', '--rate-limit-requests', '5000'], /from 1 to 500/],
    [['check-api', 'https://clinic.example', '--timeout', 'soon'], /--timeout must be a whole number/],
    [['check-api', 'https://clinic.example', '--bogus'], /Unknown option '--bogus'/],
    [['book-now'], /unknown command "book-now"/],
  ] as const) {
    it(`refuses ${args.join(' ')} with a line saying why, exiting 2`, async () => {
      const result = await run([...args]);

      assert.equal(result.status, 2);
      assert.match(result.err, message);
      assert.doesNotMatch(result.err, /\n\s+at /);
    });
  }
});

describe('an API that does not answer', () => {
  it('reports an unreachable host in words, skips the rest and exits 1', async () => {
    const port = await aClosedPort();

    const result = await run(['check-api', `http://127.0.0.1:${port}/api`]);

    assert.equal(result.status, 1);
    assert.deepEqual(result.failed, ['shape.services']);
    assert.match(lineOf(result.out, 'shape.services'), /got: +no answer: connection refused \(ECONNREFUSED\)/);
    assert.match(result.out, /Stopped: http:\/\/127\.0\.0\.1:\d+\/api could not be reached, so 35 checks did not run\./);
    assert.doesNotMatch(result.out + result.err, /\n\s+at |Error:/);
  });

  it('from the real process: exit status 1, no stack trace, nothing on stderr', async () => {
    const port = await aClosedPort();

    const child = spawnSync(process.execPath, ['--import', 'tsx', 'src/cli/main.ts', 'check-api', `http://127.0.0.1:${port}/api`, '--json'], {
      encoding: 'utf8',
    });
    const report = JSON.parse(child.stdout) as { ok: boolean; checks: { id: string; status: string; got?: string }[] };

    assert.equal(child.status, 1);
    assert.equal(child.stderr, '');
    assert.equal(report.ok, false);
    assert.equal(report.checks[0]?.got, 'no answer: connection refused (ECONNREFUSED)');
    assert.equal(report.checks.filter((check) => check.status === 'skip').length, 35);
  });
});

describe('the rate-limit check', () => {
  let api: ApiServer;
  before(async () => {
    api = await startApiServer();
  });
  after(() => api.close());

  it('fails when no 429 comes within the budget, having sent no more than it', async () => {
    let requests = 0;
    const counted = await startApiServer({ simulator: api.simulator });
    const original = api.simulator.listServices.bind(api.simulator);
    api.simulator.listServices = () => {
      requests += 1;
      return original();
    };
    try {
      const result = await run(['check-api', counted.url, '--rate-limit', '--rate-limit-requests', '30']);

      assert.deepEqual(result.failed, ['rate-limit']);
      assert.match(lineOf(result.out, 'rate-limit'), /expected: a 429 within 30 requests\n {8}got: {6}30 answers, none a 429/);
      assert.equal(requests, 1 + 30); // the list read once, then the budget
    } finally {
      api.simulator.listServices = original;
      await counted.close();
    }
  });

  it('fails a 429 whose Retry-After is no use to a client', async () => {
    api.simulator.addFault({ route: 'listServices', status: 429, retryAfterSeconds: 86_400 });
    try {
      const result = await run(['check-api', api.url, '--rate-limit', '--service', 'svc_physio']);

      assert.ok(result.failed.includes('rate-limit'), result.out);
      assert.match(lineOf(result.out, 'rate-limit'), /got: +Retry-After: 86400/);
    } finally {
      api.simulator.clearFaults();
    }
  });
});
