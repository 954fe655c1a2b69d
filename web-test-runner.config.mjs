// Browser tests: `npm run test:browser` (wtr), in Chromium, Firefox and WebKit (BROWSERS picks
// fewer, e.g. BROWSERS=chromium; scripts/wtr-launchers.mjs starts and stops each engine).
// Chromium runs every file. Beside it, Firefox and WebKit run the files where engines differ
// (`everyEngine` below); asked for alone (BROWSERS=webkit) or for named files (--files), an
// engine runs every file it is given.
// Node-only tests run under `node --test` (scripts/run-node-tests.mjs).
import { defaultReporter } from '@web/test-runner';
import { esbuildPlugin } from '@web/dev-server-esbuild';
import { timingReporter } from './scripts/wtr-timing-reporter.mjs';
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

const allFiles = ['test/{elements,booking-flow,ui,controllers}/**/*.test.ts', 'test/**/*.browser.test.ts'];

/**
 * The files whose outcome depends on the engine: focus and keyboard, the top layer and
 * positioning, CSS and layout, forms, Intl, fetch (`keepalive` too) and modules, clipboard and
 * downloads, and the three elements' whole flows. The rest test our own logic (validation, the flow's state, the
 * simulator's answers, link repair, the layouts' choice, load failures, hostile-answer fuzzing)
 * through the same code in every engine; they run in Chromium only, which keeps the three
 * engines within CI's time on two cores (WebKitGTK, software-rendered, costs about three times
 * Chromium's CPU a test).
 */
const everyEngine = [
  'test/browser/setup.browser.test.ts',
  'test/api/client.browser.test.ts',
  'test/styles/*.browser.test.ts',
  'test/controllers/{floating,hold}.controller.test.ts',
  'test/ui/calendar-link.test.ts',
  'test/booking-flow/{day-picker,time-list,time-list-spacing,patient-form}.test.ts',
  ...[
    'book-service',
    'appointment',
    'book-dialog',
    'patient-app',
    'share-menu',
    'share-menu-popups',
    'share-menu-offline',
    'focus-order',
    'focus-recovery',
    'accessibility',
    'announcements',
    'rtl',
    'rtl-isolation',
    'own-surface',
    'reduced-motion',
    'zone-names',
    'refused-lang',
  ].map((name) => `test/elements/${name}.test.ts`),
];

const { chromium, ...others } = engineLaunchers();
const launchers = [chromium, ...Object.values(others)].filter(Boolean);
const trimmed = chromium && Object.keys(others).length > 0 && !process.argv.includes('--files');

export default {
  files: allFiles,
  browsers: trimmed ? [chromium] : launchers,
  groups: trimmed ? [{ name: 'firefox-webkit', files: everyEngine, browsers: Object.values(others) }] : [],
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
