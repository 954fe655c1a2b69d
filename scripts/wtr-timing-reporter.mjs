// A @web/test-runner reporter that prints, when the run ends, how long each engine's tests
// took in all and in its slowest files (the tests' own durations, summed per file). The
// browser stage is most of CI's time; this says where it goes.
import { relative } from 'node:path';

/** How many of each engine's slowest files are listed. */
const listed = 12;

export function timingReporter() {
  /** engine → file → { testTime } in ms */
  const timings = new Map();
  let rootDir = process.cwd();

  const timingOf = (engine, file) => {
    if (!timings.has(engine)) timings.set(engine, new Map());
    const files = timings.get(engine);
    if (!files.has(file)) files.set(file, { testTime: 0 });
    return files.get(file);
  };

  const sumDurations = (suite) =>
    suite ? suite.tests.reduce((sum, test) => sum + (test.duration ?? 0), 0) + suite.suites.reduce((sum, child) => sum + sumDurations(child), 0) : 0;

  return {
    start({ config }) {
      rootDir = config.rootDir ?? rootDir;
    },
    onTestRunStarted() {},
    reportTestProgress() {},
    onTestRunFinished({ sessions }) {
      for (const session of sessions) {
        const timing = timingOf(session.browser.name, session.testFile);
        timing.testTime = sumDurations(session.testResults);
      }
    },
    reportTestFileResults() {},
    stop() {
      for (const [engine, files] of timings) {
        const rows = [...files].sort(([, a], [, b]) => b.testTime - a.testTime).slice(0, listed);
        const total = [...files.values()].reduce((sum, timing) => sum + timing.testTime, 0);
        console.log(`\n${engine}: ${(total / 1000).toFixed(0)} s in tests; slowest files:`);
        for (const [file, timing] of rows) {
          console.log(`  ${(timing.testTime / 1000).toFixed(1).padStart(6)} s  ${relative(rootDir, file)}`);
        }
      }
    },
  };
}
