// The packed package in a fresh app, bundled by Vite and by esbuild as an integrator's app would
// be, then run in Chromium: each entry for bundlers registers its tags, and lit and zod, which
// the app uses too, end up once in the app. `npm run build` first (npm test does).
import { after, before, describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { build as esbuild } from 'esbuild';
import { chromium } from 'playwright-core';
import { build as viteBuild } from 'vite';
import { chromiumArgs, findChromium } from '../../scripts/find-chromium.mjs';
import { consumerProject, publicTags, serveFolder, writeFiles } from './support/consumer.mjs';

/** What the app itself does with lit and zod, beside the package: its own element and schema. */
const appOwnCode = `
import { LitElement, html } from 'lit';
import * as z from 'zod/mini';
customElements.define('app-own', class extends LitElement { render() { return html\`own\`; } });
window.appSchema = z.string().check(z.minLength(1));
`;

/**
 * Each entry and the tags it must register at least (an element registers the public elements
 * it shows, too: the patient app the booking elements); `none` where it must register none.
 * @type {{ name: string, main: string, tags: (all: string[]) => string[], none?: true }[]}
 */
const cases = [
  { name: 'root-side-effect', main: `import 'circle-booking';`, tags: (all) => all },
  { name: 'root-named', main: `import { configure } from 'circle-booking';\nconfigure({ apiBase: '/booking-api' });`, tags: (all) => all },
  {
    name: 'embed',
    main: `import { openBookingDialog } from 'circle-booking/embed';\nwindow.opened = typeof openBookingDialog;`,
    tags: () => ['circle-book-dialog', 'circle-book-button'],
  },
  {
    name: 'api',
    main: `import { createClient } from 'circle-booking/api';\nwindow.client = createClient({ apiBase: '/booking-api' });`,
    tags: () => [],
    none: true,
  },
  {
    name: 'links',
    main: `import { patientAppUrl } from 'circle-booking/links';\nwindow.link = patientAppUrl('https://clinic.example/app/', { kind: 'book-service', serviceId: 'svc_1' });`,
    tags: () => [],
    none: true,
  },
];

let project;
let server;
let browser;
let tags = [];

before(async () => {
  project = await consumerProject(['msw@^2.15.0']); // msw: the simulator, for the parts' states
  tags = publicTags(project.dir);
  for (const tag of tags) {
    const name = tag.replace(/^circle-/, '');
    cases.push({ name: `element-${name}`, main: `import 'circle-booking/elements/${name}';`, tags: () => [tag] });
  }
  server = await serveFolder(project.dir);
  browser = await chromium.launch({ executablePath: findChromium(), headless: true, args: chromiumArgs });
});

after(async () => {
  await browser?.close();
  await server?.close();
  project?.remove();
});

const bundlers = {
  /** An app build, its page and all. */
  async vite(dir) {
    await viteBuild({ root: dir, base: './', configFile: false, logLevel: 'silent', build: { outDir: 'out-vite', emptyOutDir: true } });
    return { page: 'out-vite/index.html', warnings: [] };
  },
  /** esbuild's ES module output with code splitting, beside a page that loads it. */
  async esbuild(dir) {
    const result = await esbuild({
      entryPoints: [join(dir, 'main.js')],
      absWorkingDir: dir,
      outdir: join(dir, 'out-esbuild'),
      bundle: true,
      format: 'esm',
      splitting: true,
      minify: true,
      logLevel: 'silent',
      target: 'es2022',
    });
    writeFiles(dir, { 'out-esbuild/index.html': '<!doctype html><html lang="en"><body><script type="module" src="./main.js"></script></body></html>' });
    return { page: 'out-esbuild/index.html', warnings: result.warnings.map((warning) => warning.text) };
  },
};

/** The JavaScript files a build wrote. */
function scripts(folder) {
  return readdirSync(folder, { recursive: true })
    .filter((file) => String(file).endsWith('.js'))
    .map((file) => readFileSync(join(folder, String(file)), 'utf8'));
}

for (const [bundler, bundle] of Object.entries(bundlers)) {
  describe(`an app bundled with ${bundler}`, () => {
    // Registered after `before` has added one case per element, so each is its own test.
    it('bundles every entry for bundlers', async (t) => {
      for (const { name, main, tags: expected, none } of cases) {
        await t.test(`${name}: ${main.split('\n')[0]}`, async () => {
          const dir = writeFiles(join(project.dir, `${bundler}-${name}`), {
            'index.html': '<!doctype html><html lang="en"><body><script type="module" src="./main.js"></script></body></html>',
            'main.js': `${main}\n${appOwnCode}\nwindow.appReady = true;\n`,
          });
          const { page: pagePath, warnings } = await bundle(dir);
          const page = await browser.newPage();
          const errors = [];
          page.on('pageerror', (error) => errors.push(error.message));
          try {
            await page.goto(`${server.url}${bundler}-${name}/${pagePath}`);
            await page.waitForFunction(() => window.appReady === true, undefined, { timeout: 10_000 });
            const seen = await page.evaluate(
              (names) => ({
                defined: names.filter((tag) => customElements.get(tag)),
                lit: [globalThis.litHtmlVersions?.length, globalThis.litElementVersions?.length],
              }),
              tags,
            );
            // zod names each schema class in a string that minifiers keep (quoted one way or another).
            const zodCopies =
              scripts(join(dir, pagePath, '..'))
                .join('\n')
                .match(/["'`]\$ZodString["'`]/g)?.length ?? 0;

            assert.deepEqual(warnings, []);
            assert.deepEqual(errors, []);
            assert.deepEqual(
              expected(tags).filter((tag) => !seen.defined.includes(tag)),
              [],
              'the tags this entry registers',
            );
            if (none) assert.deepEqual(seen.defined, [], 'registers no element');
            assert.deepEqual(seen.lit, [1, 1], 'one copy of lit-html and lit-element on the page');
            assert.equal(zodCopies, 1, 'one copy of zod in the app');
          } finally {
            await page.close();
          }
        });
      }
    });
  });
}

describe('a page that styles the booking flow through ::part()', () => {
  const outline = 'outline: 7px solid rgb(1, 2, 3)';
  let page;
  let apis = [];

  /** The simulator over HTTP, from the installed package; `data` changes its seed. */
  async function startApi(data) {
    const dist = join(project.dir, 'node_modules/circle-booking/dist');
    const { startApiServer } = await import(pathToFileURL(join(dist, 'mocks-server.js')).href);
    const { seedData } = await import(pathToFileURL(join(dist, 'mocks.js')).href);
    const api = await startApiServer({ data: (now) => (data ? data(seedData(now)) : seedData(now)) });
    apis.push(api);
    return api;
  }

  before(async () => {
    const dir = writeFiles(join(project.dir, 'parts'), {
      'index.html': `<!doctype html><html lang="en"><head><style>
        circle-book-variant::part(error), circle-book-variant::part(loading), circle-book-variant::part(empty) { ${outline}; }
        </style></head><body><script type="module" src="./main.js"></script></body></html>`,
      'main.js': `import 'circle-booking';
        const booking = document.createElement('circle-book-variant');
        booking.variantId = 'var_checkup'; // one location: straight to the day and time
        booking.apiBase = new URL(location.href).searchParams.get('api');
        document.body.append(booking);`,
    });
    await bundlers.vite(dir);
  });

  after(async () => {
    await Promise.all(apis.map((api) => api.close()));
  });

  /** The outline of the flow's element in `part`, once it shows. */
  async function styleOfFlowPart(api, part) {
    page = await browser.newPage();
    try {
      await page.goto(`${server.url}parts/out-vite/index.html?api=${encodeURIComponent(api.url)}`);
      const handle = await page.waitForFunction(
        (name) => {
          const flow = document.querySelector('circle-book-variant')?.shadowRoot?.querySelector('circle-booking-flow');
          const element = flow?.shadowRoot?.querySelector(`[part~="${name}"]`);
          if (!element) return undefined;
          const style = getComputedStyle(element);
          return `outline: ${style.outlineWidth} ${style.outlineStyle} ${style.outlineColor}`;
        },
        part,
        { timeout: 10_000 },
      );
      return await handle.jsonValue();
    } finally {
      await page.close();
    }
  }

  it('reaches the error when the free times fail to load', async () => {
    const api = await startApi();
    api.simulator.addFault({ route: 'getAvailability', status: 500 });

    assert.equal(await styleOfFlowPart(api, 'error'), outline);
  });

  it('reaches the placeholder while the free times load', async () => {
    const api = await startApi();
    api.simulator.addFault({ route: 'getAvailability', latencyMs: 20_000 });

    assert.equal(await styleOfFlowPart(api, 'loading'), outline);
  });

  it('reaches the empty state when no time is free', async () => {
    const api = await startApi((seed) => ({
      ...seed,
      variants: seed.variants.map((variant) => (variant.id === 'var_checkup' ? { ...variant, sparse: { fromDay: 1000, days: ['mon'] } } : variant)),
    }));

    assert.equal(await styleOfFlowPart(api, 'empty'), outline);
  });
});
