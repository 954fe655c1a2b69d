/**
 * `GET /availability`: the free slots of a variant at a location for local dates `from`..`to`,
 * and the next date with a free slot when the window has none.
 */
import * as z from 'zod/mini';
import { isoDate } from '../api/formats.js';
import type { Availability } from '../api/schemas.js';
import { addDays, daysBetween } from '../time/zoned.js';
import { formatInstant } from '../time/instants.js';
import { problem, validationProblem, type SimResult } from './problems.js';
import { freeSlots, horizonEnd, nextAvailableDate, type ScheduleContext } from './schedule.js';

export interface AvailabilityParams {
  variantId?: string | undefined;
  locationId?: string | undefined;
  from?: string | undefined;
  to?: string | undefined;
}

/** The longest window one request may ask for, in days. */
export const maxWindowDays = 62;

const Query = z.object({
  variantId: z.string().check(z.minLength(1)),
  locationId: z.string().check(z.minLength(1)),
  from: isoDate,
  to: isoDate,
});

export function availability(context: ScheduleContext, params: AvailabilityParams): SimResult {
  const parsed = Query.safeParse(params);
  if (!parsed.success) return validationProblem(parsed.error.issues);
  const { variantId, locationId, from, to } = parsed.data;
  const days = daysBetween(from, to) + 1;
  if (days < 1) return problem(422, 'validation', 'Check to.', [{ field: 'to', message: 'to is before from.' }]);
  if (days > maxWindowDays) {
    return problem(422, 'validation', 'Check to.', [{ field: 'to', message: `Ask for at most ${maxWindowDays} days at a time.` }]);
  }
  const { data } = context;
  const variant = data.variants.find((candidate) => candidate.id === variantId);
  if (!variant) return problem(404, 'not_found', 'There is no variant with this id.');
  const location = data.locations.find((candidate) => candidate.id === locationId);
  if (!location || !variant.locationIds.includes(location.id)) return problem(404, 'not_found', 'This variant is not offered at this location.');

  const body: Availability = { variantId, locationId, timeZone: location.timeZone, from, to, slots: [], bookableUntil: horizonEnd(context, location) };
  const service = data.services.find((candidate) => candidate.id === variant.serviceId);
  // A location or service that does not take online bookings has no free slots; the contract
  // has no not_bookable answer for availability (the variant's `unavailable` says why).
  if (!location.bookable || !variant.bookable || !service?.visible || !service.bookable) return { status: 200, body };

  for (let date = from; date <= to; date = addDays(date, 1)) {
    for (const slot of freeSlots(context, variant, location, date)) {
      body.slots.push({ start: formatInstant(slot.start, location.timeZone), end: formatInstant(slot.end, location.timeZone) });
    }
  }
  if (body.slots.length === 0) {
    const next = nextAvailableDate(context, variant, location, to);
    if (next) body.nextAvailableDate = next;
  }
  return { status: 200, body };
}
