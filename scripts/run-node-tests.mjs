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
  // Two files at a time (node 20's default on two cores is one): a file spends much of its
  // time starting tsx, or an end-to-end one waiting on its browser and servers, so the second
  // file fills that time (unit tests 115 s → 78 s, end-to-end 396 s → 329 s on two cores).
  ['--import', 'tsx', '--test', '--test-reporter=spec', '--test-concurrency=2', ...passOn, ...files],
  { stdio: 'inherit' },
);
process.exit(status ?? (signal ? 1 : 0));
