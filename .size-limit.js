// Size budgets: `npm run size` (part of `npm test`, after the build). Brotli (quality 11) of the
// minified ES modules in dist/, each file compressed on its own and summed, as a browser
// fetches them. An entry counts every chunk it imports statically, and the chunks it imports
// dynamically only where its main flow needs them (`lazy` below); what is dynamically imported
// for secondary UI or another language is left out. docs/performance.md says what each includes.
import { existsSync, readFileSync } from 'node:fs';
import { dirname, join, relative } from 'node:path';

/** The files a page loads for `entry`: its static imports, transitively, plus the dynamic ones matching `lazy`. */
function loadedBy(entry, lazy = []) {
  const files = new Set();
  const visit = (file) => {
    if (files.has(file)) return;
    if (!existsSync(file)) throw new Error(`${file} is missing: run \`npm run build\` first.`);
    files.add(file);
    const code = readFileSync(file, 'utf8');
    for (const [, spec] of code.matchAll(/(?:\bfrom|\bimport)\s*["'](\.{1,2}\/[^"']+)["']/g)) visit(join(dirname(file), spec));
    for (const [, spec] of code.matchAll(/\bimport\(\s*["'`](\.{1,2}\/[^"'`]+)["'`]\s*\)/g)) {
      if (lazy.some((pattern) => pattern.test(spec))) visit(join(dirname(file), spec));
    }
  };
  visit(entry);
  return [...files].map((file) => relative('.', file));
}

export default [
  { name: 'all elements: dist/circle-booking.js', path: loadedBy('dist/circle-booking.js') },
  { name: 'popups and the floating button: dist/embed.js', path: loadedBy('dist/embed.js') },
  { name: '<circle-book-service> only', path: loadedBy('dist/elements/book-service.js') },
  { name: '<circle-book-variant> only', path: loadedBy('dist/elements/book-variant.js') },
  { name: '<circle-appointment> only', path: loadedBy('dist/elements/appointment.js') },
  { name: '<circle-patient-app> only', path: loadedBy('dist/elements/patient-app.js') },
  { name: '<circle-share-menu> only, given its url', path: loadedBy('dist/elements/share-menu.js') },
  { name: '<circle-share-menu> only, asking the API for its link', path: loadedBy('dist/elements/share-menu.js', [/share-menu\.fetch/]) },
  { name: './links', path: loadedBy('dist/links.js'), limit: '2 KB' },
  { name: './api', path: loadedBy('dist/api.js') },
];
