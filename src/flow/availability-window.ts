/**
 * Availability is fetched a month at a time, in the location's zone, from today on: the
 * windows the day picker shows, the next one prefetched. Grouping slots by local day lets the
 * time list render only the chosen day, however many slots the month holds.
 */
import type { Slot } from '../api/schemas.js';
import { addDays, localDate, wallClocks } from '../time/zoned.js';

export interface MonthAvailability {
  status: 'pending' | 'complete' | 'error';
  /** Free slots by local date; empty while pending or after an error. */
  days: ReadonlyMap<string, readonly Slot[]>;
  /** The first later date with a free slot, when the month has none. */
  nextAvailableDate?: string;
  /** The last date bookable online, as the API last said (also while this month loads). */
  bookableUntil?: string;
  error?: unknown;
}

export interface AvailabilityQuery {
  variantId: string;
  locationId: string;
  timeZone: string;
  /** `YYYY-MM` */
  month: string;
  /** Today in the location's zone: earlier dates are never asked for. */
  today: string;
  /** Only this practitioner's times; everyone's when left out. Cached apart. */
  practitionerId?: string | undefined;
}

export interface DateWindow {
  from: string;
  to: string;
}

/** `YYYY-MM` of a date. */
export function monthOf(isoDate: string): string {
  return isoDate.slice(0, 7);
}

/** The month before or after `month`, by `delta` months. */
export function addMonths(month: string, delta: number): string {
  const [year, monthNumber] = month.split('-').map(Number) as [number, number];
  const index = year * 12 + (monthNumber - 1) + delta;
  return `${String(Math.floor(index / 12)).padStart(4, '0')}-${String((index % 12) + 1).padStart(2, '0')}`;
}

/** The dates of `month` still worth asking for: none before `today`. Undefined when all passed. */
export function monthWindow(month: string, today: string): DateWindow | undefined {
  const first = `${month}-01`;
  const last = addDays(`${addMonths(month, 1)}-01`, -1);
  if (last < today) return undefined;
  return { from: first < today ? today : first, to: last };
}

/** Today's date where the location is. */
export function todayIn(timeZone: string, now: Date = new Date()): string {
  return localDate(now, timeZone);
}

/**
 * Slots grouped by their local date in `timeZone`, each day's in time order. A month can hold
 * thousands of slots and this runs while the patient waits: each start is parsed once, and the
 * zone's offset is read once per UTC day rather than once per slot (`wallClocks`).
 */
export function slotsByDay(slots: readonly Slot[], timeZone: string): Map<string, Slot[]> {
  const wallClock = wallClocks(timeZone);
  const timed = slots.map((slot) => ({ slot, at: Date.parse(slot.start) })).sort((a, b) => a.at - b.at);
  const days = new Map<string, Slot[]>();
  for (const { slot, at } of timed) {
    const day = wallClock(at).toISOString().slice(0, 10);
    const list = days.get(day);
    if (list) list.push(slot);
    else days.set(day, [slot]);
  }
  return days;
}
