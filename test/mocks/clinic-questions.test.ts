import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { AppointmentList, Problem, Service } from '../../src/api/index.js';
import { seedData } from '../../src/mocks/index.js';
import { aBooking, aPatient, aSimulator, firstFreeSlot } from './helpers.js';

const checkup = { variantId: 'var_checkup', locationId: 'loc_berlin' };

function fieldErrors(result: { status: number; body: unknown }) {
  assert.equal(result.status, 422, JSON.stringify(result.body));
  return Problem.parse(result.body).errors ?? [];
}

/** A simulator whose check-up asks a required insurance number and makes the phone optional. */
function strictCheckup() {
  return aSimulator({
    data: (at) => {
      const data = seedData(at);
      return {
        ...data,
        variants: data.variants.map((variant) =>
          variant.id === 'var_checkup'
            ? {
                ...variant,
                patientFields: { phone: 'optional' as const, dateOfBirth: 'required' as const },
                questions: [
                  { id: 'insurance_number', type: 'text' as const, label: 'Health insurance number', required: true, maxLength: 12 },
                  { id: 'medication', type: 'yes_no' as const, label: 'Any medication?', required: false },
                ],
              }
            : variant,
        ),
      };
    },
  });
}

describe("the demo clinic's check-up", () => {
  it('asks its own questions, one of each kind, and the patient fields it needs', () => {
    const service = Service.parse(aSimulator().getService('svc_checkup').body);
    const variant = service.variants.find((candidate) => candidate.id === 'var_checkup')!;
    assert.deepEqual(
      variant.questions?.map((question) => question.type),
      ['text', 'choice', 'yes_no', 'date'],
    );
    assert.deepEqual(variant.patientFields, { dateOfBirth: 'required', phone: 'required' });
  });

  it('books with the answers, and staff read them in words beside the booking', () => {
    const simulator = aSimulator();
    const slot = firstFreeSlot(simulator, 'var_checkup');
    const answers = { insurance_number: ' A123 ', heard_about_us: 'friend', medication: 'no', last_blood_test: '2025-03-01' };

    const booked = simulator.createBooking(aBooking(slot.start, { ...checkup, answers }), 'key-1');

    assert.equal(booked.status, 201, JSON.stringify(booked.body));
    const list = AppointmentList.parse(simulator.listAppointments({ variantId: 'var_checkup' }).body);
    const mine = list.appointments.find((appointment) => appointment.start === slot.start || Date.parse(appointment.start) === Date.parse(slot.start));
    assert.deepEqual(mine?.answers, [
      { questionId: 'insurance_number', question: 'Health insurance number', answer: 'A123' },
      { questionId: 'heard_about_us', question: 'How did you hear about us?', answer: 'A friend or relative' },
      { questionId: 'medication', question: 'Do you take any medication regularly?', answer: 'No' },
      { questionId: 'last_blood_test', question: 'When was your last blood test?', answer: '2025-03-01' },
    ]);
  });

  it('books without answers, as its questions are optional', () => {
    const simulator = aSimulator();
    const slot = firstFreeSlot(simulator, 'var_checkup');
    assert.equal(simulator.createBooking(aBooking(slot.start, checkup), 'key-1').status, 201);
  });
});

describe('answers the API refuses', () => {
  it('name the question they belong to: missing, too long, not an option, out of range, unknown', () => {
    const simulator = aSimulator();
    const slot = firstFreeSlot(simulator, 'var_checkup');
    const answers = { insurance_number: 'x'.repeat(31), heard_about_us: 'radio', medication: 'maybe', last_blood_test: '1980-01-01', shoe_size: '42' };

    const errors = fieldErrors(simulator.createBooking(aBooking(slot.start, { ...checkup, answers }), 'key-1'));

    assert.deepEqual(errors.map((error) => error.field).sort(), [
      'answers.heard_about_us',
      'answers.insurance_number',
      'answers.last_blood_test',
      'answers.medication',
      'answers.shoe_size',
    ]);
  });

  it('include a required question left unanswered', () => {
    const simulator = strictCheckup();
    const slot = firstFreeSlot(simulator, 'var_checkup');
    const errors = fieldErrors(simulator.createBooking(aBooking(slot.start, checkup), 'key-1'));
    assert.deepEqual(
      errors.map((error) => error.field),
      ['answers.insurance_number'],
    );
  });
});

describe('patient fields the variant decides', () => {
  it('let a patient leave out a phone the variant makes optional', () => {
    const simulator = strictCheckup();
    const slot = firstFreeSlot(simulator, 'var_checkup');
    const { phone: _phone, ...patient } = aPatient();
    const result = simulator.createBooking(aBooking(slot.start, { ...checkup, patient, answers: { insurance_number: 'A1' } }), 'key-1');
    assert.equal(result.status, 201, JSON.stringify(result.body));
  });

  it('refuse a booking without the phone or date of birth the variant requires, on those fields', () => {
    const simulator = aSimulator();
    const slot = firstFreeSlot(simulator);
    const { phone: _phone, dateOfBirth: _born, ...patient } = aPatient();
    const errors = fieldErrors(simulator.createBooking(aBooking(slot.start, { patient }), 'key-1'));
    assert.deepEqual(
      errors.map((error) => error.field),
      ['patient.phone', 'patient.dateOfBirth'],
    );
  });
});

describe("the demo's staff booking page", () => {
  it("has a check-up with the answers to the clinic's questions", () => {
    const list = AppointmentList.parse(aSimulator().listAppointments({ variantId: 'var_checkup' }).body);
    const noShow = list.appointments.find((appointment) => appointment.id === 'apt_no_show');
    assert.deepEqual(
      noShow?.answers?.map(({ question, answer }) => `${question} ${answer}`),
      ['Health insurance number A123456789', 'How did you hear about us? Another doctor', 'Do you take any medication regularly? No'],
    );
  });
});
