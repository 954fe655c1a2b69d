/**
 * One function per endpoint of the booking API. `routes` is the table of the contract's
 * endpoints; the functions, the simulator's handlers and `docs/openapi.json` all read it, so a
 * path is written once.
 */
import type * as z from 'zod/mini';
import type { ApiClient, RequestSpec } from './client.js';
import {
  Appointment,
  AppointmentList,
  Availability,
  BookingConfirmation,
  CancelAppointmentRequest,
  CreateBookingRequest,
  RescheduleAppointmentRequest,
  Service,
  ServiceList,
  ShareLink,
  VariantDetail,
  type AppointmentStatus,
  type ProblemCode,
  type ShareKind,
} from './schemas.js';

/**
 * Every endpoint of the contract. `errors` lists the problem codes an endpoint may answer
 * besides rate_limited and server_error, which any endpoint may.
 */
export const routes = {
  listServices: { method: 'GET', path: '/services', errors: [] as const satisfies readonly ProblemCode[],
    response: ServiceList, summary: 'List the services, for discovery' },
  getService: { method: 'GET', path: '/services/{serviceId}', errors: ['not_found'] as const satisfies readonly ProblemCode[],
    response: Service, summary: 'A service with its variants and locations' },
  getVariant: { method: 'GET', path: '/variants/{variantId}', errors: ['not_found'] as const satisfies readonly ProblemCode[],
    response: VariantDetail, summary: 'One variant with its service and locations' },
  getAvailability: {
    method: 'GET',
    path: '/availability',
    query: ['variantId', 'locationId', 'from', 'to'],
    errors: ['not_found', 'validation'] as const satisfies readonly ProblemCode[],
    response: Availability,
    summary: 'Free slots of a variant at a location for the dates from..to (inclusive, in the location\'s time zone)',
  },
  createBooking: {
    method: 'POST',
    path: '/bookings',
    idempotent: true,
    request: CreateBookingRequest,
    errors: ['slot_unavailable', 'not_bookable', 'validation', 'idempotency_key_reused'] as const satisfies readonly ProblemCode[],
    response: BookingConfirmation,
    summary: 'Book a slot; a repeated Idempotency-Key replays the first answer',
  },
  getAppointment: { method: 'GET', path: '/appointments/{appointmentId}', patientToken: true, errors: ['not_found', 'unauthorized', 'link_expired'] as const satisfies readonly ProblemCode[],
    response: Appointment, summary: 'An appointment, for the patient holding its access token' },
  cancelAppointment: {
    method: 'POST',
    path: '/appointments/{appointmentId}/cancel',
    patientToken: true,
    idempotent: true,
    request: CancelAppointmentRequest,
    errors: ['not_found', 'unauthorized', 'link_expired', 'conflict', 'validation', 'idempotency_key_reused'] as const satisfies readonly ProblemCode[],
    response: Appointment,
    summary: 'Cancel an appointment; answers the appointment as it now is',
  },
  rescheduleAppointment: {
    method: 'POST',
    path: '/appointments/{appointmentId}/reschedule',
    patientToken: true,
    idempotent: true,
    request: RescheduleAppointmentRequest,
    errors: ['not_found', 'unauthorized', 'link_expired', 'slot_unavailable', 'conflict', 'validation', 'idempotency_key_reused'] as const satisfies readonly ProblemCode[],
    response: Appointment,
    summary: 'Move an appointment to another free slot; answers the appointment as it now is',
  },
  listAppointments: {
    method: 'GET',
    path: '/appointments',
    optionalQuery: ['serviceId', 'variantId', 'status', 'cursor', 'limit'],
    staff: true,
    errors: ['not_found', 'unauthorized', 'validation'] as const satisfies readonly ProblemCode[],
    response: AppointmentList,
    summary: 'For staff: bookings by start time, optionally of one service or variant or in one status, a page (limit, default 50, at most 200) at a time',
  },
  getShareLink: { method: 'GET', path: '/share-links/{kind}/{recordId}', staff: true, errors: ['not_found', 'unauthorized'] as const satisfies readonly ProblemCode[],
    response: ShareLink, summary: 'For staff: the patient-app link of a service, variant or appointment, and whether it is ready to share' },
} as const;

export type RouteName = keyof typeof routes;

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
  return call(client, routes.listServices, {}, options);
}

export function getService(client: ApiClient, serviceId: string, options: ReadOptions = {}): Promise<Service> {
  return call(client, routes.getService, { serviceId }, options);
}

export function getVariant(client: ApiClient, variantId: string, options: ReadOptions = {}): Promise<VariantDetail> {
  return call(client, routes.getVariant, { variantId }, options);
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
  return call(client, routes.getAvailability, {}, { query: { ...query }, ...options });
}

export function createBooking(client: ApiClient, booking: CreateBookingRequest, options: WriteOptions): Promise<BookingConfirmation> {
  return call(client, routes.createBooking, {}, { body: booking, ...options });
}

export interface AppointmentAccess {
  appointmentId: string;
  /** The access token from the patient's appointment link. */
  token: string;
}

export function getAppointment(client: ApiClient, { appointmentId, token }: AppointmentAccess, options: ReadOptions = {}): Promise<Appointment> {
  return call(client, routes.getAppointment, { appointmentId }, { accessToken: token, ...options });
}

export function cancelAppointment(
  client: ApiClient,
  { appointmentId, token }: AppointmentAccess,
  request: CancelAppointmentRequest,
  options: WriteOptions,
): Promise<Appointment> {
  return call(client, routes.cancelAppointment, { appointmentId }, { accessToken: token, body: request, ...options });
}

export function rescheduleAppointment(
  client: ApiClient,
  { appointmentId, token }: AppointmentAccess,
  request: RescheduleAppointmentRequest,
  options: WriteOptions,
): Promise<Appointment> {
  return call(client, routes.rescheduleAppointment, { appointmentId }, { accessToken: token, body: request, ...options });
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
  return call(client, routes.listAppointments, {}, { query: { ...rest, limit: limit === undefined ? undefined : String(limit) }, ...options });
}

export function getShareLink(client: ApiClient, kind: ShareKind, recordId: string, options: ReadOptions = {}): Promise<ShareLink> {
  return call(client, routes.getShareLink, { kind, recordId }, options);
}
