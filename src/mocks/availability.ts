/**
 * `GET /availability`: the free slots of a variant at a location for local dates `from`..`to`,
 * and the next date with a free slot when the window has none.
 */
import * as z from 'zod/mini';
import { isoDate } from '../api/formats.js';
import type { Availability } from '../api/schemas.js';
import { addMonths } from '../flow/availability-window.js';
import { addDays, daysBetween, localDate } from '../time/zoned.js';
import { formatInstant } from '../time/instants.js';
import { problem, validationProblem, type SimResult } from './problems.js';
import type { SeedVariant } from './fixtures.js';
import { horizonEnd, nextAvailableDate, openTimes, type ScheduleContext } from './schedule.js';
import { bookableLocations, variantUnavailable } from './views.js';

export interface AvailabilityParams {
  variantId?: string | undefined;
  locationId?: string | undefined;
  from?: string | undefined;
  to?: string | undefined;
  /** Only the times this practitioner of the variant is free. */
  practitionerId?: string | undefined;
}

/** The longest window one request may ask for, in days. */
export const maxWindowDays = 62;

const Query = z.object({
  variantId: z.string().check(z.minLength(1)),
  locationId: z.string().check(z.minLength(1)),
  from: isoDate,
  to: isoDate,
  practitionerId: z.optional(z.string().check(z.minLength(1))),
});

export function availability(context: ScheduleContext, params: AvailabilityParams): SimResult {
  const parsed = Query.safeParse(params);
  if (!parsed.success) return validationProblem(parsed.error.issues);
  const { variantId, locationId, from, to, practitionerId } = parsed.data;
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
  if (practitionerId !== undefined && !variant.practitionerIds?.includes(practitionerId)) {
    return problem(404, 'not_found', 'This practitioner does not see patients for this variant.');
  }

  const body: Availability = { variantId, locationId, timeZone: location.timeZone, from, to, slots: [], bookableUntil: horizonEnd(context, variant, location) };
  const service = data.services.find((candidate) => candidate.id === variant.serviceId);
  // A location or service that does not take online bookings has no free slots; the contract
  // has no not_bookable answer for availability (the variant's `unavailable` says why).
  if (!location.bookable || !variant.bookable || !service?.visible || !service.bookable) return { status: 200, body };

  for (let date = from; date <= to; date = addDays(date, 1)) {
    for (const { start, end, ...about } of openTimes(context, variant, location, date, practitionerId)) {
      body.slots.push({ start: formatInstant(start, location.timeZone), end: formatInstant(end, location.timeZone), ...about });
    }
  }
  // A window with only "call to book" times still points to the next day bookable online.
  if (!body.slots.some((slot) => slot.bookableOnline !== false)) {
    const next = nextAvailableDate(context, variant, location, to, practitionerId);
    if (next) body.nextAvailableDate = next;
  }
  return { status: 200, body };
}

/**
 * The free slots a booking flow opens on, carried by the service and variant answers: where
 * exactly one of `variants` is bookable at exactly one location (the flow then opens straight on
 * its times), that variant's answer of `GET /availability` from today to the end of this month
 * in the location's zone. Undefined where the patient chooses a variant or a location first.
 */
export function openingAvailability(context: ScheduleContext, variants: readonly SeedVariant[]): { availability: Availability } | undefined {
  const offered = variants
    .map((variant) => ({ variant, locations: bookableLocations(context.data, variant) }))
    .filter(({ variant, locations }) => !variantUnavailable(context.data, variant) && locations.length > 0);
  if (offered.length !== 1 || offered[0]!.locations.length !== 1) return undefined;
  const {
    variant,
    locations: [location],
  } = offered[0]!;
  const from = localDate(context.now, location!.timeZone);
  const to = addDays(`${addMonths(from.slice(0, 7), 1)}-01`, -1);
  const answer = availability(context, { variantId: variant.id, locationId: location!.id, from, to });
  return answer.status === 200 ? { availability: answer.body as Availability } : undefined;
}
