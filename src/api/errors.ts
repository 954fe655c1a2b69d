/**
 * Typed errors the client throws. Each carries a `code` a UI maps to a human message; none
 * carries a request body, a token or patient data, so an error can be logged or put in an
 * event as it is.
 */
import type { ProblemCode, Verification } from './schemas.js';

export type ApiErrorCode = ProblemCode | 'network' | 'timeout' | 'aborted' | 'malformed_response' | 'http_error';

export class ApiError extends Error {
  override name = 'ApiError';
  constructor(
    readonly code: ApiErrorCode,
    message: string,
    /** The HTTP status, when a response arrived. */
    readonly status?: number,
  ) {
    super(message);
  }

  /** Whether trying the same request again later may succeed. */
  get retryable(): boolean {
    return ['network', 'timeout', 'rate_limited', 'server_error'].includes(this.code);
  }
}

/** The request never got a response: offline, DNS, CORS, or the connection dropped. */
export class NetworkError extends ApiError {
  override name = 'NetworkError';
  constructor() {
    super('network', 'The booking service could not be reached.');
  }
}

/** No response within the client's time limit. */
export class TimeoutError extends ApiError {
  override name = 'TimeoutError';
  constructor(readonly timeoutMs: number) {
    super('timeout', `The booking service did not answer within ${timeoutMs} ms.`);
  }
}

/** The caller's AbortSignal fired; not a failure to show to anyone. */
export class AbortedError extends ApiError {
  override name = 'AbortError';
  constructor() {
    super('aborted', 'The request was cancelled.');
  }
}

/** The response body was not JSON, or did not match the contract. */
export class ResponseShapeError extends ApiError {
  override name = 'ResponseShapeError';
  constructor(
    readonly endpoint: string,
    status: number,
    /** Where the body departed from the contract, e.g. `slots.3.start: Invalid input` (zod/mini ships no English messages). */
    readonly issues: readonly string[],
  ) {
    super('malformed_response', `The booking service sent an unexpected response to ${endpoint}.`, status);
  }
}

/** The answer was larger than the client reads (`maxBodyBytes`); it was not read to its end. */
export class ResponseTooLargeError extends ResponseShapeError {
  override name = 'ResponseTooLargeError';
  constructor(
    endpoint: string,
    status: number,
    readonly limitBytes: number,
  ) {
    super(endpoint, status, [`body is larger than ${limitBytes} bytes`]);
    this.message = `The booking service sent more than ${limitBytes} bytes in answer to ${endpoint}.`;
  }
}

export interface FieldError {
  /** Dotted path into the request body, e.g. `patient.email`. */
  field: string;
  message: string;
}

/** The API answered with an error (RFC 9457 problem details, or a bare HTTP error status). */
export class ProblemError extends ApiError {
  override name = 'ProblemError';
  constructor(
    code: ProblemCode | 'http_error',
    message: string,
    status: number,
    readonly fieldErrors: readonly FieldError[] = [],
    /** Seconds the server asked us to wait (Retry-After), when it said. */
    readonly retryAfterSeconds?: number,
    /**
     * True when only the status arrived, without a problem body: a proxy's or a gateway's page,
     * not the API's own verdict. Such an answer proves nothing about what the API did.
     */
    readonly bare = false,
    /** What the problem adds for its code: the code sent (verification_*), the most visits allowed (booking_limit). */
    readonly details: ProblemDetails = {},
  ) {
    super(code, message, status);
  }
}

/**
 * What some problems say besides their code. `verification` names where the code went only as
 * the API masked it (`a•••@example.org`); the elements never put it in an event.
 */
export interface ProblemDetails {
  verification?: Verification;
  limit?: number;
}
