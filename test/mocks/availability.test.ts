import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import fc from 'fast-check';
import { Availability } from '../../src/api/index.js';
import { seedData, weekdayOf } from '../../src/mocks/fixtures.js';
import { addDays } from '../../src/time/zoned.js';
import { formatInstant } from '../../src/time/instants.js';
import { aSimulator, codeOf, freeSlots, now } from './helpers.js';

const hour = 3_600_000;

describe('availability', () => {
  it('offers nothing sooner than two hours from now nor beyond 180 days', () => {
    const simulator = aSimulator();

    const soonest = freeSlots(simulator, 'var_physio_followup', 'loc_berlin', '2026-11-24', '2026-11-24');
    const last = freeSlots(simulator, 'var_physio_followup', 'loc_berlin', '2027-05-01', '2027-06-01');

    assert.ok(soonest.every((slot) => new Date(slot.start).getTime() >= now.getTime() + 2 * hour));
    assert.ok(soonest.length > 0);
    assert.ok(last.every((slot) => new Date(slot.start).getTime() < now.getTime() + 180 * 24 * hour));
  });

  it('takes about 30% of slots for other patients, the same ones every time', () => {
    const all = freeSlots(aSimulator(), 'var_physio_followup', 'loc_berlin', '2026-12-01', '2026-12-31');
    const again = freeSlots(aSimulator(), 'var_physio_followup', 'loc_berlin', '2026-12-01', '2026-12-31');
    const days = Array.from({ length: 31 }, (_, i) => new Date(Date.UTC(2026, 11, 1 + i)).getUTCDay());
    // Berlin: 16 half-hour slots on a weekday, 8 on a Saturday.
    const generated = days.reduce((sum, day) => sum + (day === 0 ? 0 : day === 6 ? 8 : 16), 0);

    assert.deepEqual(again, all);
    assert.ok(all.length > generated * 0.6 && all.length < generated * 0.8, `${all.length} of ${generated} free`);
  });

  it('starts slots every slotStepMinutes where a variant sets it', () => {
    const data = seedData(now);
    const dense = {
      ...data,
      rules: { ...data.rules, takenShare: 0 },
      variants: data.variants.map((variant) => (variant.id === 'var_physio_followup' ? { ...variant, slotStepMinutes: 5 } : variant)),
    };
    const simulator = aSimulator({ data: dense });

    const slots = freeSlots(simulator, 'var_physio_followup', 'loc_berlin', '2026-12-01', '2026-12-01');

    // 08:00–12:00 and 13:00–17:00: a 30-minute visit may start every 5 minutes until 11:30 and 16:30.
    assert.equal(slots.length, 2 * 43);
    assert.equal(new Date(slots[1]!.start).getTime() - new Date(slots[0]!.start).getTime(), 5 * 60_000);
  });

  it('gives the next date with a free slot when a week is empty', () => {
    const result = aSimulator().getAvailability({ variantId: 'var_nutrition', locationId: 'loc_newyork', from: '2026-11-24', to: '2026-11-30' });

    const availability = Availability.parse(result.body);
    assert.deepEqual(availability.slots, []);
    assert.ok(availability.nextAvailableDate && availability.nextAvailableDate >= '2026-12-04', availability.nextAvailableDate);
    assert.ok(availability.nextAvailableDate <= '2026-12-08', availability.nextAvailableDate);
  });

  it('leaves out the next date when the window has slots', () => {
    const result = aSimulator().getAvailability({ variantId: 'var_physio_initial', locationId: 'loc_berlin', from: '2026-11-30', to: '2026-12-04' });

    assert.equal(Availability.parse(result.body).nextAvailableDate, undefined);
  });

  it('accepts 62 days and refuses 63', () => {
    const simulator = aSimulator();
    const window = { variantId: 'var_physio_initial', locationId: 'loc_berlin', from: '2026-12-01' };

    assert.equal(simulator.getAvailability({ ...window, to: '2027-01-31' }).status, 200);
    assert.equal(codeOf(simulator.getAvailability({ ...window, to: '2027-02-01' })), 'validation');
  });

  it('offers no slots at a location not configured for booking', () => {
    const result = aSimulator().getAvailability({ variantId: 'var_physio_initial', locationId: 'loc_hamburg', from: '2026-11-30', to: '2026-12-04' });

    assert.deepEqual(Availability.parse(result.body).slots, []);
  });
});

describe('availability for any window', () => {
  const seed = seedData(now);
  const offered = seed.variants.flatMap((variant) =>
    variant.locationIds.map((locationId) => ({ variant, location: seed.locations.find((l) => l.id === locationId)! })),
  );

  it('lists distinct, ordered slots inside opening hours, each within the rules', () => {
    const simulator = aSimulator();
    fc.assert(
      fc.property(fc.constantFrom(...offered), fc.integer({ min: -5, max: 185 }), fc.integer({ min: 0, max: 61 }), ({ variant, location }, offset, length) => {
        const from = addDays('2026-11-24', offset);
        const to = addDays(from, length);

        const result = simulator.getAvailability({ variantId: variant.id, locationId: location.id, from, to });

        const { slots } = Availability.parse(result.body);
        const starts = slots.map((slot) => new Date(slot.start).getTime());
        assert.deepEqual(
          starts,
          [...new Set(starts)].sort((a, b) => a - b),
        );
        for (const slot of slots) {
          const [date, time] = [slot.start.slice(0, 10), slot.start.slice(11, 16)];
          const end = slot.end.slice(11, 16);
          assert.ok(date >= from && date <= to, `${slot.start} outside ${from}..${to}`);
          assert.equal(slot.start, formatInstant(new Date(slot.start), location.timeZone), "written in the location's offset");
          assert.ok(
            location.openingHours.some((rule) => rule.days.includes(weekdayOf(date)) && rule.open <= time && end <= rule.close),
            `${slot.start}–${end} outside opening hours`,
          );
          const notice = (variant.bookingWindow?.minimumNoticeMinutes ?? 120) * 60_000;
          const start = new Date(slot.start).getTime();
          assert.ok(start > now.getTime(), 'a time still ahead');
          assert.equal(start >= now.getTime() + notice, slot.bookableOnline !== false, `${slot.start}: bookable online only after the minimum notice`);
          assert.equal(new Date(slot.end).getTime() - new Date(slot.start).getTime(), variant.durationMinutes * 60_000);
        }
      }),
      { numRuns: 60 },
    );
  });
});
