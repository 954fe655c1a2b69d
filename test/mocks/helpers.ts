/** Arrange helpers for the simulator's tests: a fixed clock, a patient and a free slot. */
import assert from 'node:assert/strict';
import { Availability, BookingConfirmation, type CreateBookingRequest, type JoinWaitlistRequest, type PatientDetails, type Slot } from '../../src/api/index.js';
import { parsePatientAppUrl } from '../../src/links/index.js';
import { BookingSimulator, seedData, type SimulatorOptions } from '../../src/mocks/index.js';

/** Tuesday 24 November 2026, 09:00 in Berlin, 03:00 in New York. */
export const now = new Date('2026-11-24T08:00:00Z');

/** A patient-app base like a clinic's; the default base on 127.0.0.1 has its own test. */
export const patientAppBase = 'https://patient.circle-health.example/book/';

export function aSimulator(options: SimulatorOptions = {}): BookingSimulator {
  return new BookingSimulator({ now, patientAppBase, ...options });
}

/** A simulator where no slot is taken by other patients, for tests that need a particular time. */
export function anEmptyDiary(options: SimulatorOptions = {}): BookingSimulator {
  return aSimulator({ data: (at) => ({ ...seedData(at), rules: { ...seedData(at).rules, takenShare: 0 } }), ...options });
}

export function aPatient(): PatientDetails {
  return {
    givenName: 'Ada',
    familyName: 'Lovelace',
    email: 'ada@example.org',
    phone: '+44 20 7946 0958',
    dateOfBirth: '1985-12-10',
  };
}

/** The times bookable online; "call to book" times inside the minimum notice are left out. */
export function freeSlots(
  simulator: BookingSimulator,
  variantId = 'var_physio_followup',
  locationId = 'loc_berlin',
  from = '2026-11-30',
  to = '2026-12-11',
): Slot[] {
  return allSlots(simulator, variantId, locationId, from, to).filter((slot) => slot.bookableOnline !== false);
}

/** Every time the availability answer lists, "call to book" ones included. */
export function allSlots(simulator: BookingSimulator, variantId: string, locationId: string, from: string, to: string, practitionerId?: string): Slot[] {
  const result = simulator.getAvailability({ variantId, locationId, from, to, practitionerId });
  assert.equal(result.status, 200);
  return Availability.parse(result.body).slots;
}

export function firstFreeSlot(simulator: BookingSimulator, variantId = 'var_physio_followup', locationId = 'loc_berlin'): Slot {
  const slot = freeSlots(simulator, variantId, locationId)[0];
  assert.ok(slot, `no free slot for ${variantId} at ${locationId}`);
  return slot;
}

export function aBooking(start: string, overrides: Partial<CreateBookingRequest> = {}): CreateBookingRequest {
  return { variantId: 'var_physio_followup', locationId: 'loc_berlin', start, patient: aPatient(), ...overrides };
}

/** Books the first free follow-up in Berlin and gives back what a patient's link holds. */
export function bookOne(simulator: BookingSimulator, key = 'key-book-one') {
  const slot = firstFreeSlot(simulator);
  const result = simulator.createBooking(aBooking(slot.start), key);
  assert.equal(result.status, 201, JSON.stringify(result.body));
  const confirmation = BookingConfirmation.parse(result.body);
  return { slot, confirmation, appointmentId: confirmation.appointment.id, token: tokenOf(confirmation.appointmentUrl) };
}

export function tokenOf(appointmentUrl: string): string {
  const parsed = parsePatientAppUrl(appointmentUrl);
  assert.ok(parsed.ok && parsed.target.kind === 'appointment', appointmentUrl);
  return parsed.target.token;
}

/** The problem code of an error answer. */
export function codeOf(result: { body: unknown }): unknown {
  return (result.body as { code?: unknown }).code;
}

/** A place on the follow-up's waitlist in Berlin for the next fortnight, as Grace Hopper asks for it. */
export function aWaitlistRequest(overrides: Partial<JoinWaitlistRequest> = {}): JoinWaitlistRequest {
  return {
    variantId: 'var_physio_followup',
    locationId: 'loc_berlin',
    contact: { givenName: 'Grace', familyName: 'Hopper', email: 'grace.hopper@example.org', phone: '+1 202 555 0143' },
    fromDate: '2026-11-24',
    toDate: '2026-12-11',
    ...overrides,
  };
}
