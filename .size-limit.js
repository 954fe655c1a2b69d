// Size budgets: `npm run size` (part of `npm test`, after the build). Brotli (quality 11) of the
// minified ES modules in dist/, each file compressed on its own and summed, as a browser
// fetches them. An entry counts every chunk it imports statically, and the chunks it imports
// dynamically only where its main flow needs them; what is dynamically imported for secondary
// UI or another language is left out. docs/performance.md says what each figure includes.
import { filesLoadedBy } from './scripts/entry-files.mjs';

export default [
  { name: 'all elements: dist/circle-booking.js', path: filesLoadedBy('dist/circle-booking.js') },
  { name: 'popups and the floating button: dist/embed.js', path: filesLoadedBy('dist/embed.js') },
  { name: '<circle-book-service> only', path: filesLoadedBy('dist/elements/book-service.js') },
  { name: '<circle-book-variant> only', path: filesLoadedBy('dist/elements/book-variant.js') },
  { name: '<circle-appointment> only', path: filesLoadedBy('dist/elements/appointment.js') },
  { name: '<circle-patient-app> only', path: filesLoadedBy('dist/elements/patient-app.js') },
  { name: '<circle-share-menu> only, given its url', path: filesLoadedBy('dist/elements/share-menu.js') },
  {
    name: '<circle-share-menu> only, asking the API for its link',
    path: filesLoadedBy('dist/elements/share-menu.js', [/share-menu\.fetch/]),
  },
  { name: './links', path: filesLoadedBy('dist/links.js'), limit: '2 KB' },
  { name: './api', path: filesLoadedBy('dist/api.js') },
];
