/**
 * RFC 9457 problem bodies as the simulator answers them. Every body here passes the contract's
 * `Problem` schema; the messages are written for people, since elements may show `detail`.
 */
import { problemCodeForStatus } from '../api/problem-codes.js';
import type { Problem, ProblemCode } from '../api/schemas.js';

/** What a simulator method answers: a status, a JSON body and any extra headers. */
export interface SimResult {
  status: number;
  body: unknown;
  headers?: Record<string, string>;
}

type FieldError = NonNullable<Problem['errors']>[number];

const titles: Record<ProblemCode, string> = {
  slot_unavailable: 'Slot unavailable',
  not_bookable: 'Not bookable',
  link_expired: 'Link expired',
  unauthorized: 'Unauthorized',
  not_found: 'Not found',
  validation: 'Invalid request',
  rate_limited: 'Too many requests',
  conflict: 'Conflict',
  idempotency_key_reused: 'Idempotency key reused',
  server_error: 'Server error',
  verification_required: 'Verification required',
  verification_code_wrong: 'Wrong code',
  verification_code_expired: 'Code expired',
  verification_attempts_exceeded: 'Too many wrong codes',
  booking_limit: 'Booking limit reached',
  slot_held: 'Slot held by another patient',
  hold_expired: 'Hold expired',
  fee_required: 'Fee required',
};

export function problem(status: number, code: ProblemCode, detail: string, errors?: FieldError[]): SimResult {
  const body: Problem = { type: `https://docs.circle-health.example/problems/${code.replaceAll('_', '-')}`, title: titles[code], status, code, detail };
  if (errors) body.errors = errors;
  return { status, body };
}

/** A problem for a bare status, as a fault answers it: 429 is rate_limited, 5xx server_error. */
export function problemForStatus(status: number, retryAfterSeconds?: number): SimResult {
  const code = problemCodeForStatus(status) ?? 'server_error';
  const detail = code === 'rate_limited' ? 'Too many requests; try again shortly.' : `The booking service answered ${status}.`;
  const result = problem(status, code, detail);
  if (retryAfterSeconds !== undefined) result.headers = { 'Retry-After': String(retryAfterSeconds) };
  return result;
}

/** Issues in the shape zod reports them; only what the messages need. */
interface Issue {
  code: string;
  path: PropertyKey[];
  message: string;
  format?: string;
  minimum?: unknown;
  maximum?: unknown;
  origin?: string;
  expected?: string;
}

/** A 422 validation problem with one entry per field, dotted paths into the request body. */
export function validationProblem(issues: readonly Issue[]): SimResult {
  const errors = issues.map((issue) => ({ field: issue.path.map(String).join('.') || '(body)', message: messageFor(issue) }));
  const fields = [...new Set(errors.map((error) => error.field))];
  return problem(422, 'validation', `Check ${fields.join(', ')}.`, errors);
}

/**
 * zod/mini carries no English messages (loading them would be a global side effect), so the
 * simulator words its own from the issue code.
 */
function messageFor(issue: Issue): string {
  if (issue.code === 'custom' && issue.message !== 'Invalid input') return issue.message;
  const field = String(issue.path.at(-1) ?? 'body');
  switch (issue.code) {
    case 'invalid_type':
      return issue.expected === 'object' && issue.path.length === 0 ? 'The body must be a JSON object.' : `${field} is required.`;
    case 'too_small':
      return issue.minimum === 1 ? `${field} is required.` : `${field} is too short.`;
    case 'too_big':
      return `${field} is too long.`;
    case 'invalid_format':
      if (issue.format === 'regex') return field === 'phone' ? 'Enter a valid phone number.' : `${field} is not in the expected format.`;
      return formatMessages[issue.format ?? ''] ?? `${field} is not in the expected format.`;
    default:
      return `${field} is not valid.`;
  }
}

const formatMessages: Record<string, string> = {
  email: 'Enter a valid email address.',
  datetime: 'Give a date and time with its UTC offset, e.g. 2026-12-01T09:00:00+01:00.',
  date: 'Give a date as YYYY-MM-DD.',
};
