// A @web/test-runner reporter that prints, when the run ends, how long each engine's tests
// took in all and in its slowest files (the tests' own durations, summed per file). The
// browser stage is most of CI's time; this says where it goes.
import { relative } from 'node:path';

/** How many of each engine's slowest files are listed. */
const listed = 12;

export function timingReporter() {
  /** engine → file → milliseconds spent in its tests */
  const timings = new Map();
  let rootDir = process.cwd();

  const sumDurations = (suite) =>
    suite ? suite.tests.reduce((sum, test) => sum + (test.duration ?? 0), 0) + suite.suites.reduce((sum, child) => sum + sumDurations(child), 0) : 0;

  return {
    start({ config }) {
      rootDir = config.rootDir ?? rootDir;
    },
    onTestRunFinished({ sessions }) {
      for (const session of sessions) {
        if (!timings.has(session.browser.name)) timings.set(session.browser.name, new Map());
        timings.get(session.browser.name).set(session.testFile, sumDurations(session.testResults));
      }
    },
    stop() {
      for (const [engine, files] of timings) {
        const rows = [...files].sort(([, a], [, b]) => b - a).slice(0, listed);
        const total = [...files.values()].reduce((sum, time) => sum + time, 0);
        console.log(`\n${engine}: ${(total / 1000).toFixed(0)} s in tests; slowest files:`);
        for (const [file, time] of rows) {
          console.log(`  ${(time / 1000).toFixed(1).padStart(6)} s  ${relative(rootDir, file)}`);
        }
      }
    },
  };
}
