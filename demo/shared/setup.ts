// Every demo page: the booking API `npm start` started, and every element registered, from the
// built one-script bundle (vite resolves `circle-booking` to dist/circle-booking.js), which
// also gives `configure`: importing it from `circle-booking/api` would work too, but download
// the API client a second time.
import { configure } from 'circle-booking';

configure({ apiBase: import.meta.env.VITE_CIRCLE_API_BASE ?? 'http://127.0.0.1:4010/api' });
