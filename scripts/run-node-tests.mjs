// Runs tests under `node --test` (Node 20's has no globs). By default the unit tests: every
// test/**/*.test.ts outside the browser folders and not named *.browser.test.ts. With --e2e,
// the end-to-end tests instead: test/e2e/**/*.e2e.test.ts, which drive the built bundle.
// Other arguments go to `node --test` (e.g. --test-name-pattern=...).
import { spawnSync } from 'node:child_process';
import { readdirSync } from 'node:fs';
import { join, sep } from 'node:path';

const e2e = process.argv.includes('--e2e');
const passOn = process.argv.slice(2).filter((argument) => argument !== '--e2e');
const browserFolders = ['elements', 'booking-flow', 'ui', 'controllers', 'e2e'].map((name) => join('test', name) + sep);

const files = readdirSync('test', { recursive: true, withFileTypes: true })
  .filter((entry) => entry.isFile())
  .map((entry) => join(entry.parentPath ?? entry.path, entry.name))
  .filter((file) =>
    e2e
      ? file.endsWith('.e2e.test.ts')
      : file.endsWith('.test.ts') && !file.endsWith('.browser.test.ts') && !browserFolders.some((folder) => file.startsWith(folder)),
  )
  .sort();

if (files.length === 0) {
  console.error(`No ${e2e ? 'end-to-end' : 'Node'} test files found.`);
  process.exit(1);
}

const { status, signal } = spawnSync(
  process.execPath,
  // End-to-end files share one machine's two cores: run them one at a time.
  ['--import', 'tsx', '--test', '--test-reporter=spec', ...(e2e ? ['--test-concurrency=1'] : []), ...passOn, ...files],
  { stdio: 'inherit' },
);
process.exit(status ?? (signal ? 1 : 0));
