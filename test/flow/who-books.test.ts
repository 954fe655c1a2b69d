import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import type { Location, Service, Variant } from '../../src/api/index.js';
import {
  answerReturning,
  catalogFromService,
  chooseLocation,
  chooseSlot,
  chooseVariant,
  chooseVisitFor,
  patientSide,
  startBooking,
  updateBooker,
  updateMatch,
  updatePatient,
} from '../../src/flow/booking-flow.js';
import { asksReturning, matchFieldsAsked, missingVariants, patientParts } from '../../src/flow/who-books.js';

const berlin: Location = {
  id: 'berlin',
  name: 'Mitte',
  address: { line1: '1 Street', city: 'Berlin', country: 'DE' },
  timeZone: 'Europe/Berlin',
  bookable: true,
};
const variant = (id: string, forPatients?: Variant['forPatients']): Variant => ({
  id,
  serviceId: 'svc',
  name: id,
  durationMinutes: 30,
  bookable: true,
  locationIds: ['berlin'],
  ...(forPatients && { forPatients }),
});
const physio: Service = {
  id: 'svc',
  name: 'Physiotherapy',
  description: '',
  visible: true,
  bookable: true,
  variants: [variant('initial', 'new'), variant('followup', 'returning'), variant('massage')],
  locations: [berlin],
  clinic: { name: 'Circle Health' },
  returningPatients: { matchFields: ['dateOfBirth', 'postalCode', 'shoeSize'] },
};
const catalog = catalogFromService(physio);
const slot = { start: '2026-11-25T09:00:00+01:00', end: '2026-11-25T09:30:00+01:00' };
const ada = { givenName: 'Ada', familyName: 'Lovelace', email: 'ada@example.org', phone: '+44 20 7946 0958', dateOfBirth: '1985-12-10' };
const sam = { givenName: 'Sam', familyName: 'Lovelace', dateOfBirth: '2017-03-02' };
const adaBooks = { givenName: 'Ada', familyName: 'Lovelace', relationship: 'parent', email: 'ada@example.org', phone: '+44 20 7946 0958' };

describe('"Have you been to us before?"', () => {
  it('is asked only when some variant is for new or returning patients alone', () => {
    assert.equal(asksReturning(physio.variants), true);
    assert.equal(asksReturning([variant('a'), variant('b', 'both')]), false);
  });

  it('leaves out the variants that do not fit the answer, and says why each is missing', () => {
    assert.deepEqual(
      missingVariants(physio.variants, true).map(({ variant: v, reason }) => [v.id, reason]),
      [['initial', 'new-patients-only']],
    );
    assert.deepEqual(
      missingVariants(physio.variants, false).map(({ variant: v, reason }) => [v.id, reason]),
      [['followup', 'returning-patients-only']],
    );
    assert.deepEqual(missingVariants(physio.variants, undefined), []);
  });

  it('lets go of a chosen variant that no longer fits, and keeps what was typed', () => {
    let state = startBooking(catalog, { patient: ada });
    state = chooseSlot(chooseLocation(catalog, chooseVariant(catalog, state, 'initial'), 'berlin'), slot);

    state = answerReturning(catalog, state, true);

    assert.equal(state.variantId, undefined);
    assert.equal(state.slot, undefined);
    assert.deepEqual(state.patient, ada);
  });

  it('keeps a chosen variant that fits', () => {
    const state = answerReturning(catalog, chooseVariant(catalog, startBooking(catalog), 'massage'), true);

    assert.equal(state.variantId, 'massage');
  });

  it('refuses a variant that does not fit the answer', () => {
    const state = chooseVariant(catalog, answerReturning(catalog, startBooking(catalog), false), 'followup');

    assert.equal(state.variantId, undefined);
  });
});

describe("the fields that find a returning patient's record", () => {
  it('are the ones the API names that the widget knows, beyond the date of birth every booking has', () => {
    assert.deepEqual(matchFieldsAsked(physio.returningPatients, true), ['postalCode']);
  });

  it('are not asked of a new patient, nor before the answer', () => {
    assert.deepEqual(matchFieldsAsked(physio.returningPatients, false), []);
    assert.deepEqual(matchFieldsAsked(physio.returningPatients, undefined), []);
  });

  it('go in the request for a returning patient, and a missing one keeps the booking back', () => {
    let state = answerReturning(catalog, startBooking(catalog, { patient: ada }), true);
    const missing = patientParts(patientSide(catalog, state));
    state = updateMatch(state, { postalCode: ' NW1 6XE ', patientNumber: 'typed before, not asked' });

    const parts = patientParts(patientSide(catalog, state));

    assert.deepEqual(missing, { ok: false, invalid: 'match' });
    assert.deepEqual(parts.ok && parts.parts, { patient: ada, returningPatient: true, patientMatch: { postalCode: 'NW1 6XE' } });
  });
});

describe('"Who is this visit for?"', () => {
  it('sends the patient\'s own details, and no booker, for "me"', () => {
    const parts = patientParts(patientSide(catalog, startBooking(catalog, { patient: ada })));

    assert.deepEqual(parts.ok && parts.parts, { patient: ada });
  });

  it('sends the patient without a contact of their own, and the booker, for someone else', () => {
    let state = chooseVisitFor(startBooking(catalog), 'someone-else');
    state = updateBooker(updatePatient(state, { ...sam, email: '', phone: ' ' }), adaBooks);

    const parts = patientParts(patientSide(catalog, state));

    assert.deepEqual(parts.ok && parts.parts, { patient: sam, bookedBy: adaBooks });
  });

  it("keeps the booking back until the booker's details are valid", () => {
    const state = updateBooker(updatePatient(chooseVisitFor(startBooking(catalog), 'someone-else'), sam), { ...adaBooks, relationship: '' });

    assert.deepEqual(patientParts(patientSide(catalog, state)), { ok: false, invalid: 'booker' });
  });

  it("drops the API's error on a booker's field once the booker changes that field, and only then", () => {
    let state = updateBooker(updatePatient(chooseVisitFor(startBooking(catalog), 'someone-else'), sam), adaBooks);
    state = { ...state, serverErrors: { 'bookedBy.email': 'This address cannot receive mail.', 'bookedBy.phone': 'Not a phone.' } };

    state = updateBooker(state, { ...adaBooks, email: 'ada@example.com' });

    assert.deepEqual(state.serverErrors, { 'bookedBy.phone': 'Not a phone.' });
  });

  it('keeps what was typed for either answer when the patient switches back and forth', () => {
    let state = updatePatient(startBooking(catalog), ada);
    state = updateBooker(chooseVisitFor(state, 'someone-else'), adaBooks);

    state = chooseVisitFor(chooseVisitFor(state, 'me'), 'someone-else');

    assert.deepEqual(state.patient, ada);
    assert.deepEqual(state.booker, adaBooks);
  });

  it('makes the booking a new attempt', () => {
    const state = chooseVisitFor({ ...startBooking(catalog), attemptKey: 'k1' }, 'someone-else');

    assert.equal(state.attemptKey, undefined);
  });
});
