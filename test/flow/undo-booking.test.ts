import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { ProblemError, type BookingConfirmation, type Location, type Service } from '../../src/api/index.js';
import {
  catalogFromService,
  chooseDate,
  chooseSlot,
  confirmed,
  startBooking,
  undoAccess,
  undoFailed,
  undoing,
  undone,
  undoTimeLeft,
} from '../../src/flow/booking-flow.js';
import { patientAppUrl } from '../../src/links/index.js';

const berlin: Location = { id: 'loc', name: 'Mitte', address: { line1: '1 Street', city: 'Berlin', country: 'DE' }, timeZone: 'Europe/Berlin', bookable: true };
const service: Service = {
  id: 'svc',
  name: 'Physiotherapy',
  description: '',
  visible: true,
  bookable: true,
  locations: [berlin],
  clinic: { name: 'Circle Health' },
  variants: [{ id: 'var', serviceId: 'svc', name: 'Follow-up', durationMinutes: 30, bookable: true, locationIds: ['loc'] }],
};
const catalog = catalogFromService(service);
const slot = { start: '2026-11-25T09:00:00+01:00', end: '2026-11-25T09:30:00+01:00' };
const patient = { givenName: 'Ada', familyName: 'Lovelace', email: 'ada@example.org', phone: '+44 20 7946 0958', dateOfBirth: '1985-12-10' };
const bookedAt = Date.parse('2026-11-24T09:00:00Z');

function confirmation(overrides: Partial<BookingConfirmation> = {}): BookingConfirmation {
  return {
    appointment: {
      id: 'apt_1',
      status: 'booked',
      start: slot.start,
      end: slot.end,
      service: { id: 'svc', name: 'Physiotherapy' },
      variant: { id: 'var', name: 'Follow-up', durationMinutes: 30 },
      location: berlin,
      intake: { complete: true },
      actions: [],
      clinic: { name: 'Circle Health' },
    },
    appointmentUrl: patientAppUrl('https://clinic.example/patient/', { kind: 'appointment', appointmentId: 'apt_1', token: 'tok_secret' }),
    undoUntil: new Date(bookedAt + 180_000).toISOString(),
    ...overrides,
  };
}

function done(answer = confirmation()) {
  const chosen = chooseSlot(chooseDate(startBooking(catalog, { patient }), '2026-11-25'), slot);
  return confirmed({ ...chosen, step: 'review' }, answer);
}

describe('the time left to undo', () => {
  it('counts down to undoUntil, then is none', () => {
    const state = done();

    assert.equal(undoTimeLeft(state, bookedAt), 180_000);
    assert.equal(undoTimeLeft(state, bookedAt + 179_000), 1_000);
    assert.equal(undoTimeLeft(state, bookedAt + 180_000), 0);
  });

  it('is none when the API gave no undoUntil', () => {
    const { undoUntil: _until, ...withoutUndo } = confirmation();

    assert.equal(undoTimeLeft(done(withoutUndo), bookedAt), 0);
  });

  it('is none when the appointment link carries no token the flow can read', () => {
    assert.equal(undoTimeLeft(done(confirmation({ appointmentUrl: 'https://clinic.example/booking/apt_1' })), bookedAt), 0);
  });

  it('is none once an undo was refused', () => {
    const refused = undoFailed(done(), new ProblemError('conflict', 'Too late.', 409));

    assert.equal(undoTimeLeft(refused, bookedAt), 0);
  });
});

describe('undoing', () => {
  it('is sent with the appointment and the token of its link', () => {
    assert.deepEqual(undoAccess(confirmation()), { appointmentId: 'apt_1', token: 'tok_secret' });
  });

  it('goes back to the times with the variant, location, day and every detail kept', () => {
    const state = undone(done());

    assert.equal(state.step, 'time');
    assert.equal(state.notice, 'undone');
    assert.equal(state.variantId, 'var');
    assert.equal(state.locationId, 'loc');
    assert.equal(state.date, '2026-11-25');
    assert.deepEqual(state.patient, patient);
    assert.equal(state.slot, undefined);
    assert.equal(state.confirmation, undefined);
  });

  it('keeps the booking on screen when it fails, with why, until tried again', () => {
    const error = new Error('offline');
    const failed = undoFailed(done(), error);

    assert.equal(failed.step, 'done');
    assert.equal(failed.undoError, error);
    assert.equal(undoing(failed).undoError, undefined);
  });
});
