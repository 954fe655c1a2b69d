import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { Appointment, Problem } from '../../src/api/index.js';
import { seedAppointments } from '../../src/mocks/index.js';
import { aBooking, aSimulator, bookOne, codeOf, freeSlots, now } from './helpers.js';

const hour = 3_600_000;

describe('cancelling', () => {
  it('frees the slot and records when and why', () => {
    const simulator = aSimulator();
    const { slot, appointmentId, token } = bookOne(simulator);

    const result = simulator.cancelAppointment(appointmentId, token, { reason: '  Feeling better  ' }, 'key-2');

    const appointment = Appointment.parse(result.body);
    assert.equal(appointment.status, 'cancelled');
    assert.equal(new Date(appointment.cancellation?.at ?? '').getTime(), now.getTime());
    assert.equal(appointment.cancellation?.reason, 'Feeling better');
    assert.ok(freeSlots(simulator).some((free) => free.start === slot.start));
  });

  it('answers 409 conflict for an appointment already cancelled', () => {
    const { id, token } = seedAppointments.cancelled;

    const result = aSimulator().cancelAppointment(id, token, {}, 'key-1');

    assert.equal(result.status, 409);
    assert.equal(codeOf(result), 'conflict');
  });

  it('answers 409 conflict with the reason when cancelling has closed', () => {
    const { id, token } = seedAppointments.soon;

    const result = aSimulator().cancelAppointment(id, token, {}, 'key-1');

    assert.equal(result.status, 409);
    assert.equal(Problem.parse(result.body).detail, 'Cancellation closes 24 hours before your visit; call the clinic on +49 30 1234567.');
  });

  it('closes 24 hours before the visit as the clock moves on', () => {
    const simulator = aSimulator();
    const { slot, appointmentId, token } = bookOne(simulator);
    simulator.setNow(new Date(new Date(slot.start).getTime() - 23 * hour));

    const result = simulator.cancelAppointment(appointmentId, token, {}, 'key-2');

    assert.equal(codeOf(result), 'conflict');
  });
});

describe('rescheduling', () => {
  it('moves the appointment to a free slot and frees the old one', () => {
    const simulator = aSimulator();
    const { slot, appointmentId, token } = bookOne(simulator);
    const target = freeSlots(simulator)[3]!;

    const result = simulator.rescheduleAppointment(appointmentId, token, { start: target.start }, 'key-2');

    assert.equal(result.status, 200);
    assert.equal(Appointment.parse(result.body).start, target.start);
    const free = freeSlots(simulator).map((s) => s.start);
    assert.ok(free.includes(slot.start), 'the old slot is free again');
    assert.ok(!free.includes(target.start), 'the new slot is taken');
    assert.equal(simulator.appointmentsFor(target.start, { variantId: 'var_physio_followup' }).length, 1);
  });

  it('answers 409 slot_unavailable for a taken slot and stays put', () => {
    const simulator = aSimulator();
    const mine = bookOne(simulator, 'key-1');
    const theirs = bookOne(simulator, 'key-2');

    const result = simulator.rescheduleAppointment(mine.appointmentId, mine.token, { start: theirs.slot.start }, 'key-3');

    assert.equal(codeOf(result), 'slot_unavailable');
    assert.equal(simulator.appointmentsFor(mine.slot.start).length, 1);
  });
});

describe('the access token', () => {
  const { id, token } = seedAppointments.formsDue;

  it('opens the appointment it belongs to', () => {
    assert.equal(aSimulator().getAppointment(id, token).status, 200);
  });

  it('answers 401 when wrong or missing', () => {
    const simulator = aSimulator();

    assert.equal(codeOf(simulator.getAppointment(id, seedAppointments.ready.token)), 'unauthorized');
    assert.equal(codeOf(simulator.getAppointment(id, undefined)), 'unauthorized');
    assert.equal(codeOf(simulator.cancelAppointment(id, 'tok_wrong', {}, 'key-1')), 'unauthorized');
  });

  it('answers 410 once expired', () => {
    const { id: expiredId, token: expiredToken } = seedAppointments.expiredLink;

    const result = aSimulator().getAppointment(expiredId, expiredToken);

    assert.equal(result.status, 410);
    assert.equal(codeOf(result), 'link_expired');
  });

  it('answers 404 for an unknown appointment', () => {
    assert.equal(aSimulator().getAppointment('apt_unknown', token).status, 404);
  });
});

describe('the seeded appointments', () => {
  it('cover every status, intake state and action rule', () => {
    const simulator = aSimulator();
    const open = (key: keyof typeof seedAppointments) => {
      const { id, token } = seedAppointments[key];
      return Appointment.parse(simulator.getAppointment(id, token).body);
    };

    assert.equal(open('formsDue').intake.complete, false);
    assert.ok(open('formsDue').actions.every((action) => action.allowed));
    assert.equal(open('ready').intake.complete, true);
    assert.deepEqual(
      open('soon').actions.map((action) => action.allowed),
      [false, false],
    );
    assert.equal(open('cancelled').status, 'cancelled');
    assert.equal(open('completed').status, 'completed');
    assert.equal(open('noShow').status, 'no_show');
    assert.deepEqual(
      open('videoVisit').actions.find((action) => action.type === 'join_video'),
      { type: 'join_video', allowed: true },
    );
    assert.equal(open('ready').location.timeZone, 'America/New_York');
    assert.match(open('ready').start, /-0[45]:00$/);
  });
});

describe('reset', () => {
  it('restores the seed and forgets idempotency keys', () => {
    const simulator = aSimulator();
    const { slot } = bookOne(simulator, 'key-1');
    simulator.cancelAppointment(seedAppointments.formsDue.id, seedAppointments.formsDue.token, {}, 'key-2');

    simulator.reset();

    assert.equal(simulator.appointmentsFor(slot.start).length, 0);
    assert.equal(simulator.state().appointments.find((a) => a.id === seedAppointments.formsDue.id)?.status, 'booked');
    assert.equal(simulator.createBooking(aBooking(slot.start), 'key-1').status, 201);
  });
});
