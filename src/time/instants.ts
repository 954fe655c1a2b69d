/**
 * The instant a wall clock shows in a zone, and an instant as ISO 8601 with the zone's offset:
 * how the booking-API simulator writes its times. Apart from zoned.ts, which every element
 * loads, so that the elements do not carry them; the same conventions as there.
 */
import { dayMs, formatDate, offsetMinutes, offsetOf, pad, toLocal, utcMs, type LocalDateTime } from './zoned.js';

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
  return a.year === b.year && a.month === b.month && a.day === b.day && a.hour === b.hour && a.minute === b.minute && a.second === b.second;
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
