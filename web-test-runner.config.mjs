// Browser tests: `npm run test:browser` (scripts/test-browser.mjs runs wtr with this config), in
// Chromium, Firefox and WebKit (BROWSERS picks fewer, e.g. BROWSERS=chromium;
// scripts/wtr-launchers.mjs starts and stops each engine). Chromium runs every file; Firefox and
// WebKit the files where engines differ (scripts/browser-test-files.mjs). Named files
// (--files), or EVERY_FILE=1, run in every engine named.
// Node-only tests run under `node --test` (scripts/run-node-tests.mjs).
import { defaultReporter } from '@web/test-runner';
import { esbuildPlugin } from '@web/dev-server-esbuild';
import { timingReporter } from './scripts/wtr-timing-reporter.mjs';
import { engineLaunchers } from './scripts/wtr-launchers.mjs';
import { allFiles, everyEngine, webkitFiles } from './scripts/browser-test-files.mjs';

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

// Each engine a group of its own, with its own files.
const launchers = engineLaunchers();
const everyFile = process.argv.includes('--files') || process.env.EVERY_FILE === '1';
const filesOf = { chromium: allFiles, firefox: everyEngine, webkit: webkitFiles };

export default {
  files: everyFile ? allFiles : undefined,
  browsers: Object.values(launchers),
  groups: everyFile ? [] : Object.entries(launchers).map(([name, launcher]) => ({ name, files: filesOf[name], browsers: [launcher] })),
  nodeResolve: { browser: true, exportConditions: ['browser', 'development'] },
  plugins: [esbuildPlugin({ ts: true, target: 'es2022', tsconfig: 'tsconfig.json' }), failOnConsolePlugin()],
  // After the usual report, where each engine's time went (keeps CI's time in view).
  reporters: [defaultReporter(), timingReporter()],
  // A service worker controls only pages under its own path: serve msw's worker at the root.
  middleware: [
    (ctx, next) => {
      if (ctx.path === '/mockServiceWorker.js') ctx.path = '/public/mockServiceWorker.js';
      return next();
    },
  ],
  concurrency: 1,
  // The engines named side by side (wtr's default is two at a time); scripts/test-browser.mjs
  // runs Chromium alone first, then Firefox and WebKit together.
  concurrentBrowsers: 3,
  // The fuzz file renders thousands of hostile answers; a loaded machine needs more than the
  // default 2 minutes.
  testsFinishTimeout: 600_000,
  // A whole booking by keyboard takes a few seconds in Chromium on two cores. On CI, where
  // engines share those two cores, a whole booking in WebKit took over 15 s, so a test
  // gets 30 s there, and a test that fails is run once more before it fails
  // the run: a test that fails twice still fails it; run without CI, nothing is retried, so a
  // test that only passes at the second try shows up there.
  testFramework: { config: { timeout: process.env.CI ? 30000 : 15000, retries: process.env.CI ? 1 : 0 } },
};
