/**
 * One function per endpoint of the booking API. `wire` holds each endpoint's method, path and
 * answer; `routes` (routes.ts) builds the contract's full table on it, so a path is written once.
 */
import type * as z from 'zod/mini';
import type { ApiClient, RequestSpec } from './client.js';
import { ResponseShapeError } from './errors.js';
import {
  Appointment,
  AppointmentList,
  Availability,
  BookingConfirmation,
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
 * What a request needs of each endpoint: method, path and the schema of its answer. Kept apart
 * from `routes`, so an element that calls two endpoints ships those two, not the whole table
 * with its documentation.
 */
export const wire = {
  listServices: { method: 'GET', path: '/services', response: ServiceList },
  getService: { method: 'GET', path: '/services/{serviceId}', response: Service },
  getVariant: { method: 'GET', path: '/variants/{variantId}', response: VariantDetail },
  getAvailability: { method: 'GET', path: '/availability', response: Availability },
  createBooking: { method: 'POST', path: '/bookings', response: BookingConfirmation },
  getAppointment: { method: 'GET', path: '/appointments/{appointmentId}', response: Appointment },
  cancelAppointment: { method: 'POST', path: '/appointments/{appointmentId}/cancel', response: Appointment },
  rescheduleAppointment: { method: 'POST', path: '/appointments/{appointmentId}/reschedule', response: Appointment },
  listAppointments: { method: 'GET', path: '/appointments', response: AppointmentList },
  getShareLink: { method: 'GET', path: '/share-links/{kind}/{recordId}', response: ShareLink },
} as const;


export type RouteName = keyof typeof wire;

interface ReadOptions {
  signal?: AbortSignal | undefined;
}

interface WriteOptions extends ReadOptions {
  /** One key per attempt the user makes; retries of that attempt repeat it. */
  idempotencyKey: string;
}

interface Route<Schema extends z.ZodMiniType> {
  method: 'GET' | 'POST';
  path: string;
  response: Schema;
}

/** Fills the route's `{name}` path segments, encoded, and sends the request. */
function call<Schema extends z.ZodMiniType>(
  client: ApiClient,
  route: Route<Schema>,
  pathParams: Record<string, string>,
  spec: Omit<RequestSpec<Schema>, 'endpoint' | 'method' | 'path' | 'schema'>,
): Promise<z.infer<Schema>> {
  const path = route.path.replace(/\{(\w+)\}/g, (_, name: string) => encodeURIComponent(pathParams[name] ?? ''));
  return client.request({ endpoint: `${route.method} ${route.path}`, method: route.method, path, schema: route.response, ...spec });
}

export function listServices(client: ApiClient, options: ReadOptions = {}): Promise<ServiceList> {
  return call(client, wire.listServices, {}, options);
}

export function getService(client: ApiClient, serviceId: string, options: ReadOptions = {}): Promise<Service> {
  return call(client, wire.getService, { serviceId }, options);
}

export function getVariant(client: ApiClient, variantId: string, options: ReadOptions = {}): Promise<VariantDetail> {
  return call(client, wire.getVariant, { variantId }, options);
}

export interface AvailabilityQuery {
  variantId: string;
  locationId: string;
  /** First date, `YYYY-MM-DD` in the location's time zone. */
  from: string;
  /** Last date, inclusive. */
  to: string;
}

export function getAvailability(client: ApiClient, query: AvailabilityQuery, options: ReadOptions = {}): Promise<Availability> {
  return call(client, wire.getAvailability, {}, { query: { ...query }, ...options });
}

export function createBooking(client: ApiClient, booking: CreateBookingRequest, options: WriteOptions): Promise<BookingConfirmation> {
  return call(client, wire.createBooking, {}, { body: booking, ...options });
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
  return theOneAskedFor(call(client, wire.getAppointment, { appointmentId }, { accessToken: token, ...options }), appointmentId, wire.getAppointment);
}

export function cancelAppointment(
  client: ApiClient,
  { appointmentId, token }: AppointmentAccess,
  request: CancelAppointmentRequest,
  options: WriteOptions,
): Promise<Appointment> {
  return theOneAskedFor(
    call(client, wire.cancelAppointment, { appointmentId }, { accessToken: token, body: request, ...options }),
    appointmentId,
    wire.cancelAppointment,
  );
}

export function rescheduleAppointment(
  client: ApiClient,
  { appointmentId, token }: AppointmentAccess,
  request: RescheduleAppointmentRequest,
  options: WriteOptions,
): Promise<Appointment> {
  return theOneAskedFor(
    call(client, wire.rescheduleAppointment, { appointmentId }, { accessToken: token, body: request, ...options }),
    appointmentId,
    wire.rescheduleAppointment,
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
  return call(client, wire.listAppointments, {}, { query: { ...rest, limit: limit === undefined ? undefined : String(limit) }, ...options });
}

export function getShareLink(client: ApiClient, kind: ShareKind, recordId: string, options: ReadOptions = {}): Promise<ShareLink> {
  return call(client, wire.getShareLink, { kind, recordId }, options);
}
