/**
 * The benchmark's browser side: a fresh context per measurement, with the CPU slowed and the
 * network shaped through the Chrome DevTools Protocol, and what is read back from it (CDP
 * metrics, a trace's longest task).
 */
import { fileURLToPath } from 'node:url';
import type { Browser, BrowserContext, CDPSession, Page } from 'playwright-core';
import type { Throttle } from './stats.js';

export interface Run {
  context: BrowserContext;
  page: Page;
  cdp: CDPSession;
}

/**
 * The phone network of every figure measured from navigation, on every request (the page, the
 * script, the API, the iframe's page): Lighthouse's mobile profile, 150 ms round trip, 1.6 Mbit/s
 * down, 750 kbit/s up. Chromium adds the latency to each request, so the API is 150 ms away as
 * the goals are set, and so is the script.
 */
export const phoneNetwork = { latency: 150, downloadThroughput: (1.6 * 1024 * 1024) / 8, uploadThroughput: (750 * 1024) / 8 };
export const phoneNetworkName = '150 ms round trip, 1.6 Mbit/s down, 750 kbit/s up (CDP network emulation, every request)';

const watchScript = fileURLToPath(new URL('./watch.js', import.meta.url));

/**
 * A fresh phone-sized context at `throttle`× CPU, its pages watched from navigation on
 * (bench/watch.js); with `network`, shaped like a phone's too.
 */
export async function newRun(browser: Browser, throttle: Throttle, { network = false } = {}): Promise<Run> {
  const context = await browser.newContext({ viewport: { width: 390, height: 844 } });
  const page = await context.newPage();
  await page.addInitScript({ path: watchScript });
  const cdp = await context.newCDPSession(page);
  await cdp.send('Performance.enable');
  await cdp.send('Emulation.setCPUThrottlingRate', { rate: throttle });
  if (network) {
    await cdp.send('Network.enable');
    await cdp.send('Network.setCacheDisabled', { cacheDisabled: true });
    await cdp.send('Network.emulateNetworkConditions', { offline: false, ...phoneNetwork });
  }
  return { context, page, cdp };
}

export interface PageLoad {
  /** Navigation start to the first free time on screen. */
  bookableMs: number;
  /** API requests that ended before then. */
  apiRequests: number;
  /** Long tasks (over 50 ms) from navigation until a second after the times showed. */
  longTasks: number[];
}

/** Navigates a fresh context to `url` and waits until a free time can be clicked. */
export async function loadPage(browser: Browser, url: string, apiOrigin: string, throttle: Throttle): Promise<PageLoad> {
  const run = await newRun(browser, throttle, { network: true });
  const errors: string[] = [];
  run.page.on('pageerror', (error) => errors.push(error.message));
  try {
    await run.page.goto(url, { waitUntil: 'commit' });
    await run.page.waitForFunction(() => window.__bench.bookableAt !== undefined, undefined, { timeout: 60_000, polling: 100 });
    // Work that follows the first times (the next month prefetched, warm-ups) is part of loading.
    await run.page.waitForTimeout(1000);
    if (errors.length) throw new Error(errors.join('\n'));
    return await run.page.evaluate((origin) => {
      const { bookableAt, longTasks } = window.__bench;
      const apiRequests = performance
        .getEntriesByType('resource')
        .filter((entry) => entry.name.startsWith(origin) && (entry as PerformanceResourceTiming).responseEnd <= bookableAt!).length;
      return { bookableMs: bookableAt!, apiRequests, longTasks: longTasks.filter((task) => task.start <= bookableAt! + 1000).map((task) => task.duration) };
    }, apiOrigin);
  } finally {
    await run.context.close();
  }
}

/** A CDP metric of the page's renderer, e.g. `TaskDuration` (seconds of main-thread work). */
export async function metric(cdp: CDPSession, name: string): Promise<number> {
  const { metrics } = await cdp.send('Performance.getMetrics');
  return metrics.find((each) => each.name === name)?.value ?? Number.NaN;
}

/** How many objects with the prototype `expression` evaluates to are alive (after a GC). */
export async function liveObjects(cdp: CDPSession, expression: string): Promise<number> {
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

export async function heapUsed(cdp: CDPSession): Promise<number> {
  await cdp.send('HeapProfiler.collectGarbage');
  await cdp.send('HeapProfiler.collectGarbage');
  const { usedSize } = (await cdp.send('Runtime.getHeapUsage')) as { usedSize: number };
  return usedSize;
}

/** The longest main-thread task of the page's renderer while `during` runs, from a trace. */
export async function longestTask(browser: Browser, page: Page, during: () => Promise<unknown>): Promise<number> {
  await browser.startTracing(page, { categories: ['devtools.timeline', 'disabled-by-default-devtools.timeline'] });
  await during();
  const trace = JSON.parse((await browser.stopTracing()).toString()) as {
    traceEvents: { name: string; ph: string; pid: number; tid: number; dur?: number; args?: { name?: string } }[];
  };
  const mainThreads = new Set(
    trace.traceEvents.filter((event) => event.name === 'thread_name' && event.args?.name === 'CrRendererMain').map((event) => `${event.pid}/${event.tid}`),
  );
  let longest = 0;
  for (const event of trace.traceEvents) {
    if (event.name === 'RunTask' && event.ph === 'X' && mainThreads.has(`${event.pid}/${event.tid}`)) longest = Math.max(longest, (event.dur ?? 0) / 1000);
  }
  return longest;
}

declare global {
  interface Window {
    __bench: { bookableAt: number | undefined; longTasks: { start: number; duration: number }[]; stop: boolean };
  }
}
