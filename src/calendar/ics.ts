/**
 * An appointment as an iCalendar file (RFC 5545) the patient adds to their own calendar.
 * Pure: no DOM, runs in Node. It holds what the clinic published (service, time, place,
 * practitioner, clinic contact) and nothing about the patient, since calendars are often shared or synced;
 * nor a link to the appointment, which carries the patient's access token.
 */
import type { Appointment, Location } from '../api/schemas.js';

/** What the file is made from: a subset of `Appointment`, so a confirmation's appointment fits. */
export interface IcsAppointment {
  id: string;
  /** ISO-8601 with an offset, e.g. `2026-11-25T09:00:00+01:00`. */
  start: string;
  end: string;
  service: Pick<Appointment['service'], 'name'>;
  variant: Pick<Appointment['variant'], 'name'>;
  location: Pick<Location, 'name' | 'address'>;
  clinic: Appointment['clinic'];
  practitioner?: Pick<NonNullable<Appointment['practitioner']>, 'displayName' | 'title'> | undefined;
  /** A video or phone visit has no address to go to: the room's link, or "We'll call you". */
  mode?: Appointment['mode'];
  videoUrl?: Appointment['videoUrl'];
}

export interface IcsOptions {
  /** DTSTAMP: when the file was made. Default: now. */
  now?: Date;
  /** Language of the country name in the address, e.g. `de`. Default: the runtime's. */
  locale?: string;
  /**
   * The clinic's phone and email as the description writes them, in the patient's language.
   * Default: English (`Phone: +49 30 …`). The elements pass their translations, which keeps
   * this module, loaded on use, free of the localization runtime.
   */
  contact?: ContactWording;
}

export interface ContactWording {
  phone(phone: string): string;
  email(email: string): string;
  /** Who the visit is with; English when left out. */
  practitioner?(name: string, title: string): string;
  /** Where a phone visit takes place, e.g. "We'll call you". */
  phoneVisit?(): string;
  /** How a video visit is joined, e.g. "Join the video visit: https://…". */
  videoVisit?(url: string): string;
}

const englishContact: Required<ContactWording> = {
  phone: (phone) => `Phone: ${phone}`,
  email: (email) => `Email: ${email}`,
  practitioner: (name, title) => `With ${name}, ${title}`,
  phoneVisit: () => 'We’ll call you',
  videoVisit: (url) => `Join the video visit: ${url}`,
};

const CRLF = '\r\n';
const maxLineOctets = 75;
const encoder = new TextEncoder();

/** `20261125T080000Z`: the instant in UTC, as DTSTART/DTEND/DTSTAMP want it. */
export function icsUtc(instant: string | Date): string {
  const date = new Date(instant);
  if (Number.isNaN(date.getTime())) throw new RangeError(`Not a date-time: ${String(instant)}`);
  return date
    .toISOString()
    .replace(/\.\d{3}Z$/, 'Z')
    .replace(/[-:]/g, '');
}

/** A TEXT value (RFC 5545 3.3.11): backslash, semicolon, comma and newlines escaped; other control characters dropped. */
export function escapeText(value: string): string {
  return (
    value
      .replace(/\\/g, '\\\\')
      .replace(/;/g, '\\;')
      .replace(/,/g, '\\,')
      .replace(/\r\n|\r|\n/g, '\\n')
      // eslint-disable-next-line no-control-regex
      .replace(/[\u0000-\u0008\u000a-\u001f\u007f]/g, '')
  );
}

/**
 * Folds a content line into lines of at most 75 octets (RFC 5545 3.1): each continuation
 * starts with one space, which counts. Splits only between code points, never inside a
 * multi-byte UTF-8 character.
 */
export function foldLine(line: string): string {
  const lines: string[] = [];
  let current = '';
  let octets = 0;
  for (const char of line) {
    const size = encoder.encode(char).length;
    if (octets + size > maxLineOctets) {
      lines.push(current);
      current = ' ';
      octets = 1;
    }
    current += char;
    octets += size;
  }
  lines.push(current);
  return lines.join(CRLF);
}

function oneLineAddress(location: IcsAppointment['location'], locale: string | undefined): string {
  const { line1, line2, postalCode, city, country } = location.address;
  let countryName: string = country;
  try {
    countryName = new Intl.DisplayNames(locale, { type: 'region' }).of(country) ?? country;
  } catch {
    // An unknown code or locale: keep the code.
  }
  return [location.name, line1, line2, [postalCode, city].filter(Boolean).join(' '), countryName].filter(Boolean).join(', ');
}

/** Where the visit takes place: the video room's link, "We'll call you", or the location's address. */
function placeOf(appointment: IcsAppointment, wording: ContactWording, locale: string | undefined): string {
  if (appointment.mode === 'video' && appointment.videoUrl) return appointment.videoUrl;
  if (appointment.mode === 'phone') return (wording.phoneVisit ?? englishContact.phoneVisit)();
  return oneLineAddress(appointment.location, locale);
}

/**
 * The .ics text of one appointment: a VCALENDAR with one VEVENT, CRLF line endings, times
 * in UTC. Throws a RangeError when `start` or `end` is not a date-time.
 */
export function appointmentIcs(appointment: IcsAppointment, options: IcsOptions = {}): string {
  const { clinic } = appointment;
  const wording = { ...englishContact, ...options.contact };
  const { practitioner } = appointment;
  const video = appointment.mode === 'video' ? appointment.videoUrl : undefined;
  const description = [
    practitioner ? wording.practitioner(practitioner.displayName, practitioner.title) : '',
    video ? wording.videoVisit(video) : '',
    clinic.name,
    clinic.phone ? wording.phone(clinic.phone) : '',
    clinic.email ? wording.email(clinic.email) : '',
  ]
    .filter(Boolean)
    .join('\n');
  const properties: [string, string][] = [
    ['UID', `${escapeText(appointment.id)}@circle-booking`],
    ['DTSTAMP', icsUtc(options.now ?? new Date())],
    ['DTSTART', icsUtc(appointment.start)],
    ['DTEND', icsUtc(appointment.end)],
    ['SUMMARY', escapeText(`${appointment.variant.name} – ${appointment.service.name}`)],
    ['LOCATION', escapeText(placeOf(appointment, wording, options.locale))],
    ['DESCRIPTION', escapeText(description)],
    // The room's link as the event's URL too, which calendars offer as a link to open.
    ...(video ? [['URL', video.replace(/[\r\n]/g, '')] as [string, string]] : []),
  ];
  // URI values are not TEXT: no escaping, but a line break would end the property.
  const lines = [
    'BEGIN:VCALENDAR',
    'VERSION:2.0',
    'PRODID:-//Circle//circle-booking//EN',
    'CALSCALE:GREGORIAN',
    'METHOD:PUBLISH',
    'BEGIN:VEVENT',
    ...properties.map(([name, value]) => `${name}:${value}`),
    'END:VEVENT',
    'END:VCALENDAR',
  ];
  return lines.map(foldLine).join(CRLF) + CRLF;
}
