/**
 * How the checker asks the API and records what it saw: one `Probe` per check, which sends
 * requests to the base URL only (never following a redirect), gives up on each after the
 * timeout, and remembers its last request so a failure can show it. A check fails by throwing
 * `Failure(expected, got)` and is skipped by throwing `Skip(reason)`.
 *
 * It calls `fetch` itself rather than through `ApiClient`: the client exists to hide what the
 * checker must see (status, headers, problem bodies, preflights) and to retry what it must not.
 * The contract it checks against is still the one in `src/api/` (schemas, problem codes).
 */

/** What one check came to. `request`, `expected` and `got` are set on a failure. */
export interface CheckResult {
  id: string;
  title: string;
  status: 'pass' | 'fail' | 'skip';
  request?: string;
  expected?: string;
  got?: string;
  /** Why it was skipped, or what a pass saw worth telling. */
  note?: string;
}

export class Failure extends Error {
  constructor(
    readonly expected: string,
    readonly got: string,
  ) {
    super(`expected ${expected}, got ${got}`);
  }
}

export class Skip extends Error {}

/** The request could not be answered: the host is unreachable or took longer than the timeout. */
export class NoAnswer extends Failure {
  constructor(
    readonly kind: 'timeout' | 'unreachable',
    expected: string,
    got: string,
  ) {
    super(expected, got);
  }
}

export interface RequestSpec {
  method?: 'GET' | 'POST' | 'OPTIONS';
  /** Relative to the base URL, with any query. */
  path: string;
  headers?: Record<string, string>;
  body?: unknown;
}

export interface Answer {
  status: number;
  headers: Headers;
  text: string;
  /** The body parsed as JSON, or undefined when it is not JSON. */
  json: unknown;
}

export interface ProbeOptions {
  baseUrl: string;
  timeoutMs: number;
  /** Sent with every request, e.g. an API gateway's key. */
  headers?: Record<string, string>;
  /** Aborted when the run is interrupted (Ctrl-C): requests in flight stop. */
  signal?: AbortSignal;
}

/** The run was interrupted while a request was in flight. */
export class Interrupted extends Skip {}

export class Probe {
  /** The last request sent, as `METHOD url`, for a failure's report. */
  lastRequest: string | undefined;
  /** How the last request went unanswered, if it did. */
  unanswered: NoAnswer['kind'] | undefined;

  constructor(private readonly options: ProbeOptions) {}

  async send(spec: RequestSpec): Promise<Answer> {
    const method = spec.method ?? (spec.body === undefined ? 'GET' : 'POST');
    const url = `${this.options.baseUrl}${spec.path}`;
    const headers = new Headers({ Accept: 'application/json', ...this.options.headers, ...spec.headers });
    if (spec.body !== undefined) headers.set('Content-Type', 'application/json');
    this.lastRequest = `${method} ${url}${describeRequestHeaders(headers)}`;
    const timeout = AbortSignal.timeout(this.options.timeoutMs);
    const signal = this.options.signal ? AbortSignal.any([timeout, this.options.signal]) : timeout;
    try {
      const response = await fetch(url, {
        method,
        headers,
        body: spec.body === undefined ? null : JSON.stringify(spec.body),
        // The checker talks to the given host only: a redirect is answered as it is, not followed.
        redirect: 'manual',
        signal,
      });
      const text = await response.text();
      return { status: response.status, headers: response.headers, text, json: parseJson(text) };
    } catch (error) {
      if (this.options.signal?.aborted) throw new Interrupted('not run: interrupted');
      const noAnswer = classify(error, this.options.timeoutMs, timeout.aborted);
      this.unanswered = noAnswer.kind;
      throw noAnswer;
    }
  }
}

/** The headers worth showing in a report: the ones the contract is about. */
function describeRequestHeaders(headers: Headers): string {
  const shown = ['origin', 'access-control-request-method', 'access-control-request-headers', 'idempotency-key', 'authorization']
    .filter((name) => headers.has(name))
    .map((name) => `${name}: ${name === 'authorization' ? 'Bearer …' : headers.get(name)}`);
  return shown.length ? ` (${shown.join('; ')})` : '';
}

function parseJson(text: string): unknown {
  try {
    return text ? (JSON.parse(text) as unknown) : undefined;
  } catch {
    return undefined;
  }
}

/** Plain words for why a request went unanswered: no stack traces, just what happened. */
function classify(error: unknown, timeoutMs: number, timedOut: boolean): NoAnswer {
  if (timedOut || (error instanceof Error && error.name === 'TimeoutError')) {
    return new NoAnswer('timeout', `an answer within ${timeoutMs} ms`, `no answer: timed out after ${timeoutMs} ms`);
  }
  const cause = error instanceof Error ? (error.cause as { code?: string; message?: string } | undefined) : undefined;
  const code = cause?.code;
  const reasons: Record<string, string> = {
    ECONNREFUSED: 'connection refused',
    ENOTFOUND: 'host not found',
    EAI_AGAIN: 'host name lookup failed',
    ECONNRESET: 'connection reset',
    EHOSTUNREACH: 'host unreachable',
    ENETUNREACH: 'network unreachable',
    UND_ERR_SOCKET: 'the connection closed before an answer',
  };
  const reason = (code && reasons[code]) ?? cause?.message ?? (error instanceof Error ? error.message : String(error));
  return new NoAnswer('unreachable', 'an answer from the API', `no answer: ${reason}${code ? ` (${code})` : ''}`);
}

/** One line of text, cut to `max` characters. */
export function cut(text: string, max = 240): string {
  const flat = text.replace(/\s+/g, ' ').trim();
  return flat.length > max ? `${flat.slice(0, max - 1)}…` : flat;
}

/** An answer in a few words: status, content type and the start of the body. */
export function describeAnswer(answer: Answer, extra = ''): string {
  const location = answer.headers.get('Location');
  if (answer.status >= 300 && answer.status < 400 && location) extra += ` redirecting to ${location} (an API must not redirect; the client refuses to follow)`;
  const type = answer.headers.get('Content-Type')?.split(';')[0];
  const body = answer.text ? ` ${cut(answer.text, 160)}` : ' (empty body)';
  return cut(`${answer.status}${type ? ` ${type}` : ''}${extra}${body}`);
}

/** zod issues in a few words: where and what, for the first few. */
export function describeIssues(issues: readonly { path: PropertyKey[]; code: string; message: string; expected?: unknown }[]): string {
  const described = issues.slice(0, 3).map((issue) => {
    const where = issue.path.map(String).join('.') || '(body)';
    const what =
      issue.code === 'invalid_type' && typeof issue.expected === 'string'
        ? `expected ${issue.expected}`
        : issue.message !== 'Invalid input'
          ? issue.message
          : issue.code.replaceAll('_', ' ');
    return `${where}: ${what}`;
  });
  return `${described.join('; ')}${issues.length > 3 ? ` (and ${issues.length - 3} more)` : ''}`;
}
