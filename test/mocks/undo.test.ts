import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { Appointment, BookingConfirmation } from '../../src/api/index.js';
import { parsePatientAppUrl } from '../../src/links/index.js';
import { BookingSimulator, seedData } from '../../src/mocks/index.js';
import { aBooking, aSimulator, codeOf, firstFreeSlot, freeSlots, now, patientAppBase } from './helpers.js';

const minute = 60_000;

/** A simulator whose clock the test moves, and a booking made on it. */
function bookedJustNow(options: { undoMinutes?: number; slotStart?: (simulator: BookingSimulator) => string } = {}) {
  let clock = now;
  const simulator = aSimulator({
    now: () => clock,
    ...(options.undoMinutes === undefined
      ? {}
      : { data: (at: Date) => ({ ...seedData(at), rules: { ...seedData(at).rules, undoMinutes: options.undoMinutes! } }) }),
  });
  const start = options.slotStart?.(simulator) ?? firstFreeSlot(simulator).start;
  const result = simulator.createBooking(aBooking(start), 'key-book');
  assert.equal(result.status, 201);
  const confirmation = BookingConfirmation.parse(result.body);
  const link = parsePatientAppUrl(confirmation.appointmentUrl, { base: patientAppBase });
  assert.ok(link.ok && link.target.kind === 'appointment');
  return { simulator, confirmation, start, token: link.target.token, setClock: (at: Date) => (clock = at) };
}

describe('a new booking', () => {
  it('can be undone for the three minutes the clinic gives', () => {
    const { confirmation } = bookedJustNow();

    assert.equal(Date.parse(confirmation.undoUntil!), now.getTime() + 3 * minute);
  });

  it('has no undoUntil when the clinic gives no grace period', () => {
    const { confirmation } = bookedJustNow({ undoMinutes: 0 });

    assert.equal('undoUntil' in confirmation, false);
  });
});

describe('undoing a booking within its window', () => {
  it('cancels it as undone, not as a late cancellation, and frees the time', () => {
    const { simulator, confirmation, token, start, setClock } = bookedJustNow();
    setClock(new Date(now.getTime() + 2 * minute));

    const result = simulator.undoBooking(confirmation.appointment.id, token, 'key-undo');

    assert.equal(result.status, 200);
    const appointment = Appointment.parse(result.body);
    assert.equal(appointment.status, 'cancelled');
    assert.equal(appointment.cancellation?.undone, true);
    assert.equal(
      freeSlots(simulator).some((slot) => slot.start === start),
      true,
    );
  });

  it('works inside the cancellation cutoff, where cancelling is closed', () => {
    // The earliest time that can be booked is hours away: well inside the 24-hour cutoff.
    const { simulator, confirmation, token } = bookedJustNow({
      slotStart: (sim) => freeSlots(sim, 'var_physio_followup', 'loc_berlin', '2026-11-24', '2026-11-24')[0]!.start,
    });
    assert.equal(confirmation.appointment.actions.find((action) => action.type === 'cancel')?.allowed, false);

    const result = simulator.undoBooking(confirmation.appointment.id, token, 'key-undo');

    assert.equal(result.status, 200);
  });

  it('answers the same again for the same Idempotency-Key', () => {
    const { simulator, confirmation, token } = bookedJustNow();

    const first = simulator.undoBooking(confirmation.appointment.id, token, 'key-undo');
    const again = simulator.undoBooking(confirmation.appointment.id, token, 'key-undo');

    assert.deepEqual(again, first);
  });
});

describe('undoing a booking after its window', () => {
  it('is refused with 409 conflict, and the booking stands', () => {
    const { simulator, confirmation, token, start, setClock } = bookedJustNow();
    setClock(new Date(now.getTime() + 3 * minute));

    const result = simulator.undoBooking(confirmation.appointment.id, token, 'key-undo');

    assert.equal(result.status, 409);
    assert.equal(codeOf(result), 'conflict');
    assert.equal(simulator.appointmentsFor(start).length, 1);
  });

  it('is refused for a seeded appointment that was never given a window', () => {
    const simulator = aSimulator();

    const result = simulator.undoBooking('apt_forms_due', 'tok_forms_due_4f1c9a', 'key-undo');

    assert.equal(codeOf(result), 'conflict');
  });

  it('is refused without the appointment’s token', () => {
    const { simulator, confirmation } = bookedJustNow();

    assert.equal(codeOf(simulator.undoBooking(confirmation.appointment.id, 'tok_wrong', 'key-undo')), 'unauthorized');
  });
});
