import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import fc from 'fast-check';
import { addDays, dayOfWeek, daysBetween, localDate, offsetMinutes, toLocal, wallClocks, type LocalDateTime } from '../../src/time/zoned.js';
import { formatInstant, fromLocal } from '../../src/time/instants.js';

const utc = (iso: string) => new Date(iso).getTime();
const minute = 60_000;
const hour = 60 * minute;
const day = 24 * hour;

/** Varied on purpose: half-hour and 45-minute offsets, ±14 h, southern and negative summer time, skipped days. */
const zones = [
  'UTC',
  'Europe/Berlin',
  'America/New_York',
  'Asia/Tokyo',
  'Pacific/Kiritimati',
  'Pacific/Pago_Pago',
  'Australia/Lord_Howe',
  'Pacific/Chatham',
  'America/St_Johns',
  'America/Sao_Paulo',
  'Pacific/Apia',
  'Africa/Casablanca',
  'Europe/Dublin',
  'Asia/Kathmandu',
];

const offsetNamers = new Map<string, Intl.DateTimeFormat>();

/** The zone's offset as Intl itself names it (`GMT+05:45`): an oracle independent of the module. */
function intlOffsetMinutes(instant: number, timeZone: string): number {
  let namer = offsetNamers.get(timeZone);
  if (!namer) offsetNamers.set(timeZone, (namer = new Intl.DateTimeFormat('en-US', { timeZone, timeZoneName: 'longOffset' })));
  const name = namer.formatToParts(instant).find((part) => part.type === 'timeZoneName')!.value;
  const match = /^GMT(?:([+-])(\d{2}):(\d{2}))?$/.exec(name);
  assert.ok(match, `unexpected offset name ${name}`);
  return match[1] ? (match[1] === '-' ? -1 : 1) * (Number(match[2]) * 60 + Number(match[3])) : 0;
}

const from1970 = utc('1970-01-01T00:00:00Z');
const until2100 = utc('2100-01-01T00:00:00Z');

const transitionsByZone = new Map<string, number[]>();

/** Every instant from 1970 to 2100 at which the zone's offset changes (at most one per week). */
function transitions(timeZone: string): number[] {
  let found = transitionsByZone.get(timeZone);
  if (found) return found;
  found = [];
  const week = 7 * day;
  for (let start = from1970; start < until2100; start += week) {
    if (intlOffsetMinutes(start, timeZone) === intlOffsetMinutes(start + week, timeZone)) continue;
    let [before, after] = [start, start + week];
    while (after - before > 1000) {
      const middle = before + Math.floor((after - before) / 2000) * 1000;
      if (intlOffsetMinutes(middle, timeZone) === intlOffsetMinutes(before, timeZone)) before = middle;
      else after = middle;
    }
    found.push(after);
  }
  transitionsByZone.set(timeZone, found);
  return found;
}

/** A zone and an instant in 1970–2100: anywhere, or within two hours of one of the zone's offset changes. */
const aZonedInstant = fc.constantFrom(...zones).chain((zone) => {
  const anywhere = fc.integer({ min: from1970, max: until2100 - 1 });
  const changes = transitions(zone);
  const nearAChange = changes.length
    ? fc.constantFrom(...changes).chain((change) => fc.integer({ min: change - 2 * hour, max: change + 2 * hour - 1 }))
    : anywhere;
  return fc.record({ zone: fc.constant(zone), instant: fc.oneof(anywhere, nearAChange) });
});

const toSeconds = (instant: number) => Math.floor(instant / 1000) * 1000;

describe('offsetMinutes at known instants', () => {
  const cases: [zone: string, instant: string, offset: number][] = [
    ['Europe/Berlin', '2026-01-15T12:00:00Z', 60],
    ['Europe/Berlin', '2026-07-15T12:00:00Z', 120],
    ['America/New_York', '2026-01-15T12:00:00Z', -300],
    ['America/New_York', '2026-07-15T12:00:00Z', -240],
    ['Asia/Tokyo', '2026-01-15T12:00:00Z', 540],
    ['Asia/Tokyo', '2026-07-15T12:00:00Z', 540],
    ['Pacific/Kiritimati', '2026-07-15T12:00:00Z', 840],
    ['Pacific/Pago_Pago', '2026-07-15T12:00:00Z', -660],
    ['UTC', '2026-07-15T12:00:00Z', 0],
    ['Asia/Kathmandu', '2026-07-15T12:00:00Z', 345],
    ['America/St_Johns', '2026-01-15T12:00:00Z', -210],
  ];

  for (const [zone, instant, offset] of cases) {
    it(`${zone} at ${instant} is ${offset}`, () => {
      assert.equal(offsetMinutes(utc(instant), zone), offset);
    });
  }

  it('takes a Date as well as epoch milliseconds', () => {
    assert.equal(offsetMinutes(new Date('2026-07-15T12:00:00Z'), 'Europe/Berlin'), 120);
  });
});

describe('offsetMinutes on both sides of a daylight-saving change', () => {
  const cases: [what: string, zone: string, lastBefore: string, before: number, after: number][] = [
    ['New York springs forward 2027-03-14 02:00 EST', 'America/New_York', '2027-03-14T06:59:59Z', -300, -240],
    ['New York falls back 2026-11-01 02:00 EDT', 'America/New_York', '2026-11-01T05:59:59Z', -240, -300],
    ['Berlin springs forward 2027-03-28 02:00 CET', 'Europe/Berlin', '2027-03-28T00:59:59Z', 60, 120],
    ['Berlin falls back 2026-10-25 03:00 CEST', 'Europe/Berlin', '2026-10-25T00:59:59Z', 120, 60],
  ];

  for (const [what, zone, lastBefore, before, after] of cases) {
    it(what, () => {
      assert.equal(offsetMinutes(utc(lastBefore), zone), before);
      assert.equal(offsetMinutes(utc(lastBefore) + 1000, zone), after);
    });
  }
});

describe('offsetMinutes with seconds in the offset', () => {
  it('is fractional for Africa/Monrovia before 1972 (-00:44:30)', () => {
    assert.equal(offsetMinutes(utc('1971-01-01T00:00:00Z'), 'Africa/Monrovia'), -44.5);
  });
});

describe('toLocal reads the wall clock in a zone', () => {
  it('New York on the morning after the change to summer time', () => {
    assert.deepEqual(toLocal(utc('2027-03-14T13:00:00Z'), 'America/New_York'), {
      year: 2027,
      month: 3,
      day: 14,
      hour: 9,
      minute: 0,
      second: 0,
    });
  });

  it('Kiritimati already in the next day, Pago Pago still in the one before', () => {
    const instant = utc('2026-01-01T10:30:15Z');

    assert.deepEqual(toLocal(instant, 'Pacific/Kiritimati'), { year: 2026, month: 1, day: 2, hour: 0, minute: 30, second: 15 });
    assert.deepEqual(toLocal(instant, 'Pacific/Pago_Pago'), { year: 2025, month: 12, day: 31, hour: 23, minute: 30, second: 15 });
  });

  it('midnight as hour 0, never 24', () => {
    assert.equal(toLocal(utc('2026-06-01T00:00:00Z'), 'UTC').hour, 0);
    assert.equal(toLocal(utc('2026-05-31T22:00:00Z'), 'Europe/Berlin').hour, 0);
  });

  it('drops milliseconds without rounding', () => {
    assert.equal(toLocal(utc('2026-06-01T12:00:59.999Z'), 'UTC').second, 59);
  });
});

describe('fromLocal finds the instant of a wall clock', () => {
  const cases: [zone: string, local: LocalDateTime, instant: string][] = [
    ['America/New_York', { year: 2027, month: 3, day: 15, hour: 8, minute: 0 }, '2027-03-15T12:00:00Z'],
    ['America/New_York', { year: 2027, month: 3, day: 12, hour: 8, minute: 0 }, '2027-03-12T13:00:00Z'],
    ['America/New_York', { year: 2027, month: 3, day: 14, hour: 3, minute: 0 }, '2027-03-14T07:00:00Z'],
    ['America/New_York', { year: 2027, month: 3, day: 14, hour: 1, minute: 59, second: 59 }, '2027-03-14T06:59:59Z'],
    ['Europe/Berlin', { year: 2026, month: 11, day: 25, hour: 9, minute: 0 }, '2026-11-25T08:00:00Z'],
    ['Asia/Tokyo', { year: 2026, month: 1, day: 1, hour: 0, minute: 0 }, '2025-12-31T15:00:00Z'],
    ['Pacific/Kiritimati', { year: 2026, month: 1, day: 2, hour: 0, minute: 30, second: 15 }, '2026-01-01T10:30:15Z'],
    ['UTC', { year: 2028, month: 2, day: 29, hour: 23, minute: 59, second: 59 }, '2028-02-29T23:59:59Z'],
  ];

  for (const [zone, local, instant] of cases) {
    it(`${zone} ${JSON.stringify(local)}`, () => {
      assert.equal(fromLocal(local, zone)?.toISOString(), new Date(instant).toISOString());
    });
  }

  it('reads YYYY-MM-DDTHH:MM and YYYY-MM-DDTHH:MM:SS strings', () => {
    assert.equal(fromLocal('2027-03-15T08:00', 'America/New_York')?.toISOString(), '2027-03-15T12:00:00.000Z');
    assert.equal(fromLocal('2027-03-15T08:00:30', 'America/New_York')?.toISOString(), '2027-03-15T12:00:30.000Z');
  });

  it('throws a RangeError for any other string', () => {
    for (const text of ['2027-03-15', '2027-03-15 08:00', '2027-03-15T08:00Z', '2027-03-15T8:00', '']) {
      assert.throws(() => fromLocal(text, 'UTC'), RangeError, text);
    }
  });
});

describe('fromLocal in a spring-forward gap', () => {
  it('is null for 2027-03-14T02:30 in New York', () => {
    assert.equal(fromLocal({ year: 2027, month: 3, day: 14, hour: 2, minute: 30 }, 'America/New_York'), null);
    assert.equal(fromLocal('2027-03-14T02:30', 'America/New_York'), null);
  });

  it('is null from the first to the last second of the gap', () => {
    assert.equal(fromLocal('2027-03-14T02:00:00', 'America/New_York'), null);
    assert.equal(fromLocal('2027-03-14T02:59:59', 'America/New_York'), null);
  });

  it('is null for 2027-03-28T02:30 in Berlin', () => {
    assert.equal(fromLocal('2027-03-28T02:30', 'Europe/Berlin'), null);
  });

  it('is null across the whole day Apia skipped (2011-12-30)', () => {
    assert.equal(fromLocal('2011-12-30T12:00', 'Pacific/Apia'), null);
    assert.equal(fromLocal('2011-12-29T23:59:59', 'Pacific/Apia')?.toISOString(), '2011-12-30T09:59:59.000Z');
    assert.equal(fromLocal('2011-12-31T00:00', 'Pacific/Apia')?.toISOString(), '2011-12-30T10:00:00.000Z');
  });
});

describe('fromLocal for a time shown twice when clocks fall back', () => {
  it('gives the earlier instant for 2026-11-01T01:30 in New York (EDT, 05:30Z)', () => {
    assert.equal(fromLocal({ year: 2026, month: 11, day: 1, hour: 1, minute: 30 }, 'America/New_York')?.toISOString(), '2026-11-01T05:30:00.000Z');
  });

  it('gives the earlier instant for 2026-10-25T02:30 in Berlin (CEST, 00:30Z)', () => {
    assert.equal(fromLocal('2026-10-25T02:30', 'Europe/Berlin')?.toISOString(), '2026-10-25T00:30:00.000Z');
  });
});

describe('fromLocal for fields out of range', () => {
  it('is null for a date that does not exist or an hour of 24, rather than rolling over', () => {
    assert.equal(fromLocal('2027-02-29T10:00', 'UTC'), null);
    assert.equal(fromLocal({ year: 2027, month: 13, day: 1, hour: 10, minute: 0 }, 'Europe/Berlin'), null);
    assert.equal(fromLocal({ year: 2027, month: 3, day: 15, hour: 24, minute: 0 }, 'Europe/Berlin'), null);
    assert.equal(fromLocal({ year: 2027, month: 3, day: 15, hour: 10, minute: 0, second: 0.5 }, 'Europe/Berlin'), null);
  });
});

describe("formatInstant writes ISO 8601 with the zone's offset", () => {
  const cases: [instant: string, zone: string, text: string][] = [
    ['2027-03-14T13:00:00Z', 'America/New_York', '2027-03-14T09:00:00-04:00'],
    ['2027-03-12T13:00:00Z', 'America/New_York', '2027-03-12T08:00:00-05:00'],
    ['2026-11-01T05:30:00Z', 'America/New_York', '2026-11-01T01:30:00-04:00'],
    ['2026-11-01T06:30:00Z', 'America/New_York', '2026-11-01T01:30:00-05:00'],
    ['2026-11-25T08:00:00Z', 'Europe/Berlin', '2026-11-25T09:00:00+01:00'],
    ['2027-03-29T06:00:00Z', 'Europe/Berlin', '2027-03-29T08:00:00+02:00'],
    ['2026-01-01T00:00:00Z', 'UTC', '2026-01-01T00:00:00+00:00'],
    ['2026-01-01T10:30:15Z', 'Pacific/Kiritimati', '2026-01-02T00:30:15+14:00'],
    ['2026-01-01T10:30:15Z', 'Pacific/Pago_Pago', '2025-12-31T23:30:15-11:00'],
    ['2026-07-15T12:00:00Z', 'Asia/Kathmandu', '2026-07-15T17:45:00+05:45'],
    ['2026-01-15T12:00:00Z', 'America/St_Johns', '2026-01-15T08:30:00-03:30'],
  ];

  for (const [instant, zone, text] of cases) {
    it(`${instant} in ${zone}`, () => {
      assert.equal(formatInstant(utc(instant), zone), text);
    });
  }

  it('takes the example from the API docs, as a Date', () => {
    assert.equal(formatInstant(new Date(Date.UTC(2027, 2, 14, 13, 0)), 'America/New_York'), '2027-03-14T09:00:00-04:00');
  });

  it('drops milliseconds without rounding', () => {
    assert.equal(formatInstant(utc('2026-06-01T12:00:59.999Z'), 'Europe/Berlin'), '2026-06-01T14:00:59+02:00');
  });

  it('rounds an offset with seconds to the minute, keeping the wall clock', () => {
    assert.equal(formatInstant(utc('1971-01-01T00:00:00Z'), 'Africa/Monrovia'), '1970-12-31T23:15:30-00:45');
  });
});

describe('localDate is the calendar date in a zone', () => {
  it('differs across the date line for the same instant', () => {
    const instant = utc('2026-01-01T10:30:00Z');

    assert.equal(localDate(instant, 'Pacific/Kiritimati'), '2026-01-02');
    assert.equal(localDate(instant, 'UTC'), '2026-01-01');
    assert.equal(localDate(instant, 'Pacific/Pago_Pago'), '2025-12-31');
  });

  it('turns over at local midnight', () => {
    assert.equal(localDate(utc('2026-06-30T21:59:59Z'), 'Europe/Berlin'), '2026-06-30');
    assert.equal(localDate(new Date('2026-06-30T22:00:00Z'), 'Europe/Berlin'), '2026-07-01');
  });
});

describe('addDays does calendar arithmetic', () => {
  const cases: [date: string, days: number, result: string][] = [
    ['2026-03-10', 0, '2026-03-10'],
    ['2026-01-31', 1, '2026-02-01'],
    ['2026-04-30', 1, '2026-05-01'],
    ['2026-12-31', 1, '2027-01-01'],
    ['2027-01-01', -1, '2026-12-31'],
    ['2028-02-28', 1, '2028-02-29'],
    ['2028-02-29', 1, '2028-03-01'],
    ['2027-02-28', 1, '2027-03-01'],
    ['2100-02-28', 1, '2100-03-01'],
    ['2000-02-28', 1, '2000-02-29'],
    ['2028-03-01', -1, '2028-02-29'],
    ['2027-03-13', 2, '2027-03-15'],
    ['2026-01-01', 365, '2027-01-01'],
    ['2028-01-01', 366, '2029-01-01'],
    ['1970-01-01', -1, '1969-12-31'],
  ];

  for (const [date, days, result] of cases) {
    it(`${date} ${days < 0 ? '' : '+'}${days} is ${result}`, () => {
      assert.equal(addDays(date, days), result);
    });
  }

  it('throws a RangeError for what is not a calendar date or a whole number of days', () => {
    for (const date of ['2027-02-29', '2027-13-01', '2027-00-10', '2027-3-1', '2027-03-01T00:00', '']) {
      assert.throws(() => addDays(date, 1), RangeError, date);
    }
    assert.throws(() => addDays('2027-03-01', 1.5), RangeError);
    assert.throws(() => addDays('2027-03-01', Number.NaN), RangeError);
  });
});

describe('dayOfWeek numbers Sunday 0 to Saturday 6', () => {
  const cases: [date: string, weekday: number][] = [
    ['1970-01-01', 4],
    ['2000-02-29', 2],
    ['2026-11-01', 0],
    ['2026-11-25', 3],
    ['2027-03-14', 0],
    ['2027-03-15', 1],
    ['2027-03-27', 6],
    ['2027-03-28', 0],
  ];

  for (const [date, weekday] of cases) {
    it(`${date} is ${weekday}`, () => {
      assert.equal(dayOfWeek(date), weekday);
    });
  }
});

describe('daysBetween counts calendar days', () => {
  const cases: [from: string, to: string, days: number][] = [
    ['2027-03-12', '2027-03-12', 0],
    ['2027-03-12', '2027-03-15', 3],
    ['2027-03-15', '2027-03-12', -3],
    ['2027-03-13', '2027-03-15', 2],
    ['2026-10-24', '2026-10-26', 2],
    ['2028-01-01', '2029-01-01', 366],
    ['2027-01-01', '2028-01-01', 365],
    ['1969-12-31', '1970-01-01', 1],
  ];

  for (const [from, to, days] of cases) {
    it(`${from} to ${to} is ${days}`, () => {
      assert.equal(daysBetween(from, to), days);
    });
  }
});

describe('years outside 0000–9999', () => {
  it("are written in ISO's expanded form, as Date writes them, and read back", () => {
    const longAgo = new Date('-000005-06-01T12:00:00Z');

    assert.deepEqual(toLocal(longAgo, 'UTC'), { year: -5, month: 6, day: 1, hour: 12, minute: 0, second: 0 });
    assert.equal(formatInstant(longAgo, 'UTC'), '-000005-06-01T12:00:00+00:00');
    assert.equal(localDate(new Date('0000-06-01T12:00:00Z'), 'UTC'), '0000-06-01');
    assert.equal(addDays('9999-12-31', 1), '+010000-01-01');
    assert.equal(addDays('+010000-01-01', -1), '9999-12-31');
  });
});

describe("the machine's own zone", () => {
  for (const machineZone of ['Pacific/Kiritimati', 'America/Los_Angeles']) {
    it(`changes nothing when it is ${machineZone}`, (t) => {
      const previous = process.env.TZ;
      t.after(() => {
        if (previous === undefined) delete process.env.TZ;
        else process.env.TZ = previous;
      });
      process.env.TZ = machineZone;

      assert.equal(dayOfWeek('2027-03-14'), 0);
      assert.equal(addDays('2027-03-13', 1), '2027-03-14');
      assert.equal(daysBetween('2027-03-13', '2027-03-15'), 2);
      assert.equal(localDate(utc('2026-01-01T10:30:00Z'), 'UTC'), '2026-01-01');
      assert.equal(fromLocal('2026-11-01T01:30', 'America/New_York')?.toISOString(), '2026-11-01T05:30:00.000Z');
      assert.equal(formatInstant(utc('2027-03-14T13:00:00Z'), 'America/New_York'), '2027-03-14T09:00:00-04:00');
    });
  }
});

describe('an unknown zone', () => {
  it('throws the RangeError of Intl', () => {
    assert.throws(() => toLocal(0, 'Mars/Olympus_Mons'), RangeError);
    assert.throws(() => formatInstant(0, 'Mars/Olympus_Mons'), RangeError);
    assert.throws(() => fromLocal('2027-03-15T08:00', 'Mars/Olympus_Mons'), RangeError);
  });
});

describe('the wall clock of an instant leads back to it', () => {
  it('offsetMinutes agrees with the offset Intl names', () => {
    fc.assert(
      fc.property(aZonedInstant, ({ zone, instant }) => {
        assert.equal(offsetMinutes(instant, zone), intlOffsetMinutes(instant, zone));
      }),
      { numRuns: 1000 },
    );
  });

  it('fromLocal(toLocal(t)) is t to the second, or the earlier instant of a time shown twice', () => {
    let shownTwice = 0;
    fc.assert(
      fc.property(aZonedInstant, ({ zone, instant }) => {
        const wall = toLocal(instant, zone);

        const back = fromLocal(wall, zone);

        assert.ok(back, `${JSON.stringify(wall)} in ${zone} gave null`);
        if (back.getTime() !== toSeconds(instant)) {
          shownTwice++;
          assert.ok(back.getTime() < toSeconds(instant), `${back.toISOString()} is not earlier than ${new Date(instant).toISOString()}`);
          assert.deepEqual(toLocal(back, zone), wall);
        }
      }),
      { numRuns: 2000 },
    );
    assert.ok(shownTwice > 0, 'no instant in the later half of a repeated hour was tried');
  });

  it('new Date(formatInstant(t)) is t to the second', () => {
    fc.assert(
      fc.property(aZonedInstant, ({ zone, instant }) => {
        assert.equal(new Date(formatInstant(instant, zone)).getTime(), toSeconds(instant));
      }),
      { numRuns: 2000 },
    );
  });
});

describe('wallClocks reads many instants of one zone', () => {
  it('as toLocal does, across clock changes, with its offsets read once a day', () => {
    // Instants of one zone in one list, as a month's slots are: most share their UTC day with
    // others, so the offset read for one day is used again, and some sit beside a change.
    const aZoneWithInstants = aZonedInstant.chain(({ zone, instant }) =>
      fc.record({
        zone: fc.constant(zone),
        instants: fc.array(fc.integer({ min: instant - day, max: instant + day }), { minLength: 1, maxLength: 40 }),
      }),
    );
    fc.assert(
      fc.property(aZoneWithInstants, ({ zone, instants }) => {
        const wallClock = wallClocks(zone);
        for (const instant of instants) {
          const wall = wallClock(instant);
          const read = {
            year: wall.getUTCFullYear(),
            month: wall.getUTCMonth() + 1,
            day: wall.getUTCDate(),
            hour: wall.getUTCHours(),
            minute: wall.getUTCMinutes(),
            second: wall.getUTCSeconds(),
          };
          assert.deepEqual(read, toLocal(instant, zone), `${new Date(instant).toISOString()} in ${zone}`);
        }
      }),
      { numRuns: 1000 },
    );
  });
});

describe('fromLocal of any wall clock', () => {
  /** A wall clock near an offset change (so gaps come up), or anywhere; seconds and all. */
  const aZonedWallClock = aZonedInstant.chain(({ zone, instant }) =>
    fc.integer({ min: -3 * hour, max: 3 * hour }).map((shift) => {
      const shown = toLocal(instant, zone);
      const wall = new Date(Date.UTC(shown.year, shown.month - 1, shown.day, shown.hour, shown.minute, shown.second) + shift);
      const local: LocalDateTime = {
        year: wall.getUTCFullYear(),
        month: wall.getUTCMonth() + 1,
        day: wall.getUTCDate(),
        hour: wall.getUTCHours(),
        minute: wall.getUTCMinutes(),
        second: wall.getUTCSeconds(),
      };
      return { zone, local };
    }),
  );

  it('is an instant showing that wall clock, or null only where clocks went forward', () => {
    let gaps = 0;
    fc.assert(
      fc.property(aZonedWallClock, ({ zone, local }) => {
        const result = fromLocal(local, zone);

        if (result) {
          assert.deepEqual(toLocal(result, zone), { second: 0, ...local });
        } else {
          gaps++;
          const asUtc = Date.UTC(local.year, local.month - 1, local.day, local.hour, local.minute, local.second);
          assert.ok(intlOffsetMinutes(asUtc - day, zone) < intlOffsetMinutes(asUtc + day, zone), `${JSON.stringify(local)} in ${zone} gave null`);
        }
      }),
      { numRuns: 2000 },
    );
    assert.ok(gaps > 0, 'no wall clock in a gap was tried');
  });
});

describe('date arithmetic round-trips', () => {
  const aDate = fc
    .integer({ min: daysBetween('1970-01-01', '1900-01-01'), max: daysBetween('1970-01-01', '2200-12-31') })
    .map((days) => new Date(days * day).toISOString().slice(0, 10));
  const someDays = fc.integer({ min: -100_000, max: 100_000 });

  it('addDays(addDays(d, n), -n) is d', () => {
    fc.assert(
      fc.property(aDate, someDays, (date, days) => {
        assert.equal(addDays(addDays(date, days), -days), date);
      }),
      { numRuns: 1000 },
    );
  });

  it('addDays agrees with Date, daysBetween undoes it and dayOfWeek moves along', () => {
    fc.assert(
      fc.property(aDate, someDays, (date, days) => {
        const later = addDays(date, days);

        assert.equal(later, new Date(utc(`${date}T00:00:00Z`) + days * day).toISOString().slice(0, 10));
        assert.equal(daysBetween(date, later), days);
        assert.equal(dayOfWeek(later), (((dayOfWeek(date) + days) % 7) + 7) % 7);
      }),
      { numRuns: 1000 },
    );
  });
});
