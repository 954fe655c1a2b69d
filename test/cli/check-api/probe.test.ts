import { after, before, describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { NoAnswer, Probe, cut, describeAnswer } from '../../../src/cli/check-api/probe.js';

describe('a probe', () => {
  let server: Server;
  let base: string;
  const seen: string[] = [];
  before(async () => {
    server = createServer((request, response) => {
      seen.push(request.url ?? '');
      if (request.url === '/api/moved') return void response.writeHead(301, { Location: 'https://elsewhere.example/api/moved' }).end();
      response.writeHead(200, { 'Content-Type': 'application/json' });
      response.write('{"services":'); // and never the rest
    });
    await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
    base = `http://127.0.0.1:${(server.address() as AddressInfo).port}/api`;
  });
  after(() => {
    server.closeAllConnections();
    server.close();
  });

  it('gives up on an answer whose body stalls, after the timeout', async () => {
    const started = Date.now();

    const error = await new Probe({ baseUrl: base, timeoutMs: 300 }).send({ path: '/services' }).catch((caught: unknown) => caught);

    assert.ok(error instanceof NoAnswer);
    assert.equal(error.kind, 'timeout');
    assert.equal(error.got, 'no answer: timed out after 300 ms');
    assert.ok(Date.now() - started < 2000);
  });

  it('does not follow a redirect, and says where it pointed', async () => {
    const answer = await new Probe({ baseUrl: base, timeoutMs: 2000 }).send({ path: '/moved' });

    assert.equal(answer.status, 301);
    assert.match(describeAnswer(answer), /^301 redirecting to https:\/\/elsewhere\.example\/api\/moved \(an API must not redirect/);
    assert.deepEqual(
      seen.filter((url) => url.includes('moved')),
      ['/api/moved'],
    );
  });
});

describe('cut', () => {
  it('keeps a report line to its length, on one line', () => {
    assert.equal(cut(`a\n  b ${'x'.repeat(500)}`, 10), 'a b xxxxx…');
    assert.equal(cut('short'), 'short');
  });
});
