// Checks the built package as a consumer sees it: `npm run build` first (npm test does).
// Plain Node 20, no tsx: the imports go through package.json "exports" by the package's own
// name, so they reach dist/, not src/.
import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { execFileSync } from 'node:child_process';
import { existsSync, readFileSync, readdirSync } from 'node:fs';
import { dirname, join, relative } from 'node:path';
import { fileURLToPath } from 'node:url';
import { filesLoadedBy } from '../../scripts/entry-files.mjs';

const root = fileURLToPath(new URL('../../', import.meta.url));
const pkg = JSON.parse(readFileSync(join(root, 'package.json'), 'utf8'));
const elementNames = existsSync(join(root, 'src/elements'))
  ? readdirSync(join(root, 'src/elements')).filter((name) => existsSync(join(root, `src/elements/${name}/${name}.ts`)))
  : [];

describe('circle-booking/api in Node', () => {
  it('exports the client', async () => {
    const api = await import('circle-booking/api');

    assert.equal(typeof api.createClient, 'function');
    assert.equal(typeof api.configure, 'function');
  });
});

describe('circle-booking/links in Node', () => {
  it('exports the link builder and parser', async () => {
    const links = await import('circle-booking/links');

    assert.equal(typeof links.patientAppUrl, 'function');
    assert.equal(typeof links.parsePatientAppUrl, 'function');
  });
});

describe('circle-booking/mocks/server in Node', () => {
  it('serves the simulator over real HTTP on a free port', async () => {
    const { startApiServer } = await import('circle-booking/mocks/server');
    const api = await startApiServer({ now: new Date('2026-11-24T08:00:00Z') });
    try {
      const response = await fetch(`${api.url}/services`);
      const body = await response.json();

      assert.match(api.url, /^http:\/\/127\.0\.0\.1:\d+\/api$/);
      assert.equal(response.status, 200);
      assert.ok(
        body.services.some((service) => service.id === 'svc_physio'),
        JSON.stringify(body).slice(0, 200),
      );
    } finally {
      await api.close();
    }
  });
});

describe('package.json "exports"', () => {
  const subpaths = [
    'circle-booking',
    'circle-booking/circle-booking.js',
    'circle-booking/api',
    'circle-booking/links',
    'circle-booking/mocks',
    'circle-booking/mocks/server',
    'circle-booking/embed',
    'circle-booking/circle-embed.js',
    'circle-booking/testing',
    'circle-booking/custom-elements.json',
    'circle-booking/web-types.json',
    'circle-booking/vscode.html-custom-data.json',
    'circle-booking/vscode.css-custom-data.json',
    ...elementNames.flatMap((name) => [`circle-booking/elements/${name}`, `circle-booking/circle-${name}.js`]),
  ];

  for (const specifier of subpaths) {
    it(`${specifier} resolves to a built file`, () => {
      const file = fileURLToPath(import.meta.resolve(specifier));

      assert.ok(existsSync(file), `${specifier} → ${file} is missing`);
    });
  }

  it('gives every JavaScript export its type declarations', () => {
    const typed = Object.entries(pkg.exports).filter(([, target]) => typeof target === 'object');
    const elementTypes = elementNames.map((name) => `dist/types/elements/${name}/${name}.d.ts`);
    const files = [...typed.filter(([key]) => !key.includes('*')).map(([, t]) => t.types.slice(2)), ...elementTypes];

    assert.deepEqual(
      files.filter((file) => !existsSync(join(root, file))),
      [],
    );
  });
});

describe('one copy of each piece in a bundler app', () => {
  const loads = (specifier) =>
    new Set(filesLoadedBy(relative(root, fileURLToPath(import.meta.resolve(specifier))), [/./]).map((file) => file.replace(/-[\w-]{8}\.js$/, '')));
  const shared = (a, b) => [...loads(a)].filter((file) => loads(b).has(file));

  it('circle-booking shares its core and the API client with circle-booking/api and the element entries', () => {
    assert.ok(
      shared('circle-booking', 'circle-booking/api').some((file) => file.startsWith('dist/chunks/api')),
      'the API chunk',
    );
    assert.ok(
      shared('circle-booking', 'circle-booking/elements/book-service').some((file) => file.startsWith('dist/chunks/core')),
      'the core chunk',
    );
    assert.ok(shared('circle-booking', 'circle-booking/elements/book-service').includes('dist/elements/book-service.js'), 'the element itself');
  });

  it('the one-script bundles share nothing: they are for a script tag, not beside the other exports', () => {
    assert.deepEqual(shared('circle-booking/circle-booking.js', 'circle-booking/api'), []);
    // Their lazy chunks import what they need from the script-tag file, not from chunks/core: the
    // only file both may fetch is one that imports nothing (the .ics writer).
    const files = (specifier) => filesLoadedBy(relative(root, fileURLToPath(import.meta.resolve(specifier))), [/./]);
    const both = files('circle-booking/circle-book-service.js').filter((file) => files('circle-booking/elements/book-service').includes(file));
    assert.deepEqual(
      both.filter((file) => filesLoadedBy(file).length > 1),
      [],
    );
  });
});

/** Every module a file imports, followed through relative imports; bare specifiers returned. */
function bareImports(entry) {
  const seen = new Set();
  const bare = new Set();
  const visit = (file) => {
    if (seen.has(file)) return;
    seen.add(file);
    const code = readFileSync(file, 'utf8');
    // Minified ES output: `import"x"`, `import("x")`, `…}from"x"`, `* as e from"x"`, `export*from"x"`.
    const imports = /(?:\bimport\s*\(?\s*|(?:[}*]|\s)from\s*)["'`]([^"'`\s]+)["'`]/g;
    for (const [, specifier] of code.matchAll(imports)) {
      if (specifier.startsWith('.')) visit(join(dirname(file), specifier));
      else bare.add(specifier);
    }
  };
  visit(join(root, entry));
  return [...bare];
}

describe('the browser bundle', () => {
  it('dist/circle-booking.js needs nothing but its own files (one script tag)', () => {
    assert.deepEqual(bareImports('dist/circle-booking.js'), []);
  });

  // The entries for bundlers leave the package's dependencies to the app's bundler, which keeps
  // one copy of each however many packages use them; the script-tag files bundle them.
  const dependency = /^(lit|@lit\/localize|zod)(\/|$)/;
  const dependencies = (specifiers) => specifiers.filter((specifier) => !dependency.test(specifier));

  for (const entry of ['dist/index.js', 'dist/api.js', 'dist/links.js', 'dist/embed.js']) {
    it(`${entry} imports only its own files and lit, @lit/localize and zod by name`, () => {
      assert.deepEqual(dependencies(bareImports(entry)), []);
    });
  }

  it('the element entries import lit by name, and no chunk bundles a copy of it', () => {
    assert.ok(bareImports('dist/elements/book-service.js').includes('lit'));
    const chunks = readdirSync(join(root, 'dist/chunks')).map((file) => readFileSync(join(root, 'dist/chunks', file), 'utf8'));
    const elements = elementNames.map((name) => readFileSync(join(root, `dist/elements/${name}.js`), 'utf8'));
    assert.deepEqual(
      [...chunks, ...elements].filter((code) => code.includes('litHtmlVersions')),
      [],
    );
  });

  for (const name of elementNames) {
    it(`dist/elements/${name}.js imports only its own files and lit, @lit/localize and zod by name`, () => {
      assert.deepEqual(dependencies(bareImports(`dist/elements/${name}.js`)), []);
    });

    it(`dist/circle-${name}.js is one file that registers <circle-${name}>`, () => {
      const code = readFileSync(join(root, `dist/circle-${name}.js`), 'utf8');

      assert.deepEqual(bareImports(`dist/circle-${name}.js`), []);
      assert.deepEqual(filesLoadedBy(`dist/circle-${name}.js`), [`dist/circle-${name}.js`], 'no static import of a chunk');
      assert.ok(code.includes(`"circle-${name}"`), 'defines its tag');
    });
  }

  it("dist/mocks.js leaves only msw and the package's dependencies to the integrator", () => {
    assert.deepEqual(
      dependencies(bareImports('dist/mocks.js')).filter((s) => !/^msw(\/|$)/.test(s)),
      [],
    );
  });

  it("dist/mocks-server.js leaves only msw, Node's own modules and the package's dependencies to the integrator", () => {
    assert.deepEqual(
      dependencies(bareImports('dist/mocks-server.js')).filter((s) => !/^(msw(\/|$)|node:)/.test(s)),
      [],
    );
  });
});

describe('the packed package', () => {
  const packed = () => {
    const [{ files }] = JSON.parse(execFileSync('npm', ['pack', '--dry-run', '--json', '--ignore-scripts'], { cwd: root, encoding: 'utf8' }));
    return new Set(files.map((file) => file.path));
  };

  it('holds the MIT licence it declares', () => {
    assert.equal(pkg.license, 'MIT');
    assert.ok(packed().has('LICENSE'));
    assert.match(readFileSync(join(root, 'LICENSE'), 'utf8'), /^MIT License/);
  });

  it('holds every file the README and the docs link to, so the links work from the installed package', () => {
    const files = packed();
    const documents = ['README.md', ...[...files].filter((file) => /^docs\/[^/]+\.md$/.test(file))];
    const missing = documents.flatMap((document) => {
      const text = readFileSync(join(root, document), 'utf8');
      const targets = [...text.matchAll(/\]\(([^)\s#]+)(?:#[^)]*)?\)|<img [^>]*src="([^"]+)"/g)].map((m) => m[1] ?? m[2]);
      return targets
        .filter((target) => !/^[a-z]+:/.test(target))
        .map((target) => join(dirname(document), target))
        .filter((file) => !files.has(file))
        .map((file) => `${document} → ${file}`);
    });

    assert.ok(documents.length > 5, documents.join(', '));
    assert.deepEqual(missing, []);
  });

  it("ships the files the README's JSON snippets (VS Code settings) point to", () => {
    const files = packed();
    const json = [...readFileSync(join(root, 'README.md'), 'utf8').matchAll(/^```json\n([\s\S]*?)^```$/gm)].map((m) => JSON.parse(m[1]));
    const named = json.flatMap((settings) => Object.values(settings).flat()).map((path) => path.replace('./node_modules/circle-booking/', ''));

    assert.ok(named.length >= 2, 'the VS Code settings snippet');
    assert.deepEqual(
      named.filter((file) => !files.has(file)),
      [],
    );
  });

  it('links to no folder outside the package', () => {
    const text = readFileSync(join(root, 'README.md'), 'utf8');

    assert.deepEqual(text.match(/\]\(\.\.\/[^)]*\)|`\.\.\/[^`]*`/g) ?? [], []);
  });
});
