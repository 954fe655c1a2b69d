// The booking window as the day picker and the times read it.
import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { dayOffer, firstDayToOffer, horizonPeriod, isBookableOnline } from '../../src/flow/booking-window.js';

const at = (time: string, bookableOnline?: boolean) => ({
  start: `2026-12-01T${time}:00+01:00`,
  end: `2026-12-01T${time}:30+01:00`,
  ...(bookableOnline !== undefined && { bookableOnline }),
});

describe('the horizon in words', () => {
  it('is whole weeks where it is, else days', () => {
    assert.deepEqual(horizonPeriod(56), { unit: 'week', count: 8 });
    assert.deepEqual(horizonPeriod(7), { unit: 'week', count: 1 });
    assert.deepEqual(horizonPeriod(180), { unit: 'day', count: 180 });
  });
});

describe('what a day offers', () => {
  it('a day past the horizon offers nothing online, whatever the answer held', () => {
    assert.equal(dayOffer('2027-01-27', [at('09:00')], '2027-01-26'), 'past-horizon');
    assert.equal(dayOffer('2027-01-26', [at('09:00')], '2027-01-26'), 'bookable');
  });

  it('a day with only times inside the minimum notice is "call to book", not empty', () => {
    assert.equal(dayOffer('2026-12-01', [at('09:00', false), at('10:00', false)], undefined), 'call-only');
    assert.equal(dayOffer('2026-12-01', [at('09:00', false), at('10:00')], undefined), 'bookable');
  });

  it('a day without times offers none', () => {
    assert.equal(dayOffer('2026-12-01', [], undefined), 'none');
    assert.equal(dayOffer('2026-12-01', undefined, '2027-01-01'), 'none');
  });

  it('a time is bookable online unless the API says it is not', () => {
    assert.equal(isBookableOnline(at('09:00')), true);
    assert.equal(isBookableOnline(at('09:00', true)), true);
    assert.equal(isBookableOnline(at('09:00', false)), false);
  });
});

describe('the day a month opens on', () => {
  const online = (start: string) => ({ start, end: start });
  const callOnly = (start: string) => ({ start, end: start, bookableOnline: false });

  it('passes over a day of "Call to book" times only, to the first day to book online', () => {
    const days = new Map([
      ['2026-12-07', [callOnly('2026-12-07T14:00:00Z')]],
      ['2026-12-08', [online('2026-12-08T08:00:00Z'), online('2026-12-08T09:00:00Z')]],
    ]);
    assert.equal(firstDayToOffer({ days }), '2026-12-08');
  });

  it('opens on the first day in date order when it can be booked online', () => {
    const days = new Map([
      ['2026-12-09', [online('2026-12-09T08:00:00Z')]],
      ['2026-12-08', [online('2026-12-08T08:00:00Z')]],
    ]);
    assert.equal(firstDayToOffer({ days }), '2026-12-08');
  });

  it('opens on a day to call about when no day can be booked online, else on the next free day', () => {
    assert.equal(firstDayToOffer({ days: new Map([['2026-12-07', [callOnly('2026-12-07T14:00:00Z')]]]) }), '2026-12-07');
    assert.equal(firstDayToOffer({ days: new Map(), nextAvailableDate: '2027-01-04' }), '2027-01-04');
    assert.equal(firstDayToOffer({ days: new Map() }), undefined);
  });
});
