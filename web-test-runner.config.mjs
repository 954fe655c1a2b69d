// Browser tests: `npm run test:browser` (wtr), in Chromium, Firefox and WebKit (BROWSERS picks
// fewer, e.g. BROWSERS=chromium; scripts/wtr-launchers.mjs starts and stops each engine).
// Node-only tests run under `node --test` (scripts/run-node-tests.mjs).
import { esbuildPlugin } from '@web/dev-server-esbuild';
import { engineLaunchers } from './scripts/wtr-launchers.mjs';

/** Every browser test file starts by importing this guard (see failOnConsolePlugin). */
const consoleGuard = '/test/setup/fail-on-console.ts';

/**
 * Prepends `import '<consoleGuard>';` to each test file as it is served, so the guard runs
 * after mocha is set up (its root-level afterEach applies to every test) and before any of
 * the file's own imports (Lit included). Kept on line 1 so stack-trace lines do not move.
 */
function failOnConsolePlugin() {
  return {
    name: 'circle-fail-on-console',
    transform(context) {
      if (/^\/test\/.+\.test\.ts$/.test(context.path)) {
        return { body: `import '${consoleGuard}';${context.body}` };
      }
      return undefined;
    },
  };
}

export default {
  files: ['test/{elements,booking-flow,ui,controllers}/**/*.test.ts', 'test/**/*.browser.test.ts'],
  nodeResolve: { browser: true, exportConditions: ['browser', 'development'] },
  plugins: [esbuildPlugin({ ts: true, target: 'es2022', tsconfig: 'tsconfig.json' }), failOnConsolePlugin()],
  browsers: engineLaunchers(),
  // A service worker controls only pages under its own path: serve msw's worker at the root.
  middleware: [
    (ctx, next) => {
      if (ctx.path === '/mockServiceWorker.js') ctx.path = '/public/mockServiceWorker.js';
      return next();
    },
  ],
  concurrency: 1,
  // The three engines side by side (wtr's default is two at a time): much of WebKit's time is
  // spent waiting on its driver, not on the CPU.
  concurrentBrowsers: 3,
  // The fuzz file renders thousands of hostile answers, beside two other engines on the same
  // cores; a loaded machine needs more than the default 2 minutes.
  testsFinishTimeout: 600_000,
  // A whole booking by keyboard takes a few seconds in Chromium on two cores. On CI, where the
  // three engines share those two cores, a whole booking in WebKit took over 15 s, so a test
  // gets 30 s there, and a test that fails is run once more before it fails
  // the run: a test that fails twice still fails it; run without CI, nothing is retried, so a
  // test that only passes at the second try shows up there.
  testFramework: { config: { timeout: process.env.CI ? 30000 : 15000, retries: process.env.CI ? 1 : 0 } },
};
