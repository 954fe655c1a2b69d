import { configure } from '../src/api/index.js';
import '../src/index.js';

configure({ apiBase: import.meta.env.VITE_CIRCLE_API_BASE ?? 'http://127.0.0.1:4010/api' });
