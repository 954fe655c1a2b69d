/**
 * `appointment-2026-11-25.ics`: named by the day of the visit where it takes place. Apart from
 * ics.ts, so the link has its name before the code that writes the file is loaded.
 */
export function icsFileName(appointment: { start: string }): string {
  // `start` is written in the location's zone, so its date part is the local day of the visit.
  // Anything else is read as an instant and named by its UTC day (a RangeError when it is none).
  const day = /^(\d{4}-\d{2}-\d{2})T/.exec(appointment.start)?.[1] ?? new Date(appointment.start).toISOString().slice(0, 10);
  return `appointment-${day}.ics`;
}
