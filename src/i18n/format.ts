/**
 * Dates, times, durations and prices for people, through Intl in the active locale. Times are
 * always shown in the location's time zone, since that is where the patient has to be.
 * Pure and cached: formatters are slow to build and a month view formats hundreds of times.
 */
import type { Price } from '../api/schemas.js';

const cache = new Map<string, Intl.DateTimeFormat | Intl.NumberFormat>();

/** `new Intl.DateTimeFormat(locale, options)`, made once per locale and options. */
export function dateTimeFormat(locale: string | undefined, options: Intl.DateTimeFormatOptions): Intl.DateTimeFormat {
  const key = `d|${locale}|${JSON.stringify(options)}`;
  let format = cache.get(key) as Intl.DateTimeFormat | undefined;
  if (!format) cache.set(key, (format = new Intl.DateTimeFormat(locale, options)));
  return format;
}

/** The formatter of `formatTime`, for a list of times: fetched once, not per time. */
export function timeFormat(timeZone: string, locale?: string): Intl.DateTimeFormat {
  return dateTimeFormat(locale, { hour: 'numeric', minute: '2-digit', timeZone });
}

/** `9:00 AM` or `09:00`, as the locale writes clock times, in `timeZone`. */
export function formatTime(instant: string | Date, timeZone: string, locale?: string): string {
  return timeFormat(timeZone, locale).format(new Date(instant));
}

/** `Wednesday, 25 November 2026` for a calendar date `YYYY-MM-DD`. */
export function formatDate(isoDate: string, locale?: string, style: 'long' | 'medium' | 'weekday' = 'long'): string {
  const options: Intl.DateTimeFormatOptions =
    style === 'long'
      ? { weekday: 'long', day: 'numeric', month: 'long', year: 'numeric', timeZone: 'UTC' }
      : style === 'medium'
        ? { weekday: 'short', day: 'numeric', month: 'short', timeZone: 'UTC' }
        : { weekday: 'long', timeZone: 'UTC' };
  // A calendar date has no zone: read it as UTC midnight and format it in UTC.
  return dateTimeFormat(locale, options).format(new Date(`${isoDate}T00:00:00Z`));
}

/** `November 2026` for a month `YYYY-MM`. */
export function formatMonth(month: string, locale?: string): string {
  return dateTimeFormat(locale, { month: 'long', year: 'numeric', timeZone: 'UTC' }).format(new Date(`${month}-01T00:00:00Z`));
}

/** The date and time of an instant in `timeZone`: `Wednesday, 25 November 2026 at 09:00`. */
export function formatDateTime(instant: string | Date, timeZone: string, locale?: string): string {
  return dateTimeFormat(locale, { dateStyle: 'full', timeStyle: 'short', timeZone }).format(new Date(instant));
}

/** The zone's name as people know it, e.g. `Central European Standard Time`, at that instant. */
export function formatTimeZone(timeZone: string, instant: string | Date = new Date(), locale?: string): string {
  const parts = dateTimeFormat(locale, { timeZone, timeZoneName: 'long' }).formatToParts(new Date(instant));
  return parts.find((part) => part.type === 'timeZoneName')?.value ?? timeZone;
}

let patientZone: { zone: string; readAt: number } | undefined;

/**
 * The patient's own time zone, as the browser knows it. Read at most once a minute: reading it
 * builds a formatter, which showed in every change of day (the times compare it with the
 * clinic's), and a patient changes zones far less often.
 */
export function patientTimeZone(): string {
  const now = Date.now();
  if (!patientZone || Math.abs(now - patientZone.readAt) > 60_000) patientZone = { zone: new Intl.DateTimeFormat().resolvedOptions().timeZone, readAt: now };
  return patientZone.zone;
}

/**
 * Reads the patient's zone in a task of its own, for an element whose first request is on the
 * network: the first date formatter of a page loads the browser's time-zone data (15–30 ms, four
 * times that on a slow phone), which would otherwise hold up the task that reads the answer.
 */
export function loadTimeZonesMeanwhile(): void {
  setTimeout(patientTimeZone);
}

/**
 * `1 hr 30 min` / `45 Min.`: a duration in the locale's words. Where the short unit is a single
 * letter (Arabic's `د` and `س`), which a screen reader reads as that letter, the long name is
 * used instead (`30 دقيقة`).
 */
export function formatDuration(minutes: number, locale?: string): string {
  const hours = Math.floor(minutes / 60);
  const rest = minutes % 60;
  const unit = (value: number, name: 'hour' | 'minute') => {
    const short = numberFormat(locale, { style: 'unit', unit: name, unitDisplay: 'short' });
    const letter = short.formatToParts(value).some((part) => part.type === 'unit' && [...part.value.replace(/\.$/, '')].length === 1);
    return (letter ? numberFormat(locale, { style: 'unit', unit: name, unitDisplay: 'long' }) : short).format(value);
  };
  return [hours ? unit(hours, 'hour') : '', rest || !hours ? unit(rest, 'minute') : ''].filter(Boolean).join(' ');
}

/** `€95.00` / `95,00 €`: an amount in minor units in its currency. */
export function formatPrice(price: Price, locale?: string): string {
  const format = numberFormat(locale, { style: 'currency', currency: price.currency });
  const digits = format.resolvedOptions().maximumFractionDigits ?? 2;
  return format.format(price.amountMinor / 10 ** digits);
}

function numberFormat(locale: string | undefined, options: Intl.NumberFormatOptions): Intl.NumberFormat {
  const key = `n|${locale}|${JSON.stringify(options)}`;
  let format = cache.get(key) as Intl.NumberFormat | undefined;
  if (!format) cache.set(key, (format = new Intl.NumberFormat(locale, options)));
  return format;
}

/** 0 = Sunday … 6 = Saturday: the first day of the week where the patient lives. */
export function firstDayOfWeek(locale?: string): number {
  const resolved = new Intl.Locale(locale ?? new Intl.DateTimeFormat().resolvedOptions().locale);
  // Engines expose weekInfo (getWeekInfo() in newer ones); older Firefox has neither.
  const info = resolved as { getWeekInfo?: () => { firstDay: number }; weekInfo?: { firstDay: number } };
  const firstDay = info.getWeekInfo?.().firstDay ?? info.weekInfo?.firstDay;
  // Intl numbers Monday 1 … Sunday 7.
  if (firstDay !== undefined) return firstDay % 7;
  return weekStartByRegion(resolved.maximize().region);
}

/** CLDR's first day of the week where Intl has no weekInfo: Monday unless listed. */
const sundayFirst = new Set(
  'AG AS BD BR BS BT BW BZ CA CN CO DM DO ET GT GU HK HN ID IL IN JM JP KE KH KR LA MH MM MO MT MX MZ NI NP PA PE PH PK PR PT PY SA SG SV TH TT TW UM US VE VI WS YE ZA ZW'.split(
    ' ',
  ),
);
const saturdayFirst = new Set('AE AF BH DJ DZ EG IQ IR JO KW LY OM QA SD SY'.split(' '));

export function weekStartByRegion(region: string | undefined): number {
  if (region && sundayFirst.has(region)) return 0;
  if (region && saturdayFirst.has(region)) return 6;
  return 1;
}

/** Whether the locale writes times on a 12-hour clock (`9:00 AM`) rather than 24 hours (`09:00`). */
export function usesTwelveHourClock(locale?: string): boolean {
  return dateTimeFormat(locale, { hour: 'numeric' }).resolvedOptions().hour12 === true;
}

/**
 * `Tue 24 Nov, 09:00` as the locale writes it: a deadline or a new time, short enough for a
 * phone. `withZone` adds the zone's name on that day (`… 09:00 Central European Standard Time`),
 * for a deadline or a past moment read apart from the visit's own time.
 */
export function formatShortDateTime(instant: string | Date, timeZone: string, locale?: string, withZone = false): string {
  const options: Intl.DateTimeFormatOptions = { weekday: 'short', day: 'numeric', month: 'short', hour: 'numeric', minute: '2-digit', timeZone };
  if (withZone) options.timeZoneName = 'long';
  return dateTimeFormat(locale, options).format(new Date(instant));
}

/**
 * Languages by their BCP 47 tags, named in `locale` and listed: "German, English and French".
 * A tag the runtime cannot name is shown as it is.
 */
export function formatLanguages(tags: readonly string[], locale?: string): string {
  const names = tags.map((tag) => {
    try {
      return new Intl.DisplayNames(locale, { type: 'language' }).of(tag) ?? tag;
    } catch {
      return tag;
    }
  });
  return new Intl.ListFormat(locale, { type: 'conjunction' }).format(names);
}

/**
 * Text from the API or the clinic, set into a sentence of ours: wrapped in Unicode's first-strong
 * isolate (U+2068 … U+2069), as `<bdi>` would, so an English name in an Arabic sentence (or the
 * other way round) keeps its own direction and does not reorder the words around it.
 */
export function isolate(text: string): string {
  return `\u2068${text}\u2069`;
}

/** `Friedrichstraße 100, 3rd floor, 10117 Berlin`: an address on one line. */
export function formatAddress(address: { line1: string; line2?: string | undefined; postalCode?: string | undefined; city: string }): string {
  const { line1, line2, postalCode, city } = address;
  return [line1, line2, [postalCode, city].filter(Boolean).join(' ')].filter(Boolean).join(', ');
}
