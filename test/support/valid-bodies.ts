/**
 * One valid body per endpoint of the contract, dated a week after `now` so an appointment is
 * upcoming and its actions open. The fuzz tests break these; a test of the contract keeps them
 * valid (test/api/fuzz.test.ts checks each against its schema first).
 */
import type { RouteName } from '../../src/api/routes.js';
import type {
  Appointment,
  AppointmentList,
  Availability,
  BookingConfirmation,
  Location,
  Service,
  ServiceList,
  ShareLink,
  VariantDetail,
} from '../../src/api/schemas.js';
import { localDate } from '../../src/time/zoned.js';
import { formatInstant } from '../../src/time/instants.js';

const zone = 'Europe/Berlin';
const day = 86_400_000;

export interface ValidBodyIds {
  serviceId?: string;
  variantId?: string;
  appointmentId?: string;
  recordId?: string;
}

export function aLocation(): Location {
  return {
    id: 'loc_mitte',
    name: 'Circle Health Mitte',
    address: { line1: 'Friedrichstraße 100', line2: '3rd floor', city: 'Berlin', postalCode: '10117', country: 'DE' },
    timeZone: zone,
    bookable: true,
  };
}

const clinic = { name: 'Circle Health', phone: '+49 30 1234567', email: 'hello@circle-health.example' };

/** An hour-aligned instant `days` days after `now`, at 10:00 in Berlin-ish (UTC 09:00). */
function at(now: number, days: number, hour = 9): string {
  const date = new Date(now + days * day);
  date.setUTCHours(hour, 0, 0, 0);
  return formatInstant(date, zone);
}

export function validBodies(now = Date.now(), ids: ValidBodyIds = {}): Record<RouteName, unknown> {
  const serviceId = ids.serviceId ?? 'svc_physio';
  const variantId = ids.variantId ?? 'var_initial';
  const appointmentId = ids.appointmentId ?? 'apt_1';
  const variant = {
    id: variantId,
    serviceId,
    name: 'Initial assessment',
    durationMinutes: 60,
    price: { amountMinor: 9500, currency: 'EUR' },
    bookable: true,
    locationIds: ['loc_mitte'],
  };
  const service: Service = {
    id: serviceId,
    name: 'Physiotherapy',
    description: 'Assessment and treatment of muscles and joints.\n\nBring comfortable clothes.',
    visible: true,
    bookable: true,
    variants: [variant, { ...variant, id: `${variantId}_2`, name: 'Follow-up', durationMinutes: 30 }],
    locations: [aLocation()],
    clinic: { ...clinic },
  };
  const list: ServiceList = { services: [{ id: serviceId, name: 'Physiotherapy', visible: true, bookable: true }] };
  const detail: VariantDetail = {
    variant,
    service: { id: serviceId, name: service.name, description: service.description, visible: true, bookable: true },
    locations: [aLocation()],
    clinic: { ...clinic },
  };
  const from = localDate(now, zone);
  const to = localDate(now + 40 * day, zone);
  const availability: Availability = {
    variantId,
    locationId: 'loc_mitte',
    timeZone: zone,
    from,
    to,
    slots: [1, 2, 3].flatMap((days) => [9, 10].map((hour) => ({ start: at(now, days, hour), end: at(now, days, hour + 1) }))),
    nextAvailableDate: localDate(now + 45 * day, zone),
  };
  const appointment: Appointment = {
    id: appointmentId,
    status: 'booked',
    start: at(now, 7),
    end: at(now, 7, 10),
    service: { id: serviceId, name: 'Physiotherapy' },
    variant: { id: variantId, name: 'Initial assessment', durationMinutes: 60 },
    location: aLocation(),
    intake: { complete: false, formsUrl: `https://clinic.example/patient/?circle=intake-forms&appointment=${appointmentId}` },
    actions: [
      { type: 'cancel', allowed: true, deadline: at(now, 6) },
      { type: 'reschedule', allowed: true, deadline: at(now, 6) },
    ],
    clinic: { ...clinic },
  };
  const confirmation: BookingConfirmation = {
    appointment,
    appointmentUrl: `https://clinic.example/patient/?circle=appointment&appointment=${appointmentId}#token=tok_secret`,
  };
  const shareLink: ShareLink = {
    kind: 'service',
    recordId: ids.recordId ?? serviceId,
    ready: true,
    url: `https://clinic.example/patient/?circle=service&service=${serviceId}`,
  };
  const { intake: _intake, actions: _actions, clinic: _clinic, location, ...summary } = appointment;
  const appointmentList: AppointmentList = {
    appointments: [
      {
        ...summary,
        location: { id: location.id, name: location.name, timeZone: location.timeZone },
        patient: { givenName: 'Ada', familyName: 'Lovelace', email: 'ada@example.org', phone: '+44 20 7946 0958' },
        intake: { complete: false },
        bookedAt: at(now, -1),
        updatedAt: at(now, -1),
      },
    ],
    nextCursor: 'page-2',
  };
  const waitlistEntry = {
    id: 'wl_0001',
    variantId: detail.variant.id,
    locationId: location.id,
    fromDate: '2026-11-24',
    toDate: '2026-12-08',
    status: 'waiting' as const,
    createdAt: at(now, 0),
  };
  return {
    listServices: list,
    listAppointments: appointmentList,
    getService: service,
    getVariant: detail,
    getAvailability: availability,
    createBooking: confirmation,
    getAppointment: appointment,
    cancelAppointment: { ...appointment, status: 'cancelled', cancellation: { at: at(now, 0), reason: 'Feeling better' }, actions: [] },
    rescheduleAppointment: { ...appointment, start: at(now, 2), end: at(now, 2, 10) },
    getShareLink: shareLink,
    undoBooking: { ...appointment, status: 'cancelled', cancellation: { at: at(now, 0), undone: true }, actions: [] },
    getOutbox: {
      messages: [
        {
          id: 'msg_0001',
          kind: 'confirmation',
          channel: 'email',
          to: 'ada@example.org',
          sentAt: at(now, 0),
          subject: 'Your appointment is booked',
          body: 'Follow-up treatment at Circle Health Mitte.',
          appointmentId,
          link: confirmation.appointmentUrl,
        },
      ],
    },
    createHold: {
      id: 'hold_3f9c',
      variantId: detail.variant.id,
      locationId: location.id,
      start: appointment.start,
      end: appointment.end,
      heldUntil: at(now, 0, 10),
      expiresInSeconds: 600,
    },
    releaseHold: { id: 'hold_3f9c', released: true },
    joinWaitlist: waitlistEntry,
    listWaitlist: {
      entries: [
        {
          ...waitlistEntry,
          service: { id: serviceId, name: 'Physiotherapy' },
          variant: { id: detail.variant.id, name: detail.variant.name },
          location: { id: location.id, name: location.name },
          contact: { givenName: 'Ada', familyName: 'Lovelace', email: 'ada@example.org', phone: '+44 20 7946 0958' },
        },
      ],
    },
  };
}
