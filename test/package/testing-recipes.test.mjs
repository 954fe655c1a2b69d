// docs/testing.md's recipes, run as written in a fresh app that installed the packed package:
// the vitest + jsdom test with vitest, the Playwright test with Playwright's runner (on the
// machine's Chromium, against a page that loads the package), and both compiled by `tsc`.
// `npm run build` first (npm test does).
import { after, before, describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { execFile } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { promisify } from 'node:util';
import { chromiumArgs, findChromium } from '../../scripts/find-chromium.mjs';
import { consumerProject, root, serveFolder, writeFiles } from './support/consumer.mjs';
import { snippets } from './support/readme.mjs';

const run = promisify(execFile);
const recipes = snippets(readFileSync(join(root, 'docs/testing.md'), 'utf8'), ['ts']);
const vitestRecipe = recipes.find((snippet) => snippet.code.includes("from 'vitest'"));
const playwrightRecipe = recipes.find((snippet) => snippet.code.includes("from '@playwright/test'"));

let project;

before(async () => {
  project = await consumerProject(['vitest@4', 'jsdom', 'msw@^2.15.0', '@playwright/test@1', '@types/node@20']);
});

after(() => project?.remove());

/** Runs a tool from the app's node_modules/.bin; its exit code and everything it printed. */
async function tool(name, args, env = {}) {
  const result = await run(join(project.dir, 'node_modules/.bin', name), args, {
    cwd: project.dir,
    env: { ...process.env, CI: '1', NO_COLOR: '1', FORCE_COLOR: '0', ...env },
    maxBuffer: 1 << 24,
  })
    .then((done) => ({ code: 0, ...done }))
    .catch((error) => error);
  return { code: result.code, output: `${result.stdout ?? ''}${result.stderr ?? ''}` };
}

describe('docs/testing.md', () => {
  it('has a vitest recipe and a Playwright recipe', () => {
    assert.ok(vitestRecipe, 'the vitest + jsdom recipe');
    assert.ok(playwrightRecipe, 'the Playwright recipe');
  });

  it('its vitest + jsdom recipe passes under vitest', async () => {
    writeFiles(project.dir, { 'recipe/booking.test.ts': vitestRecipe.code });

    const { code, output } = await tool('vitest', ['run', 'recipe/booking.test.ts']);

    assert.equal(code, 0, output);
    assert.match(output, /Tests\s+2 passed/);
  });

  it('its Playwright recipe passes under Playwright in Chromium', async () => {
    writeFiles(project.dir, {
      'e2e/booking.spec.ts': playwrightRecipe.code,
      // The integrator's page the recipe opens: the script-tag bundle, the API from the query.
      'book-checkup.html': `<!doctype html><html lang="en"><body>
        <script type="module" src="/node_modules/circle-booking/dist/circle-booking.js"></script>
        <circle-book-variant variant-id="var_checkup"></circle-book-variant>
        <script type="module">document.querySelector('circle-book-variant').apiBase = new URLSearchParams(location.search).get('api');</script>
      </body></html>`,
      // The browser is the machine's own Chromium: Playwright's download is not there.
      'playwright.config.mjs': `export default {
        testDir: 'e2e', workers: 1, reporter: 'line',
        use: { baseURL: process.env.SITE_URL, launchOptions: { executablePath: ${JSON.stringify(findChromium())}, args: ${JSON.stringify(chromiumArgs)} } },
      };`,
    });
    const site = await serveFolder(project.dir);
    try {
      const { code, output } = await tool('playwright', ['test', '-c', 'playwright.config.mjs'], { SITE_URL: site.url });

      assert.equal(code, 0, output);
      assert.match(output, /1 passed/);
    } finally {
      await site.close();
    }
  });

  it('both recipes compile under tsc (strict)', async () => {
    writeFiles(project.dir, {
      'typed/vitest-recipe.ts': vitestRecipe.code,
      'typed/playwright-recipe.ts': playwrightRecipe.code,
      'typed/tsconfig.json': JSON.stringify({
        compilerOptions: {
          target: 'ES2022',
          module: 'ESNext',
          moduleResolution: 'Bundler',
          lib: ['ES2023', 'DOM', 'DOM.Iterable'],
          strict: true,
          noEmit: true,
          skipLibCheck: true,
          verbatimModuleSyntax: true,
          types: ['node'],
        },
        include: ['*.ts'],
      }),
    });

    const { stdout = '' } = await run(join(root, 'node_modules/.bin/tsc'), ['-p', join(project.dir, 'typed'), '--pretty', 'false'], { cwd: project.dir }).catch(
      (error) => error,
    );

    assert.equal(String(stdout).trim(), '');
  });
});
