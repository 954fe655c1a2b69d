// The contract's own string formats (src/api/formats.ts): what each accepts and refuses, and
// that they accept exactly what zod's built-in formats they replace accepted (zod's full build
// is a dev dependency here, so the comparison costs the bundle nothing).
import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import fc from 'fast-check';
import * as zod from 'zod';
import * as z from 'zod/mini';
import { email, instant, integer, isoDate, isWebUrl, rule, webUrl } from '../../src/api/formats.js';
import { Location, PatientDetails } from '../../src/api/schemas.js';

const accepts = (schema: { safeParse(value: unknown): { success: boolean } }, value: unknown) => schema.safeParse(value).success;

/** The issue a refused value gets: what the patient form and the simulator word their messages from. */
function issueOf(schema: typeof instant | typeof isoDate | typeof email | typeof webUrl, value: string): { code: string; format?: string } {
  const result = schema.safeParse(value);
  assert.ok(!result.success, `accepted ${value}`);
  return result.error.issues[0]!;
}

describe('instant', () => {
  it('accepts an instant with its offset or Z, with or without fractions', () => {
    for (const value of [
      '2026-11-25T09:00:00+01:00',
      '2026-11-25T08:00:00Z',
      '2026-03-29T01:59:59.999-05:30',
      '2028-02-29T23:59:00+14:00',
      '2026-11-25T09:00:00-00:00',
    ]) {
      assert.ok(accepts(instant, value), value);
    }
  });

  it('refuses a wall time without an offset, a date alone and impossible fields', () => {
    for (const value of [
      '2026-11-25T09:00:00', // no offset: a different instant in every zone
      '2026-11-25T09:00+01:00', // no seconds
      '2026-11-25',
      '2026-02-30T09:00:00Z', // no such day
      '2027-02-29T09:00:00Z', // not a leap year
      '2026-11-25T24:00:00Z',
      '2026-11-25T09:60:00Z',
      '2026-11-25T09:00:00+1:00',
      '2026-11-25 09:00:00Z',
      '2026-11-25t09:00:00z',
      ' 2026-11-25T09:00:00Z',
      '2026-11-25T09:00:00Z\n',
      '',
    ]) {
      assert.ok(!accepts(instant, value), value);
    }
    assert.ok(!accepts(instant, 1764061200000));
  });

  it('fails as an invalid datetime, like zod’s own format', () => {
    assert.deepEqual([issueOf(instant, '2026-11-25T09:00:00').code, issueOf(instant, '2026-11-25T09:00:00').format], ['invalid_format', 'datetime']);
  });
});

describe('isoDate', () => {
  it('accepts real calendar dates, 29 February in leap years only', () => {
    for (const value of ['2026-11-25', '2028-02-29', '2000-02-29', '2026-04-30', '2026-12-31', '0001-01-01']) assert.ok(accepts(isoDate, value), value);
    for (const value of [
      '2026-02-30',
      '2026-02-29',
      '1900-02-29',
      '2026-04-31',
      '2026-13-01',
      '2026-00-10',
      '2026-11-00',
      '2026-1-5',
      '25.11.2026',
      '2026-11-25T00:00:00Z',
      '',
    ]) {
      assert.ok(!accepts(isoDate, value), value);
    }
  });

  it('fails as an invalid date', () => {
    assert.equal(issueOf(isoDate, '2026-02-30').format, 'date');
  });
});

describe('email', () => {
  it('accepts the addresses people type and refuses what is no address', () => {
    for (const value of ['ada@example.org', 'ada.lovelace+clinic@mail.example.co.uk', "o'brien@example.ie", 'a_b-c@sub-domain.example'])
      assert.ok(accepts(email, value), value);
    for (const value of [
      'ada',
      'ada@',
      '@example.org',
      'ada@example',
      'ada@@example.org',
      'ada @example.org',
      'ada@example.org.',
      '.ada@example.org',
      'ada..x@example.org',
      'ada@[127.0.0.1]',
      '"ada"@example.org',
      '',
    ]) {
      assert.ok(!accepts(email, value), value);
    }
  });

  it('fails as an invalid email', () => {
    assert.equal(issueOf(email, 'ada').format, 'email');
  });
});

describe('webUrl', () => {
  it('accepts absolute http(s) links, localhost and IP addresses included', () => {
    for (const value of [
      'https://clinic.example/patient/?circle=service#token=x',
      'http://localhost:8080/forms',
      'http://127.0.0.1/x',
      'HTTPS://CLINIC.EXAMPLE/',
      'https://[::1]/',
    ]) {
      assert.ok(accepts(webUrl, value), value);
    }
  });

  it('refuses every other scheme, relative links and what the URL parser would repair', () => {
    for (const value of [
      'javascript:alert(1)',
      'JavaScript:alert(1)//https://clinic.example',
      'data:text/html,<script>alert(1)</script>',
      'ftp://clinic.example/forms',
      'blob:https://clinic.example/1',
      '//clinic.example/forms',
      '/patient/forms',
      'https:clinic.example',
      'https:/clinic.example',
      'https://',
      'http://exa mple.com',
      ' javascript:alert(1)',
      '',
    ]) {
      assert.ok(!accepts(webUrl, value), value);
    }
  });

  it('fails as an invalid url', () => {
    assert.equal(issueOf(webUrl, 'javascript:alert(1)').format, 'url');
  });
});

describe('integer', () => {
  it('accepts whole numbers a double holds exactly', () => {
    for (const value of [0, -0, 60, -3, 1e3, Number.MAX_SAFE_INTEGER, Number.MIN_SAFE_INTEGER]) assert.ok(accepts(integer, value), String(value));
  });

  it('refuses fractions, numbers past 2^53, NaN, infinities and numeric strings', () => {
    for (const value of [1.5, -0.1, 2 ** 53, -(2 ** 53), Number.NaN, Number.POSITIVE_INFINITY, '60', null, undefined]) {
      assert.ok(!accepts(integer, value), String(value));
    }
  });

  it('stops at a fraction, so a bound after it adds no second issue', () => {
    const result = integer.check(z.positive()).safeParse(-1.5);
    assert.equal(result.success ? 0 : result.error.issues.length, 1);
  });
});

describe('rule', () => {
  it('fails with its message and code custom, as z.refine does, and lets later checks run', () => {
    const even = z.number().check(
      rule((n: number) => n % 2 === 0, 'Not even'),
      z.maximum(10),
    );
    assert.ok(accepts(even, 4));
    const result = even.safeParse(13);
    assert.deepEqual(result.success ? [] : result.error.issues.map(({ code, message }) => [code, message]), [
      ['custom', 'Not even'],
      ['too_big', 'Invalid input'],
    ]);
  });

  it('words the contract’s own rules: an unknown time zone, a date of birth in the future', () => {
    const location = { id: 'loc', name: 'Mitte', address: { line1: 'A', city: 'Berlin', country: 'DE' }, timeZone: 'Europe/Berlin', bookable: true };
    assert.ok(accepts(Location, location));
    const zone = Location.safeParse({ ...location, timeZone: 'Mars/Olympus_Mons' });
    assert.deepEqual(zone.success ? undefined : [zone.error.issues[0]!.code, zone.error.issues[0]!.message], ['custom', 'Unknown IANA time zone']);
    const birth = PatientDetails.shape.dateOfBirth.safeParse('2999-01-01');
    assert.deepEqual(birth.success ? undefined : [birth.error.issues[0]!.code, birth.error.issues[0]!.message], ['custom', 'Date of birth is in the future']);
    assert.ok(accepts(PatientDetails.shape.dateOfBirth, '1985-12-10'));
  });
});

describe('the same acceptance as zod’s own formats', () => {
  const digits = (n: number) => fc.array(fc.constantFrom(...'0123456789'), { minLength: n, maxLength: n }).map((d) => d.join(''));
  /** Dates near and past the valid ones: every month, days 00 to 39, leap and century years. */
  const dateLike = fc
    .tuple(digits(4), fc.integer({ min: 0, max: 14 }), fc.integer({ min: 0, max: 39 }))
    .map(([year, month, day]) => `${year}-${String(month).padStart(2, '0')}-${String(day).padStart(2, '0')}`);
  const timeLike = fc
    .tuple(fc.integer({ min: 0, max: 25 }), fc.integer({ min: 0, max: 61 }), fc.integer({ min: 0, max: 61 }))
    .map((parts) => parts.map((part) => String(part).padStart(2, '0')).join(':'));
  const fraction = fc.oneof(
    fc.constant(''),
    digits(1).map((d) => `.${d}`),
    digits(3).map((d) => `.${d}`),
    fc.constant('.'),
  );
  const offset = fc.oneof(
    fc.constantFrom('Z', 'z', '', '+00:00', '-05:30', '+14:00', '+24:00', '+1:00', '+0100'),
    timeLike.map((t) => `-${t.slice(0, 5)}`),
  );
  const instantLike = fc.tuple(dateLike, fc.constantFrom('T', 't', ' '), timeLike, fraction, offset).map((parts) => parts.join(''));

  it('instant agrees with z.iso.datetime({ offset: true })', () => {
    const theirs = zod.iso.datetime({ offset: true });
    fc.assert(
      fc.property(fc.oneof(instantLike, fc.string()), (value) => accepts(instant, value) === accepts(theirs, value)),
      { numRuns: 20_000 },
    );
  });

  it('isoDate agrees with z.iso.date()', () => {
    const theirs = zod.iso.date();
    fc.assert(
      fc.property(fc.oneof(dateLike, fc.string()), (value) => accepts(isoDate, value) === accepts(theirs, value)),
      { numRuns: 20_000 },
    );
  });

  it('email agrees with z.email()', () => {
    const theirs = zod.email();
    fc.assert(
      fc.property(
        fc.oneof(fc.emailAddress(), fc.string(), fc.stringMatching(/^[a-z.'+_-]{0,6}@[a-z0-9.-]{0,12}$/)),
        (value) => accepts(email, value) === accepts(theirs, value),
      ),
      {
        numRuns: 20_000,
      },
    );
  });

  it('integer agrees with z.int()', () => {
    const theirs = zod.int();
    const number = fc.oneof(fc.integer(), fc.double(), fc.maxSafeInteger(), fc.constantFrom(2 ** 53, -(2 ** 53), 2 ** 53 - 1, 0.5, -0));
    fc.assert(
      fc.property(number, (value) => accepts(integer, value) === accepts(theirs, value)),
      { numRuns: 20_000 },
    );
  });

  it('webUrl accepts only what z.url({ protocol: /^https?$/ }) accepts, and all of it bar surrounding whitespace', () => {
    const theirs = zod.url({ protocol: /^https?$/ });
    const link = fc.oneof(
      fc.webUrl({ withFragments: true, withQueryParameters: true }),
      fc.string(),
      fc.constantFrom('javascript:', 'data:', 'http:', 'https:', 'ftp://', '//').chain((scheme) => fc.string().map((rest) => scheme + rest)),
    );
    fc.assert(
      fc.property(link, (value) => {
        const ours = accepts(webUrl, value);
        if (ours) assert.ok(accepts(theirs, value), `only we accept ${JSON.stringify(value)}`);
        // zod trims and drops tabs and newlines before it checks; the contract takes links as sent.
        if (value.trim() === value && !/[\t\n\r]/.test(value)) assert.equal(ours, accepts(theirs, value), JSON.stringify(value));
      }),
      { numRuns: 20_000 },
    );
    assert.equal(isWebUrl('https://clinic.example/'), true);
  });
});
