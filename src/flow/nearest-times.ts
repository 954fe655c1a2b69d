/**
 * The free times offered in place of a lost one (issue 21, part 3): the nearest, those with the
 * same practitioner first. Fetched with the lost-time screen (booking-flow/hold-lost.ts), the
 * only one that offers them.
 */
import type { Slot } from '../api/schemas.js';

/**
 * Up to `count` free times nearest the lost one: what the patient is offered when a held time is
 * lost. `preferred` ones (the same practitioner) are picked before the rest and listed first;
 * each group in time order.
 */
export function nearestTimes(slots: readonly Slot[], lost: Slot, count = 4, preferred: (slot: Slot) => boolean = () => true): Slot[] {
  const at = Date.parse(lost.start);
  const distance = (slot: Slot) => Math.abs(Date.parse(slot.start) - at);
  const first = (slot: Slot) => Number(!preferred(slot));
  // A time inside the minimum notice is booked by phone: never offered in place of a lost one.
  const ranked = slots.filter((slot) => slot.bookableOnline !== false).sort((a, b) => first(a) - first(b) || distance(a) - distance(b));
  return ranked.slice(0, count).sort((a, b) => first(a) - first(b) || Date.parse(a.start) - Date.parse(b.start));
}

/** Whether `slot` is with one of `practitioners` (all are, when none is named). */
export function withAnyOf(practitioners: readonly string[], slot: Slot): boolean {
  return practitioners.length === 0 || !!slot.practitionerIds?.some((id) => practitioners.includes(id));
}
