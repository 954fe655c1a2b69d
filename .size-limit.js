// Size budgets: `npm run size` (part of `npm test`, after the build). Brotli (quality 11) of the
// minified ES modules in dist/, each file compressed on its own and summed, as a browser
// fetches them (dist/circle-booking.js is one self-contained file for that reason; see
// vite.config.ts). An entry counts every chunk it imports statically, and the chunks it imports
// dynamically only where its main flow needs them; what is dynamically imported for secondary
// UI or another language is left out. docs/performance.md says what each figure includes.
//
// `limit` is the most an entry may weigh today. Where the performance budget (in the entry's
// name) is not met yet, the limit is a ceiling about 0.5 kB over the size when it was set, so
// nothing grows unnoticed while the cuts land: lower it with each cut until it is the budget.
import { filesLoadedBy } from './scripts/entry-files.mjs';

export default [
  { name: 'all elements: dist/circle-booking.js (budget 35 kB)', path: filesLoadedBy('dist/circle-booking.js'), limit: '46.4 kB' },
  { name: 'popups and the floating button: dist/embed.js', path: filesLoadedBy('dist/embed.js'), limit: '42 kB' },
  { name: '<circle-book-service> only (budget 28 kB)', path: filesLoadedBy('dist/elements/book-service.js'), limit: '38 kB' },
  { name: '<circle-book-variant> only', path: filesLoadedBy('dist/elements/book-variant.js'), limit: '38.1 kB' },
  { name: '<circle-appointment> only', path: filesLoadedBy('dist/elements/appointment.js'), limit: '35.6 kB' },
  { name: '<circle-patient-app> only', path: filesLoadedBy('dist/elements/patient-app.js'), limit: '47 kB' },
  {
    name: '<circle-share-menu> only, given its url (budget 15 kB)',
    path: filesLoadedBy('dist/elements/share-menu.js'),
    limit: '15 kB', // the budget, met
  },
  {
    name: '<circle-share-menu> only, asking the API for its link',
    path: filesLoadedBy('dist/elements/share-menu.js', [/share-menu\.fetch/]),
    limit: '27.2 kB',
  },
  { name: './links', path: filesLoadedBy('dist/links.js'), limit: '2 kB' },
  { name: './api', path: filesLoadedBy('dist/api.js'), limit: '11.7 kB' },
];
