// A fresh app that installs the packed package as an integrator does: `npm pack` of the built
// package (run `npm run build` first), then `npm install` of the tarball into a new folder
// outside the repository, so nothing resolves to the repository's own files or node_modules.
import { execFile } from 'node:child_process';
import { mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { createServer } from 'node:http';
import { tmpdir } from 'node:os';
import { dirname, extname, join, normalize } from 'node:path';
import { fileURLToPath } from 'node:url';
import { promisify } from 'node:util';

const run = promisify(execFile);
export const root = fileURLToPath(new URL('../../../', import.meta.url));

/**
 * Packs the package and installs the tarball, with `dependencies` beside it (e.g. `react@19`),
 * into a new folder. npm reads its cache first: a second run needs no network.
 * @param {string[]} dependencies
 * @returns {Promise<{ dir: string, remove(): void }>}
 */
export async function consumerProject(dependencies = []) {
  const dir = mkdtempSync(join(tmpdir(), 'circle-booking-consumer-'));
  const { stdout } = await run('npm', ['pack', '--json', '--pack-destination', dir], { cwd: root, maxBuffer: 1 << 26 });
  const [{ filename }] = JSON.parse(stdout);
  writeFileSync(join(dir, 'package.json'), JSON.stringify({ name: 'consumer', private: true, type: 'module' }));
  await run('npm', ['install', '--prefer-offline', '--no-audit', '--no-fund', '--ignore-scripts', '--loglevel=error', `./${filename}`, ...dependencies], {
    cwd: dir,
    maxBuffer: 1 << 26,
  });
  return { dir, remove: () => rmSync(dir, { recursive: true, force: true }) };
}

/** Writes `files` (path relative to `dir` → text) and returns `dir`. */
export function writeFiles(dir, files) {
  for (const [path, text] of Object.entries(files)) {
    mkdirSync(dirname(join(dir, path)), { recursive: true });
    writeFileSync(join(dir, path), text);
  }
  return dir;
}

/** The package's public tags, as its own custom-elements.json lists them. */
export function publicTags(dir) {
  const manifest = JSON.parse(readFileSync(join(dir, 'node_modules/circle-booking/custom-elements.json'), 'utf8'));
  return manifest.modules
    .filter((module) => module.path.startsWith('src/elements/'))
    .flatMap((module) => module.declarations ?? [])
    .flatMap((declaration) => (declaration.tagName ? [declaration.tagName] : []));
}

const types = { '.html': 'text/html', '.js': 'text/javascript', '.css': 'text/css', '.json': 'application/json' };

/** Serves `dir` over HTTP on 127.0.0.1, as a static host would. */
export async function serveFolder(dir) {
  const server = createServer((request, response) => {
    const path = normalize(decodeURIComponent(new URL(request.url ?? '/', 'http://x').pathname));
    try {
      const body = readFileSync(join(dir, path));
      response.writeHead(200, { 'content-type': types[extname(path)] ?? 'application/octet-stream' }).end(body);
    } catch {
      response.writeHead(404).end();
    }
  });
  await new Promise((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = /** @type {import('node:net').AddressInfo} */ (server.address());
  return { url: `http://127.0.0.1:${port}/`, close: () => new Promise((resolve) => server.close(resolve)) };
}
