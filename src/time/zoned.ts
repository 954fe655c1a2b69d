/**
 * IANA time-zone arithmetic on plain `Date`s, with nothing but `Intl`: the wall clock of an
 * instant in a zone, the instant of a wall clock, ISO-8601 strings with the zone's offset, and
 * calendar arithmetic on `YYYY-MM-DD` dates. Pure and DOM-free, for the booking-API simulator
 * and the elements alike.
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

const dayMs = 86_400_000;

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
function utcMs(year: number, month: number, day: number, hour = 0, minute = 0, second = 0): number {
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
 * The zone's offset from UTC at an instant, in minutes east of Greenwich: +60 for Europe/Berlin
 * in winter, -240 for America/New_York in summer. Fractional where the zone's offset had seconds
 * (local mean time, and Africa/Monrovia until 1972).
 */
export function offsetMinutes(instant: Date | number, timeZone: string): number {
  return offsetOf(toLocal(instant, timeZone), instant);
}

/** The offset, in minutes, of a zone whose wall clock shows `wall` at `instant`. */
function offsetOf(wall: Required<LocalDateTime>, instant: Date | number): number {
  const wallAsUtc = utcMs(wall.year, wall.month, wall.day, wall.hour, wall.minute, wall.second);
  return (wallAsUtc - Math.floor(epochMs(instant) / 1000) * 1000) / 60_000;
}

/**
 * The instant a wall clock shows in a zone. Null when the zone never shows it: a time skipped
 * when clocks go forward (2027-03-14T02:30 in America/New_York), or fields out of range
 * (February 30, hour 24). A time shown twice, when clocks go back, gives the earlier instant.
 *
 * Also takes `YYYY-MM-DDTHH:MM` or `YYYY-MM-DDTHH:MM:SS`, and throws a RangeError for any other
 * string.
 */
export function fromLocal(local: LocalDateTime | string, timeZone: string): Date | null {
  const wall = typeof local === 'string' ? parseLocal(local) : { ...local, second: local.second ?? 0 };
  const wallAsUtc = utcMs(wall.year, wall.month, wall.day, wall.hour, wall.minute, wall.second);
  if (Number.isNaN(wallAsUtc)) return null;
  // An instant that shows this wall clock lies within 14 hours of it (offsets span -12 to +14),
  // so its offset is the one a day before or a day after, unless the zone changed its offset
  // twice within those two days (assumed never to happen).
  const offsets = new Set([offsetMinutes(wallAsUtc - dayMs, timeZone), offsetMinutes(wallAsUtc + dayMs, timeZone)]);
  const instants = [...offsets]
    .map((offset) => wallAsUtc - offset * 60_000)
    .filter((candidate) => sameWallClock(toLocal(candidate, timeZone), wall))
    .sort((a, b) => a - b);
  return instants.length > 0 ? new Date(instants[0]!) : null;
}

function sameWallClock(a: Required<LocalDateTime>, b: Required<LocalDateTime>): boolean {
  return (
    a.year === b.year && a.month === b.month && a.day === b.day &&
    a.hour === b.hour && a.minute === b.minute && a.second === b.second
  );
}

const localPattern = /^(\d{4})-(\d{2})-(\d{2})T(\d{2}):(\d{2})(?::(\d{2}))?$/;

function parseLocal(text: string): Required<LocalDateTime> {
  const match = localPattern.exec(text);
  if (!match) throw new RangeError(`Not a local date-time (YYYY-MM-DDTHH:MM[:SS]): ${text}`);
  const [year, month, day, hour, minute, second] = match.slice(1).map((field) => Number(field ?? 0));
  return { year: year!, month: month!, day: day!, hour: hour!, minute: minute!, second: second! };
}

/**
 * An instant as ISO 8601 with the zone's offset, to the second: `2027-03-14T09:00:00-04:00`.
 * Never `Z`: UTC is `+00:00`. An offset with seconds (before 1972) is rounded to the minute,
 * as Temporal does, so such a string is off by those seconds.
 */
export function formatInstant(instant: Date | number, timeZone: string): string {
  const wall = toLocal(instant, timeZone);
  const exactOffset = offsetOf(wall, instant);
  const offset = Math.round(Math.abs(exactOffset));
  const sign = exactOffset < 0 && offset > 0 ? '-' : '+';
  return (
    `${formatDate(wall.year, wall.month, wall.day)}T${pad(wall.hour)}:${pad(wall.minute)}:${pad(wall.second)}` +
    `${sign}${pad(Math.floor(offset / 60))}:${pad(offset % 60)}`
  );
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
function formatDate(year: number, month: number, day: number): string {
  const y = year >= 0 && year <= 9999 ? String(year).padStart(4, '0') : `${year < 0 ? '-' : '+'}${String(Math.abs(year)).padStart(6, '0')}`;
  return `${y}-${pad(month)}-${pad(day)}`;
}

function pad(value: number): string {
  return String(value).padStart(2, '0');
}
