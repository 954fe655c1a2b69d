// Size budgets: `npm run size` (part of `npm test`, after the build). Brotli (quality 11) of the
// minified ES modules in dist/, each file compressed on its own and summed, as a browser
// fetches them (so the script-tag files, dist/circle-booking.js and dist/circle-<element>.js,
// are one self-contained file each; see vite.config.ts). The budgets are for those files: what a
// page with one script tag loads. The element entries for bundlers and pages with several
// elements, dist/elements/<name>.js, share chunks and are listed too. They import lit,
// @lit/localize and zod by name (the app's bundler keeps one copy of each), so their figures
// are of each entry bundled with those by esbuild, as an app that uses nothing else would ship
// it (filesLoadedWithDependencies); an app that already uses Lit adds less. An entry counts
// every chunk it imports statically, and the chunks it imports
// dynamically only where its main flow needs them; what is dynamically imported for secondary
// UI or another language is left out. docs/performance.md says what each figure includes.
//
// `limit` is the most an entry may weigh. Two are budgets: the share menu given its url, with
// the @floating-ui/dom chunk it fetches (19 kB, issue 24), and ./links (2 kB). The others are regression
// guards, ceilings about 0.5 kB over the size when they were set, so nothing grows unnoticed.
// The old 35 and 28 kB targets for all elements and <circle-book-service> are retired (issue 24):
// what a patient waits for now is the request chain and the main thread, which `npm run bench`
// measures (docs/performance.md).
import { filesLoadedBy, filesLoadedWithDependencies } from './scripts/entry-files.mjs';

export default [
  { name: 'all elements: dist/circle-booking.js', path: filesLoadedBy('dist/circle-booking.js'), limit: '55.58 kB' },
  { name: '<circle-book-service> alone: dist/circle-book-service.js', path: filesLoadedBy('dist/circle-book-service.js'), limit: '41.55 kB' },
  { name: '<circle-book-variant> alone: dist/circle-book-variant.js', path: filesLoadedBy('dist/circle-book-variant.js'), limit: '41.62 kB' },
  { name: '<circle-appointment> alone: dist/circle-appointment.js', path: filesLoadedBy('dist/circle-appointment.js'), limit: '35.78 kB' },
  { name: '<circle-patient-app> alone: dist/circle-patient-app.js', path: filesLoadedBy('dist/circle-patient-app.js'), limit: '48.76 kB' },
  // The share menu's popups are placed by @floating-ui/dom, fetched when a menu first opens: counted.
  // Its limit is issue 24's budget itself, not a ceiling over a measured size.
  {
    name: "<circle-share-menu> alone, given its url, with @floating-ui/dom: dist/circle-share-menu.js (issue 24's budget: 19 kB)",
    path: filesLoadedBy('dist/circle-share-menu.js', [/floating-ui/]),
    limit: '19 kB',
  },
  {
    name: '<circle-share-menu> alone, asking the API for its link',
    path: filesLoadedBy('dist/circle-share-menu.js', [/floating-ui/, /share-menu\.fetch/]),
    limit: '31.91 kB',
  },
  { name: 'popups and the floating button alone: dist/circle-embed.js', path: filesLoadedBy('dist/circle-embed.js'), limit: '44.06 kB' },
  {
    name: 'popups and the floating button: dist/embed.js and its chunks, with lit and zod',
    path: filesLoadedWithDependencies('dist/embed.js'),
    limit: '46.70 kB',
  },
  {
    name: '<circle-book-service> as modules: dist/elements/book-service.js and its chunks, with lit and zod',
    path: filesLoadedWithDependencies('dist/elements/book-service.js'),
    limit: '43.58 kB',
  },
  {
    name: '<circle-share-menu> as modules, given its url: dist/elements/share-menu.js and its chunks, with lit and the @floating-ui/dom it fetches when a menu first opens',
    path: filesLoadedWithDependencies('dist/elements/share-menu.js', [/floating-ui/]),
    limit: '20 kB',
  },
  { name: './links (dist/links.js)', path: filesLoadedWithDependencies('dist/links.js'), limit: '2 kB' },
  { name: './api (dist/api.js), with zod', path: filesLoadedWithDependencies('dist/api.js'), limit: '13.87 kB' },
];
