/**
 * Slots, generated from each location's opening hours in its wall time for any date, so a
 * window across a daylight-saving change needs no special data: a wall time that does not
 * exist that day is skipped, and each slot's offset is whatever the zone says on that day.
 */
import { addDays, daysBetween, localDate } from '../time/zoned.js';
import { fromLocal } from '../time/instants.js';
import { weekdayOf, type SeedData, type SeedLocation, type SeedVariant } from './fixtures.js';

export interface SlotTime {
  start: Date;
  end: Date;
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

/** The slots of one local date a patient may book now. */
export function freeSlots(context: ScheduleContext, variant: SeedVariant, location: SeedLocation, date: string): SlotTime[] {
  const { rules } = context.data;
  const earliest = context.now.getTime() + rules.minNoticeMinutes * minute;
  const latest = context.now.getTime() + rules.horizonDays * 24 * 60 * minute;
  if (variant.sparse) {
    const today = localDate(context.now, location.timeZone);
    if (daysBetween(today, date) < variant.sparse.fromDay || !variant.sparse.days.includes(weekdayOf(date))) return [];
  }
  return openingSlots(location, variant, date).filter(
    ({ start }) =>
      start.getTime() >= earliest &&
      start.getTime() < latest &&
      !takenByOthers(variant.id, location.id, start, rules.takenShare) &&
      !context.booked.has(slotKey(variant.id, location.id, start)),
  );
}

/** The free slot that starts at `start`, if there is one. */
export function findFreeSlot(context: ScheduleContext, variant: SeedVariant, location: SeedLocation, start: Date): SlotTime | undefined {
  const date = localDate(start, location.timeZone);
  return freeSlots(context, variant, location, date).find((slot) => slot.start.getTime() === start.getTime());
}

/** The last date that can be booked online at a location: the booking horizon, in its zone. */
export function horizonEnd(context: ScheduleContext, location: SeedLocation): string {
  return localDate(new Date(context.now.getTime() + context.data.rules.horizonDays * 24 * 60 * minute), location.timeZone);
}

/** The first date after `after` with a free slot, within the booking horizon. */
export function nextAvailableDate(context: ScheduleContext, variant: SeedVariant, location: SeedLocation, after: string): string | undefined {
  const end = horizonEnd(context, location);
  for (let date = addDays(after, 1); date <= end; date = addDays(date, 1)) {
    if (freeSlots(context, variant, location, date).length > 0) return date;
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
