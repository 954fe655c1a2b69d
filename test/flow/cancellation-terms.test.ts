import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import type { Appointment, AppointmentAction } from '../../src/api/index.js';
import { feeNow, moveIntoCutoff, termsOf } from '../../src/flow/cancellation-terms.js';

const now = new Date('2026-12-05T08:00:00Z');
const clinic = { name: 'Circle Health Clinic', phone: '+49 30 1234567' };
const fee = { amountMinor: 2500, currency: 'EUR' };
const deadline = '2026-12-08T10:30:00+01:00';
const freeUntil = '2026-12-07T10:30:00+01:00';

function appointment(actions: AppointmentAction[]): Appointment {
  return {
    id: 'apt_1',
    status: 'booked',
    start: '2026-12-09T10:30:00+01:00',
    end: '2026-12-09T11:00:00+01:00',
    service: { id: 's', name: 'Physiotherapy' },
    variant: { id: 'v', name: 'Follow-up', durationMinutes: 30 },
    location: { id: 'l', name: 'Mitte', address: { line1: 'x', city: 'Berlin', country: 'DE' }, timeZone: 'Europe/Berlin', bookable: true },
    intake: { complete: true },
    actions,
    clinic,
  };
}

const both = (terms: Partial<AppointmentAction>) =>
  appointment([
    { type: 'cancel', allowed: true, deadline, cutoffMinutes: 1440, ...terms },
    { type: 'reschedule', allowed: true, deadline, cutoffMinutes: 1440, ...terms },
  ]);

describe('the terms stated up front', () => {
  it('are "free to change or cancel until" the deadline when both share it', () => {
    assert.deepEqual(termsOf(both({}), now), { state: 'free', types: ['reschedule', 'cancel'], until: deadline });
  });

  it('are about cancelling alone when moving has other terms', () => {
    const terms = termsOf(
      appointment([
        { type: 'cancel', allowed: true, deadline },
        { type: 'reschedule', allowed: false, reason: 'No.' },
      ]),
      now,
    );

    assert.deepEqual(terms, { state: 'free', types: ['cancel'], until: deadline });
  });

  it('name the late fee, and from when, while it is still free', () => {
    assert.deepEqual(termsOf(both({ freeUntil, fee }), now), { state: 'free', types: ['reschedule', 'cancel'], until: freeUntil, fee, feeUntil: deadline });
  });

  it('say the fee applies now once the free deadline has passed', () => {
    const later = new Date('2026-12-07T12:00:00+01:00');

    assert.deepEqual(termsOf(both({ freeUntil, fee }), later), { state: 'fee', types: ['reschedule', 'cancel'], fee, until: deadline });
    assert.deepEqual(feeNow(both({ freeUntil, fee }), 'cancel', later), fee);
    assert.equal(feeNow(both({ freeUntil, fee }), 'cancel', now), undefined);
  });

  it('say "call the clinic" after the deadline, with the API\'s reason and the phone as a link', () => {
    const terms = termsOf(
      appointment([{ type: 'cancel', allowed: false, reason: 'Cancellation closes 24 hours before your visit; call the clinic on +49 30 1234567.' }]),
      now,
    );

    assert.equal(terms?.state, 'closed');
    assert.deepEqual(terms?.state === 'closed' && terms.explanation.reason?.find((piece) => piece.href), { text: '+49 30 1234567', href: 'tel:+49301234567' });
  });

  it('are not stated for a visit that is not upcoming', () => {
    assert.equal(termsOf({ ...both({}), status: 'cancelled' }, now), undefined);
  });
});

describe('a move into the cutoff', () => {
  it('is said for a new time less than the cutoff away, and not for one beyond it', () => {
    const visit = both({});

    assert.equal(moveIntoCutoff(visit, '2026-12-06T08:00:00Z', now), true);
    assert.equal(moveIntoCutoff(visit, '2026-12-06T08:01:00Z', now), false);
  });

  it('is never said when the API gives no cutoff', () => {
    assert.equal(moveIntoCutoff(appointment([{ type: 'reschedule', allowed: true }]), '2026-12-05T09:00:00Z', now), false);
  });
});
