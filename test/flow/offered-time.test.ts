import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import type { MonthAvailability } from '../../src/flow/availability-window.js';
import type { BookingFlowState } from '../../src/flow/booking-flow.js';
import { openAtOfferedTime } from '../../src/flow/offered-time.js';

const zone = 'Europe/Berlin';
const state = { step: 'time', variantId: 'var_a', locationId: 'loc_a', patient: {}, serverErrors: {} } as unknown as BookingFlowState;
const slot = (start: string) => ({ start, end: start.replace(':00+01:00', ':30+01:00') });

function month(days: Record<string, string[]>, extra: Partial<MonthAvailability> = {}): (m: string) => MonthAvailability {
  return () => ({ status: 'complete', days: new Map(Object.entries(days).map(([day, starts]) => [day, starts.map(slot)])), ...extra });
}

describe('opening the flow at an offered time', () => {
  it('waits while the month loads', () => {
    assert.equal(
      openAtOfferedTime(state, '2026-12-02T09:00:00+01:00', zone, () => ({ status: 'pending', days: new Map() })),
      undefined,
    );
  });

  it('chooses the time when it is still free', () => {
    const opened = openAtOfferedTime(state, '2026-12-02T09:00:00+01:00', zone, month({ '2026-12-02': ['2026-12-02T09:00:00+01:00'] }))!;

    assert.equal(opened.date, '2026-12-02');
    assert.equal(opened.slot?.start, '2026-12-02T09:00:00+01:00');
    assert.equal(opened.notice, undefined);
  });

  it('says it was just taken and shows the same day when it has other times', () => {
    const opened = openAtOfferedTime(state, '2026-12-02T09:00:00+01:00', zone, month({ '2026-12-02': ['2026-12-02T11:00:00+01:00'] }))!;

    assert.deepEqual([opened.date, opened.slot, opened.notice], ['2026-12-02', undefined, 'slot-taken']);
  });

  it('goes to the next day with free times when the day has none left', () => {
    const opened = openAtOfferedTime(
      state,
      '2026-12-02T09:00:00+01:00',
      zone,
      month({ '2026-12-01': ['2026-12-01T09:00:00+01:00'], '2026-12-04': ['2026-12-04T10:00:00+01:00'] }),
    )!;

    assert.deepEqual([opened.date, opened.notice], ['2026-12-04', 'slot-taken']);
  });

  it('goes to the next free date of a later month when this one has none', () => {
    const opened = openAtOfferedTime(state, '2026-12-30T09:00:00+01:00', zone, month({}, { nextAvailableDate: '2027-01-05' }))!;

    assert.deepEqual([opened.date, opened.notice], ['2027-01-05', 'slot-taken']);
  });
});
