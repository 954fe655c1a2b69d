/**
 * How problem codes and HTTP statuses go together: the status a back end answers with each
 * code (documented in openapi.json), and the code a bare error status without a problem body
 * is read as.
 */
import type { ProblemCode } from './schemas.js';

export const statusOfProblem: Readonly<Record<ProblemCode, number>> = {
  not_found: 404,
  unauthorized: 401,
  link_expired: 410,
  slot_unavailable: 409,
  conflict: 409,
  not_bookable: 422,
  validation: 422,
  idempotency_key_reused: 422,
  rate_limited: 429,
  server_error: 503,
  verification_required: 403,
  verification_code_wrong: 422,
  verification_code_expired: 410,
  verification_attempts_exceeded: 403,
  booking_limit: 409,
  slot_held: 409,
  hold_expired: 409,
  fee_required: 409,
};

const problemOfStatus: Readonly<Record<number, ProblemCode>> = {
  400: 'validation',
  401: 'unauthorized',
  403: 'unauthorized',
  404: 'not_found',
  409: 'conflict',
  410: 'link_expired',
  422: 'validation',
  429: 'rate_limited',
};

/** The code of an error status that came without a problem body; undefined for other 4xx. */
export function problemCodeForStatus(status: number): ProblemCode | undefined {
  return problemOfStatus[status] ?? (status >= 500 ? 'server_error' : undefined);
}
