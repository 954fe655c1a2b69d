/**
 * A time a link offers the patient (a waitlist offer, issue #23 part 2): the booking flow opens
 * at that day with that time chosen, or, when someone else booked it first, says it was just
 * taken and shows the next free times. Plain state, so it is tested without a browser.
 */
import { isBookableOnline } from './booking-window.js';
import { monthOf, type MonthAvailability } from './availability-window.js';
import { chooseDate, chooseSlot, type BookingFlowState } from './booking-flow.js';
import { localDate } from '../time/zoned.js';

/**
 * The flow opened at `start`, once the free times of its month are in; undefined while they
 * load. A time still free is chosen; a taken one leaves the patient at its day (or the next day
 * with free times) with the "just taken" notice. A month that failed to load leaves the flow as
 * it was: its own error and Try again show.
 */
export function openAtOfferedTime(
  state: BookingFlowState,
  start: string,
  timeZone: string,
  availabilityOf: (month: string) => MonthAvailability,
): BookingFlowState | undefined {
  const at = Date.parse(start);
  if (Number.isNaN(at)) return state;
  const date = localDate(at, timeZone);
  const month = availabilityOf(monthOf(date));
  if (month.status === 'pending') return undefined;
  if (month.status === 'error') return chooseDate(state, date);
  const offered = month.days.get(date)?.find((slot) => Date.parse(slot.start) === at && isBookableOnline(slot));
  if (offered) return chooseSlot(chooseDate(state, date), offered);
  return { ...chooseDate(state, nextFreeDay(month, date) ?? date), notice: 'slot-taken' };
}

/** The offered day if it still has times bookable online, else the first later one. */
function nextFreeDay(month: MonthAvailability, from: string): string | undefined {
  const later = [...month.days].filter(([day, slots]) => day >= from && slots.some(isBookableOnline)).map(([day]) => day);
  return later.sort()[0] ?? month.nextAvailableDate;
}
