// The files a page loads for one built entry in dist/: the entry, every chunk it imports
// statically (transitively), and the chunks it imports dynamically where `lazy` says they are
// part of its main flow. Read by the size budgets (.size-limit.js) and the benchmark.
import { existsSync, readFileSync, rmSync } from 'node:fs';
import esbuild from 'esbuild';
import { dirname, join, relative } from 'node:path';

/**
 * @param {string} entry a file in dist/, e.g. `dist/elements/book-service.js`
 * @param {RegExp[]} lazy dynamic imports to follow, matched against the import's path
 * @returns {string[]} paths relative to the working directory, the entry first
 */
export function filesLoadedBy(entry, lazy = []) {
  const files = new Set();
  const visit = (file) => {
    if (files.has(file)) return;
    if (!existsSync(file)) throw new Error(`${file} is missing: run \`npm run build\` first.`);
    files.add(file);
    const code = readFileSync(file, 'utf8');
    // Minified ES modules: `import{a as b}from"./x.js"`, `export{a}from"./x.js"`, `import"./x.js"`.
    for (const [, spec] of code.matchAll(/(?:\bfrom|\bimport)\s*["'](\.{1,2}\/[^"']+)["']/g)) visit(join(dirname(file), spec));
    for (const [, spec] of code.matchAll(/\bimport\(\s*["'`](\.{1,2}\/[^"'`]+)["'`]\s*\)/g)) {
      if (lazy.some((pattern) => pattern.test(spec))) visit(join(dirname(file), spec));
    }
  };
  visit(entry);
  return [...files].map((file) => relative('.', file));
}

/**
 * The files a page loads for one of the entries for bundlers (dist/index.js, dist/elements/*,
 * dist/api.js…), with the dependencies they import by name (lit, @lit/localize, zod) counted
 * as an app's bundler would ship them: the entry is bundled with them by esbuild (minified,
 * tree-shaken, split where it imports dynamically) into node_modules/.cache/, and the files
 * loaded are read from there as for `filesLoadedBy`.
 * @param {string} entry a file in dist/, e.g. `dist/elements/book-service.js`
 * @param {RegExp[]} lazy dynamic imports to follow
 * @returns {string[]}
 */
export function filesLoadedWithDependencies(entry, lazy = []) {
  if (!existsSync(entry)) throw new Error(`${entry} is missing: run \`npm run build\` first.`);
  const outdir = join('node_modules/.cache/circle-sizes', entry.replace(/^dist\//, '').replace(/\.js$/, ''));
  rmSync(outdir, { recursive: true, force: true });
  esbuild.buildSync({
    entryPoints: { entry },
    bundle: true,
    splitting: true,
    format: 'esm',
    minify: true,
    target: 'es2022',
    outdir,
    logLevel: 'error',
    legalComments: 'none',
  });
  return filesLoadedBy(join(outdir, 'entry.js'), lazy);
}
