/**
 * The pages the benchmark opens, served over HTTP on 127.0.0.1: dist/ and bench/ as files, and
 * one page per subject of the figures measured from navigation, each as a clinic would write it:
 *
 * - `ours`: the embed snippet docs/integrating.md documents (a preconnect to the API, the
 *   script-tag file, the element);
 * - `floor`: a bare Lit element that fetches the same month with plain `fetch` (bench/floor.ts);
 * - `iframe`: a bare `<iframe>` of a stub page showing the same 20 times as static HTML, asking
 *   no API: the leanest iframe embed there is;
 * - `cal`: Cal.com's embed loader (`@calcom/embed-core`, its published snippet) opening the same
 *   stub page inline. The real hosted app would add its own load on top: its page, scripts and
 *   API requests inside the frame. Here the frame is only the stub.
 * - `empty`: the same page with nothing embedded, for the idle figure.
 */
import { createServer, request as httpRequest, type IncomingMessage, type ServerResponse } from 'node:http';
import { brotliCompressSync, constants } from 'node:zlib';
import { readFile } from 'node:fs/promises';
import { createRequire } from 'node:module';
import { dirname, extname, join, normalize } from 'node:path';
import type { AddressInfo } from 'node:net';
// @ts-expect-error: a plain .mjs script without types
import { filesLoadedBy } from '../scripts/entry-files.mjs';
import { benchIds } from './seeds.js';

export type PageName = 'ours' | 'floor' | 'iframe' | 'cal' | 'empty';

export interface Site {
  url: string;
  close(): Promise<void>;
}

const types: Record<string, string> = { '.html': 'text/html', '.js': 'text/javascript' };
const calEmbed = join(dirname(createRequire(import.meta.url).resolve('@calcom/embed-core/package.json')), 'dist/embed/embed.js');

/** The page of one subject, with the API at `apiBase`. */
export function subjectPage(name: PageName, apiBase: string): string {
  const body = {
    ours: `<circle-book-service service-id="${benchIds.serviceId}" api-base="${apiBase}"></circle-book-service>`,
    floor: `<floor-times time-zone="UTC"></floor-times>`,
    iframe: `<iframe src="/bench/stub/embed" title="Book an appointment" style="display: block; width: 100%; height: 600px; border: 0"></iframe>`,
    cal: `<div id="booking" style="width: 100%; height: 600px; overflow: auto"></div>`,
    empty: '',
  }[name];
  const head = {
    // The snippet of docs/integrating.md: the API's connection opened while the script loads.
    ours: `<link rel="preconnect" href="${new URL(apiBase).origin}" crossorigin>
<script type="module" src="/dist/circle-book-service.js"></script>`,
    floor: `<link rel="preconnect" href="${new URL(apiBase).origin}" crossorigin>
<script type="module">
import { loadDays } from '/bench/.build/floor.js';
const today = new Date().toISOString().slice(0, 10);
const last = new Date(Date.UTC(+today.slice(0, 4), +today.slice(5, 7), 0)).toISOString().slice(0, 10);
const days = await loadDays(${JSON.stringify(apiBase)}, { variantId: '${benchIds.variantId}', locationId: '${benchIds.locationId}', from: today, to: last });
document.querySelector('floor-times').slots = days.values().next().value ?? [];
</script>`,
    iframe: '',
    // Cal.com's published snippet, loading embed.js from here rather than from Cal.com.
    cal: `<script>
(function (C, A, L) { let p = function (a, ar) { a.q.push(ar); }; let d = C.document; C.Cal = C.Cal || function () { let cal = C.Cal; let ar = arguments; if (!cal.loaded) { cal.ns = {}; cal.q = cal.q || []; d.head.appendChild(d.createElement("script")).src = A; cal.loaded = true; } if (ar[0] === L) { const api = function () { p(api, arguments); }; const namespace = ar[1]; api.q = api.q || []; if (typeof namespace === "string") { cal.ns[namespace] = cal.ns[namespace] || api; p(cal.ns[namespace], ar); p(cal, ["initNamespace", namespace]); } else p(cal, ar); return; } p(cal, ar); }; })(window, "/bench/cal/embed.js", "init");
Cal("init", { origin: location.origin });
Cal("inline", { elementOrSelector: "#booking", calLink: "bench/stub" });
</script>`,
    empty: '',
  }[name];
  return `<!doctype html><html lang="en"><head><meta charset="utf-8"><meta name="viewport" content="width=device-width">
<title>A clinic's page</title>${head}</head>
<body style="margin:0;font:16px system-ui"><h1>Physiotherapy</h1><p>Book online.</p>${body}</body></html>`;
}

/**
 * The page inside the iframes: the same 20 times the floor shows, as static radios. It tells
 * Cal.com's loader it is ready as the Cal.com app does (`__iframeReady`, then `linkReady`);
 * until then the loader keeps the frame hidden.
 */
function stubPage(): string {
  const times = Array.from({ length: 20 }, (_, i) => `${String(8 + Math.floor(i / 2)).padStart(2, '0')}:${i % 2 ? '30' : '00'}`);
  return `<!doctype html><html lang="en"><head><meta charset="utf-8"><meta name="viewport" content="width=device-width"><title>Book</title>
<style>body { margin: 0; font: 16px system-ui } .times { display: grid; grid-template-columns: repeat(auto-fill, minmax(5.5rem, 1fr)); gap: 0.5rem }
label { display: block; padding: 0.5rem; border: 1px solid #8795a1; border-radius: 0.5rem; text-align: center }</style></head>
<body><fieldset><legend>Free times</legend><div class="times">
${times.map((time) => `<label><input type="radio" name="time" value="${time}">${time}</label>`).join('\n')}
</div></fieldset>
<script>
const namespace = new URLSearchParams(location.search).get('embed');
if (namespace !== null && parent !== window) {
  for (const type of ['__iframeReady', 'linkReady']) parent.postMessage({ originator: 'CAL', type, namespace, fullType: 'CAL:' + namespace + ':' + type, data: {} }, '*');
}
</script></body></html>`;
}

/**
 * dist/ and bench/ as files; /bench/page/<name> the subjects' pages; /bench/stub/… the iframe's
 * page; /bench/cal/embed.js Cal.com's loader; /bench/page.html the page the figures that import
 * an entry start from (its modules preloaded, so that fetching is not what they time);
 * /hang an API that never answers.
 */
export async function startSite(apiBase: () => string): Promise<Site> {
  const root = process.cwd();
  const server = createServer(async (request, response) => {
    const url = new URL(request.url ?? '/', 'http://x');
    const path = normalize(decodeURIComponent(url.pathname));
    const html = (body: string) => sendCompressed(request, response, 200, { 'Content-Type': 'text/html', 'Cache-Control': 'no-store' }, Buffer.from(body), 11);
    if (path.startsWith('/hang')) return; // an API that never answers: the element stays loading
    if (path.startsWith('/bench/page/')) return html(subjectPage(path.slice('/bench/page/'.length) as PageName, apiBase()));
    if (path.startsWith('/bench/stub/')) return html(stubPage());
    if (path === '/bench/page.html') {
      const entry = url.searchParams.get('entry');
      const preloads = entry
        ? filesLoadedBy(join('.', entry))
            .map((file: string) => `<link rel="modulepreload" href="/${file}">`)
            .join('\n')
        : '';
      return html(`<!doctype html><html lang="en"><head><meta charset="utf-8"><meta name="viewport" content="width=device-width">
<title>bench</title>${preloads}<script type="module" src="/bench/harness.js"></script></head>
<body style="margin:0;font:16px system-ui"></body></html>`);
    }
    const file = path === '/bench/cal/embed.js' ? calEmbed : path.startsWith('/dist/') || path.startsWith('/bench/') ? join(root, path) : undefined;
    if (!file) return response.writeHead(404).end();
    try {
      const body = await readFile(file);
      sendCompressed(request, response, 200, { 'Content-Type': types[extname(file)] ?? 'application/octet-stream', 'Cache-Control': 'no-store' }, body, 11);
    } catch {
      response.writeHead(404).end();
    }
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as AddressInfo;
  return {
    url: `http://127.0.0.1:${port}`,
    close: () =>
      new Promise((resolve) => {
        server.closeAllConnections();
        server.close(() => resolve());
      }),
  };
}

const compressed = new Map<string, Buffer>();

/**
 * Brotli where the browser accepts it, as a CDN serves scripts (quality 11, kept) and an API its
 * answers (quality 5, made per answer): on an emulated phone network, bytes are time.
 */
function sendCompressed(
  request: IncomingMessage,
  response: ServerResponse,
  status: number,
  headers: Record<string, string | string[]>,
  body: Buffer,
  quality: number,
): void {
  if (!/\bbr\b/.test(String(request.headers['accept-encoding'] ?? '')) || body.length === 0) return void response.writeHead(status, headers).end(body);
  const key = quality === 11 ? `${request.url}\n${body.length}` : '';
  let encoded = key ? compressed.get(key) : undefined;
  if (!encoded) {
    encoded = brotliCompressSync(body, { params: { [constants.BROTLI_PARAM_QUALITY]: quality } });
    if (key) compressed.set(key, encoded);
  }
  response.writeHead(status, { ...headers, 'Content-Encoding': 'br', 'Content-Length': String(encoded.length), Vary: 'Accept-Encoding' }).end(encoded);
}

/**
 * The simulator behind a proxy on its own port that compresses its answers, as an API server
 * does. Another origin than the page, as a clinic's booking API is.
 */
export async function compressingProxy(target: string): Promise<{ url: string; close(): Promise<void> }> {
  const origin = new URL(target);
  const server = createServer((incoming, outgoing) => {
    const { 'accept-encoding': _encoding, host: _host, ...headers } = incoming.headers;
    const forward = httpRequest({ host: origin.hostname, port: origin.port, path: incoming.url, method: incoming.method, headers }, (answer) => {
      const chunks: Buffer[] = [];
      answer.on('data', (chunk: Buffer) => chunks.push(chunk));
      answer.on('end', () => {
        const { 'content-length': _length, 'transfer-encoding': _transfer, ...answerHeaders } = answer.headers;
        sendCompressed(incoming, outgoing, answer.statusCode ?? 502, answerHeaders as Record<string, string | string[]>, Buffer.concat(chunks), 5);
      });
    });
    forward.on('error', () => outgoing.destroy());
    incoming.pipe(forward);
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as AddressInfo;
  return {
    url: `http://127.0.0.1:${port}${origin.pathname}`,
    close: () =>
      new Promise((resolve) => {
        server.closeAllConnections();
        server.close(() => resolve());
      }),
  };
}
