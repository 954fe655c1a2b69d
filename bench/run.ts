/**
 * `npm run bench`: the built elements (dist/) in Chromium against the booking-API simulator
 * over HTTP on 127.0.0.1, beside a bare Lit element rendering the same slot list (the floor) and
 * two iframe embeds (the anchors: a bare iframe of static times, and Cal.com's embed loader
 * opening the same page). Subjects alternate within each round (`--rounds`, at least 7), each
 * measurement in a fresh browser context, at 1× and 4× CPU; every figure is the median of its
 * rounds with the lowest and highest. Prints a table and the goals of issue 24, and writes
 * bench/results.json.
 *
 *   npm run bench                                # build, then the default figures (about 10 minutes)
 *   npm run bench -- --only 'bookable|idle'      # some groups
 *   npm run bench -- --only 'script|scale|memory' --rounds 7   # the groups not run by default
 *
 * A benchmark, not a test: it asserts nothing about timings; docs/performance.md holds the
 * last table and the machine it ran on.
 */
import { writeFile } from 'node:fs/promises';
import { cpus, loadavg, totalmem } from 'node:os';
import { execFileSync } from 'node:child_process';
import { parseArgs } from 'node:util';
import { chromium, type Browser } from 'playwright-core';
import { build } from 'vite';
import { startApiServer, type ApiServer } from '../src/mocks/http-server.js';
// @ts-expect-error: a plain .mjs script without types
import { chromiumArgs, findChromium } from '../scripts/find-chromium.mjs';
import { benchIds, benchSeed } from './seeds.js';
import { compressingProxy, startSite, type PageName } from './site.js';
import { heapUsed, liveObjects, loadPage, longestTask, metric, newRun, phoneNetworkName, type Run } from './browser.js';
import { goalsTable, interleaved, Recorder, round, table, throttles, type Goal, type Throttle } from './stats.js';

const { values: args } = parseArgs({
  options: {
    only: { type: 'string', default: 'bookable|day|month|idle' },
    rounds: { type: 'string', default: '7' },
    cycles: { type: 'string', default: '200' },
    out: { type: 'string', default: 'bench/results.json' },
  },
  strict: true,
});
const rounds = Math.max(1, Number(args.rounds));
/** Which groups of figures to run: bookable, day, month, idle (default); script, scale, memory. */
const only = new RegExp(`^(${args.only})$`);
const cycles = Number(args.cycles);
/** How long the idle figure watches each page, once it has been idle for a second. */
const idleMs = 10_000;
const recorder = new Recorder();

// ---- subjects of the figures that import an entry into a ready page ------------------------------

interface Subject {
  name: string;
  entry: string;
  tag: string;
  attributes: Record<string, string>;
  properties?: Record<string, unknown>;
}

const names = {
  ours: '<circle-book-service>',
  floor: 'floor: bare Lit slot list',
  iframe: 'anchor: bare iframe, static times',
  cal: 'anchor: Cal.com embed loader, stub page',
  empty: 'the same page without an embed',
} as const;
const floor = (): Subject => ({ name: names.floor, entry: '/bench/.build/floor.js', tag: 'floor-times', attributes: {} });

/** The elements with an API that never answers: their first render is what they show while loading. */
function scriptSubjects(hang: string): Subject[] {
  return [
    {
      name: '<circle-book-service>',
      entry: '/dist/circle-book-service.js',
      tag: 'circle-book-service',
      attributes: { 'service-id': 'svc_physio', 'api-base': hang },
    },
    {
      name: '<circle-book-variant>',
      entry: '/dist/circle-book-variant.js',
      tag: 'circle-book-variant',
      attributes: { 'variant-id': 'var_physio_initial', 'api-base': hang },
    },
    {
      name: '<circle-appointment>',
      entry: '/dist/circle-appointment.js',
      tag: 'circle-appointment',
      attributes: { 'appointment-id': 'apt_ready', 'api-base': hang },
      properties: { token: 'tok_ready_8b2e51' },
    },
    { name: '<circle-patient-app>', entry: '/dist/circle-patient-app.js', tag: 'circle-patient-app', attributes: { 'api-base': hang } },
    {
      name: '<circle-share-menu> (given its url)',
      entry: '/dist/circle-share-menu.js',
      tag: 'circle-share-menu',
      attributes: { url: 'https://clinic.example/patient/#/book/svc_physio' },
    },
    {
      name: 'all elements, <circle-book-service> shown',
      entry: '/dist/circle-booking.js',
      tag: 'circle-book-service',
      attributes: { 'service-id': 'svc_physio', 'api-base': hang },
    },
    floor(),
  ];
}

function bookService(apiBase: string): Subject {
  return {
    name: names.ours,
    entry: '/dist/circle-book-service.js',
    tag: 'circle-book-service',
    attributes: { 'service-id': benchIds.serviceId, 'api-base': apiBase },
  };
}

// ---- servers -------------------------------------------------------------------------------------

const apis = new Map<number, ApiServer>();

/** The simulator over HTTP with `perDay` free starts a day; the network's delay is the browser's. */
async function api(perDay: number): Promise<string> {
  let server = apis.get(perDay);
  if (!server) {
    server = await startApiServer({ data: benchSeed(perDay) });
    apis.set(perDay, server);
  }
  return server.url;
}

/** A fresh context on the page the import-based figures start from, its entry's modules preloaded. */
async function open(browser: Browser, site: string, entry: string | undefined, throttle: Throttle): Promise<Run> {
  const run = await newRun(browser, throttle);
  const problems: string[] = [];
  run.page.on('pageerror', (error) => problems.push(error.message));
  await run.page.goto(`${site}/bench/page.html${entry ? `?entry=${encodeURIComponent(entry)}` : ''}`, { waitUntil: 'load' });
  await run.page.waitForFunction(() => 'harness' in window);
  if (problems.length) throw new Error(problems.join('\n'));
  return run;
}

async function inRun<T>(browser: Browser, site: string, entry: string | undefined, throttle: Throttle, body: (run: Run) => Promise<T>): Promise<T> {
  const run = await open(browser, site, entry, throttle);
  try {
    return await body(run);
  } finally {
    await run.context.close();
  }
}

// ---- groups of figures ---------------------------------------------------------------------------

/** From navigation to the first clickable free time, on a phone network: ours, the floor, the anchors. */
async function bookable(browser: Browser, site: string, throttle: Throttle, apiBase: string): Promise<void> {
  const pages: PageName[] = ['ours', 'floor', 'iframe', 'cal'];
  const loads = await interleaved(rounds, pages, (name) => loadPage(browser, `${site}/bench/page/${name}`, new URL(apiBase).origin, throttle));
  for (const [name, outcomes] of loads) {
    recorder.record(
      'time to bookable from navigation (ms)',
      names[name],
      throttle,
      outcomes.map((o) => o.bookableMs),
      'ms',
    );
    recorder.record(
      'API requests before bookable',
      names[name],
      throttle,
      outcomes.map((o) => o.apiRequests),
      'requests',
    );
    recorder.record(
      'long tasks while loading (count)',
      names[name],
      throttle,
      outcomes.map((o) => o.longTasks.length),
      'tasks',
    );
    recorder.record(
      'longest long task while loading (ms, 0: none)',
      names[name],
      throttle,
      outcomes.map((o) => Math.max(0, ...o.longTasks)),
      'ms',
    );
  }
}

/** Choosing another day of 200 free times: the update laid out, and the longest task meanwhile. */
async function chooseDay(browser: Browser, site: string, throttle: Throttle): Promise<void> {
  const apiBase = await api(200);
  const outcomes = await interleaved(rounds, [bookService(apiBase), floor()], (subject) =>
    inRun(browser, site, subject.entry, throttle, async (run) => {
      await run.page.evaluate((s) => window.harness.bookable(s), { ...subject, apiBase, ids: benchIds });
      let day = { ms: 0, times: 0 };
      const longest = await longestTask(browser, run.page, async () => (day = await run.page.evaluate(() => window.harness.chooseDay())));
      return { ...day, longest };
    }),
  );
  for (const [subject, values] of outcomes) {
    recorder.record(
      'choosing a day of 200 times: click to update laid out (ms)',
      subject.name,
      throttle,
      values.map((v) => v.ms),
      'ms',
      `(${values[0]?.times} times)`,
    );
    recorder.record(
      'choosing a day of 200 times: longest task (ms)',
      subject.name,
      throttle,
      values.map((v) => v.longest),
      'ms',
    );
  }
}

/** The month shown and the next one, prefetched: 180 starts a day, at least 5,040 in a month. */
async function month(browser: Browser, site: string, throttle: Throttle): Promise<void> {
  const apiBase = await api(180);
  const outcomes = await interleaved(rounds, [bookService(apiBase), floor()], (subject) =>
    inRun(browser, site, subject.entry, throttle, async (run) => {
      await run.page.evaluate((entry) => window.harness.importOnly(entry), subject.entry);
      return longestTask(browser, run.page, async () => {
        await run.page.evaluate((s) => window.harness.bookable(s), { ...subject, apiBase, ids: benchIds });
        await run.page.evaluate(([base, count]) => window.harness.apiQuiet(base, count), [apiBase, subject.tag === 'floor-times' ? 1 : 2] as const);
      });
    }),
  );
  for (const [subject, values] of outcomes) recorder.record('month of 5,000+ slots: longest task while loading (ms)', subject.name, throttle, values, 'ms');
}

/**
 * Main-thread busy time per second over 10 s, once loaded and idle for a second. The pages of a
 * round are watched at the same time, each in its own renderer: idle, they do not compete.
 */
async function idle(browser: Browser, site: string, throttle: Throttle): Promise<void> {
  const pages: PageName[] = ['ours', 'cal', 'empty'];
  const perRound: Record<string, number>[] = [];
  for (let r = 0; r < rounds; r++) {
    const runs = await Promise.all(pages.map(async (name) => ({ name, run: await newRun(browser, throttle) })));
    try {
      await Promise.all(
        runs.map(async ({ name, run }) => {
          await run.page.goto(`${site}/bench/page/${name}`, { waitUntil: 'load' });
          if (name !== 'empty') await run.page.waitForFunction(() => window.__bench.bookableAt !== undefined, undefined, { timeout: 60_000, polling: 100 });
          else await run.page.evaluate(() => (window.__bench.stop = true));
        }),
      );
      await new Promise((resolve) => setTimeout(resolve, 1000));
      const before = await Promise.all(runs.map(({ run }) => metric(run.cdp, 'TaskDuration')));
      await new Promise((resolve) => setTimeout(resolve, idleMs));
      const after = await Promise.all(runs.map(({ run }) => metric(run.cdp, 'TaskDuration')));
      perRound.push(Object.fromEntries(runs.map(({ name }, i) => [name, ((after[i]! - before[i]!) * 1000) / (idleMs / 1000)])));
    } finally {
      await Promise.all(runs.map(({ run }) => run.context.close()));
    }
  }
  for (const name of pages)
    recorder.record(
      'idle: main-thread busy time over 10 s (ms per s)',
      names[name],
      throttle,
      perRound.map((each) => each[name]!),
      'ms/s',
    );
}

/** Module start to first render, no network (the entry's modules preloaded); the API never answers. */
async function script(browser: Browser, site: string, throttle: Throttle): Promise<void> {
  const outcomes = await interleaved(rounds, scriptSubjects(`${site}/hang`), (subject) =>
    inRun(browser, site, subject.entry, throttle, (run) => run.page.evaluate((s) => window.harness.scriptCost(s), subject)),
  );
  for (const [subject, values] of outcomes) recorder.record('script cost: module start to first render (ms)', subject.name, throttle, values, 'ms');
}

/** Main-thread work until bookable, choosing a day and a time, with 20, 200 and 2,000 starts a day. */
async function scale(browser: Browser, site: string, throttle: Throttle): Promise<void> {
  for (const perDay of [20, 200, 2000]) {
    const apiBase = await api(perDay);
    const outcomes = await interleaved(rounds, [bookService(apiBase), floor()], (subject) =>
      inRun(browser, site, subject.entry, throttle, async (run) => {
        await run.page.evaluate((entry) => window.harness.importOnly(entry), subject.entry);
        const before = await metric(run.cdp, 'TaskDuration');
        await run.page.evaluate((s) => window.harness.bookable(s), { ...subject, apiBase, ids: benchIds });
        const work = ((await metric(run.cdp, 'TaskDuration')) - before) * 1000;
        const day = await run.page.evaluate(() => window.harness.chooseDay());
        const time = await run.page.evaluate(() => window.harness.chooseTime());
        return { work, day: day.ms, time: time.ms, times: day.times };
      }),
    );
    for (const [subject, values] of outcomes) {
      recorder.record(
        `${perDay} slots a day: main-thread work until bookable (ms)`,
        subject.name,
        throttle,
        values.map((v) => v.work),
        'ms',
      );
      recorder.record(
        `${perDay} slots a day: choosing a day (ms)`,
        subject.name,
        throttle,
        values.map((v) => v.day),
        'ms',
        `(${values[0]?.times} times)`,
      );
      recorder.record(
        `${perDay} slots a day: choosing a time (ms)`,
        subject.name,
        throttle,
        values.map((v) => v.time),
        'ms',
      );
    }
  }
}

/** Heap after mount/unmount cycles, over a fresh page, and elements still alive (a leak if any). 1× only: the heap does not depend on CPU speed. */
async function memory(browser: Browser, site: string, throttle: Throttle): Promise<void> {
  if (throttle !== 1) return;
  const apiBase = await api(20);
  const outcomes = await interleaved(rounds, [bookService(apiBase), floor()], (subject) =>
    inRun(browser, site, subject.entry, throttle, async (run) => {
      await run.page.evaluate((entry) => window.harness.importOnly(entry), subject.entry);
      const fresh = await heapUsed(run.cdp);
      await run.page.evaluate((s) => window.harness.cycles(s), { ...subject, apiBase, ids: benchIds, cycles });
      const heap = ((await heapUsed(run.cdp)) - fresh) / 1024;
      const alive = await liveObjects(run.cdp, `customElements.get('${subject.tag}').prototype`);
      return { heap, alive };
    }),
  );
  for (const [subject, values] of outcomes) {
    recorder.record(
      `heap after ${cycles} mount/unmount cycles, over a fresh page (KB)`,
      subject.name,
      throttle,
      values.map((v) => v.heap),
      'KB',
    );
    recorder.record(
      `elements alive after ${cycles} mount/unmount cycles`,
      subject.name,
      throttle,
      values.map((v) => v.alive),
      'elements',
    );
  }
}

const groups = { bookable, day: chooseDay, month, idle, script, scale, memory } as const;

// ---- the goals of issue 24 -------------------------------------------------------------------------

function goals(): Goal[] {
  const out: Goal[] = [];
  const at = (figure: string, subject: string, throttle: Throttle) => recorder.get(figure, subject, throttle);
  for (const throttle of throttles) {
    const ours = at('time to bookable from navigation (ms)', names.ours, throttle);
    for (const anchor of [names.iframe, names.cal]) {
      const base = at('time to bookable from navigation (ms)', anchor, throttle);
      if (!ours || !base) continue;
      const ratio = ours.median / base.median;
      out.push({
        goal: `time to bookable ≤ 1.0 × ${anchor}, ${throttle}× CPU`,
        measured: `${ratio.toFixed(2)} (${ours.median} against ${base.median} ms)`,
        met: ratio <= 1,
      });
    }
    const requests = at('API requests before bookable', names.ours, throttle);
    if (requests)
      out.push({
        goal: `at most one API request before bookable, ${throttle}× CPU`,
        measured: `${requests.median} (range ${requests.min}–${requests.max})`,
        met: requests.max <= 1,
      });
  }
  const load = at('longest long task while loading (ms, 0: none)', names.ours, 4);
  const count = at('long tasks while loading (count)', names.ours, 4);
  if (load && count)
    out.push({
      goal: 'no long task over 50 ms while loading, 4×',
      measured: `${count.median} long tasks (range ${count.min}–${count.max}), the longest ${load.median} ms (worst round ${load.max})`,
      met: load.max <= 50,
    });
  const dayTask = at('choosing a day of 200 times: longest task (ms)', names.ours, 4);
  if (dayTask)
    out.push({
      goal: 'no long task over 50 ms choosing a day, 4×',
      measured: `longest ${dayTask.median} ms (worst round ${dayTask.max})`,
      met: dayTask.max <= 50,
    });
  const monthTask = at('month of 5,000+ slots: longest task while loading (ms)', names.ours, 4);
  if (monthTask)
    out.push({
      goal: 'no long task over 50 ms opening a month of 5,000 slots, 4×',
      measured: `longest ${monthTask.median} ms (worst round ${monthTask.max})`,
      met: monthTask.max <= 50,
    });
  const day = at('choosing a day of 200 times: click to update laid out (ms)', names.ours, 4);
  if (day)
    out.push({
      goal: 'choosing a day with 200 times within one frame (16.7 ms), 4×',
      measured: `${day.median} ms (range ${day.min}–${day.max})`,
      met: day.median <= 16.7,
    });
  for (const throttle of throttles) {
    const ours = at('idle: main-thread busy time over 10 s (ms per s)', names.ours, throttle);
    const empty = at('idle: main-thread busy time over 10 s (ms per s)', names.empty, throttle);
    if (ours && empty) {
      const over = round(ours.median - empty.median);
      out.push({
        goal: `idle within 0.5 ms/s of the page without us, ${throttle}×`,
        measured: `${over >= 0 ? '+' : ''}${over} ms/s (${ours.median} against ${empty.median})`,
        met: over <= 0.5,
      });
    }
  }
  return out;
}

// ---- main ------------------------------------------------------------------------------------------

function describeMachine(browser: Browser): string {
  const memoryGiB = `${Math.round(totalmem() / 2 ** 30)} GiB`;
  let os = process.platform as string;
  try {
    os = execFileSync('sh', ['-c', '. /etc/os-release && echo "$PRETTY_NAME"'], { encoding: 'utf8' }).trim();
  } catch {
    // not Linux: the platform name will do
  }
  return `${cpus().length} cores (${cpus()[0]?.model.trim() ?? 'unknown CPU'}), ${memoryGiB}, ${os}, Chromium ${browser.version()}, Node ${process.version}`;
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
  // The figures from navigation reach the simulator through a compressing proxy, as a phone reaches an API.
  const proxy = await compressingProxy(await api(20));
  const site = await startSite(() => proxy.url);
  const browser = await chromium.launch({ executablePath: findChromium(), headless: true, args: chromiumArgs });
  const machine = describeMachine(browser);
  const loadBefore = loadavg().map(round);
  try {
    for (const throttle of throttles) {
      process.stdout.write(`\nCPU ${throttle}×\n`);
      for (const [name, group] of Object.entries(groups)) if (only.test(name)) await group(browser, site.url, throttle, proxy.url);
    }
  } finally {
    await browser.close();
    await site.close();
    await proxy.close();
    await Promise.all([...apis.values()].map((server) => server.close()));
  }

  // Other work on the machine moves the figures: say how busy it was.
  const loadAfter = loadavg().map(round);
  const goalList = goals();
  const output = {
    date: new Date().toISOString(),
    machine,
    network: phoneNetworkName,
    loadAverage: { before: loadBefore, after: loadAfter },
    rounds,
    cycles,
    seconds: Math.round((Date.now() - started) / 1000),
    goals: goalList,
    results: recorder.results,
  };
  await writeFile(args.out, `${JSON.stringify(output, null, 2)}\n`);
  console.log(
    `\n${table(recorder.results)}\n\n${goalsTable(goalList)}\n\n${machine}; network ${phoneNetworkName}; load average ${loadBefore.join(' ')} before, ${loadAfter.join(' ')} after; ${rounds} rounds; ${output.seconds} s. Written to ${args.out}.`,
  );
}

declare global {
  interface Window {
    harness: {
      scriptCost(subject: Subject): Promise<number>;
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
