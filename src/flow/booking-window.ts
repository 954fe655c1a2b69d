/**
 * When online booking is open, as the day picker and the times show it: days past the horizon
 * cannot be chosen and say why; times sooner than the minimum notice are shown as "Call to book".
 */
import type { Slot } from '../api/schemas.js';
import type { MonthAvailability } from './availability-window.js';

/** Whether a time can be booked online; false for a "Call to book" time inside the minimum notice. */
export function isBookableOnline(slot: Slot): boolean {
  return slot.bookableOnline !== false;
}

/** How far ahead online booking opens, in whole weeks where it is (56 days: 8 weeks), else days. */
export function horizonPeriod(horizonDays: number): { unit: 'week' | 'day'; count: number } {
  return horizonDays % 7 === 0 ? { unit: 'week', count: horizonDays / 7 } : { unit: 'day', count: horizonDays };
}

/**
 * What one day of the grid offers: times bookable online, only times to call about, nothing
 * online because it lies past the horizon, or nothing at all.
 */
export type DayOffer = 'bookable' | 'call-only' | 'past-horizon' | 'none';

export function dayOffer(date: string, slots: readonly Slot[] | undefined, bookableUntil: string | undefined): DayOffer {
  if (bookableUntil && date > bookableUntil) return 'past-horizon';
  if (!slots?.length) return 'none';
  return slots.some(isBookableOnline) ? 'bookable' : 'call-only';
}

/**
 * The day a month opens on: its first day with times to book online, a later one over a first
 * day that has only times to call about; else the first day with times to call about; else the
 * answer's next free day.
 */
export function firstDayToOffer(month: Pick<MonthAvailability, 'days' | 'nextAvailableDate'>): string | undefined {
  const days = [...month.days].sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0));
  return (days.find(([, slots]) => slots.some(isBookableOnline)) ?? days[0])?.[0] ?? month.nextAvailableDate;
}
