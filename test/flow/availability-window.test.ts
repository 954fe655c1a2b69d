import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { addMonths, monthWindow, slotsByDay, todayIn } from '../../src/flow/availability-window.js';

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
  it('group by the local date in the location\'s zone, in time order', () => {
    const slots = [
      { start: '2026-11-25T10:00:00+01:00', end: '2026-11-25T10:30:00+01:00' },
      { start: '2026-11-26T00:15:00+01:00', end: '2026-11-26T00:45:00+01:00' },
      { start: '2026-11-25T09:00:00+01:00', end: '2026-11-25T09:30:00+01:00' },
    ];
    const days = slotsByDay(slots, 'Europe/Berlin');
    assert.deepEqual([...days.keys()], ['2026-11-25', '2026-11-26']);
    assert.deepEqual(days.get('2026-11-25')!.map((s) => s.start), ['2026-11-25T09:00:00+01:00', '2026-11-25T10:00:00+01:00']);
  });
});
