import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { Availability } from '../../src/api/index.js';
import { anEmptyDiary } from './helpers.js';

function slotsAt(variantId: string, locationId: string, from: string, to: string) {
  const result = anEmptyDiary().getAvailability({ variantId, locationId, from, to });
  assert.equal(result.status, 200);
  return Availability.parse(result.body);
}

describe("availability across New York's change to summer time (2027-03-14)", () => {
  it('opens at 08:00 local on both sides, at -05:00 before and -04:00 after', () => {
    const availability = slotsAt('var_physio_followup', 'loc_newyork', '2027-03-12', '2027-03-15');

    const starts = availability.slots.map((slot) => slot.start);
    assert.equal(availability.timeZone, 'America/New_York');
    assert.ok(starts.includes('2027-03-12T08:00:00-05:00'), starts.slice(0, 3).join());
    assert.ok(starts.includes('2027-03-15T08:00:00-04:00'), starts.slice(-16, -13).join());
    assert.ok(starts.filter((start) => start.startsWith('2027-03-12')).every((start) => start.endsWith('-05:00')));
    assert.ok(starts.filter((start) => start.startsWith('2027-03-15')).every((start) => start.endsWith('-04:00')));
  });

  it('keeps each slot its full length in real time', () => {
    const availability = slotsAt('var_physio_initial', 'loc_newyork', '2027-03-12', '2027-03-15');

    for (const { start, end } of availability.slots) assert.equal(new Date(end).getTime() - new Date(start).getTime(), 60 * 60_000);
  });
});

describe("availability across Berlin's change to summer time (2027-03-28)", () => {
  it('opens at 08:00 local on both sides, at +01:00 before and +02:00 after', () => {
    const availability = slotsAt('var_physio_followup', 'loc_berlin', '2027-03-26', '2027-03-29');

    const starts = availability.slots.map((slot) => slot.start);
    assert.ok(starts.includes('2027-03-26T08:00:00+01:00'));
    assert.ok(starts.includes('2027-03-27T09:00:00+01:00'), 'Saturday hours, before the change');
    assert.ok(starts.includes('2027-03-29T08:00:00+02:00'));
    assert.equal(
      starts.some((start) => start.startsWith('2027-03-28')),
      false,
      'closed on Sunday',
    );
  });
});

describe('a window with both changes', () => {
  it("is answered in one request, each slot in its location's offset of the day", () => {
    const availability = slotsAt('var_physio_massage', 'loc_berlin', '2027-03-01', '2027-04-30');

    const offsets = new Set(availability.slots.map((slot) => slot.start.slice(-6)));
    assert.deepEqual([...offsets].sort(), ['+01:00', '+02:00']);
  });
});
