/**
 * What a failed write tells about the write. The Idempotency-Key of a write is kept for as long
 * as what is sent is unchanged, whatever the failure; only an answer that proves nothing was
 * done lets a flow take a new key. And where the outcome is unknown, the patient is told so.
 */
import { ApiError, ProblemError } from '../api/errors.js';

/** Codes after which the write may have been carried out: the answer was lost, cut or unreadable. */
const unknownCodes: readonly string[] = ['network', 'timeout', 'aborted', 'malformed_response', 'http_error', 'server_error'];

/**
 * Whether the write may have been done although it failed: no answer, an answer we could not
 * read, a server error, or a bare status from something in between (a proxy's page) rather
 * than the API's own problem body.
 */
export function outcomeUnknown(error: unknown): boolean {
  if (!(error instanceof ApiError)) return true;
  if (error instanceof ProblemError && error.bare) return true;
  return unknownCodes.includes(error.code);
}

/** Whether the API's own answer says nothing was done, so that a new attempt may take a new key. */
export function provesNothingDone(error: unknown): boolean {
  return error instanceof ProblemError && !error.bare && refusedCodes.includes(error.code);
}

/** The API's own refusals: it booked nothing, and says why. */
const refusedCodes: readonly string[] = [
  'validation',
  'slot_unavailable',
  'booking_limit',
  'verification_required',
  'verification_code_wrong',
  'verification_code_expired',
  'verification_attempts_exceeded',
];
