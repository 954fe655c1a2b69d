/**
 * `circle-booking/mocks/server`: the booking-API simulator over real HTTP, for tests that drive
 * a real browser against a real port (Playwright, Cypress, WebdriverIO). Node only, so it is a
 * subpath of its own: `circle-booking/mocks` must keep loading in a browser.
 *
 * ```ts
 * import { startApiServer } from 'circle-booking/mocks/server';
 * const api = await startApiServer({ now: new Date('2026-11-24T08:00:00Z') });
 * // point the elements at api.url (http://127.0.0.1:<free port>/api); await api.close() after
 * ```
 */
export { startApiServer, apiPath } from './http-server.js';
export type { ApiServer, ApiServerOptions } from './http-server.js';
