/**
 * What changed about a booking, as staff need to see it: just booked, moved or cancelled, and
 * what moved since the list was last loaded. Pure: no DOM, tested under `node --test`.
 */
import type { StaffAppointment } from 'circle-booking/api';

export type Change = 'new' | 'moved' | 'cancelled';

/** How long a booking counts as recently changed. */
export const recentMs = 30 * 60_000;

/** The booking's latest change when it happened within `recentMs` of `now`, else undefined. */
export function recentChange(booking: StaffAppointment, now: number): Change | undefined {
  if (now - Date.parse(booking.updatedAt) > recentMs) return undefined;
  if (booking.status === 'cancelled') return 'cancelled';
  if (booking.previousStart !== undefined) return 'moved';
  if (booking.updatedAt === booking.bookedAt) return 'new';
  return undefined;
}

export interface Update {
  booking: StaffAppointment;
  change: Change;
}

/**
 * The bookings that are new, moved or cancelled in `next` compared with `previous` (one poll
 * before), for the page to announce. Nothing on the first load: there is nothing to compare.
 */
export function updatesSince(previous: readonly StaffAppointment[] | undefined, next: readonly StaffAppointment[]): Update[] {
  if (previous === undefined) return [];
  const before = new Map(previous.map((booking) => [booking.id, booking]));
  const updates: Update[] = [];
  for (const booking of next) {
    const old = before.get(booking.id);
    if (!old) updates.push({ booking, change: booking.status === 'cancelled' ? 'cancelled' : 'new' });
    else if (old.status !== 'cancelled' && booking.status === 'cancelled') updates.push({ booking, change: 'cancelled' });
    else if (Date.parse(old.start) !== Date.parse(booking.start)) updates.push({ booking, change: 'moved' });
  }
  return updates;
}
