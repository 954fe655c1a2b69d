/**
 * The shapes an id and an access token take in a patient-app link, so that a link damaged on its
 * way to the patient is known for what it is before anything is asked of the API. Mail clients
 * and messengers shorten links with "…", paste curly quotes, take in the sentence's full stop,
 * encode a link twice, or wrap it with `=` or spaces; each of those leaves a character no id or
 * token has. Pure and DOM-free: the links parser and `<circle-appointment>` both use it, so
 * they agree on every link.
 */

/** What is wrong with a link's id or token, seen from the link alone. */
export type LinkPartProblem = 'missing-id' | 'damaged-id' | 'missing-token' | 'damaged-token';

/**
 * An id: 1 to 200 of the characters a URL never escapes (letters, digits, `-`, `.`, `_`, `~`),
 * ending in one that is not a full stop (a sentence's full stop is taken in by many mail clients).
 */
const idShape = /^[A-Za-z0-9._~-]{0,199}[A-Za-z0-9_~-]$/;

/**
 * A token: RFC 6750's bearer token syntax (letters, digits, `-._~+/`, then `=` padding only at
 * the end), so that it can always be sent in an Authorization header, not ending in a full stop,
 * and at most 2048 characters.
 */
const tokenShape = /^(?=[\s\S]{1,2048}$)[A-Za-z0-9._~+/-]*[A-Za-z0-9_~+/-]=*$/;

/** Whether `value` is an id a patient-app link can carry. */
export function isLinkId(value: unknown): value is string {
  return typeof value === 'string' && idShape.test(value);
}

/** Whether `value` is an access token a patient-app link can carry. */
export function isLinkToken(value: unknown): value is string {
  return typeof value === 'string' && tokenShape.test(value);
}

/**
 * Why an appointment's id and token, as read from a link, cannot open it; undefined when they
 * may (only the API knows whether they do).
 */
export function appointmentAccessProblem(appointmentId: unknown, token: unknown): LinkPartProblem | undefined {
  if (!appointmentId) return 'missing-id';
  if (!isLinkId(appointmentId)) return 'damaged-id';
  if (!token) return 'missing-token';
  if (!isLinkToken(token)) return 'damaged-token';
  return undefined;
}
