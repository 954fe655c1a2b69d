// Runs the tests that need no browser under `node --test` (Node 20's has no globs):
// every test/**/*.test.ts outside the browser folders and not named *.browser.test.ts.
// Extra arguments go to `node --test` (e.g. --test-only, --test-name-pattern=...).
import { spawnSync } from 'node:child_process';
import { readdirSync } from 'node:fs';
import { join, sep } from 'node:path';

const browserFolders = ['elements', 'ui', 'controllers', 'e2e'].map((name) => join('test', name) + sep);

const files = readdirSync('test', { recursive: true, withFileTypes: true })
  .filter((entry) => entry.isFile())
  .map((entry) => join(entry.parentPath ?? entry.path, entry.name))
  .filter((file) => file.endsWith('.test.ts') && !file.endsWith('.browser.test.ts'))
  .filter((file) => !browserFolders.some((folder) => file.startsWith(folder)))
  .sort();

if (files.length === 0) {
  console.error('No Node test files found (test/**/*.test.ts outside the browser folders).');
  process.exit(1);
}

const { status, signal } = spawnSync(
  process.execPath,
  ['--import', 'tsx', '--test', '--test-reporter=spec', ...process.argv.slice(2), ...files],
  { stdio: 'inherit' },
);
process.exit(status ?? (signal ? 1 : 0));
