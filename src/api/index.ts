/**
 * The booking-API client: `circle-booking/api`. Side-effect free and Node-safe, so a clinic's
 * server or tests can use the same contract and client as the elements.
 */
export {
  ApiClient,
  configure,
  createClient,
  newIdempotencyKey,
  maxRetryAfterSeconds,
  parseRetryAfter,
  resetConfiguration,
  defaultRetryPolicy,
} from './client.js';
export type { ClientOptions, RetryPolicy, RequestSpec } from './client.js';
export * from './endpoints.js';
export { routes } from './routes.js';
export type { RouteName } from './routes.js';
export * from './errors.js';
export * from './schemas.js';
export * from './waitlist.js';
export * from './holds.js';
export { problemCodeForStatus, statusOfProblem } from './problem-codes.js';
