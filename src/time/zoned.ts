/**
 * IANA time-zone arithmetic on plain `Date`s, with nothing but `Intl`: the wall clock of an
 * instant in a zone, its offset, and calendar arithmetic on `YYYY-MM-DD` dates. Pure and
 * DOM-free, for the booking-API simulator and the elements alike. The instant of a wall clock
 * and ISO-8601 strings with the zone's offset, which only the simulator writes, are in
 * instants.ts.
 *
 * Instants are `Date`s or epoch milliseconds; wall clocks are whole seconds, so milliseconds
 * are dropped (truncated, never rounded). Every function that takes a zone throws the
 * `RangeError` of `Intl.DateTimeFormat` for a zone it does not know, and for an invalid `Date`.
 */

/** A wall-clock date and time in some zone: month 1–12, day 1–31, hour 0–23, second 0–59. */
export interface LocalDateTime {
  year: number;
  month: number;
  day: number;
  hour: number;
  minute: number;
  /** 0 when left out. */
  second?: number;
}

export const dayMs = 86_400_000;

/** One formatter per zone: constructing them is slow. Keyed by the zone as the caller spells it. */
const formatters = new Map<string, Intl.DateTimeFormat>();

function formatterFor(timeZone: string): Intl.DateTimeFormat {
  let formatter = formatters.get(timeZone);
  if (!formatter) {
    formatter = new Intl.DateTimeFormat('en-US', {
      timeZone,
      hourCycle: 'h23',
      era: 'short',
      year: 'numeric',
      month: 'numeric',
      day: 'numeric',
      hour: 'numeric',
      minute: 'numeric',
      second: 'numeric',
    });
    formatters.set(timeZone, formatter);
  }
  return formatter;
}

function epochMs(instant: Date | number): number {
  return typeof instant === 'number' ? instant : instant.getTime();
}

/** Epoch milliseconds of a wall clock read as UTC; years 0–99 are years, not 1900–1999. */
export function utcMs(year: number, month: number, day: number, hour = 0, minute = 0, second = 0): number {
  const date = new Date(0);
  date.setUTCFullYear(year, month - 1, day);
  return date.setUTCHours(hour, minute, second, 0);
}

/** The wall clock of an instant in a zone, to the second. */
export function toLocal(instant: Date | number, timeZone: string): Required<LocalDateTime> {
  const fields: Record<string, string> = {};
  for (const part of formatterFor(timeZone).formatToParts(epochMs(instant))) fields[part.type] = part.value;
  const year = Number(fields.year);
  return {
    year: fields.era === 'BC' ? 1 - year : year,
    month: Number(fields.month),
    day: Number(fields.day),
    // Some engines write midnight as 24 even with h23.
    hour: Number(fields.hour) % 24,
    minute: Number(fields.minute),
    second: Number(fields.second),
  };
}

/**
 * `toLocal` for many instants in one zone, for lists of times: a month's slots, a day's times.
 * Each wall clock comes as a `Date` whose UTC fields read it (`getUTCHours()`, `toISOString()`).
 * The offset is read at the first and last millisecond of each UTC day; where they agree, which
 * is every day without a clock change, it holds all day (no zone changes its clocks twice in one
 * day and back), so an instant costs arithmetic instead of an Intl call. Days with a change read
 * each instant's own wall clock.
 */
export function wallClocks(timeZone: string): (instant: number) => Date {
  const offsets = new Map<number, number | undefined>();
  return (instant) => {
    const utcDay = Math.floor(instant / dayMs);
    if (!offsets.has(utcDay)) {
      const first = offsetMinutes(utcDay * dayMs, timeZone);
      offsets.set(utcDay, first === offsetMinutes((utcDay + 1) * dayMs - 1, timeZone) ? first : undefined);
    }
    const offset = offsets.get(utcDay);
    if (offset !== undefined) return new Date(Math.floor(instant / 1000) * 1000 + offset * 60_000);
    const wall = toLocal(instant, timeZone);
    return new Date(utcMs(wall.year, wall.month, wall.day, wall.hour, wall.minute, wall.second));
  };
}

/**
 * The zone's offset from UTC at an instant, in minutes east of Greenwich: +60 for Europe/Berlin
 * in winter, -240 for America/New_York in summer. Fractional where the zone's offset had seconds
 * (local mean time, and Africa/Monrovia until 1972).
 */
export function offsetMinutes(instant: Date | number, timeZone: string): number {
  return offsetOf(toLocal(instant, timeZone), instant);
}

/** The offset, in minutes, of a zone whose wall clock shows `wall` at `instant`. */
export function offsetOf(wall: Required<LocalDateTime>, instant: Date | number): number {
  const wallAsUtc = utcMs(wall.year, wall.month, wall.day, wall.hour, wall.minute, wall.second);
  return (wallAsUtc - Math.floor(epochMs(instant) / 1000) * 1000) / 60_000;
}

/** The calendar date, `YYYY-MM-DD`, of an instant in a zone. */
export function localDate(instant: Date | number, timeZone: string): string {
  const wall = toLocal(instant, timeZone);
  return formatDate(wall.year, wall.month, wall.day);
}

/**
 * The date `days` calendar days after a `YYYY-MM-DD` date (before it when negative).
 * @throws RangeError when the date is not a real `YYYY-MM-DD` date or `days` is not an integer.
 */
export function addDays(isoDate: string, days: number): string {
  if (!Number.isInteger(days)) throw new RangeError(`Not a whole number of days: ${days}`);
  const date = new Date(parseDate(isoDate) + days * dayMs);
  if (Number.isNaN(date.getTime())) throw new RangeError(`${isoDate} plus ${days} days is out of range`);
  return formatDate(date.getUTCFullYear(), date.getUTCMonth() + 1, date.getUTCDate());
}

/** The weekday of a `YYYY-MM-DD` date: 0 for Sunday to 6 for Saturday. */
export function dayOfWeek(isoDate: string): number {
  return new Date(parseDate(isoDate)).getUTCDay();
}

/** Calendar days from one `YYYY-MM-DD` date to another: negative when `to` is earlier. */
export function daysBetween(fromIsoDate: string, toIsoDate: string): number {
  return Math.round((parseDate(toIsoDate) - parseDate(fromIsoDate)) / dayMs);
}

const datePattern = /^([+-]\d{6}|\d{4})-(\d{2})-(\d{2})$/;

/** Epoch milliseconds of UTC midnight on a `YYYY-MM-DD` date. */
function parseDate(isoDate: string): number {
  const match = datePattern.exec(isoDate);
  const ms = match ? utcMs(Number(match[1]), Number(match[2]), Number(match[3])) : NaN;
  const date = new Date(ms);
  // Writing it back catches February 30 and month 13, which Date would roll over.
  if (!match || Number.isNaN(ms) || formatDate(date.getUTCFullYear(), date.getUTCMonth() + 1, date.getUTCDate()) !== isoDate) {
    throw new RangeError(`Not a calendar date (YYYY-MM-DD): ${isoDate}`);
  }
  return ms;
}

/** `YYYY-MM-DD`; years outside 0000–9999 as ISO's expanded `±YYYYYY`, as `Date` writes them. */
export function formatDate(year: number, month: number, day: number): string {
  const y = year >= 0 && year <= 9999 ? String(year).padStart(4, '0') : `${year < 0 ? '-' : '+'}${String(Math.abs(year)).padStart(6, '0')}`;
  return `${y}-${pad(month)}-${pad(day)}`;
}

export function pad(value: number): string {
  return String(value).padStart(2, '0');
}
