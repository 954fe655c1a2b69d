/** Small valid bodies of the contract, built fresh per test so a test may change its copy. */
import type { Appointment, CreateBookingRequest, Service } from '../../src/api/index.js';

const berlin = {
  id: 'loc_berlin',
  name: 'Circle Health Mitte',
  address: { line1: 'Friedrichstraße 100', city: 'Berlin', postalCode: '10117', country: 'DE' },
  timeZone: 'Europe/Berlin',
  bookable: true,
};
const clinic = { name: 'Circle Health Clinic', phone: '+49 30 1234567', email: 'hello@circle-health.example' };

export function aService(): Service {
  return {
    id: 'svc_physio',
    name: 'Physiotherapy',
    description: 'Assessment and treatment of muscles and joints.',
    visible: true,
    bookable: true,
    variants: [
      {
        id: 'var_initial',
        serviceId: 'svc_physio',
        name: 'Initial assessment',
        durationMinutes: 60,
        price: { amountMinor: 9500, currency: 'EUR' },
        bookable: true,
        locationIds: ['loc_berlin'],
      },
    ],
    locations: [structuredClone(berlin)],
    clinic: { ...clinic },
  };
}

export function anAppointment(): Appointment {
  return {
    id: 'apt_1',
    status: 'booked',
    start: '2026-12-01T09:00:00+01:00',
    end: '2026-12-01T10:00:00+01:00',
    service: { id: 'svc_physio', name: 'Physiotherapy' },
    variant: { id: 'var_initial', name: 'Initial assessment', durationMinutes: 60 },
    location: structuredClone(berlin),
    intake: { complete: false, formsUrl: 'https://forms.clinic.example/intake/apt_1' },
    actions: [{ type: 'cancel', allowed: true, deadline: '2026-11-30T09:00:00+01:00' }],
    clinic: { ...clinic },
  };
}

export function aBookingRequest(): CreateBookingRequest {
  return {
    variantId: 'var_initial',
    locationId: 'loc_berlin',
    start: '2026-12-01T09:00:00+01:00',
    patient: {
      givenName: 'Ada',
      familyName: 'Lovelace',
      email: 'ada@example.org',
      phone: '+44 20 7946 0958',
      dateOfBirth: '1985-12-10',
    },
  };
}
