/** The dashboard's reads, through the package's API client (configured in shared/setup.ts). */
import { createClient, listAppointments, type ApiClient, type AppointmentListQuery, type StaffAppointment } from 'circle-booking/api';

let client: ApiClient | undefined;

/** One client for the page, made on first use: after setup.ts has configured the API. */
export function api(): ApiClient {
  return (client ??= createClient());
}

/** Every booking matching `query`, following `nextCursor` page by page. */
export async function allBookings(query: AppointmentListQuery, signal: AbortSignal): Promise<StaffAppointment[]> {
  const bookings: StaffAppointment[] = [];
  let cursor: string | undefined;
  do {
    const page = await listAppointments(api(), { ...query, cursor, limit: 200 }, { signal });
    bookings.push(...page.appointments);
    cursor = page.nextCursor;
  } while (cursor);
  return bookings;
}
