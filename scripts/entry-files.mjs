// The files a page loads for one built entry in dist/: the entry, every chunk it imports
// statically (transitively), and the chunks it imports dynamically where `lazy` says they are
// part of its main flow. Read by the size budgets (.size-limit.js) and the benchmark.
import { existsSync, readFileSync } from 'node:fs';
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
