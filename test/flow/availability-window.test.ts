import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import fc from 'fast-check';
import { addMonths, monthWindow, slotsByDay, todayIn } from '../../src/flow/availability-window.js';
import { localDate } from '../../src/time/zoned.js';
import { formatInstant } from '../../src/time/instants.js';

describe('month windows', () => {
  it('run from today to the end of the month, or the whole month later', () => {
    assert.deepEqual(monthWindow('2026-11', '2026-11-24'), { from: '2026-11-24', to: '2026-11-30' });
    assert.deepEqual(monthWindow('2027-02', '2026-11-24'), { from: '2027-02-01', to: '2027-02-28' });
    assert.equal(monthWindow('2026-10', '2026-11-24'), undefined);
  });

  it('step across years', () => {
    assert.equal(addMonths('2026-12', 1), '2027-01');
    assert.equal(addMonths('2027-01', -1), '2026-12');
    assert.equal(addMonths('2026-11', 14), '2028-01');
  });

  it('know today where the location is, not where the patient is', () => {
    const lateEvening = new Date('2026-11-24T23:30:00Z');
    assert.equal(todayIn('Europe/Berlin', lateEvening), '2026-11-25');
    assert.equal(todayIn('America/New_York', lateEvening), '2026-11-24');
  });
});

describe('slots by day', () => {
  it("group by the local date in the location's zone, in time order", () => {
    const slots = [
      { start: '2026-11-25T10:00:00+01:00', end: '2026-11-25T10:30:00+01:00' },
      { start: '2026-11-26T00:15:00+01:00', end: '2026-11-26T00:45:00+01:00' },
      { start: '2026-11-25T09:00:00+01:00', end: '2026-11-25T09:30:00+01:00' },
    ];
    const days = slotsByDay(slots, 'Europe/Berlin');
    assert.deepEqual([...days.keys()], ['2026-11-25', '2026-11-26']);
    assert.deepEqual(
      days.get('2026-11-25')!.map((s) => s.start),
      ['2026-11-25T09:00:00+01:00', '2026-11-25T10:00:00+01:00'],
    );
  });

  it('put every slot on its own local date, across clock changes and odd offsets', () => {
    // Zones with summer time, half- and quarter-hour offsets, a half-hour change (Lord Howe)
    // and one that skipped a whole day (Apia, end of 2011).
    const zones = ['Europe/Berlin', 'America/New_York', 'Australia/Lord_Howe', 'Asia/Kathmandu', 'Pacific/Chatham', 'Pacific/Apia', 'UTC'];
    const instant = fc.integer({ min: Date.UTC(2011, 0, 1), max: Date.UTC(2028, 0, 1) }).map((ms) => Math.floor(ms / 60_000) * 60_000);
    fc.assert(
      fc.property(fc.constantFrom(...zones), fc.array(instant, { minLength: 1, maxLength: 60 }), (zone, instants) => {
        const slots = instants.map((at) => ({ start: formatInstant(new Date(at), zone), end: formatInstant(new Date(at + 1_800_000), zone) }));
        for (const [day, list] of slotsByDay(slots, zone)) {
          for (const slot of list) assert.equal(day, localDate(new Date(slot.start), zone), slot.start);
        }
        assert.equal([...slotsByDay(slots, zone).values()].flat().length, slots.length);
      }),
      { numRuns: 300 },
    );
  });

  it('group the slots of every day around a clock change', () => {
    // Berlin leaves summer time on 2026-10-25 at 03:00; every quarter hour of three days.
    const slots = [];
    for (let at = Date.UTC(2026, 9, 24); at < Date.UTC(2026, 9, 27); at += 900_000) {
      slots.push({ start: formatInstant(new Date(at), 'Europe/Berlin'), end: formatInstant(new Date(at + 900_000), 'Europe/Berlin') });
    }
    const days = slotsByDay(slots, 'Europe/Berlin');
    for (const [day, list] of days) for (const slot of list) assert.equal(day, localDate(new Date(slot.start), 'Europe/Berlin'));
    // The day the clocks go back has 25 hours.
    assert.equal(days.get('2026-10-25')!.length, 100);
  });
});
