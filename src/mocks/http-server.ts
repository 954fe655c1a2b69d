/**
 * The simulator over real HTTP, for end-to-end tests, the demo and `npm run api`. Node only:
 * it is not exported from `circle-booking/mocks`, whose index must load in a browser.
 *
 * It serves the very msw handlers the service worker uses, through msw's `getResponse`, so the
 * browser and HTTP simulators cannot drift apart.
 */
import { createServer, type IncomingMessage, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';
import { Readable } from 'node:stream';
import { pipeline } from 'node:stream/promises';
import { getResponse, type HttpHandler } from 'msw';
import { corsHeaders, createHandlers } from './handlers.js';
import { problem } from './problems.js';
import { BookingSimulator, type SimulatorOptions } from './simulator.js';

export interface ApiServerOptions extends SimulatorOptions {
  /** 0 picks a free port; read the real one from `url` or `port`. */
  port?: number;
  host?: string;
  /** Serve this simulator instead of a new one, e.g. to inspect its state in a test. */
  simulator?: BookingSimulator;
  /** Added to every API answer. */
  latencyMs?: number;
}

export interface ApiServer {
  /** The API base, e.g. `http://127.0.0.1:4010/api`. */
  url: string;
  port: number;
  simulator: BookingSimulator;
  close(): Promise<void>;
}

export const apiPath = '/api';

export async function startApiServer(options: ApiServerOptions = {}): Promise<ApiServer> {
  const { port = 0, host = '127.0.0.1', latencyMs, simulator: given, ...simulatorOptions } = options;
  const simulator = given ?? new BookingSimulator(simulatorOptions);
  const handlers = createHandlers(simulator, { apiBase: apiPath, ...(latencyMs === undefined ? {} : { latencyMs }) });
  const server = createServer((request, response) => void serve(handlers, request, response));
  await new Promise<void>((resolve, reject) => {
    server.once('error', reject);
    server.listen(port, host, () => resolve());
  });
  const actualPort = (server.address() as AddressInfo).port;
  const urlHost = host.includes(':') ? `[${host}]` : host;
  return {
    url: `http://${urlHost}:${actualPort}${apiPath}`,
    port: actualPort,
    simulator,
    close: () =>
      new Promise<void>((resolve, reject) => {
        server.close((error) => (error ? reject(error) : resolve()));
        // Keep-alive connections would hold close() open until they time out.
        server.closeAllConnections();
      }),
  };
}

async function serve(handlers: HttpHandler[], incoming: IncomingMessage, outgoing: ServerResponse): Promise<void> {
  try {
    const request = toFetchRequest(incoming);
    const response = await getResponse(handlers, request);
    if (!response) return await send(outgoing, notFound(request));
    // HttpResponse.error(): the simulator did the work, the client must see the connection drop.
    if (response.type === 'error') return void incoming.socket.destroy();
    await send(outgoing, response);
  } catch {
    if (!outgoing.headersSent) await send(outgoing, asResponse(problem(500, 'server_error', 'The simulator failed to answer.'))).catch(() => {});
    else outgoing.destroy();
  }
}

function toFetchRequest(incoming: IncomingMessage): Request {
  const headers = new Headers();
  for (let i = 0; i < incoming.rawHeaders.length; i += 2) headers.append(incoming.rawHeaders[i]!, incoming.rawHeaders[i + 1]!);
  const url = new URL(incoming.url ?? '/', `http://${incoming.headers.host ?? '127.0.0.1'}`);
  const method = incoming.method ?? 'GET';
  const hasBody = method !== 'GET' && method !== 'HEAD';
  // `duplex` is required by Node's fetch for a streamed body, and missing from the DOM typings.
  const init = { method, headers, body: hasBody ? (Readable.toWeb(incoming) as ReadableStream) : null, duplex: 'half' };
  return new Request(url, init);
}

async function send(outgoing: ServerResponse, response: Response): Promise<void> {
  // The client left while the simulator held the answer (a fault's latency, an element taken
  // off the page): there is no one to write to. Piping into the closed response anyway stacks
  // a `close` listener on it for every stream in the pipe (Node's MaxListenersExceededWarning).
  if (outgoing.destroyed) return void (await response.body?.cancel());
  outgoing.statusCode = response.status;
  response.headers.forEach((value, name) => outgoing.setHeader(name, value));
  if (!response.body) return void outgoing.end();
  await pipeline(Readable.fromWeb(response.body as import('node:stream/web').ReadableStream), outgoing);
}

function notFound(request: Request): Response {
  const { pathname } = new URL(request.url);
  return asResponse(problem(404, 'not_found', `Nothing is served at ${request.method} ${pathname}.`));
}

function asResponse({ status, body }: { status: number; body: unknown }): Response {
  return new Response(JSON.stringify(body), { status, headers: { 'Content-Type': 'application/problem+json', ...corsHeaders } });
}
