/**
 * Slots, generated from each location's opening hours in its wall time for any date, so a
 * window across a daylight-saving change needs no special data: a wall time that does not
 * exist that day is skipped, and each slot's offset is whatever the zone says on that day.
 */
import type { BookingWindow } from '../api/schemas.js';
import { addDays, daysBetween, localDate } from '../time/zoned.js';
import { fromLocal } from '../time/instants.js';
import { weekdayOf, type BookingRules, type SeedData, type SeedLocation, type SeedVariant } from './fixtures.js';
import { freePractitioners } from './practitioners.js';

export interface SlotTime {
  start: Date;
  end: Date;
  /** Who is free at it, for a variant with practitioners. */
  practitionerIds?: string[];
  /** False inside the minimum notice: free, but booked by phone. */
  bookableOnline?: boolean;
}

export interface ScheduleContext {
  data: SeedData;
  now: Date;
  /** Keys (`slotKey`) of the slots held by booked appointments. */
  booked: ReadonlySet<string>;
}

const minute = 60_000;

export function slotKey(variantId: string, locationId: string, start: Date): string {
  return `${variantId}|${locationId}|${start.getTime()}`;
}

/** Every slot the opening hours give on one local date, before any is taken. */
export function openingSlots(location: SeedLocation, variant: SeedVariant, date: string): SlotTime[] {
  const weekday = weekdayOf(date);
  const slots: SlotTime[] = [];
  // Slots start on the quarter hour: a 50-minute visit every hour, not at 08:50 and 09:40.
  const step = variant.slotStepMinutes ?? Math.ceil(variant.durationMinutes / 15) * 15;
  for (const hours of location.openingHours.filter((rule) => rule.days.includes(weekday))) {
    const close = minutesOf(hours.close);
    for (let at = minutesOf(hours.open); at + variant.durationMinutes <= close; at += step) {
      const start = fromLocal(`${date}T${clockTime(at)}`, location.timeZone);
      if (start) slots.push({ start, end: new Date(start.getTime() + variant.durationMinutes * minute) });
    }
  }
  return slots;
}

/** A variant's booking window: its own, or the clinic's rules. */
export function bookingWindowOf(rules: BookingRules, variant: SeedVariant): BookingWindow {
  return variant.bookingWindow ?? { minimumNoticeMinutes: rules.minNoticeMinutes, horizonDays: rules.horizonDays };
}

/**
 * The free times of one local date as a patient sees them: bookable online, or (sooner than the
 * minimum notice, yet still ahead) by phone. With `practitionerId`, only the times they are free.
 */
export function openTimes(context: ScheduleContext, variant: SeedVariant, location: SeedLocation, date: string, practitionerId?: string): SlotTime[] {
  const { rules } = context.data;
  const window = bookingWindowOf(rules, variant);
  const now = context.now.getTime();
  const earliest = now + window.minimumNoticeMinutes * minute;
  const latest = now + window.horizonDays * 24 * 60 * minute;
  if (variant.sparse) {
    const today = localDate(context.now, location.timeZone);
    if (daysBetween(today, date) < variant.sparse.fromDay || !variant.sparse.days.includes(weekdayOf(date))) return [];
  }
  const times: SlotTime[] = [];
  for (const slot of openingSlots(location, variant, date)) {
    const at = slot.start.getTime();
    if (at <= now || at >= latest) continue;
    if (takenByOthers(variant.id, location.id, slot.start, rules.takenShare) || context.booked.has(slotKey(variant.id, location.id, slot.start))) continue;
    const who = freePractitioners(context.data, variant, weekdayOf(date), (id, share) => takenByOthers(`${variant.id}|${id}`, location.id, slot.start, share));
    if (who?.length === 0 || (practitionerId !== undefined && !who?.includes(practitionerId))) continue;
    times.push({ ...slot, ...(who && { practitionerIds: who }), ...(at < earliest && { bookableOnline: false }) });
  }
  return times;
}

/** The slots of one local date a patient may book online now. */
export function freeSlots(context: ScheduleContext, variant: SeedVariant, location: SeedLocation, date: string, practitionerId?: string): SlotTime[] {
  return openTimes(context, variant, location, date, practitionerId).filter((slot) => slot.bookableOnline !== false);
}

/** The free slot that starts at `start`, if there is one. */
export function findFreeSlot(context: ScheduleContext, variant: SeedVariant, location: SeedLocation, start: Date): SlotTime | undefined {
  const date = localDate(start, location.timeZone);
  return freeSlots(context, variant, location, date).find((slot) => slot.start.getTime() === start.getTime());
}

/** The last date a variant can be booked online at a location: its booking horizon, in the location's zone. */
export function horizonEnd(context: ScheduleContext, variant: SeedVariant, location: SeedLocation): string {
  const { horizonDays } = bookingWindowOf(context.data.rules, variant);
  return localDate(new Date(context.now.getTime() + horizonDays * 24 * 60 * minute), location.timeZone);
}

/** The first date after `after` with a slot bookable online (of one practitioner), within the booking horizon. */
export function nextAvailableDate(
  context: ScheduleContext,
  variant: SeedVariant,
  location: SeedLocation,
  after: string,
  practitionerId?: string,
): string | undefined {
  const end = horizonEnd(context, variant, location);
  for (let date = addDays(after, 1); date <= end; date = addDays(date, 1)) {
    if (freeSlots(context, variant, location, date, practitionerId).length > 0) return date;
  }
  return undefined;
}

/**
 * Whether other patients already hold the slot: a stable hash of variant, location and start,
 * so the same slots are taken on every run and in every process.
 */
export function takenByOthers(variantId: string, locationId: string, start: Date, share: number): boolean {
  return fnv1a(slotKey(variantId, locationId, start)) / 2 ** 32 < share;
}

function fnv1a(text: string): number {
  let hash = 0x811c9dc5;
  for (let i = 0; i < text.length; i++) {
    hash ^= text.charCodeAt(i);
    hash = Math.imul(hash, 0x01000193);
  }
  // murmur3's finaliser: FNV alone leaves similar keys (consecutive slots) with similar hashes.
  hash ^= hash >>> 16;
  hash = Math.imul(hash, 0x85ebca6b);
  hash ^= hash >>> 13;
  hash = Math.imul(hash, 0xc2b2ae35);
  hash ^= hash >>> 16;
  return hash >>> 0;
}

export function minutesOf(time: string): number {
  const [hours = 0, minutes = 0] = time.split(':').map(Number);
  return hours * 60 + minutes;
}

function clockTime(minutes: number): string {
  return `${String(Math.floor(minutes / 60)).padStart(2, '0')}:${String(minutes % 60).padStart(2, '0')}`;
}
