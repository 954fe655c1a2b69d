// The simulator's booking window: each variant's minimum notice and horizon, "call to book"
// times inside the notice, and a move into the change cutoff.
import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { Appointment, Availability, Problem, Service, VariantDetail } from '../../src/api/index.js';
import { seedAppointments } from '../../src/mocks/index.js';
import { addDays, localDate } from '../../src/time/zoned.js';
import { aBooking, allSlots, aSimulator, codeOf, now } from './helpers.js';

const hour = 3_600_000;

describe('each variant gives its booking window', () => {
  it("the check-up: a day's notice and eight weeks; the others the clinic's two hours and 180 days", () => {
    const checkup = VariantDetail.parse(aSimulator().getVariant('var_checkup').body);
    const physio = Service.parse(aSimulator().getService('svc_physio').body);

    assert.deepEqual(checkup.variant.bookingWindow, { minimumNoticeMinutes: 1440, horizonDays: 56 });
    assert.deepEqual(physio.variants[0]!.bookingWindow, { minimumNoticeMinutes: 120, horizonDays: 180 });
  });
});

describe('times inside the minimum notice are "call to book"', () => {
  it('are listed, marked not bookable online, and only those', () => {
    const today = localDate(now, 'Europe/Berlin');

    const slots = allSlots(aSimulator(), 'var_checkup', 'loc_berlin', today, addDays(today, 3));

    const byPhone = slots.filter((slot) => slot.bookableOnline === false);
    assert.ok(byPhone.length > 0, 'some times within 24 hours');
    for (const slot of slots) {
      const start = Date.parse(slot.start);
      assert.equal(slot.bookableOnline === false, start < now.getTime() + 24 * hour, slot.start);
      assert.ok(start > now.getTime(), 'never a time already begun');
    }
  });

  it('cannot be booked online: a 409 that says to call', () => {
    const simulator = aSimulator();
    const today = localDate(now, 'Europe/Berlin');
    const byPhone = allSlots(simulator, 'var_checkup', 'loc_berlin', today, addDays(today, 1)).find((slot) => slot.bookableOnline === false)!;

    const result = simulator.createBooking(aBooking(byPhone.start, { variantId: 'var_checkup' }), 'key-1');

    assert.equal(result.status, 409);
    assert.match(Problem.parse(result.body).detail ?? '', /call the clinic/);
  });

  it('a window with only "call to book" times still points to the next day bookable online', () => {
    const today = localDate(now, 'Europe/Berlin'); // Tuesday 09:00: the rest of today is inside the notice

    const answer = Availability.parse(aSimulator().getAvailability({ variantId: 'var_checkup', locationId: 'loc_berlin', from: today, to: today }).body);

    assert.ok(answer.slots.length > 0 && answer.slots.every((slot) => slot.bookableOnline === false));
    assert.equal(answer.nextAvailableDate, addDays(today, 1));
  });
});

describe('days past the horizon', () => {
  it('the check-up stops eight weeks ahead: bookableUntil says so and no time lies beyond it', () => {
    const last = localDate(new Date(now.getTime() + 56 * 24 * hour), 'Europe/Berlin');

    const answer = Availability.parse(
      aSimulator().getAvailability({ variantId: 'var_checkup', locationId: 'loc_berlin', from: addDays(last, -6), to: addDays(last, 7) }).body,
    );

    assert.equal(answer.bookableUntil, last);
    assert.ok(answer.slots.length > 0);
    assert.ok(answer.slots.every((slot) => slot.start.slice(0, 10) <= last));
  });
});

describe('a move into the change cutoff', () => {
  it('is allowed while the visit can still be moved; afterwards it can no longer be changed online', () => {
    const simulator = aSimulator();
    const { id, token } = seedAppointments.formsDue; // six working days ahead: still movable
    const today = localDate(now, 'Europe/Berlin');
    const insideCutoff = allSlots(simulator, 'var_physio_initial', 'loc_berlin', today, addDays(today, 1)).find(
      (slot) => slot.bookableOnline !== false && Date.parse(slot.start) < now.getTime() + 24 * hour,
    );
    assert.ok(insideCutoff, 'a time bookable online within 24 hours');

    const moved = Appointment.parse(simulator.rescheduleAppointment(id, token, { start: insideCutoff.start }, 'key-1').body);

    assert.equal(moved.start, insideCutoff.start);
    assert.deepEqual(
      moved.actions.filter((action) => action.allowed).map((action) => action.type),
      [],
    );
    assert.equal(codeOf(simulator.cancelAppointment(id, token, {}, 'key-2')), 'conflict');
  });
});
