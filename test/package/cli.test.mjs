// The command line as an integrator gets it: the package packed into a tarball, installed in an
// empty project, run with npx. `npm run build` first (npm test does). Needs the npm registry
// (or npm's cache) for the package's own dependencies.
import { after, before, describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { execFileSync, spawnSync } from 'node:child_process';
import { mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { createServer } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';

const root = fileURLToPath(new URL('../../', import.meta.url));
const npm = process.platform === 'win32' ? 'npm.cmd' : 'npm';
const npx = process.platform === 'win32' ? 'npx.cmd' : 'npx';

describe('npx circle-booking from the installed tarball', () => {
  let project;
  before(() => {
    project = mkdtempSync(join(tmpdir(), 'circle-booking-cli-'));
    const [{ filename }] = JSON.parse(execFileSync(npm, ['pack', '--json', '--pack-destination', project], { cwd: root, encoding: 'utf8' }));
    writeFileSync(join(project, 'package.json'), JSON.stringify({ name: 'clinic-back-end', private: true, type: 'module' }));
    execFileSync(npm, ['install', '--no-audit', '--no-fund', '--prefer-offline', '--ignore-scripts', join(project, filename)], { cwd: project, stdio: 'pipe' });
  });
  after(() => rmSync(project, { recursive: true, force: true }));

  it('prints the check-api help and exits 0', () => {
    const result = spawnSync(npx, ['--no-install', 'circle-booking', 'check-api', '--help'], { cwd: project, encoding: 'utf8' });

    assert.equal(result.status, 0, result.stderr);
    assert.match(result.stdout, /^Usage: circle-booking check-api <base-url> \[options\]/);
  });

  it('runs the checks and reports an API that is not there in one line, exit status 1', async () => {
    const port = await new Promise((resolve) => {
      const server = createServer().listen(0, '127.0.0.1', () => {
        const { port: free } = server.address();
        server.close(() => resolve(free));
      });
    });

    const result = spawnSync(npx, ['--no-install', 'circle-booking', 'check-api', `http://127.0.0.1:${port}/api`], { cwd: project, encoding: 'utf8' });

    assert.equal(result.status, 1, result.stderr);
    assert.match(
      result.stdout,
      /FAIL {2}GET \/services answers a ServiceList {2}\[shape\.services\]\n.*\n.*\n {8}got: {6}no answer: connection refused \(ECONNREFUSED\)/,
    );
    assert.doesNotMatch(result.stdout + result.stderr, /\n\s+at /);
  });
});

describe('the command line stays out of the browser bundles', () => {
  it('only dist/cli.js holds it', () => {
    const files = readdirSync(join(root, 'dist'), { recursive: true }).filter((file) => file.endsWith('.js'));
    const holding = files.filter((file) => readFileSync(join(root, 'dist', file), 'utf8').includes('circle-booking check-api'));

    assert.deepEqual(holding, ['cli.js']);
  });
});
