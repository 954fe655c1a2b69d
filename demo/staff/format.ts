/** Dates and times for the dashboard, always in the location's own time zone. */
import type { StaffAppointment } from 'circle-booking/api';

const locale = undefined; // the browser's

export function dateTime(instant: string, timeZone: string): string {
  return new Intl.DateTimeFormat(locale, { weekday: 'short', day: 'numeric', month: 'short', hour: 'numeric', minute: '2-digit', timeZone }).format(
    new Date(instant),
  );
}

export function time(instant: string, timeZone: string): string {
  return new Intl.DateTimeFormat(locale, { hour: 'numeric', minute: '2-digit', timeZone }).format(new Date(instant));
}

/** "Tue 1 Dec, 10:00–11:00 (Berlin time)". */
export function visitTime(booking: Pick<StaffAppointment, 'start' | 'end' | 'location'>): string {
  const zone = booking.location.timeZone;
  const city = zone.split('/').at(-1)?.replaceAll('_', ' ');
  return `${dateTime(booking.start, zone)}–${time(booking.end, zone)} (${city} time)`;
}

const relative = new Intl.RelativeTimeFormat(locale, { numeric: 'auto' });

/** "just now", "5 minutes ago", "2 days ago". */
export function ago(instant: string, now = Date.now()): string {
  const seconds = Math.round((Date.parse(instant) - now) / 1000);
  if (Math.abs(seconds) < 45) return 'just now';
  const minutes = Math.round(seconds / 60);
  if (Math.abs(minutes) < 60) return relative.format(minutes, 'minute');
  const hours = Math.round(minutes / 60);
  if (Math.abs(hours) < 24) return relative.format(hours, 'hour');
  return relative.format(Math.round(hours / 24), 'day');
}

export function patientName(booking: StaffAppointment): string {
  return `${booking.patient.givenName} ${booking.patient.familyName}`;
}

const relationshipWords: Record<NonNullable<StaffAppointment['bookedBy']>['relationship'], string> = {
  parent: 'parent',
  guardian: 'legal guardian',
  carer: 'carer',
  partner: 'partner',
  relative: 'relative',
  other: '',
};

/** "booked by Ada Lovelace (parent)" for a visit someone else booked; empty for a patient's own. */
export function bookedByNote(booking: StaffAppointment): string {
  const { bookedBy } = booking;
  if (!bookedBy) return '';
  const relationship = relationshipWords[bookedBy.relationship];
  return `booked by ${bookedBy.givenName} ${bookedBy.familyName}${relationship ? ` (${relationship})` : ''}`;
}

/** "Sam Lovelace, booked by Ada Lovelace (parent)", or the patient's name alone. */
export function whoLine(booking: StaffAppointment): string {
  const note = bookedByNote(booking);
  return note ? `${patientName(booking)}, ${note}` : patientName(booking);
}

export const statusLabels: Record<StaffAppointment['status'], string> = {
  booked: 'Booked',
  cancelled: 'Cancelled',
  completed: 'Completed',
  no_show: 'No-show',
};

export function money(amountMinor: number, currency: string): string {
  return new Intl.NumberFormat(locale, { style: 'currency', currency }).format(amountMinor / 100);
}
