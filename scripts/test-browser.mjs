// `npm run test:browser`: the browser tests in the engines BROWSERS names (all three by
// default). Chromium runs every file first, alone; then Firefox and WebKit, side by side, run
// the files where engines differ (scripts/browser-test-files.mjs). Two passes rather than
// three engines at once: two cores are the limit either way, and three engines contending for
// them took longer (326 s against 298 s on one machine) and timed out more.
// With arguments (`--files x.test.ts`), or when BROWSERS names Chromium alone or leaves it out,
// it is one wtr run.
import { spawnSync } from 'node:child_process';
import { selectedEngines } from './engines.mjs';

const config = ['--config', 'web-test-runner.config.mjs'];
const passOn = process.argv.slice(2);

/** Runs wtr in `engines` with `args`; exits with its status when it fails. */
function wtr(engines, args) {
  console.log(`\n::: browser tests in ${engines.join(', ')}`);
  const { status } = spawnSync('npx', ['wtr', ...config, ...args], {
    stdio: 'inherit',
    env: { ...process.env, BROWSERS: engines.join(',') },
  });
  if (status !== 0) process.exit(status ?? 1);
}

const engines = selectedEngines();
const others = engines.filter((engine) => engine !== 'chromium');
if (passOn.length === 0 && engines.includes('chromium') && others.length > 0) {
  wtr(['chromium'], []);
  // Each engine its own files (the config's groups), side by side.
  wtr(others, []);
} else {
  wtr(engines, passOn);
}
