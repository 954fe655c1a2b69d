/**
 * Fault switches: make the next answers of a route slow, failing, malformed or lost, to show
 * each error state of the elements. The simulator decides which fault fires (`take`); the
 * handler layer acts it out, since only it can delay or drop a response.
 */
import * as z from 'zod/mini';
import { integer } from '../api/formats.js';
import { routes, type RouteName } from '../api/routes.js';

export interface Fault {
  /** The route it applies to; every route when left out. */
  route?: RouteName;
  /** Wait this long before answering. */
  latencyMs?: number;
  /**
   * Answer this status with a problem body (429 rate_limited, 5xx server_error) without touching
   * state. With `garbleResponse`, the route does its work first and this status goes with the garbage.
   */
  status?: number;
  /** Sent as Retry-After with `status`. */
  retryAfterSeconds?: number;
  /** Answer 200 with a body that breaks the contract, without touching state. */
  malformedBody?: boolean;
  /** Do the work (a write commits), then lose the response: the client sees a network error. */
  dropResponse?: boolean;
  /**
   * Do the work (a write commits), then answer garbage in its place: `html`, a proxy's HTML page
   * with the route's status (or `status`); `pending`, the route's JSON with a status value a newer
   * API might send (`"pending"`), which the contract does not know. The client cannot read either.
   */
  garbleResponse?: GarbleKind;
  /** The request never arrives (the patient is offline): the client sees a network error, nothing is done. */
  offline?: boolean;
  /** How many requests it affects; forever when left out. */
  times?: number;
}

export const garbleKinds = ['html', 'pending'] as const;
export type GarbleKind = (typeof garbleKinds)[number];

const routeNames = Object.keys(routes) as [RouteName, ...RouteName[]];
const count = integer.check(z.nonnegative());

/** One fault as the control route `POST __simulator/faults` takes it. */
export const FaultInput = z.strictObject({
  route: z.optional(z.enum(routeNames)),
  latencyMs: z.optional(count),
  status: z.optional(integer.check(z.minimum(400), z.maximum(599))),
  retryAfterSeconds: z.optional(count),
  malformedBody: z.optional(z.boolean()),
  dropResponse: z.optional(z.boolean()),
  garbleResponse: z.optional(z.enum(garbleKinds)),
  offline: z.optional(z.boolean()),
  times: z.optional(count),
});
const FaultList = z.array(FaultInput);

/**
 * The body of `POST __simulator/faults`, one fault or a list, as a list. Told apart by hand, not
 * with `z.union`: the simulator's zod is the copy the elements load, and a union would
 * add its code to every page.
 */
export function parseFaults(body: unknown) {
  if (Array.isArray(body)) return FaultList.safeParse(body);
  const one = FaultInput.safeParse(body);
  return one.success ? { success: true as const, data: [one.data] } : one;
}

/** What a proxy in front of the API might send in place of its answer. */
export const proxyPage =
  '<!DOCTYPE html><html><head><title>502 Bad Gateway</title></head><body><h1>Bad Gateway</h1><p>The proxy server received an invalid response from an upstream server.</p></body></html>';

/**
 * The answer of a route made unreadable (`garbleResponse`), after the route did its work: the
 * status it answered (or the fault's), and a body the client cannot read.
 */
export function garbled(
  kind: GarbleKind,
  answer: { status: number; body: unknown },
  status = answer.status,
): { status: number; contentType: string; text: string } {
  if (kind === 'html') return { status, contentType: 'text/html; charset=utf-8', text: proxyPage };
  return { status, contentType: 'application/json', text: JSON.stringify(withPendingStatus(answer.body)) };
}

/** Every `status` field of the body, the appointment's included, set to `"pending"`. */
function withPendingStatus(body: unknown): unknown {
  if (Array.isArray(body)) return body.map(withPendingStatus);
  if (!body || typeof body !== 'object') return body;
  const entries = Object.entries(body).map(([key, value]) => [key, key === 'status' ? 'pending' : withPendingStatus(value)]);
  return Object.fromEntries(entries.length ? entries : [['status', 'pending']]);
}

/** A body no route's schema accepts. */
export const malformedBody = { unexpected: 'This is not what the contract promised.', items: 'not-an-array' };

export class FaultQueue {
  private faults: Fault[] = [];

  add(...faults: Fault[]): void {
    for (const fault of faults) {
      if (fault.times !== undefined && fault.times <= 0) continue;
      this.faults.push({ ...fault });
    }
  }

  clear(): void {
    this.faults = [];
  }

  /** The first fault that applies to the route, counted as used. */
  take(route: RouteName): Fault | undefined {
    const index = this.faults.findIndex((fault) => fault.route === undefined || fault.route === route);
    if (index === -1) return undefined;
    const fault = this.faults[index]!;
    if (fault.times !== undefined) {
      fault.times -= 1;
      if (fault.times <= 0) this.faults.splice(index, 1);
    }
    const { times: _times, ...used } = fault;
    return used;
  }

  list(): Fault[] {
    return this.faults.map((fault) => ({ ...fault }));
  }
}
