import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { BookingConfirmation, Hold } from '../../src/api/index.js';
import { holdByAnotherPatient, shortHolds } from '../../src/mocks/index.js';
import { aBooking, aSimulator, codeOf, firstFreeSlot, freeSlots, now } from './helpers.js';

const where = { variantId: 'var_physio_followup', locationId: 'loc_berlin' };

function holdOf(result: { status: number; body: unknown }): Hold {
  assert.equal(result.status, 201, JSON.stringify(result.body));
  return Hold.parse(result.body);
}

describe('holding a free time', () => {
  it('answers until when, ten minutes by default, and counts down from the answer', () => {
    const simulator = aSimulator();
    const slot = firstFreeSlot(simulator);

    const hold = holdOf(simulator.createHold({ ...where, start: slot.start }, 'h1'));

    assert.equal(Date.parse(hold.heldUntil), now.getTime() + 600_000);
    assert.equal(hold.expiresInSeconds, 600);
    assert.equal(hold.start, slot.start);
  });

  it('replays the same hold for the same Idempotency-Key', () => {
    const simulator = aSimulator();
    const request = { ...where, start: firstFreeSlot(simulator).start };

    const first = holdOf(simulator.createHold(request, 'h1'));
    const again = holdOf(simulator.createHold(request, 'h1'));

    assert.equal(again.id, first.id);
  });

  it("takes the time out of everyone's availability while it lasts", () => {
    const simulator = aSimulator();
    const slot = firstFreeSlot(simulator);

    simulator.createHold({ ...where, start: slot.start }, 'h1');

    assert.equal(
      freeSlots(simulator).some((free) => free.start === slot.start),
      false,
    );
  });
});

describe('a time held by another patient', () => {
  it('cannot be held or booked by anyone else: 409 slot_held', () => {
    const simulator = aSimulator();
    const slot = firstFreeSlot(simulator);
    holdByAnotherPatient(simulator, { ...where, start: slot.start });

    assert.equal(codeOf(simulator.createHold({ ...where, start: slot.start }, 'h2')), 'slot_held');
    assert.equal(codeOf(simulator.createBooking(aBooking(slot.start), 'b2')), 'slot_held');
    assert.equal(simulator.appointmentsFor(slot.start).length, 0);
  });

  it('is booked by the patient holding it, with the hold', () => {
    const simulator = aSimulator();
    const slot = firstFreeSlot(simulator);
    const hold = holdOf(simulator.createHold({ ...where, start: slot.start }, 'h1'));

    const result = simulator.createBooking(aBooking(slot.start, { holdId: hold.id }), 'b1');

    assert.equal(result.status, 201, JSON.stringify(result.body));
    assert.equal(BookingConfirmation.parse(result.body).appointment.start, slot.start);
  });

  it('comes free again when released', () => {
    const simulator = aSimulator();
    const slot = firstFreeSlot(simulator);
    const hold = holdOf(simulator.createHold({ ...where, start: slot.start }, 'h1'));

    assert.deepEqual(simulator.releaseHold(hold.id), { status: 200, body: { id: hold.id, released: true } });

    assert.equal(simulator.createBooking(aBooking(slot.start), 'b2').status, 201);
  });

  it('of two patients racing for one time, holds it for exactly one', () => {
    const simulator = aSimulator();
    const request = { ...where, start: firstFreeSlot(simulator).start };

    const answers = [simulator.createHold(request, 'patient-a'), simulator.createHold(request, 'patient-b')];

    assert.deepEqual(
      answers.map((answer) => answer.status),
      [201, 409],
    );
  });

  it('answers 409 slot_unavailable, not slot_held, for a booked time', () => {
    const simulator = aSimulator();
    const slot = firstFreeSlot(simulator);
    simulator.createBooking(aBooking(slot.start), 'b1');

    assert.equal(codeOf(simulator.createHold({ ...where, start: slot.start }, 'h1')), 'slot_unavailable');
  });
});

describe('a hold expiring', () => {
  it('frees the time for others when it ends, and booking with it then answers 409 hold_expired', () => {
    const simulator = aSimulator(shortHolds(130));
    const slot = firstFreeSlot(simulator);
    const hold = holdOf(simulator.createHold({ ...where, start: slot.start }, 'h1'));
    assert.equal(hold.expiresInSeconds, 130);

    simulator.setNow(new Date(now.getTime() + 130_000));

    assert.equal(
      freeSlots(simulator).some((free) => free.start === slot.start),
      true,
    );
    assert.equal(codeOf(simulator.createBooking(aBooking(slot.start, { holdId: hold.id }), 'b1')), 'hold_expired');
  });

  it('refuses a hold sent with another time: 422 on holdId', () => {
    const simulator = aSimulator();
    const [first, second] = freeSlots(simulator);
    const hold = holdOf(simulator.createHold({ ...where, start: first!.start }, 'h1'));

    const result = simulator.createBooking(aBooking(second!.start, { holdId: hold.id }), 'b1');

    assert.equal(codeOf(result), 'validation');
    assert.deepEqual(
      (result.body as { errors: Array<{ field: string }> }).errors.map((error) => error.field),
      ['holdId'],
    );
  });
});
