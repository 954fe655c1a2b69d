/**
 * The one place that calls `fetch`. It checks every response against the contract, turns
 * errors into typed `ApiError`s, forwards the caller's AbortSignal, gives each attempt a time
 * limit, and retries only what is safe to repeat: reads, and writes that carry their
 * Idempotency-Key. It never logs: tokens and patient data stay in the request.
 */
import type * as z from 'zod/mini';
import { AbortedError, ApiError, NetworkError, ProblemError, ResponseShapeError, ResponseTooLargeError, TimeoutError } from './errors.js';
import { problemCodeForStatus } from './problem-codes.js';
import { Problem } from './schemas.js';

export interface RetryPolicy {
  /** Further attempts after the first. */
  retries: number;
  /** The first backoff; each later one doubles, with jitter. */
  baseDelayMs: number;
  maxDelayMs: number;
  /** A server asking us to wait longer than this gets its error surfaced instead. */
  maxRetryAfterSeconds: number;
}

type HeaderSource = Record<string, string> | (() => Record<string, string> | Promise<Record<string, string>>);

export interface ClientOptions {
  /** The booking API's base URL; relative URLs resolve against the page. */
  apiBase: string;
  fetch?: typeof fetch;
  /** Extra headers, or a callback giving them per request (a staff page's short-lived token). */
  headers?: HeaderSource;
  /** `include` sends the staff dashboard's cookies to a cross-origin API. */
  credentials?: RequestCredentials;
  /** Sent as Accept-Language so server messages come in the patient's language. */
  locale?: string;
  /** Time limit of one attempt. */
  timeoutMs?: number;
  /**
   * The most bytes of one answer the client reads; past it, the answer is dropped as
   * `ResponseTooLargeError` (code `malformed_response`). 4 MiB by default: a service with
   * 8,000 variants is under 2 MB.
   */
  maxBodyBytes?: number;
  retry?: Partial<RetryPolicy>;
  /** How retries wait; replaceable so tests need not. */
  sleep?: (ms: number, signal?: AbortSignal) => Promise<void>;
  /**
   * The name of the page's Google Tag Manager data layer (`'dataLayer'`): the elements then push
   * their events to it, without patient data. Read from `configure`, not by the client.
   */
  dataLayer?: string;
}

export const defaultRetryPolicy: RetryPolicy = { retries: 2, baseDelayMs: 300, maxDelayMs: 4000, maxRetryAfterSeconds: 10 };
const defaultTimeoutMs = 15_000;
const defaultMaxBodyBytes = 4 * 1024 * 1024;

/**
 * Where `configure` keeps the page's defaults: on the page, not in this module, because one page
 * may run two copies of this module (the self-contained dist/circle-booking.js beside
 * `circle-booking/api` or an element's own entry), and `configure` from either must reach the
 * elements of both. In memory only, like the module variable it replaces: nothing is stored.
 */
const pageDefaultsKey = Symbol.for('circle-booking.configure');
const page = globalThis as typeof globalThis & { [pageDefaultsKey]?: Partial<ClientOptions> };

/**
 * Sets defaults once for every element on the page, e.g. `configure({ apiBase: '/booking-api' })`.
 * An element's own `api-base` wins over these.
 */
export function configure(defaults: Partial<ClientOptions>): void {
  page[pageDefaultsKey] = { ...page[pageDefaultsKey], ...defaults };
}

/** The data layer `configure({ dataLayer })` named for the page, if any. */
export function configuredDataLayer(): string | undefined {
  return page[pageDefaultsKey]?.dataLayer;
}

/** Forgets what `configure` set; for tests. */
export function resetConfiguration(): void {
  delete page[pageDefaultsKey];
}

export interface RequestSpec<Schema extends z.ZodMiniType> {
  /** Names the endpoint in errors, e.g. `GET /services/{id}`; never holds ids or tokens. */
  endpoint: string;
  method: 'GET' | 'POST';
  /** Path below the API base, each segment already encoded. */
  path: string;
  query?: Record<string, string | undefined>;
  body?: unknown;
  schema: Schema;
  signal?: AbortSignal | undefined;
  idempotencyKey?: string;
  /** A patient's appointment access token, sent as a bearer credential, never in the URL. */
  accessToken?: string;
  /** Sent with `keepalive`: it still leaves when the page is closing (releasing a hold then). */
  keepalive?: boolean;
}

export class ApiClient {
  readonly options: Readonly<ClientOptions>;
  private readonly retry: RetryPolicy;

  constructor(options: ClientOptions) {
    this.options = options;
    this.retry = { ...defaultRetryPolicy, ...options.retry };
  }

  async request<Schema extends z.ZodMiniType>(spec: RequestSpec<Schema>): Promise<z.infer<Schema>> {
    const canRetry = spec.method === 'GET' || spec.idempotencyKey !== undefined;
    for (let attempt = 0; ; attempt++) {
      try {
        return await this.attempt(spec);
      } catch (error) {
        const wait = canRetry && attempt < this.retry.retries ? this.retryDelay(error, attempt) : undefined;
        if (wait === undefined) throw error;
        await (this.options.sleep ?? sleep)(wait, spec.signal);
      }
    }
  }

  /** How long to wait before trying again, or undefined when trying again would not help. */
  private retryDelay(error: unknown, attempt: number): number | undefined {
    // 501: the API does not implement this (an optional endpoint, such as holds); asking again won't change that.
    if (!(error instanceof ApiError) || !error.retryable || error.status === 501) return undefined;
    if (error instanceof ProblemError && error.retryAfterSeconds !== undefined) {
      return error.retryAfterSeconds <= this.retry.maxRetryAfterSeconds ? error.retryAfterSeconds * 1000 : undefined;
    }
    const ceiling = Math.min(this.retry.maxDelayMs, this.retry.baseDelayMs * 2 ** attempt);
    // Half fixed, half random: spreads out clients that failed together without making any wait tiny.
    return ceiling / 2 + Math.random() * (ceiling / 2);
  }

  private async attempt<Schema extends z.ZodMiniType>(spec: RequestSpec<Schema>): Promise<z.infer<Schema>> {
    if (spec.signal?.aborted) throw new AbortedError();
    const timeoutMs = this.options.timeoutMs ?? defaultTimeoutMs;
    // A timer of our own rather than AbortSignal.timeout: it is cleared as soon as the body is
    // read, and in Node it keeps the process alive while a request is pending.
    const timeout = new AbortController();
    const timer = setTimeout(() => timeout.abort(), timeoutMs);
    const signal = spec.signal ? AbortSignal.any([spec.signal, timeout.signal]) : timeout.signal;
    const failure = () => (spec.signal?.aborted ? new AbortedError() : timeout.signal.aborted ? new TimeoutError(timeoutMs) : new NetworkError());
    try {
      const response = await (this.options.fetch ?? globalThis.fetch)(this.url(spec), {
        method: spec.method,
        headers: await this.headers(spec),
        body: spec.body === undefined ? null : JSON.stringify(spec.body),
        credentials: this.options.credentials ?? 'same-origin',
        // Never an answer from the HTTP cache: free times and appointments change, and a cached
        // redirect would fail every Try again without asking the server.
        cache: 'no-store',
        // An API has no reason to redirect; following one could send the token elsewhere.
        redirect: 'error',
        ...(spec.keepalive ? { keepalive: true } : {}),
        signal,
      }).catch(() => Promise.reject(failure()));
      const limit = this.options.maxBodyBytes ?? defaultMaxBodyBytes;
      if (!response.ok) throw await readProblem(response, spec.endpoint, limit);
      return await readBody(response, spec, limit);
    } catch (error) {
      // Anything not already typed is the body stream failing midway: aborted, timed out or dropped.
      throw error instanceof ApiError ? error : failure();
    } finally {
      clearTimeout(timer);
    }
  }

  private url(spec: RequestSpec<z.ZodMiniType>): URL {
    const base = this.options.apiBase.endsWith('/') ? this.options.apiBase : `${this.options.apiBase}/`;
    const url = new URL(spec.path.replace(/^\//, ''), new URL(base, globalThis.location?.href));
    for (const [name, value] of Object.entries(spec.query ?? {})) {
      if (value !== undefined) url.searchParams.set(name, value);
    }
    return url;
  }

  private async headers(spec: RequestSpec<z.ZodMiniType>): Promise<Headers> {
    const extra = typeof this.options.headers === 'function' ? await this.options.headers() : this.options.headers;
    const headers = new Headers(extra);
    headers.set('Accept', 'application/json, application/problem+json');
    if (spec.body !== undefined) headers.set('Content-Type', 'application/json');
    if (this.options.locale) headers.set('Accept-Language', this.options.locale);
    if (spec.idempotencyKey) headers.set('Idempotency-Key', spec.idempotencyKey);
    if (spec.accessToken) headers.set('Authorization', `Bearer ${spec.accessToken}`);
    return headers;
  }
}

/** A client for an element: its own `api-base` over the page's `configure` defaults. */
export function createClient(options: Partial<ClientOptions> = {}): ApiClient {
  const merged = { ...page[pageDefaultsKey], ...withoutUndefined(options) };
  if (!merged.apiBase) throw new TypeError('No booking API configured: set api-base, or call configure({ apiBase }).');
  return new ApiClient({ ...merged, apiBase: merged.apiBase });
}

/**
 * The client for an element's `api-base` and `locale`, or undefined when neither the element
 * nor the page configured an API: the element then shows an error, and the developer who
 * embedded it reads why in the console, under the element's tag.
 */
export function clientFor(tag: string, apiBase: string, locale: string | undefined): ApiClient | undefined {
  try {
    return createClient({ apiBase: apiBase || undefined, locale });
  } catch (error) {
    console.error(`<${tag}>: ${error instanceof Error ? error.message : String(error)}`);
    return undefined;
  }
}

/**
 * The error a load fails with when its element has no API to ask (see `clientFor`).
 * @internal The package's own, not its API: left out of custom-elements.json.
 */
export class NotConfiguredError extends Error {
  override name = 'NotConfiguredError';
  constructor() {
    super('No booking API is configured.');
  }
}

function withoutUndefined<T extends object>(value: T): Partial<T> {
  return Object.fromEntries(Object.entries(value).filter(([, v]) => v !== undefined)) as Partial<T>;
}

/** A fresh key for one write attempt; repeat it on retries of that attempt, never across attempts. */
export function newIdempotencyKey(): string {
  // getRandomValues, unlike randomUUID, exists on plain-http pages too.
  const bytes = crypto.getRandomValues(new Uint8Array(16));
  bytes[6] = (bytes[6]! & 0x0f) | 0x40;
  bytes[8] = (bytes[8]! & 0x3f) | 0x80;
  const hex = Array.from(bytes, (byte) => byte.toString(16).padStart(2, '0')).join('');
  return `${hex.slice(0, 8)}-${hex.slice(8, 12)}-${hex.slice(12, 16)}-${hex.slice(16, 20)}-${hex.slice(20)}`;
}

async function readBody<Schema extends z.ZodMiniType>(response: Response, spec: RequestSpec<Schema>, limit: number): Promise<z.infer<Schema>> {
  const json = await readJson(response, spec.endpoint, limit);
  if (!json.ok) throw new ResponseShapeError(spec.endpoint, response.status, [json.issue]);
  const parsed = spec.schema.safeParse(json.value);
  if (!parsed.success) {
    const issues = parsed.error.issues.slice(0, 10).map((issue) => `${issue.path.join('.') || '(body)'}: ${issue.message}`);
    throw new ResponseShapeError(spec.endpoint, response.status, issues);
  }
  return parsed.data;
}

async function readJson(response: Response, endpoint: string, limit: number): Promise<{ ok: true; value: unknown } | { ok: false; issue: string }> {
  const type = response.headers.get('Content-Type') ?? '';
  if (!/^application\/([\w.+-]+\+)?json\b/i.test(type)) {
    void response.body?.cancel().catch(() => {});
    return { ok: false, issue: `content type is "${type.slice(0, 80)}", not JSON` };
  }
  const text = await readText(response, endpoint, limit);
  try {
    return { ok: true, value: JSON.parse(text) };
  } catch {
    return { ok: false, issue: text ? 'body is not valid JSON' : 'body is empty' };
  }
}

/**
 * The body as text, read no further than `limit` bytes: only the time limit bounded it before,
 * and a huge answer, valid or not, held the page while it was read and parsed.
 */
async function readText(response: Response, endpoint: string, limit: number): Promise<string> {
  const tooLarge = () => new ResponseTooLargeError(endpoint, response.status, limit);
  const declared = Number(response.headers.get('Content-Length') ?? '');
  if (declared > limit) {
    void response.body?.cancel().catch(() => {});
    throw tooLarge();
  }
  if (!response.body) return '';
  const reader = response.body.getReader();
  const decoder = new TextDecoder();
  let text = '';
  for (let size = 0; ;) {
    const { done, value } = await reader.read();
    if (done) return text + decoder.decode();
    size += value.byteLength;
    if (size > limit) {
      void reader.cancel().catch(() => {});
      throw tooLarge();
    }
    text += decoder.decode(value, { stream: true });
  }
}

async function readProblem(response: Response, endpoint: string, limit: number): Promise<ProblemError> {
  const retryAfterSeconds = parseRetryAfter(response.headers.get('Retry-After'));
  const json = await readJson(response, endpoint, limit).catch(() => undefined);
  const problem = json?.ok ? Problem.safeParse(json.value) : undefined;
  if (problem?.success) {
    const { code, detail, title, errors, verification, limit } = problem.data;
    const details = { ...(verification && { verification }), ...(limit !== undefined && { limit }) };
    return new ProblemError(code, detail ?? title, response.status, errors ?? [], retryAfterSeconds, false, details);
  }
  const code = problemCodeForStatus(response.status) ?? 'http_error';
  return new ProblemError(code, `The booking service answered ${response.status}.`, response.status, [], retryAfterSeconds, true);
}

/** The longest wait a Retry-After is taken to mean; a longer one (or a year 9999 date) is read as this. */
export const maxRetryAfterSeconds = 86_400;

/**
 * The shapes of an HTTP date: IMF-fixdate (`Sun, 06 Nov 1994 08:49:37 GMT`), and the obsolete
 * RFC 850 (`Sunday, 06-Nov-94 08:49:37 GMT`) and asctime (`Sun Nov  6 08:49:37 1994`) forms a
 * recipient must still accept. Date.parse then refuses names that are not days or months.
 */
const httpDate = /^[A-Z][a-z]{2,8}, \d\d([ -])[A-Z][a-z]{2}\1\d{2,4} \d\d:\d\d:\d\d GMT$|^[A-Z][a-z]{2} [A-Z][a-z]{2} [ \d]\d \d\d:\d\d:\d\d \d{4}$/;

/**
 * Retry-After is either delay-seconds (digits only) or an HTTP date (RFC 9110 §10.2.3), and
 * nothing else: `-5`, `1.5` or `5, 10` are not read (Date.parse would make them dates in 2001,
 * and the client would retry at once). A wait is clamped to `maxRetryAfterSeconds`.
 */
export function parseRetryAfter(value: string | null, now = Date.now()): number | undefined {
  const text = value?.trim();
  if (!text) return undefined;
  if (/^\d+$/.test(text)) return Math.min(Number(text), maxRetryAfterSeconds);
  if (!httpDate.test(text)) return undefined;
  // asctime has no zone: it is GMT.
  const date = Date.parse(/GMT$/.test(text) ? text : `${text} GMT`);
  return Number.isNaN(date) ? undefined : Math.min(maxRetryAfterSeconds, Math.max(0, Math.ceil((date - now) / 1000)));
}

function sleep(ms: number, signal?: AbortSignal): Promise<void> {
  return new Promise((resolve, reject) => {
    if (signal?.aborted) return reject(new AbortedError());
    const timer = setTimeout(() => {
      signal?.removeEventListener('abort', onAbort);
      resolve();
    }, ms);
    const onAbort = () => {
      clearTimeout(timer);
      reject(new AbortedError());
    };
    signal?.addEventListener('abort', onAbort, { once: true });
  });
}
