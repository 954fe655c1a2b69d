/**
 * The formats of the contract's values: instants, calendar dates, email addresses, web links
 * and whole numbers.
 *
 * Our own small checks rather than `z.iso.datetime()`, `z.iso.date()`, `z.email()` and
 * `z.url()`: those pull zod's string-format machinery (every format's class, its URL
 * normalisation, the regex builders) into each booking entry, 0.56 kB brotli of
 * `<circle-book-service>`. Each check here is `z.stringFormat`, so it fails the way zod's own
 * formats do (`invalid_format` with the same `format` name, which the patient form and the
 * simulator's messages read) and `z.toJSONSchema` still documents it (`format`, and the
 * `pattern` where there is one). The patterns are the ones zod 4 uses for these formats, so
 * what passes is unchanged.
 */
import * as z from 'zod/mini';

/**
 * A real calendar date, `YYYY-MM-DD`: 30 days hath September, April, June and November, and
 * 29 February only in a leap year (divisible by 4, centuries only when divisible by 400).
 */
const calendarDate = [
  String.raw`(?:(?:\d\d[2468][048]|\d\d[13579][26]|\d\d0[48]|[02468][048]00|[13579][26]00)-02-29`, // leap day
  String.raw`\d{4}-(?:(?:0[13578]|1[02])-(?:0[1-9]|[12]\d|3[01])`, // months of 31 days
  String.raw`(?:0[469]|11)-(?:0[1-9]|[12]\d|30)`, // months of 30 days
  String.raw`(?:02)-(?:0[1-9]|1\d|2[0-8])))`, // February up to the 28th
].join('|');

/** `2026-02-28`; not `2026-02-30`, `2026-2-28` or `28.02.2026`. */
export const datePattern = new RegExp(`^${calendarDate}$`);

/**
 * An RFC 3339 instant that says where it is: `2026-11-25T09:00:00+01:00` or `…T08:00:00Z`,
 * seconds required, fractions allowed. Without an offset (`2026-11-25T09:00:00`) it is refused:
 * the same wall time is a different instant in every time zone.
 */
export const instantPattern = new RegExp(`^${calendarDate}T(?:(?:[01]\\d|2[0-3]):[0-5]\\d:[0-5]\\d(?:\\.\\d+)?(?:Z|([+-](?:[01]\\d|2[0-3]):[0-5]\\d)))$`);

/**
 * The practical shape of an address people type: dot-separated local part, a domain with at
 * least one dot and a top-level domain of two or more letters. No quoted local parts, no IP
 * hosts: a clinic's booking form has no use for them and they are a phishing favourite.
 */
export const emailPattern = /^(?:[A-Za-z0-9_'+-]+\.)*[A-Za-z0-9_'+-]*[A-Za-z0-9_+-]@(?:[A-Za-z0-9][A-Za-z0-9-]*\.)+[A-Za-z]{2,}$/;

/**
 * A link the elements may follow or show: an absolute http(s) URL the browser can parse.
 * Spelled out (`https://`), so `javascript:`, `data:`, `ftp:` and protocol-relative `//host`
 * are refused, and so is `https:host` which the URL parser would quietly repair. Unlike
 * `z.httpUrl()`, `localhost` and IP addresses pass: clinics run staging servers on them.
 */
export function isWebUrl(value: string): boolean {
  return /^https?:\/\//i.test(value) && URL.canParse(value);
}

/** An instant with its UTC offset (OpenAPI `date-time`). */
export const instant = z.stringFormat('datetime', instantPattern);
/** A calendar date (OpenAPI `date`). */
export const isoDate = z.stringFormat('date', datePattern);
/** An email address (OpenAPI `email`). */
export const email = z.stringFormat('email', emailPattern);
/** An http(s) link (OpenAPI `uri`). */
export const webUrl = z.stringFormat('url', isWebUrl);
/**
 * An https link to something the page loads by itself, such as a practitioner's photo: an
 * http one would be mixed content on a clinic's https site (OpenAPI `uri`, `^https://`).
 */
export const httpsUrl = webUrl.check(z.regex(/^https:\/\//i));

/**
 * A check that fails with `message` when `test` is false: an issue with code `custom`, as
 * `z.refine` gives. A plain function check, because each `z.refine` is a schema instance
 * whose classes cost every page about 0.2 kB of zod. `abort` stops the checks after it.
 */
export function rule<T>(test: (value: T) => boolean, message?: string, abort = false): z.core.CheckFn<T> {
  return (payload) => {
    if (!test(payload.value)) payload.issues.push({ code: 'custom', message, input: payload.value, continue: !abort });
  };
}

/**
 * A whole number a double holds exactly (|n| < 2^53), which is what `z.int()` accepts, without
 * zod's number-format classes (about 0.3 kB on every page). A function check is invisible to
 * `z.toJSONSchema`, so src/api/openapi.ts documents schemas carrying it as OpenAPI `integer`.
 */
export const wholeNumber = rule<number>(Number.isSafeInteger, undefined, true);

/** A whole number, e.g. minor units of money or minutes; add bounds with `.check(...)`. */
export const integer = z.number().check(wholeNumber);
