// Every demo page: the booking API `npm start` started, and every element registered, from the
// built bundle (vite resolves `circle-booking` to dist/).
import { configure } from 'circle-booking/api';
import 'circle-booking';

configure({ apiBase: import.meta.env.VITE_CIRCLE_API_BASE ?? 'http://127.0.0.1:4010/api' });
