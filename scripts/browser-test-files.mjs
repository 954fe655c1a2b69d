// Which browser test files each engine runs (read by web-test-runner.config.mjs).

/** Every browser test file: Chromium runs them all. */
export const allFiles = ['test/{elements,booking-flow,ui,controllers}/**/*.test.ts', 'test/**/*.browser.test.ts'];

/**
 * The files whose outcome depends on the engine, which Firefox and WebKit run too: focus and
 * keyboard, the top layer and positioning, CSS and layout, forms, Intl, fetch (`keepalive` too)
 * and modules, clipboard and downloads, axe on the elements' screens, the booking popup. The
 * rest test our own logic (validation, the flow's state, the simulator's answers, link repair,
 * the layouts' choice, load failures, hostile-answer fuzzing, every language's wording)
 * through the same code in every engine, and run in Chromium only; so do the whole flows'
 * element tests but booking in WebKit (below): the end-to-end loop
 * (test/e2e/engines.e2e.test.ts) walks those flows in each engine, with real input. A new test
 * file whose outcome depends on the engine belongs here.
 */
export const everyEngine = [
  'test/browser/setup.browser.test.ts',
  'test/api/client.browser.test.ts',
  'test/styles/*.browser.test.ts',
  'test/controllers/{floating,hold}.controller.test.ts',
  'test/ui/calendar-link.test.ts',
  'test/booking-flow/{day-picker,time-list,time-list-spacing,patient-form}.test.ts',
  ...[
    'book-dialog',
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

/** What WebKit runs: the above, and booking's whole flow, as patients on iPhones meet it. */
export const webkitFiles = [...everyEngine, 'test/elements/book-service.test.ts'];
