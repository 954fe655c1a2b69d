/**
 * What an end-to-end test runs against: the booking-API simulator over real HTTP, a static
 * server for the built bundle and the test pages, and the system Chromium.
 */
import { createServer } from 'node:http';
import { readFile } from 'node:fs/promises';
import { extname, join, normalize } from 'node:path';
import type { AddressInfo } from 'node:net';
import { chromium, type Browser } from 'playwright-core';
import { startApiServer, type ApiServer } from '../../../src/mocks/http-server.js';
import type { SimulatorOptions } from '../../../src/mocks/simulator.js';
import { freePort, startDemoSite, type DemoSite } from '../../../scripts/demo-server.js';
// @ts-expect-error: a plain .mjs script without types
import { chromiumArgs, findChromium } from '../../../scripts/find-chromium.mjs';

const types: Record<string, string> = {
  '.html': 'text/html',
  '.js': 'text/javascript',
  '.css': 'text/css',
  '.map': 'application/json',
  '.svg': 'image/svg+xml',
};

export interface SiteOptions {
  /** Headers to add to a page's answer, e.g. a Content-Security-Policy; by path. */
  headersFor?: (path: string) => Record<string, string> | undefined;
}

export interface Site {
  url: string;
  close(): Promise<void>;
}

/**
 * Serves `dist/` at /dist/, node_modules/ at /node_modules/ (and again at /dist-copy/, a second copy of the library for a page
 * that loads it twice) and test/e2e/pages at /, writing the API's URL into pages where they
 * say `__API_BASE__`.
 */
export async function startSite(apiBase: () => string, options: SiteOptions = {}): Promise<Site> {
  const root = process.cwd();
  const server = createServer(async (request, response) => {
    const pathname = normalize(decodeURIComponent(new URL(request.url ?? '/', 'http://x').pathname));
    const path = pathname.endsWith('/') ? `${pathname}index.html` : pathname;
    // node_modules/: what a page without a bundler maps lit and zod to with an import map, and
    // host pages' real stylesheets (Bootstrap's reboot, Tailwind's preflight, normalize.css).
    const file =
      path.startsWith('/dist/') || path.startsWith('/node_modules/')
        ? join(root, path)
        : path.startsWith('/dist-copy/')
          ? join(root, 'dist', path.slice('/dist-copy/'.length))
          : join(root, 'test/e2e/pages', path);
    try {
      let body: Buffer | string = await readFile(file);
      if (extname(file) === '.html') body = body.toString().replaceAll('__API_BASE__', apiBase());
      const headers = { 'Content-Type': types[extname(file)] ?? 'application/octet-stream', ...options.headersFor?.(path) };
      response.writeHead(200, headers).end(request.method === 'HEAD' ? undefined : body);
    } catch {
      response.writeHead(404).end();
    }
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as AddressInfo;
  return {
    url: `http://127.0.0.1:${port}`,
    close: () => new Promise((resolve) => server.close(() => resolve())),
  };
}

/**
 * Headless Chromium hides scrollbars; `scrollbars: true` keeps them, taking room beside the
 * page as on a desktop that shows them (Windows, Linux, Firefox's and Chrome's settings).
 */
export function launchChromium({ scrollbars = false } = {}): Promise<Browser> {
  return chromium.launch({ executablePath: findChromium(), headless: true, args: chromiumArgs, ignoreDefaultArgs: scrollbars ? ['--hide-scrollbars'] : [] });
}

export async function startAll(options: SiteOptions = {}): Promise<{ api: ApiServer; site: Site; browser: Browser; close(): Promise<void> }> {
  let apiBase = '';
  const site = await startSite(() => apiBase, options);
  // The real clock: the elements show days from today on. Links point at the site's patient app.
  const api = await startApiServer({ patientAppBase: `${site.url}/patient/` });
  apiBase = api.url;
  const browser = await launchChromium();
  return { api, site, browser, close: async () => void (await Promise.all([browser.close(), site.close(), api.close()])) };
}

export interface DemoEnvironment {
  api: ApiServer;
  demo: DemoSite;
  browser: Browser;
  close(): Promise<void>;
}

/**
 * The demo as `npm start` serves it (clinic site, staff dashboard, patient app on the built
 * bundle) against the simulator over HTTP, whose links point at the demo's patient app.
 */
export async function startDemo(simulator: Omit<SimulatorOptions, 'patientAppBase'> = {}): Promise<DemoEnvironment> {
  const port = await freePort();
  const api = await startApiServer({ ...simulator, patientAppBase: `http://127.0.0.1:${port}/patient/` });
  const demo = await startDemoSite({ apiBase: api.url, port });
  const browser = await launchChromium();
  return { api, demo, browser, close: async () => void (await Promise.all([browser.close(), demo.close(), api.close()])) };
}
