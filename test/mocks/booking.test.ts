import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { BookingConfirmation, Problem } from '../../src/api/index.js';
import { seedAppointments } from '../../src/mocks/index.js';
import { aBooking, aSimulator, codeOf, firstFreeSlot, freeSlots, tokenOf } from './helpers.js';

const hour = 3_600_000;

describe('a booked slot', () => {
  it('disappears from availability', () => {
    const simulator = aSimulator();
    const slot = firstFreeSlot(simulator);

    simulator.createBooking(aBooking(slot.start), 'key-1');

    assert.equal(
      freeSlots(simulator).some((free) => free.start === slot.start),
      false,
    );
    assert.equal(simulator.appointmentsFor(slot.start, { variantId: 'var_physio_followup' }).length, 1);
  });

  it('stays free for another variant', () => {
    const simulator = aSimulator();
    const slot = firstFreeSlot(simulator);

    simulator.createBooking(aBooking(slot.start), 'key-1');

    assert.equal(simulator.appointmentsFor(slot.start, { variantId: 'var_physio_initial' }).length, 0);
  });
});

describe('campaign tracking on a booking', () => {
  it('is stored with the appointment as the request carried it', () => {
    const simulator = aSimulator();
    const slot = firstFreeSlot(simulator);
    const tracking = { source: 'newsletter', medium: 'email', campaign: 'spring' };

    simulator.createBooking(aBooking(slot.start, { tracking }), 'key-1');

    assert.deepEqual(simulator.appointmentsFor(slot.start)[0]!.tracking, tracking);
  });

  it('is absent when the request has none', () => {
    const simulator = aSimulator();
    const slot = firstFreeSlot(simulator);

    simulator.createBooking(aBooking(slot.start), 'key-1');

    assert.equal('tracking' in simulator.appointmentsFor(slot.start)[0]!, false);
  });

  it("keeps the ad platforms' click ids beside the utm values", () => {
    const simulator = aSimulator();
    const slot = firstFreeSlot(simulator);
    const tracking = { source: 'ads', gclid: 'Cj0KCQiA-abc_123', gbraid: '0AAAAA9x', wbraid: 'CkEKCQ', fbclid: 'IwAR2x.y~z', msclkid: '5f1d2e3c' };

    simulator.createBooking(aBooking(slot.start, { tracking }), 'key-1');

    assert.deepEqual(simulator.appointmentsFor(slot.start)[0]!.tracking, tracking);
  });

  it('refuses a click id with characters no platform puts in one', () => {
    const simulator = aSimulator();
    const result = simulator.createBooking(aBooking(firstFreeSlot(simulator).start, { tracking: { gclid: 'abc<script>' } }), 'key-1');

    assert.equal(codeOf(result), 'validation');
  });

  it('refuses a value longer than the contract allows', () => {
    const simulator = aSimulator();
    const result = simulator.createBooking(aBooking(firstFreeSlot(simulator).start, { tracking: { source: 'x'.repeat(201) } }), 'key-1');

    assert.equal(codeOf(result), 'validation');
  });
});

describe('booking a slot that is not free', () => {
  it('answers 409 slot_unavailable when someone booked it first', () => {
    const simulator = aSimulator();
    const request = aBooking(firstFreeSlot(simulator).start);
    simulator.createBooking(request, 'key-1');

    const result = simulator.createBooking(request, 'key-2');

    assert.equal(result.status, 409);
    assert.equal(codeOf(result), 'slot_unavailable');
    assert.equal(simulator.appointmentsFor(request.start).length, 1);
  });

  for (const [what, start] of [
    ['a time between slots', '2026-12-01T08:10:00+01:00'],
    ['a Sunday', '2026-11-29T10:00:00+01:00'],
    ['sooner than two hours from now', '2026-11-24T10:00:00+01:00'],
    ['beyond the 180-day horizon', '2027-06-01T10:00:00+02:00'],
  ] as const) {
    it(`answers 409 slot_unavailable for ${what}`, () => {
      const simulator = aSimulator();

      const result = simulator.createBooking(aBooking(start), 'key-1');

      assert.equal(result.status, 409);
      assert.equal(codeOf(result), 'slot_unavailable');
    });
  }

  it('answers 409 for a slot other patients hold', () => {
    const simulator = aSimulator();
    const free = new Set(freeSlots(simulator, 'var_physio_followup', 'loc_berlin', '2026-12-01', '2026-12-01').map((s) => s.start));
    const times = [
      '08:00',
      '08:30',
      '09:00',
      '09:30',
      '10:00',
      '10:30',
      '11:00',
      '11:30',
      '13:00',
      '13:30',
      '14:00',
      '14:30',
      '15:00',
      '15:30',
      '16:00',
      '16:30',
    ];
    const taken = times.map((time) => `2026-12-01T${time}:00+01:00`).find((start) => !free.has(start));
    assert.ok(taken, 'with about 30% taken, one of 16 slots is taken');

    const result = simulator.createBooking(aBooking(taken), 'key-1');

    assert.equal(result.status, 409);
    assert.equal(codeOf(result), 'slot_unavailable');
  });
});

describe('a variant or location that cannot be booked', () => {
  for (const [what, overrides] of [
    ['a paused service', { variantId: 'var_hydro' }],
    ['a hidden service', { variantId: 'var_hidden' }],
    ['a location not configured for booking', { locationId: 'loc_hamburg' }],
    ['a variant without a bookable location', { variantId: 'var_home_visit', locationId: 'loc_hamburg' }],
    ['a location not offering the variant', { variantId: 'var_checkup', locationId: 'loc_newyork' }],
  ] as const) {
    it(`answers 422 not_bookable for ${what}`, () => {
      const simulator = aSimulator();

      const result = simulator.createBooking(aBooking('2026-12-01T09:00:00+01:00', overrides), 'key-1');

      assert.equal(result.status, 422);
      assert.equal(codeOf(result), 'not_bookable');
    });
  }
});

describe('an invalid booking request', () => {
  it('answers 422 validation naming each field', () => {
    const simulator = aSimulator();
    const request = aBooking(firstFreeSlot(simulator).start);

    const result = simulator.createBooking({ ...request, patient: { ...request.patient, email: 'not-an-email', givenName: ' ' } }, 'key-1');

    assert.equal(result.status, 422);
    const problem = Problem.parse(result.body);
    assert.equal(problem.code, 'validation');
    assert.deepEqual(problem.errors?.map((error) => error.field).sort(), ['patient.email', 'patient.givenName']);
    assert.match(problem.errors?.find((error) => error.field === 'patient.email')?.message ?? '', /email/i);
  });

  it('answers 422 validation without an Idempotency-Key, and books nothing', () => {
    const simulator = aSimulator();
    const slot = firstFreeSlot(simulator);

    const result = simulator.createBooking(aBooking(slot.start), undefined);

    assert.equal(codeOf(result), 'validation');
    assert.equal(simulator.appointmentsFor(slot.start).length, 0);
  });
});

describe('a repeated Idempotency-Key', () => {
  it('replays the first answer exactly and books once', () => {
    const simulator = aSimulator();
    const request = aBooking(firstFreeSlot(simulator).start);
    const first = simulator.createBooking(request, 'key-1');

    const again = simulator.createBooking(structuredClone(request), 'key-1');

    assert.equal(first.status, 201);
    assert.deepEqual(again, first);
    assert.equal(simulator.appointmentsFor(request.start).length, 1);
  });

  it('answers 422 idempotency_key_reused for a different body', () => {
    const simulator = aSimulator();
    const request = aBooking(firstFreeSlot(simulator).start);
    simulator.createBooking(request, 'key-1');

    const result = simulator.createBooking({ ...request, patient: { ...request.patient, givenName: 'Grace' } }, 'key-1');

    assert.equal(result.status, 422);
    assert.equal(codeOf(result), 'idempotency_key_reused');
  });

  it('replays a cancellation instead of answering 409', () => {
    const simulator = aSimulator();
    const { id, token } = seedAppointments.formsDue;
    const first = simulator.cancelAppointment(id, token, { reason: 'Away' }, 'key-1');

    const again = simulator.cancelAppointment(id, token, { reason: 'Away' }, 'key-1');

    assert.equal(first.status, 200);
    assert.deepEqual(again, first);
  });
});

describe('a new booking', () => {
  it('answers 201 with the appointment, its link, intake forms due and changes open until 24 hours before', () => {
    const simulator = aSimulator({ patientAppBase: 'https://clinic.example/patient/' });
    const slot = firstFreeSlot(simulator);

    const result = simulator.createBooking(aBooking(slot.start), 'key-1');

    assert.equal(result.status, 201);
    const { appointment, appointmentUrl } = BookingConfirmation.parse(result.body);
    assert.equal(appointment.start, slot.start);
    assert.equal(appointment.status, 'booked');
    assert.ok(appointmentUrl.startsWith('https://clinic.example/patient/'));
    assert.equal(simulator.getAppointment(appointment.id, tokenOf(appointmentUrl)).status, 200);
    assert.equal(appointment.intake.complete, false);
    assert.match(appointment.intake.formsUrl ?? '', /^https:\/\//);
    const deadline = new Date(new Date(slot.start).getTime() - 24 * hour).getTime();
    for (const type of ['cancel', 'reschedule']) {
      const action = appointment.actions.find((candidate) => candidate.type === type);
      assert.equal(action?.allowed, true);
      assert.equal(new Date(action?.deadline ?? '').getTime(), deadline);
    }
  });
});
