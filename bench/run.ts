/**
 * `npm run bench`: the built elements (dist/) in Chromium against the booking-API simulator
 * over HTTP on 127.0.0.1, beside a bare Lit element rendering the same slot list (the floor).
 * Each figure is the median of repeated runs, each run in a fresh browser context, at 1× and at
 * 4× CPU throttling. Prints a table and writes bench/results.json.
 *
 *   npm run bench                     # build, then every figure (a few minutes)
 *   npm run bench -- --runs 5 --only 'script|bookable'   # more runs, fewer figures
 *
 * A benchmark, not a test: it asserts nothing about timings; docs/performance.md holds the
 * last table and the machine it ran on.
 */
import { createServer } from 'node:http';
import { readFile, writeFile, mkdir } from 'node:fs/promises';
import { cpus, loadavg, totalmem } from 'node:os';
import { execFileSync } from 'node:child_process';
import { extname, join, normalize } from 'node:path';
import type { AddressInfo } from 'node:net';
import { parseArgs } from 'node:util';
import { chromium, type Browser, type BrowserContext, type CDPSession, type Page } from 'playwright-core';
import { build } from 'vite';
import { startApiServer, type ApiServer } from '../src/mocks/http-server.js';
// @ts-expect-error: a plain .mjs script without types
import { chromiumArgs, findChromium } from '../scripts/find-chromium.mjs';
// @ts-expect-error: a plain .mjs script without types
import { filesLoadedBy } from '../scripts/entry-files.mjs';
import { benchIds, benchSeed } from './seeds.js';

const { values: args } = parseArgs({
  options: { only: { type: 'string', default: 'script|bookable|scale|month|memory|idle' }, runs: { type: 'string', default: '3' }, cycles: { type: 'string', default: '200' }, out: { type: 'string', default: 'bench/results.json' } },
  strict: true,
});
const runs = Number(args.runs);
/** Which groups of figures to run, e.g. `--only month|idle`. */
const only = new RegExp(`^(${args.only})$`);
const cycles = Number(args.cycles);
const throttles = [1, 4] as const;
/** How long the idle figure watches the page, once it has been idle for a second. */
const idleMs = 2000;
type Throttle = (typeof throttles)[number];

// ---- what is measured ------------------------------------------------------------------------

interface Subject {
  name: string;
  entry: string;
  tag: string;
  attributes: Record<string, string>;
  properties?: Record<string, unknown>;
}

const floorEntry = '/bench/.build/floor.js';
const floor = (): Subject => ({ name: 'floor: bare Lit slot list', entry: floorEntry, tag: 'floor-times', attributes: {} });

/** The elements with an API that never answers: their first render is what they show while loading. */
function scriptSubjects(hang: string): Subject[] {
  return [
    { name: '<circle-book-service>', entry: '/dist/circle-book-service.js', tag: 'circle-book-service', attributes: { 'service-id': 'svc_physio', 'api-base': hang } },
    { name: '<circle-book-variant>', entry: '/dist/circle-book-variant.js', tag: 'circle-book-variant', attributes: { 'variant-id': 'var_physio_initial', 'api-base': hang } },
    { name: '<circle-appointment>', entry: '/dist/circle-appointment.js', tag: 'circle-appointment', attributes: { 'appointment-id': 'apt_ready', 'api-base': hang }, properties: { token: 'tok_ready_8b2e51' } },
    { name: '<circle-patient-app>', entry: '/dist/circle-patient-app.js', tag: 'circle-patient-app', attributes: { 'api-base': hang } },
    { name: '<circle-share-menu> (given its url)', entry: '/dist/circle-share-menu.js', tag: 'circle-share-menu', attributes: { url: 'https://clinic.example/patient/#/book/svc_physio' } },
    { name: 'all elements, <circle-book-service> shown', entry: '/dist/circle-booking.js', tag: 'circle-book-service', attributes: { 'service-id': 'svc_physio', 'api-base': hang } },
    floor(),
  ];
}

function bookService(apiBase: string): Subject {
  return { name: '<circle-book-service>', entry: '/dist/circle-book-service.js', tag: 'circle-book-service', attributes: { 'service-id': benchIds.serviceId, 'api-base': apiBase } };
}

// ---- servers and browser -----------------------------------------------------------------------

const types: Record<string, string> = { '.html': 'text/html', '.js': 'text/javascript' };

/** dist/ and bench/ over HTTP; /bench/page.html preloads an entry's modules; /hang never answers. */
async function startSite(): Promise<{ url: string; close(): Promise<void> }> {
  const root = process.cwd();
  const server = createServer(async (request, response) => {
    const url = new URL(request.url ?? '/', 'http://x');
    const path = normalize(decodeURIComponent(url.pathname));
    if (path.startsWith('/hang')) return; // an API that never answers: the element stays loading
    if (path === '/bench/page.html') {
      const entry = url.searchParams.get('entry');
      const preloads = entry ? filesLoadedBy(join('.', entry)).map((file: string) => `<link rel="modulepreload" href="/${file}">`).join('\n') : '';
      const body = `<!doctype html><html lang="en"><head><meta charset="utf-8"><meta name="viewport" content="width=device-width">
<title>bench</title>${preloads}<script type="module" src="/bench/harness.js"></script></head>
<body style="margin:0;font:16px system-ui"></body></html>`;
      return response.writeHead(200, { 'Content-Type': 'text/html' }).end(body);
    }
    if (!path.startsWith('/dist/') && !path.startsWith('/bench/')) return response.writeHead(404).end();
    try {
      const body = await readFile(join(root, path));
      response.writeHead(200, { 'Content-Type': types[extname(path)] ?? 'application/octet-stream', 'Cache-Control': 'no-store' }).end(body);
    } catch {
      response.writeHead(404).end();
    }
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as AddressInfo;
  return {
    url: `http://127.0.0.1:${port}`,
    close: () => new Promise((resolve) => {
      server.closeAllConnections();
      server.close(() => resolve());
    }),
  };
}

const apis = new Map<string, ApiServer>();

/** The simulator over HTTP with `perDay` free starts a day, answering after `latencyMs`. */
async function api(perDay: number, latencyMs = 0): Promise<string> {
  const key = `${perDay}/${latencyMs}`;
  let server = apis.get(key);
  if (!server) {
    server = await startApiServer({ data: benchSeed(perDay), latencyMs });
    apis.set(key, server);
  }
  return server.url;
}

interface Run {
  context: BrowserContext;
  page: Page;
  cdp: CDPSession;
}

async function open(browser: Browser, site: string, entry: string | undefined, throttle: Throttle): Promise<Run> {
  const context = await browser.newContext({ viewport: { width: 390, height: 844 } });
  const page = await context.newPage();
  const problems: string[] = [];
  page.on('pageerror', (error) => problems.push(error.message));
  const cdp = await context.newCDPSession(page);
  await cdp.send('Performance.enable');
  await cdp.send('Emulation.setCPUThrottlingRate', { rate: throttle });
  await page.goto(`${site}/bench/page.html${entry ? `?entry=${encodeURIComponent(entry)}` : ''}`, { waitUntil: 'load' });
  await page.waitForFunction(() => 'harness' in window);
  if (problems.length) throw new Error(problems.join('\n'));
  return { context, page, cdp };
}

async function metric(cdp: CDPSession, name: string): Promise<number> {
  const { metrics } = (await cdp.send('Performance.getMetrics')) as { metrics: { name: string; value: number }[] };
  return metrics.find((each) => each.name === name)?.value ?? Number.NaN;
}

/** How many objects with the prototype `expression` evaluates to are alive (after a GC). */
async function liveObjects(cdp: CDPSession, expression: string): Promise<number> {
  const { result } = (await cdp.send('Runtime.evaluate', { expression })) as { result: { objectId?: string } };
  if (!result.objectId) return Number.NaN;
  const { objects } = (await cdp.send('Runtime.queryObjects', { prototypeObjectId: result.objectId })) as { objects: { objectId: string } };
  const { result: length } = (await cdp.send('Runtime.callFunctionOn', {
    objectId: objects.objectId,
    functionDeclaration: 'function () { return this.length; }',
    returnByValue: true,
  })) as { result: { value: number } };
  return length.value;
}

async function heapUsed(cdp: CDPSession): Promise<number> {
  await cdp.send('HeapProfiler.collectGarbage');
  await cdp.send('HeapProfiler.collectGarbage');
  const { usedSize } = (await cdp.send('Runtime.getHeapUsage')) as { usedSize: number };
  return usedSize;
}

/** The longest main-thread task of the page's renderer while `during` runs, from a trace. */
async function longestTask(browser: Browser, page: Page, during: () => Promise<unknown>): Promise<number> {
  await browser.startTracing(page, { categories: ['devtools.timeline', 'disabled-by-default-devtools.timeline'] });
  await during();
  const trace = JSON.parse((await browser.stopTracing()).toString()) as { traceEvents: { name: string; ph: string; pid: number; tid: number; dur?: number; args?: { name?: string } }[] };
  const mainThreads = new Set(trace.traceEvents.filter((event) => event.name === 'thread_name' && event.args?.name === 'CrRendererMain').map((event) => `${event.pid}/${event.tid}`));
  let longest = 0;
  for (const event of trace.traceEvents) {
    if (event.name === 'RunTask' && event.ph === 'X' && mainThreads.has(`${event.pid}/${event.tid}`)) longest = Math.max(longest, (event.dur ?? 0) / 1000);
  }
  return longest;
}

// ---- figures -------------------------------------------------------------------------------------

type Figure = Record<string, Partial<Record<`${Throttle}x`, { median: number; runs: number[]; unit: string; note?: string }>>>;
const results: Record<string, Figure> = {};

function median(values: number[]): number {
  const sorted = [...values].sort((a, b) => a - b);
  const middle = Math.floor(sorted.length / 2);
  return sorted.length % 2 ? sorted[middle]! : (sorted[middle - 1]! + sorted[middle]!) / 2;
}

function record(figure: string, subject: string, throttle: Throttle, values: number[], unit: string, note?: string): void {
  const bySubject = (results[figure] ??= {});
  const entry = { median: round(median(values)), runs: values.map(round), unit, ...(note ? { note } : {}) };
  (bySubject[subject] ??= {})[`${throttle}x`] = entry;
  process.stdout.write(`  ${figure} · ${subject} · ${throttle}×: ${entry.median} ${unit}\n`);
}

function round(value: number): number {
  return Math.round(value * 10) / 10;
}

async function repeat<T>(count: number, once: () => Promise<T>): Promise<T[]> {
  const out: T[] = [];
  for (let i = 0; i < count; i++) out.push(await once());
  return out;
}

async function main(): Promise<void> {
  const started = Date.now();
  await build({
    configFile: false,
    logLevel: 'warn',
    build: {
      target: 'es2022',
      outDir: 'bench/.build',
      emptyOutDir: true,
      lib: { entry: { floor: 'bench/floor.ts' }, formats: ['es'], fileName: (_format, name) => `${name}.js` },
      rolldownOptions: { output: { minify: true } },
    },
  });
  const site = await startSite();
  const browser = await chromium.launch({ executablePath: findChromium(), headless: true, args: chromiumArgs });
  const hang = `${site.url}/hang`;
  const machine = describeMachine(browser);
  try {
    for (const throttle of throttles) {
      process.stdout.write(`\nCPU ${throttle}×\n`);

      for (const subject of only.test('script') ? scriptSubjects(hang) : []) {
        const values = await repeat(runs, async () => {
          const run = await open(browser, site.url, subject.entry, throttle);
          try {
            return await run.page.evaluate((s) => window.harness.scriptCost(s), subject);
          } finally {
            await run.context.close();
          }
        });
        record('script cost: module start to first render (ms)', subject.name, throttle, values, 'ms');
      }

      for (const latency of only.test('bookable') ? [0, 150] : []) {
        const apiBase = await api(20, latency);
        for (const subject of [bookService(apiBase), floor()]) {
          const outcomes = await repeat(runs, async () => {
            const run = await open(browser, site.url, subject.entry, throttle);
            try {
              return await run.page.evaluate((s) => window.harness.timeToBookable(s), { ...subject, apiBase, ids: benchIds });
            } finally {
              await run.context.close();
            }
          });
          record(`time to bookable, ${latency} ms latency (ms)`, subject.name, throttle, outcomes.map((o) => o.ms), 'ms');
          record(`requests before bookable, ${latency} ms latency`, subject.name, throttle, outcomes.map((o) => o.requests), 'requests');
        }
      }

      for (const perDay of only.test('scale') ? [20, 200, 2000] : []) {
        const apiBase = await api(perDay);
        for (const subject of [bookService(apiBase), floor()]) {
          const outcomes = await repeat(runs, async () => {
            const run = await open(browser, site.url, subject.entry, throttle);
            try {
              const input = { ...subject, apiBase, ids: benchIds };
              await run.page.evaluate((entry) => window.harness.importOnly(entry), subject.entry);
              // Main-thread time (script, style, layout) from connecting the element to the times on screen.
              const before = await metric(run.cdp, 'TaskDuration');
              await run.page.evaluate((s) => window.harness.bookable(s), input);
              const script = ((await metric(run.cdp, 'TaskDuration')) - before) * 1000;
              const day = await run.page.evaluate(() => window.harness.chooseDay());
              const time = await run.page.evaluate(() => window.harness.chooseTime());
              return { script, day: day.ms, time: time.ms, times: day.times };
            } finally {
              await run.context.close();
            }
          });
          record(`${perDay} slots a day: main-thread work until bookable (ms)`, subject.name, throttle, outcomes.map((o) => o.script), 'ms');
          record(`${perDay} slots a day: choosing a day (ms)`, subject.name, throttle, outcomes.map((o) => o.day), 'ms', `${outcomes[0]?.times} times shown`);
          record(`${perDay} slots a day: choosing a time (ms)`, subject.name, throttle, outcomes.map((o) => o.time), 'ms');
        }
      }

      if (only.test('month')) {
        // The month shown and the next one, prefetched: 180 starts a day, at least 5,040 in a month.
        const apiBase = await api(180);
        for (const subject of [bookService(apiBase), floor()]) {
          const values = await repeat(runs, async () => {
            const run = await open(browser, site.url, subject.entry, throttle);
            try {
              await run.page.evaluate((entry) => window.harness.importOnly(entry), subject.entry);
              return await longestTask(browser, run.page, async () => {
                await run.page.evaluate((s) => window.harness.bookable(s), { ...subject, apiBase, ids: benchIds });
                await run.page.evaluate(([base, count]) => window.harness.apiQuiet(base, count), [apiBase, subject.tag === 'floor-times' ? 1 : 3] as const);
              });
            } finally {
              await run.context.close();
            }
          });
          record('month of 5,000+ slots: longest task while loading (ms)', subject.name, throttle, values, 'ms');
        }
      }

      // The heap does not depend on CPU speed, and 200 cycles at 4× take a minute: 1× only.
      if (only.test('memory') && throttle === 1) {
        const apiBase = await api(20);
        for (const subject of [bookService(apiBase), floor()]) {
          const values = await repeat(runs, async () => {
            const run = await open(browser, site.url, subject.entry, throttle);
            try {
              await run.page.evaluate((entry) => window.harness.importOnly(entry), subject.entry);
              const fresh = await heapUsed(run.cdp);
              await run.page.evaluate((s) => window.harness.cycles(s), { ...subject, apiBase, ids: benchIds, cycles });
              const heap = ((await heapUsed(run.cdp)) - fresh) / 1024;
              // Elements the page no longer holds that are still alive: a leak if any.
              const alive = await liveObjects(run.cdp, `customElements.get('${subject.tag}').prototype`);
              return { heap, alive };
            } finally {
              await run.context.close();
            }
          });
          record(`heap after ${cycles} mount/unmount cycles, over a fresh page (KB)`, subject.name, throttle, values.map((v) => v.heap), 'KB');
          record(`elements alive after ${cycles} mount/unmount cycles`, subject.name, throttle, values.map((v) => v.alive), 'elements');
        }
      }

      if (only.test('idle')) {
        const apiBase = await api(20);
        const idleSubjects: (Subject | undefined)[] = [bookService(apiBase), floor(), undefined];
        for (const subject of idleSubjects) {
          const values = await repeat(runs, async () => {
            const run = await open(browser, site.url, subject?.entry, throttle);
            try {
              if (subject) await run.page.evaluate((s) => window.harness.bookable(s), { ...subject, apiBase, ids: benchIds });
              await run.page.waitForTimeout(1000);
              const before = await metric(run.cdp, 'TaskDuration');
              await run.page.waitForTimeout(idleMs);
              return (((await metric(run.cdp, 'TaskDuration')) - before) * 1000) / (idleMs / 1000);
            } finally {
              await run.context.close();
            }
          });
          record('idle: main-thread busy time (ms per s)', subject?.name ?? 'the same page without an element', throttle, values, 'ms/s');
        }
      }
    }
  } finally {
    await browser.close();
    await site.close();
    await Promise.all([...apis.values()].map((server) => server.close()));
  }

  // Other work on the machine moves the figures: say how busy it was.
  const load = loadavg().map((value) => Math.round(value * 10) / 10);
  const output = { date: new Date().toISOString(), machine, loadAverage: load, runs, cycles, seconds: Math.round((Date.now() - started) / 1000), results };
  await mkdir('bench', { recursive: true });
  await writeFile(args.out, `${JSON.stringify(output, null, 2)}\n`);
  console.log(`\n${table(results)}\n\n${machine}; load average ${load.join(' ')} at the end; ${runs} runs; ${output.seconds} s. Written to ${args.out}.`);
}

function describeMachine(browser: Browser): string {
  const memory = `${Math.round(totalmem() / 2 ** 30)} GiB`;
  let os = process.platform as string;
  try {
    os = execFileSync('sh', ['-c', '. /etc/os-release && echo "$PRETTY_NAME"'], { encoding: 'utf8' }).trim();
  } catch {
    // not Linux: the platform name will do
  }
  return `${cpus().length} cores (${cpus()[0]?.model.trim() ?? 'unknown CPU'}), ${memory}, ${os}, Chromium ${browser.version()}, Node ${process.version}`;
}

/** Markdown: one row per figure and subject; medians at 1× and 4×, and our ratio to the floor. */
function table(all: Record<string, Figure>): string {
  const lines = ['| Figure | Subject | 1× | 4× | × floor (1× / 4×) |', '| --- | --- | ---: | ---: | ---: |'];
  for (const [figure, bySubject] of Object.entries(all)) {
    const floorRow = bySubject[floor().name];
    for (const [subject, byThrottle] of Object.entries(bySubject)) {
      const cell = (throttle: Throttle) => {
        const value = byThrottle[`${throttle}x`];
        return value ? `${value.median}${value.note ? ` (${value.note})` : ''}` : '–';
      };
      const ratio = (throttle: Throttle) => {
        const ours = byThrottle[`${throttle}x`]?.median;
        const base = floorRow?.[`${throttle}x`]?.median;
        return !subject.startsWith('<') && !subject.startsWith('all ') ? '' : ours === undefined || !base ? '' : `${(ours / base).toFixed(1)}`;
      };
      const ratios = [ratio(1), ratio(4)].filter(Boolean).join(' / ');
      lines.push(`| ${figure} | ${subject} | ${cell(1)} | ${cell(4)} | ${ratios} |`);
    }
  }
  return lines.join('\n');
}

declare global {
  interface Window {
    harness: {
      scriptCost(subject: Subject): Promise<number>;
      timeToBookable(input: Subject & { apiBase: string; ids: typeof benchIds }): Promise<{ ms: number; requests: number; times: number }>;
      bookable(input: Subject & { apiBase: string; ids: typeof benchIds }): Promise<number>;
      chooseDay(): Promise<{ ms: number; times: number }>;
      chooseTime(): Promise<{ ms: number }>;
      apiQuiet(apiBase: string, count: number): Promise<void>;
      cycles(input: Subject & { apiBase: string; ids: typeof benchIds; cycles: number }): Promise<void>;
      importOnly(entry: string): Promise<void>;
    };
  }
}

await main();
