/**
 * Availability is fetched a month at a time, in the location's zone, from today on: the
 * windows the day picker shows, the next one prefetched. Grouping slots by local day lets the
 * time list render only the chosen day, however many slots the month holds.
 */
import type { Slot } from '../api/schemas.js';
import { addDays, localDate } from '../time/zoned.js';

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

/** Slots grouped by their local date in `timeZone`, each day's in time order. */
export function slotsByDay(slots: readonly Slot[], timeZone: string): Map<string, Slot[]> {
  const days = new Map<string, Slot[]>();
  for (const slot of [...slots].sort((a, b) => Date.parse(a.start) - Date.parse(b.start))) {
    const day = localDate(new Date(slot.start), timeZone);
    const list = days.get(day);
    if (list) list.push(slot);
    else days.set(day, [slot]);
  }
  return days;
}
