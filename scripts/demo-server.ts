/**
 * The demo site: demo/ served by vite, with `circle-booking` and `circle-booking/<entry>`
 * resolved to the built bundle in dist/, so the pages run exactly what a clinic would load.
 * `npm start` and the end-to-end tests both start it through `startDemoSite`.
 */
import { existsSync } from 'node:fs';
import { createServer as createNetServer } from 'node:net';
import { resolve } from 'node:path';
import { build, createServer, type ViteDevServer } from 'vite';

const root = resolve(import.meta.dirname, '..');
const dist = resolve(root, 'dist');

export interface DemoSiteOptions {
  /** The booking API the pages talk to, e.g. `http://127.0.0.1:4010/api`. */
  apiBase: string;
  host?: string;
  /** 0 picks a free port. */
  port?: number;
  /** Reload the pages when a file in demo/ changes (npm start); tests serve them as they are. */
  reload?: boolean;
}

export interface DemoSite {
  /** The site's root, ending in `/`: the clinic page; `staff/` and `patient/` below it. */
  url: string;
  close(): Promise<void>;
}

/** `vite build` of the library into dist/, quietly: some ten seconds (every script-tag file is its own build). */
export async function buildBundle(): Promise<void> {
  await build({ root, configFile: resolve(root, 'vite.config.ts'), logLevel: 'warn' });
}

export async function startDemoSite({ apiBase, host = '127.0.0.1', port = 0, reload = false }: DemoSiteOptions): Promise<DemoSite> {
  if (!existsSync(resolve(dist, 'circle-booking.js'))) throw new Error('dist/ is missing: run `npm run build` first.');
  const server: ViteDevServer = await createServer({
    configFile: false,
    root: resolve(root, 'demo'),
    appType: 'mpa',
    server: { host, port, strictPort: port !== 0, ...(reload ? {} : { hmr: false, watch: null }) },
    resolve: {
      alias: [
        { find: /^circle-booking$/, replacement: resolve(dist, 'circle-booking.js') },
        { find: /^circle-booking\/(api|links|embed)$/, replacement: `${dist}/$1.js` },
      ],
    },
    define: { 'import.meta.env.VITE_CIRCLE_API_BASE': JSON.stringify(apiBase) },
    // Nothing to pre-bundle: the pages import the built bundle and nothing from node_modules.
    optimizeDeps: { noDiscovery: true, include: [] },
    logLevel: 'warn',
  });
  await server.listen();
  const address = server.httpServer?.address();
  if (!address || typeof address === 'string') throw new Error('The demo server has no port.');
  return { url: `http://${host}:${address.port}/`, close: () => server.close() };
}

/** The preferred port when it is free, else any free one (0 asks for any). */
export function freePort(preferred = 0, host = '127.0.0.1'): Promise<number> {
  return new Promise((resolve) => {
    const probe = createNetServer();
    probe.once('error', () => resolve(freePort(0, host)));
    probe.listen(preferred, host, () => {
      const { port } = probe.address() as { port: number };
      probe.close(() => resolve(port));
    });
  });
}
