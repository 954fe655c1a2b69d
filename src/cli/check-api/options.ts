/** The command line of `circle-booking check-api`, and its help. */
import { parseArgs } from 'node:util';
import { maxRateLimitRequests } from './checks-rate-limit.js';

export interface CheckApiOptions {
  /** The API base, without a trailing slash: `https://clinic.example/booking-api`. */
  baseUrl: string;
  serviceId?: string;
  variantId?: string;
  appointment?: { id: string; token: string };
  expired?: { id: string; token: string };
  /** A staff bearer token, for the staff endpoints. */
  staffToken?: string;
  /** The clinic website's origin, for the CORS checks. */
  origin?: string;
  writes: boolean;
  /** How many requests the rate-limit check may send; undefined leaves it out. */
  rateLimitRequests?: number;
  timeoutMs: number;
  /** Sent with every request. */
  headers: Record<string, string>;
  json: boolean;
}

export const checkApiHelp = `Usage: circle-booking check-api <base-url> [options]

Checks a booking API against the circle-booking contract (docs/openapi.json): the shapes of its
answers, its problem documents, patient tokens, cache headers and CORS; with --writes also
Idempotency-Key replay, rescheduling and cancelling; with --rate-limit its 429s.

Options:
  --service <id>              the service to read (default: the first bookable one listed)
  --variant <id>              the variant to read and, with --writes, to book
  --appointment <id>          with --token: an appointment to read with its patient token
  --token <token>             that appointment's access token
  --expired-appointment <id>  with --expired-token: an appointment whose link has expired
  --expired-token <token>     that appointment's (expired) access token
  --staff-token <token>       a staff token, to check the staff endpoints (bookings list, share links)
  --origin <url>              the clinic website's origin, for the CORS checks
  --writes                    book, replay, reschedule and cancel a test booking; needs
                              --service or --variant of a test service
  --rate-limit                send GET /services until a 429 (at most --rate-limit-requests)
  --rate-limit-requests <n>   the budget for --rate-limit (default 300, at most ${maxRateLimitRequests})
  --timeout <ms>              per request (default 10000)
  --header "<name>: <value>"  send with every request, e.g. an API gateway's key; repeatable
  --json                      print the results as JSON, for CI
  -h, --help                  show this help

Exit status: 0 when every check run passed, 1 when one failed, 2 for a wrong command line.
What each check means and how to fix it: docs/integrating.md in the circle-booking package.
`;

export class UsageError extends Error {}

export type Parsed = { help: true } | { help: false; options: CheckApiOptions };

export function parseCheckApiArgs(args: readonly string[]): Parsed {
  let parsed;
  try {
    parsed = parseArgs({
      args: [...args],
      allowPositionals: true,
      strict: true,
      options: {
        service: { type: 'string' },
        variant: { type: 'string' },
        appointment: { type: 'string' },
        token: { type: 'string' },
        'expired-appointment': { type: 'string' },
        'expired-token': { type: 'string' },
        'staff-token': { type: 'string' },
        origin: { type: 'string' },
        writes: { type: 'boolean', default: false },
        'rate-limit': { type: 'boolean', default: false },
        'rate-limit-requests': { type: 'string' },
        timeout: { type: 'string' },
        header: { type: 'string', multiple: true },
        json: { type: 'boolean', default: false },
        help: { type: 'boolean', short: 'h', default: false },
      },
    });
  } catch (error) {
    throw new UsageError(error instanceof Error ? error.message : String(error));
  }
  const { values, positionals } = parsed;
  if (values.help) return { help: true };
  if (positionals.length !== 1)
    throw new UsageError(
      positionals.length
        ? `One base URL, not ${positionals.length}: ${positionals.join(' ')}`
        : "Give the API's base URL, e.g. https://clinic.example/booking-api",
    );
  const base = httpUrl(positionals[0]!, 'the base URL');
  const options: CheckApiOptions = {
    baseUrl: `${base.origin}${base.pathname.replace(/\/+$/, '')}`,
    writes: values.writes,
    timeoutMs: wholeNumber(values.timeout ?? '10000', '--timeout', 1, 600_000),
    headers: Object.fromEntries((values.header ?? []).map(header)),
    json: values.json,
  };
  if (values.service) options.serviceId = values.service;
  if (values.variant) options.variantId = values.variant;
  options.appointment = pair(values.appointment, values.token, '--appointment', '--token');
  options.expired = pair(values['expired-appointment'], values['expired-token'], '--expired-appointment', '--expired-token');
  if (values['staff-token']) options.staffToken = values['staff-token'];
  if (values.origin) options.origin = httpUrl(values.origin, '--origin').origin;
  if (values['rate-limit']) options.rateLimitRequests = wholeNumber(values['rate-limit-requests'] ?? '300', '--rate-limit-requests', 1, maxRateLimitRequests);
  else if (values['rate-limit-requests'] !== undefined) throw new UsageError('--rate-limit-requests goes with --rate-limit');
  if (options.writes && !options.serviceId && !options.variantId) {
    throw new UsageError('--writes books real appointments: name a test service with --service or --variant');
  }
  return { help: false, options: withoutUndefined(options) };
}

function httpUrl(value: string, what: string): URL {
  const url = URL.canParse(value) ? new URL(value) : undefined;
  if (!url || (url.protocol !== 'http:' && url.protocol !== 'https:')) throw new UsageError(`${what} must be an absolute http(s) URL, not "${value}"`);
  return url;
}

function wholeNumber(value: string, name: string, min: number, max: number): number {
  const number = Number(value);
  if (!/^\d+$/.test(value) || number < min || number > max) throw new UsageError(`${name} must be a whole number from ${min} to ${max}, not "${value}"`);
  return number;
}

function pair(id: string | undefined, token: string | undefined, idName: string, tokenName: string): { id: string; token: string } | undefined {
  if (!id && !token) return undefined;
  if (!id || !token) throw new UsageError(`${idName} and ${tokenName} go together`);
  return { id, token };
}

function header(value: string): [string, string] {
  const match = /^([!#$%&'*+.^_`|~\w-]+):\s*(.*)$/.exec(value);
  if (!match) throw new UsageError(`--header must look like "Name: value", not "${value}"`);
  return [match[1]!, match[2]!];
}

function withoutUndefined<T extends object>(value: T): T {
  return Object.fromEntries(Object.entries(value).filter(([, inner]) => inner !== undefined)) as T;
}
