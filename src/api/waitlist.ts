/**
 * The waitlist's part of the contract (issue #23, part 2): "tell me if an earlier time opens".
 * Its own module, beside schemas.ts, so that only what joins or lists the waitlist carries its
 * schemas: the booking page fetches the waitlist form, and these with it, when first asked for.
 * Optional in the contract: an API without a waitlist answers 404 or 501.
 */
import * as z from 'zod/mini';
import type { ApiClient } from './client.js';
import { call, type ReadOptions, type WriteOptions } from './call.js';
import { isoDate, instant } from './formats.js';
import { PatientDetails } from './schemas.js';

// As schemas.ts has them.
const id = z.string().check(z.minLength(1), z.maxLength(200));
const shortText = z.string().check(z.minLength(1), z.maxLength(500));

/** How the clinic reaches a patient on the waitlist: their name and contact, no more. */
export const WaitlistContact = z.object({
  givenName: PatientDetails.shape.givenName,
  familyName: PatientDetails.shape.familyName,
  email: PatientDetails.shape.email,
  phone: PatientDetails.shape.phone,
});

/** The earliest and latest days that suit the patient (`YYYY-MM-DD` in the location's zone), inclusive. */
const suitableDates = { fromDate: isoDate, toDate: isoDate };

const fromNotAfterTo: z.core.CheckFn<{ fromDate: string; toDate: string }> = (payload) => {
  if (payload.value.fromDate > payload.value.toDate) {
    payload.issues.push({ code: 'custom', message: 'toDate is before fromDate.', input: payload.value, path: ['toDate'] });
  }
};

/**
 * Join the waitlist of a variant at a location: when a booking of it between `fromDate` and
 * `toDate` is cancelled, the clinic offers the freed time to the first patient waiting.
 */
export const JoinWaitlistRequest = z
  .object({
    variantId: id,
    locationId: id,
    contact: WaitlistContact,
    ...suitableDates,
    /** The appointment the patient booked and would move to an earlier time, when they joined after booking. */
    appointmentId: z.optional(id),
  })
  .check(fromNotAfterTo);

/** A place on the waitlist, as the patient who joined is told it: no contact comes back. */
export const WaitlistEntry = z.object({
  id,
  variantId: id,
  locationId: id,
  ...suitableDates,
  /** `waiting` until a freed time is offered (`offered`); an offer ends the place. */
  status: z.enum(['waiting', 'offered']),
  createdAt: instant,
});

/** For staff: one place on a service's waitlist, with whom to reach. */
export const StaffWaitlistEntry = z.object({
  ...WaitlistEntry.shape,
  service: z.object({ id, name: shortText }),
  variant: z.object({ id, name: shortText }),
  location: z.object({ id, name: shortText }),
  contact: WaitlistContact,
  /** The time offered, once one was. */
  offeredStart: z.optional(instant),
});

/** For staff: the waitlist, first come first. */
export const WaitlistList = z.object({ entries: z.array(StaffWaitlistEntry) });

const joinWaitlistWire = { method: 'POST', path: '/waitlist', response: WaitlistEntry } as const;
const listWaitlistWire = { method: 'GET', path: '/waitlist', response: WaitlistList } as const;

/** For `routes` (routes.ts) only. */
export const waitlistWire = { joinWaitlist: joinWaitlistWire, listWaitlist: listWaitlistWire } as const;

/**
 * Puts the patient on the waitlist of a variant at a location for the days that suit them; a
 * repeated Idempotency-Key replays the first answer.
 */
export function joinWaitlist(client: ApiClient, request: JoinWaitlistRequest, options: WriteOptions): Promise<WaitlistEntry> {
  return call(client, joinWaitlistWire, {}, { body: request, ...options });
}

/** For staff: the waitlist, first come first, optionally of one service. */
export function listWaitlist(client: ApiClient, query: { serviceId?: string | undefined } = {}, options: ReadOptions = {}): Promise<WaitlistList> {
  return call(client, listWaitlistWire, {}, { query: { ...query }, ...options });
}

export type WaitlistContact = z.infer<typeof WaitlistContact>;
export type JoinWaitlistRequest = z.infer<typeof JoinWaitlistRequest>;
export type WaitlistEntry = z.infer<typeof WaitlistEntry>;
export type StaffWaitlistEntry = z.infer<typeof StaffWaitlistEntry>;
export type WaitlistList = z.infer<typeof WaitlistList>;
