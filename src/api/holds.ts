/**
 * Held times' part of the contract (issue 21, part 3): a time kept for one patient while they
 * type their details. Its own module beside schemas.ts, as the waitlist's is, so that only the
 * hold controller carries it: the booking flow fetches that once it is on screen, and the
 * booking page's first render goes without. Optional in the contract: an API without holds
 * answers 404 or 501 (see `flow/holds.ts`).
 */
import * as z from 'zod/mini';
import type { ApiClient } from './client.js';
import { call, type WriteOptions } from './call.js';
import { instant, integer } from './formats.js';

// As schemas.ts has it.
const id = z.string().check(z.minLength(1), z.maxLength(200));

/** Asks the API to keep one time free for this patient while they fill in their details. */
export const CreateHoldRequest = z.object({ variantId: id, locationId: id, start: instant });

/**
 * A time kept for the patient who asked, until `heldUntil`; nobody else can hold or book it
 * meanwhile. Its `id` is the patient's proof of the hold: unguessable, never shown, sent back
 * with the booking (`holdId`) or to release it.
 */
export const Hold = z.object({
  id,
  variantId: id,
  locationId: id,
  start: instant,
  end: instant,
  /** When the hold ends, in the location's time zone. */
  heldUntil: instant,
  /**
   * Seconds from this answer until `heldUntil`. A device's clock may be minutes off the API's,
   * so the patient's countdown runs from this, not from `heldUntil`.
   */
  expiresInSeconds: integer.check(z.positive(), z.maximum(24 * 3600)),
});

/** The answer to releasing a hold; releasing one that already ended answers the same. */
export const ReleasedHold = z.object({ id, released: z.literal(true) });

const createHoldWire = { method: 'POST', path: '/holds', response: Hold } as const;
const releaseHoldWire = { method: 'POST', path: '/holds/{holdId}/release', response: ReleasedHold } as const;

/** For `routes` (routes.ts) only. */
export const holdsWire = { createHold: createHoldWire, releaseHold: releaseHoldWire } as const;

/** Asks the API to keep a time for this patient while they type their details. */
export function createHold(client: ApiClient, request: CreateHoldRequest, options: WriteOptions): Promise<Hold> {
  return call(client, createHoldWire, {}, { body: request, ...options });
}

/**
 * Lets the held time go, best effort and never retried (the hold ends on its own anyway). With
 * `keepalive` it still leaves when the page is closing; only then, since a browser keeps a small
 * quota of such requests (and some do not pass them through a service worker).
 */
export function releaseHold(client: ApiClient, holdId: string, options: { keepalive?: boolean } = {}): Promise<ReleasedHold> {
  return call(client, releaseHoldWire, { holdId }, { body: {}, keepalive: !!options.keepalive });
}

export type CreateHoldRequest = z.infer<typeof CreateHoldRequest>;
export type Hold = z.infer<typeof Hold>;
export type ReleasedHold = z.infer<typeof ReleasedHold>;
