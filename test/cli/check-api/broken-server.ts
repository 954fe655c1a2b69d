/**
 * A deliberately broken booking API for the checker's tests: the simulator behind a proxy that
 * breaks the contract in one way, everything else passed through untouched.
 */
import { createServer, type IncomingMessage } from 'node:http';
import type { AddressInfo } from 'node:net';
import { startApiServer } from '../../../src/mocks/http-server.js';
import { staffToken } from './helpers.js';

export type Fault =
  /** GET /services/{id} answers a service whose name is a number. */
  | 'wrong-shape'
  /** Every 404 is `{ "error": "Not found" }` as application/json: no problem document. */
  | 'missing-problem-type'
  /** GET /appointments/{id} with any token answers the appointment. */
  | 'token-leak'
  /** No Access-Control-* header on any answer, preflights included. */
  | 'no-cors'
  /** POST /bookings ignores the Idempotency-Key: every request is a new attempt. */
  | 'no-idempotency'
  /** GET /appointments/{id} answers Cache-Control: public, max-age=300. */
  | 'public-cache'
  /** GET /variants/{id} of a real variant never answers. */
  | 'hung'
  /** POST /holds answers 501: an API without held times, which the contract allows. */
  | 'no-holds';

export interface BrokenServer {
  url: string;
  close(): Promise<void>;
}

export async function startBrokenServer(fault: Fault): Promise<BrokenServer> {
  const upstream = await startApiServer({ staffToken });
  const upstreamOrigin = new URL(upstream.url).origin;
  const server = createServer((request, response) => {
    void (async () => {
      const path = request.url ?? '/';
      const method = request.method ?? 'GET';
      const body = method === 'GET' || method === 'HEAD' ? undefined : await readBody(request);
      const headers = new Headers();
      for (const [name, value] of Object.entries(request.headers))
        if (typeof value === 'string' && name !== 'host' && name !== 'connection') headers.set(name, value);

      if (fault === 'hung' && method === 'GET' && /^\/api\/variants\/var_/.test(path)) return; // hold the request for ever
      if (fault === 'no-holds' && path.startsWith('/api/holds')) {
        response.writeHead(501, { 'Content-Type': 'text/plain', 'Access-Control-Allow-Origin': '*' }).end('Not Implemented');
        return;
      }
      const appointment = /^\/api\/appointments\/([^/?]+)$/.exec(path)?.[1];
      if (fault === 'token-leak' && method === 'GET' && appointment && headers.has('authorization')) {
        const record = upstream.simulator.state().appointments.find((candidate) => candidate.id === decodeURIComponent(appointment));
        if (record) headers.set('authorization', `Bearer ${record.token}`);
      }
      if (fault === 'no-idempotency' && method === 'POST' && path === '/api/bookings') headers.set('idempotency-key', crypto.randomUUID());

      const answer = await fetch(`${upstreamOrigin}${path}`, { method, headers, body: body ?? null, redirect: 'manual' });
      let text = await answer.text();
      const out = new Headers(answer.headers);
      out.delete('content-length');
      out.delete('transfer-encoding');
      out.delete('connection');
      out.delete('keep-alive');

      if (fault === 'wrong-shape' && method === 'GET' && /^\/api\/services\/svc_/.test(path) && answer.status === 200) {
        text = JSON.stringify({ ...(JSON.parse(text) as object), name: 42 });
      }
      if (fault === 'missing-problem-type' && answer.status === 404) {
        text = JSON.stringify({ error: 'Not found' });
        out.set('content-type', 'application/json');
      }
      if (fault === 'no-cors') for (const name of [...out.keys()]) if (name.startsWith('access-control-')) out.delete(name);
      if (fault === 'public-cache' && method === 'GET' && appointment && answer.status === 200) out.set('cache-control', 'public, max-age=300');

      response.writeHead(answer.status, Object.fromEntries(out));
      response.end(text);
    })().catch(() => response.destroy());
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  return {
    url: `http://127.0.0.1:${(server.address() as AddressInfo).port}/api`,
    close: async () => {
      server.closeAllConnections();
      await new Promise<void>((resolve) => server.close(() => resolve()));
      await upstream.close();
    },
  };
}

async function readBody(request: IncomingMessage): Promise<string> {
  const chunks: Buffer[] = [];
  for await (const chunk of request) chunks.push(chunk as Buffer);
  return Buffer.concat(chunks).toString('utf8');
}
