/**
 * One function per endpoint of the booking API. `wire` holds each endpoint's method, path and
 * answer; `routes` (routes.ts) builds the contract's full table on it, so a path is written once.
 */
import type { ApiClient } from './client.js';
import { call, type ReadOptions, type WriteOptions } from './call.js';
import { ResponseShapeError } from './errors.js';
import {
  Appointment,
  AppointmentList,
  Availability,
  BookingConfirmation,
  Outbox,
  Service,
  ServiceList,
  ShareLink,
  VariantDetail,
  type AppointmentStatus,
  type CancelAppointmentRequest,
  type CreateBookingRequest,
  type RescheduleAppointmentRequest,
  type ShareKind,
} from './schemas.js';

/**
 * What a request needs of each endpoint: method, path and the schema of its answer. One
 * constant per endpoint rather than one table the functions read: the first function to read
 * a table keeps all of it, and every schema with it, so a page that books would also ship the
 * staff list's and the share link's schemas. `wire` gathers them for `routes` only.
 */
const listServicesWire = { method: 'GET', path: '/services', response: ServiceList } as const;
const getServiceWire = { method: 'GET', path: '/services/{serviceId}', response: Service } as const;
const getVariantWire = { method: 'GET', path: '/variants/{variantId}', response: VariantDetail } as const;
const getAvailabilityWire = { method: 'GET', path: '/availability', response: Availability } as const;
const createBookingWire = { method: 'POST', path: '/bookings', response: BookingConfirmation } as const;
const getAppointmentWire = { method: 'GET', path: '/appointments/{appointmentId}', response: Appointment } as const;
const cancelAppointmentWire = { method: 'POST', path: '/appointments/{appointmentId}/cancel', response: Appointment } as const;
const rescheduleAppointmentWire = { method: 'POST', path: '/appointments/{appointmentId}/reschedule', response: Appointment } as const;
const listAppointmentsWire = { method: 'GET', path: '/appointments', response: AppointmentList } as const;
const getShareLinkWire = { method: 'GET', path: '/share-links/{kind}/{recordId}', response: ShareLink } as const;
const undoBookingWire = { method: 'POST', path: '/appointments/{appointmentId}/undo', response: Appointment } as const;
const getOutboxWire = { method: 'GET', path: '/outbox', response: Outbox } as const;

export const wire = {
  listServices: listServicesWire,
  getService: getServiceWire,
  getVariant: getVariantWire,
  getAvailability: getAvailabilityWire,
  createBooking: createBookingWire,
  getAppointment: getAppointmentWire,
  cancelAppointment: cancelAppointmentWire,
  rescheduleAppointment: rescheduleAppointmentWire,
  listAppointments: listAppointmentsWire,
  getShareLink: getShareLinkWire,
  undoBooking: undoBookingWire,
  getOutbox: getOutboxWire,
} as const;

/** The endpoints the elements call; the whole contract's names are `RouteName` in routes.ts. */
export type EndpointName = keyof typeof wire;

export function listServices(client: ApiClient, options: ReadOptions = {}): Promise<ServiceList> {
  return call(client, listServicesWire, {}, options);
}

export function getService(client: ApiClient, serviceId: string, options: ReadOptions = {}): Promise<Service> {
  return call(client, getServiceWire, { serviceId }, options);
}

export function getVariant(client: ApiClient, variantId: string, options: ReadOptions = {}): Promise<VariantDetail> {
  return call(client, getVariantWire, { variantId }, options);
}

export interface AvailabilityQuery {
  variantId: string;
  locationId: string;
  /** First date, `YYYY-MM-DD` in the location's time zone. */
  from: string;
  /** Last date, inclusive. */
  to: string;
  /** Only the times this practitioner is free; every free time when left out. */
  practitionerId?: string | undefined;
}

export function getAvailability(client: ApiClient, query: AvailabilityQuery, options: ReadOptions = {}): Promise<Availability> {
  return call(client, getAvailabilityWire, {}, { query: { ...query }, ...options });
}

export function createBooking(client: ApiClient, booking: CreateBookingRequest, options: WriteOptions): Promise<BookingConfirmation> {
  return call(client, createBookingWire, {}, { body: booking, ...options });
}

export interface AppointmentAccess {
  appointmentId: string;
  /** The access token from the patient's appointment link. */
  token: string;
}

/**
 * The appointment answered, if it is the one asked about. Another one would be shown under the
 * wrong link (or, in an element, never shown at all), so it is a malformed answer.
 */
async function theOneAskedFor(answer: Promise<Appointment>, appointmentId: string, route: { method: string; path: string }): Promise<Appointment> {
  const appointment = await answer;
  if (appointment.id !== appointmentId) throw new ResponseShapeError(`${route.method} ${route.path}`, 200, ['id: not the appointment asked for']);
  return appointment;
}

export function getAppointment(client: ApiClient, { appointmentId, token }: AppointmentAccess, options: ReadOptions = {}): Promise<Appointment> {
  return theOneAskedFor(call(client, getAppointmentWire, { appointmentId }, { accessToken: token, ...options }), appointmentId, getAppointmentWire);
}

export function cancelAppointment(
  client: ApiClient,
  { appointmentId, token }: AppointmentAccess,
  request: CancelAppointmentRequest,
  options: WriteOptions,
): Promise<Appointment> {
  return theOneAskedFor(
    call(client, cancelAppointmentWire, { appointmentId }, { accessToken: token, body: request, ...options }),
    appointmentId,
    cancelAppointmentWire,
  );
}

export function rescheduleAppointment(
  client: ApiClient,
  { appointmentId, token }: AppointmentAccess,
  request: RescheduleAppointmentRequest,
  options: WriteOptions,
): Promise<Appointment> {
  return theOneAskedFor(
    call(client, rescheduleAppointmentWire, { appointmentId }, { accessToken: token, body: request, ...options }),
    appointmentId,
    rescheduleAppointmentWire,
  );
}

export interface AppointmentListQuery {
  serviceId?: string | undefined;
  variantId?: string | undefined;
  status?: AppointmentStatus | undefined;
  /** `nextCursor` of the page before. */
  cursor?: string | undefined;
  /** Bookings per page, 1..200; 50 when left out. */
  limit?: number | undefined;
}

/** For staff: one page of bookings; follow `nextCursor` for the rest. */
export function listAppointments(client: ApiClient, query: AppointmentListQuery = {}, options: ReadOptions = {}): Promise<AppointmentList> {
  const { limit, ...rest } = query;
  return call(client, listAppointmentsWire, {}, { query: { ...rest, limit: limit === undefined ? undefined : String(limit) }, ...options });
}

export function getShareLink(client: ApiClient, kind: ShareKind, recordId: string, options: ReadOptions = {}): Promise<ShareLink> {
  return call(client, getShareLinkWire, { kind, recordId }, options);
}

/**
 * Undoes a booking just made, before its `undoUntil`: the API cancels it without counting it
 * as a late cancellation and answers the appointment as it now is. After `undoUntil` it answers
 * 409 conflict.
 */
export function undoBooking(client: ApiClient, { appointmentId, token }: AppointmentAccess, options: WriteOptions): Promise<Appointment> {
  return theOneAskedFor(call(client, undoBookingWire, { appointmentId }, { accessToken: token, body: {}, ...options }), appointmentId, undoBookingWire);
}

/**
 * The simulator's outbox (not part of a real API): the messages the clinic's workflows sent,
 * newest first, optionally only those to one address. For the demo's Outbox page and tests.
 */
export function getOutbox(client: ApiClient, query: { to?: string | undefined } = {}, options: ReadOptions = {}): Promise<Outbox> {
  return call(client, getOutboxWire, {}, { query: { ...query }, ...options });
}
