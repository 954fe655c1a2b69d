import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { Question, Variant, type Question as QuestionType } from '../../src/api/index.js';
import { answerProblem, answersOf, optionalFieldsOf } from '../../src/flow/clinic-questions.js';
import { patientParts, type PatientSide } from '../../src/flow/who-books.js';

const insurance: QuestionType = { id: 'insurance', type: 'text', label: 'Insurance number', required: true, maxLength: 10 };
const heard: QuestionType = {
  id: 'heard',
  type: 'choice',
  label: 'How did you hear about us?',
  required: false,
  options: [
    { id: 'friend', label: 'A friend' },
    { id: 'search', label: 'Search engine' },
  ],
};
const medication: QuestionType = { id: 'medication', type: 'yes_no', label: 'Any medication?', required: true };
const bloodTest: QuestionType = { id: 'blood', type: 'date', label: 'Last blood test', required: false, min: '2020-01-01', max: '2026-11-24' };

const ada = { givenName: 'Ada', familyName: 'Lovelace', email: 'ada@example.org', phone: '+44 20 7946 0958', dateOfBirth: '1985-12-10' };

describe('the contract of a question', () => {
  it('takes each kind the clinic may ask, and refuses an unknown kind', () => {
    for (const question of [insurance, heard, medication, bloodTest]) assert.equal(Question.safeParse(question).success, true, question.id);
    assert.equal(Question.safeParse({ ...insurance, type: 'signature' }).success, false);
  });

  it('refuses a choice without options, and an id that is not a plain name', () => {
    assert.equal(Question.safeParse({ ...heard, options: [] }).success, false);
    assert.equal(Question.safeParse({ ...insurance, id: 'a b<' }).success, false);
  });

  it('lets a variant leave out patientFields and questions, as before', () => {
    const variant = { id: 'v', serviceId: 's', name: 'Check-up', durationMinutes: 30, bookable: true, locationIds: ['l'] };
    assert.equal(Variant.safeParse(variant).success, true);
    assert.equal(Variant.safeParse({ ...variant, patientFields: { phone: 'optional' }, questions: [insurance] }).success, true);
    assert.equal(Variant.safeParse({ ...variant, patientFields: { phone: 'hidden' } }).success, false);
  });
});

describe('an answer as typed', () => {
  it('must be there for a required question, and may be left out of an optional one', () => {
    assert.equal(answerProblem(insurance, '  '), 'missing');
    assert.equal(answerProblem(medication, undefined), 'missing');
    assert.equal(answerProblem(heard, ''), undefined);
  });

  it('keeps to the length, the options and the dates the clinic gave', () => {
    assert.equal(answerProblem(insurance, 'A123456789X'), 'too-long');
    assert.equal(answerProblem(insurance, ' A12345678 '), undefined);
    assert.equal(answerProblem(heard, 'radio'), 'not-an-option');
    assert.equal(answerProblem(medication, 'maybe'), 'not-an-option');
    assert.equal(answerProblem(bloodTest, '2019-12-31'), 'too-early');
    assert.equal(answerProblem(bloodTest, '2026-11-25'), 'too-late');
    assert.equal(answerProblem(bloodTest, '2026-11-24'), undefined);
    assert.equal(answerProblem(bloodTest, 'yesterday'), 'not-a-date');
  });
});

describe('the answers a booking sends', () => {
  it('are keyed by question id: trimmed text, option ids, booleans and dates, empty ones left out', () => {
    const draft = { 'answers.insurance': ' X-1 ', 'answers.heard': 'friend', 'answers.medication': 'no', 'answers.blood': '' };
    assert.deepEqual(answersOf([insurance, heard, medication, bloodTest], draft), { insurance: 'X-1', heard: 'friend', medication: 'no' });
  });

  it('are none while a required question is unanswered', () => {
    assert.equal(answersOf([insurance, medication], { 'answers.insurance': 'X-1' }), undefined);
  });

  it('go with the patient parts, and hold the booking back while one is wrong', () => {
    const side: PatientSide = {
      visitFor: 'me',
      patient: { ...ada, 'answers.medication': 'yes' },
      booker: {},
      match: {},
      matchAsked: [],
      questions: [medication],
    };
    const parts = patientParts(side);
    assert.ok(parts.ok);
    assert.deepEqual(parts.parts.answers, { medication: 'yes' });
    assert.equal('answers.medication' in parts.parts.patient, false);
    assert.deepEqual(patientParts({ ...side, patient: ada }), { ok: false, invalid: 'patient' });
  });
});

describe('the patient fields a variant requires', () => {
  it('are the date of birth and phone unless the variant makes them optional', () => {
    assert.deepEqual(optionalFieldsOf(undefined), []);
    const variant = { id: 'v', serviceId: 's', name: 'x', durationMinutes: 30, bookable: true, locationIds: [] };
    assert.deepEqual(optionalFieldsOf({ ...variant, patientFields: { phone: 'optional', dateOfBirth: 'required' } }), ['phone']);
  });

  it('may then be left out of the booking', () => {
    const { phone: _phone, dateOfBirth: _born, ...withoutThem } = ada;
    const side: PatientSide = { visitFor: 'me', patient: withoutThem, booker: {}, match: {}, matchAsked: [] };
    assert.deepEqual(patientParts(side), { ok: false, invalid: 'patient' });
    const parts = patientParts({ ...side, optionalFields: ['phone', 'dateOfBirth'] });
    assert.ok(parts.ok);
    assert.deepEqual(parts.parts.patient, withoutThem);
  });
});
