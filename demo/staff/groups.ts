/**
 * How the bookings list groups bookings: upcoming visits (booked and not yet over), upcoming
 * visits that were cancelled, and past ones. Pure, so the counts in the headings are tested.
 */
import type { StaffAppointment } from 'circle-booking/api';

export interface BookingGroups {
  /** Booked visits not yet over, soonest first: what "Upcoming (N)" counts. */
  upcoming: StaffAppointment[];
  /** Cancelled visits that would not yet be over, soonest first. */
  cancelled: StaffAppointment[];
  /** Visits already over, whatever became of them, latest first. */
  past: StaffAppointment[];
}

/** `bookings` (in the API's order: by start) grouped as the list shows them at `now`. */
export function groupBookings(bookings: readonly StaffAppointment[], now: number): BookingGroups {
  const ahead = bookings.filter((booking) => Date.parse(booking.end) >= now);
  return {
    upcoming: ahead.filter((booking) => booking.status !== 'cancelled'),
    cancelled: ahead.filter((booking) => booking.status === 'cancelled'),
    past: bookings.filter((booking) => Date.parse(booking.end) < now).reverse(),
  };
}
