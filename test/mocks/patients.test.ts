import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { Appointment, AppointmentList, Problem, Service } from '../../src/api/index.js';
import { aBooking, aPatient, aSimulator, codeOf, firstFreeSlot, tokenOf } from './helpers.js';

const ada = { givenName: 'Ada', familyName: 'Lovelace', relationship: 'parent' as const, email: 'ada@example.org', phone: '+44 20 7946 0958' };
const sam = { givenName: 'Sam', familyName: 'Lovelace', dateOfBirth: '2017-03-02' };

describe('a booking for someone else', () => {
  it('books the patient with no contact of their own when the booker gives theirs', () => {
    const simulator = aSimulator();

    const result = simulator.createBooking(aBooking(firstFreeSlot(simulator).start, { patient: sam, bookedBy: ada }), 'k1');

    assert.equal(result.status, 201, JSON.stringify(result.body));
  });

  it('shows the patient whom it is for and who booked it, by name and relationship only', () => {
    const simulator = aSimulator();
    const result = simulator.createBooking(aBooking(firstFreeSlot(simulator).start, { patient: sam, bookedBy: ada }), 'k1');
    const { appointment, appointmentUrl } = result.body as { appointment: Appointment; appointmentUrl: string };

    const shown = Appointment.parse(simulator.getAppointment(appointment.id, tokenOf(appointmentUrl)).body);

    assert.deepEqual(shown.patient, { givenName: 'Sam', familyName: 'Lovelace' });
    assert.deepEqual(shown.bookedBy, { givenName: 'Ada', familyName: 'Lovelace', relationship: 'parent' });
  });

  it('shows staff the booker with their contact', () => {
    const simulator = aSimulator();
    simulator.createBooking(aBooking(firstFreeSlot(simulator).start, { patient: sam, bookedBy: ada }), 'k1');

    const list = AppointmentList.parse(simulator.listAppointments({ limit: '200' }).body);

    const booked = list.appointments.find((appointment) => appointment.patient.givenName === 'Sam');
    assert.deepEqual(booked?.bookedBy, ada);
  });

  it("says nothing of a booker on a patient's own booking", () => {
    const simulator = aSimulator();
    const result = simulator.createBooking(aBooking(firstFreeSlot(simulator).start), 'k1');

    const { appointment } = result.body as { appointment: Appointment };
    assert.equal(appointment.bookedBy, undefined);
    assert.equal(appointment.patient, undefined);
  });

  it("refuses a patient's own booking without their email and phone", () => {
    const simulator = aSimulator();
    const { email: _email, phone: _phone, ...noContact } = aPatient();

    const result = simulator.createBooking(aBooking(firstFreeSlot(simulator).start, { patient: noContact }), 'k1');

    assert.deepEqual(
      Problem.parse(result.body).errors?.map((error) => error.field),
      ['patient.email', 'patient.phone'],
    );
  });

  it('refuses a relationship the contract does not know', () => {
    const simulator = aSimulator();

    const result = simulator.createBooking(
      { ...aBooking(firstFreeSlot(simulator).start, { patient: sam }), bookedBy: { ...ada, relationship: 'neighbour' } },
      'k1',
    );

    assert.deepEqual(
      Problem.parse(result.body).errors?.map((error) => error.field),
      ['bookedBy.relationship'],
    );
  });
});

describe('new and returning patients', () => {
  it('marks the initial assessment for new patients and the follow-up for returning ones', () => {
    const service = Service.parse(aSimulator().getService('svc_physio').body);

    assert.deepEqual(
      service.variants.map((variant) => [variant.id, variant.forPatients]),
      [
        ['var_physio_initial', 'new'],
        ['var_physio_followup', 'returning'],
        ['var_physio_massage', undefined],
      ],
    );
    assert.deepEqual(service.returningPatients, { matchFields: ['dateOfBirth', 'postalCode'] });
  });

  it('refuses a follow-up to a new patient', () => {
    const simulator = aSimulator();

    const result = simulator.createBooking(aBooking(firstFreeSlot(simulator).start, { returningPatient: false }), 'k1');

    assert.equal(codeOf(result), 'not_bookable');
    assert.match(Problem.parse(result.body).detail!, /returning patients/);
  });

  it('refuses an initial assessment to a returning patient', () => {
    const simulator = aSimulator();
    const start = firstFreeSlot(simulator, 'var_physio_initial').start;

    const result = simulator.createBooking(
      aBooking(start, { variantId: 'var_physio_initial', returningPatient: true, patientMatch: { postalCode: 'NW1 6XE' } }),
      'k1',
    );

    assert.equal(codeOf(result), 'not_bookable');
  });

  it('books a returning patient whose record matches the fields the service asks for', () => {
    const simulator = aSimulator();

    const result = simulator.createBooking(aBooking(firstFreeSlot(simulator).start, { returningPatient: true, patientMatch: { postalCode: 'nw1 6xe' } }), 'k1');

    assert.equal(result.status, 201, JSON.stringify(result.body));
  });

  it('asks a returning patient for a match field they left out', () => {
    const simulator = aSimulator();

    const result = simulator.createBooking(aBooking(firstFreeSlot(simulator).start, { returningPatient: true }), 'k1');

    assert.deepEqual(
      Problem.parse(result.body).errors?.map((error) => error.field),
      ['patientMatch.postalCode'],
    );
  });

  it('says on the match fields when no record fits', () => {
    const simulator = aSimulator();

    const result = simulator.createBooking(
      aBooking(firstFreeSlot(simulator).start, { returningPatient: true, patientMatch: { postalCode: 'SW1A 1AA' } }),
      'k1',
    );

    assert.equal(codeOf(result), 'validation');
    assert.deepEqual(
      Problem.parse(result.body).errors?.map((error) => error.field),
      ['patient.dateOfBirth', 'patientMatch.postalCode'],
    );
  });

  it('takes a booking that does not say, as from an older widget', () => {
    const simulator = aSimulator();

    assert.equal(simulator.createBooking(aBooking(firstFreeSlot(simulator).start), 'k1').status, 201);
  });
});

describe('a limit on upcoming visits', () => {
  it('answers booking_limit with the limit once a patient holds that many', () => {
    const simulator = aSimulator({ upcomingLimit: 1 });
    simulator.createBooking(aBooking(firstFreeSlot(simulator).start), 'k1');

    const result = simulator.createBooking(aBooking(firstFreeSlot(simulator).start), 'k2');

    assert.equal(result.status, 409);
    assert.equal(codeOf(result), 'booking_limit');
    assert.equal(Problem.parse(result.body).limit, 1);
    assert.match(Problem.parse(result.body).detail!, /\+49 30 1234567/);
  });

  it("counts each patient apart: a parent's child is not the parent", () => {
    const simulator = aSimulator({ upcomingLimit: 1 });
    simulator.createBooking(aBooking(firstFreeSlot(simulator).start), 'k1');

    const result = simulator.createBooking(aBooking(firstFreeSlot(simulator).start, { patient: sam, bookedBy: ada }), 'k2');

    assert.equal(result.status, 201);
  });
});
