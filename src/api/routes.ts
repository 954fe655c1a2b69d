/**
 * The table of the contract's endpoints, with what documentation and the simulator need
 * besides the wire: the problem codes each may answer, its query, whether it takes an
 * Idempotency-Key or a token. `docs/openapi.json`, the simulator's handlers and the contract
 * tests read it; the elements do not, so it stays out of their bundles.
 */
import { wire } from './endpoints.js';
import { JoinWaitlistRequest, waitlistWire } from './waitlist.js';
import { CancelAppointmentRequest, CreateBookingRequest, RescheduleAppointmentRequest, type ProblemCode } from './schemas.js';
import { CreateHoldRequest, holdsWire } from './holds.js';

/**
 * Every endpoint of the contract. `errors` lists the problem codes an endpoint may answer
 * besides rate_limited and server_error, which any endpoint may. `noStore` marks answers that
 * carry a patient's data or token: they say `Cache-Control: no-store` (or `private`), so that no
 * shared cache hands one patient's answer to another.
 */
export const routes = {
  listServices: { ...wire.listServices, errors: [] as const satisfies readonly ProblemCode[], summary: 'List the services, for discovery' },
  getService: { ...wire.getService, errors: ['not_found'] as const satisfies readonly ProblemCode[], summary: 'A service with its variants and locations' },
  getVariant: { ...wire.getVariant, errors: ['not_found'] as const satisfies readonly ProblemCode[], summary: 'One variant with its service and locations' },
  getAvailability: {
    ...wire.getAvailability,
    query: ['variantId', 'locationId', 'from', 'to'],
    optionalQuery: ['practitionerId'],
    errors: ['not_found', 'validation'] as const satisfies readonly ProblemCode[],
    summary: "Free slots of a variant at a location for the dates from..to (inclusive, in the location's time zone), optionally of one practitioner",
  },
  createBooking: {
    ...wire.createBooking,
    noStore: true,
    idempotent: true,
    request: CreateBookingRequest,
    errors: [
      'slot_unavailable',
      'slot_held',
      'hold_expired',
      'not_bookable',
      'validation',
      'idempotency_key_reused',
      'verification_required',
      'verification_code_wrong',
      'verification_code_expired',
      'verification_attempts_exceeded',
      'booking_limit',
    ] as const satisfies readonly ProblemCode[],
    summary:
      'Book a slot, with the hold on it when there is one; a repeated Idempotency-Key replays the first answer. An unknown email may be asked to confirm a code first (verification_required)',
  },
  getAppointment: {
    ...wire.getAppointment,
    noStore: true,
    patientToken: true,
    errors: ['not_found', 'unauthorized', 'link_expired'] as const satisfies readonly ProblemCode[],
    summary: 'An appointment, for the patient holding its access token',
  },
  cancelAppointment: {
    ...wire.cancelAppointment,
    noStore: true,
    patientToken: true,
    idempotent: true,
    request: CancelAppointmentRequest,
    errors: [
      'not_found',
      'unauthorized',
      'link_expired',
      'conflict',
      'fee_required',
      'validation',
      'idempotency_key_reused',
    ] as const satisfies readonly ProblemCode[],
    summary: 'Cancel an appointment, accepting its fee when one applies; answers the appointment as it now is',
  },
  rescheduleAppointment: {
    ...wire.rescheduleAppointment,
    noStore: true,
    patientToken: true,
    idempotent: true,
    request: RescheduleAppointmentRequest,
    errors: [
      'not_found',
      'unauthorized',
      'link_expired',
      'slot_unavailable',
      'slot_held',
      'conflict',
      'fee_required',
      'validation',
      'idempotency_key_reused',
    ] as const satisfies readonly ProblemCode[],
    summary: 'Move an appointment to another free slot, accepting its fee when one applies; answers the appointment as it now is',
  },
  listAppointments: {
    ...wire.listAppointments,
    noStore: true,
    optionalQuery: ['serviceId', 'variantId', 'status', 'cursor', 'limit'],
    staff: true,
    errors: ['not_found', 'unauthorized', 'validation'] as const satisfies readonly ProblemCode[],
    summary: 'For staff: bookings by start time, optionally of one service or variant or in one status, a page (limit, default 50, at most 200) at a time',
  },
  getShareLink: {
    ...wire.getShareLink,
    noStore: true,
    staff: true,
    errors: ['not_found', 'unauthorized'] as const satisfies readonly ProblemCode[],
    summary: 'For staff: the patient-app link of a service, variant or appointment, and whether it is ready to share',
  },
  undoBooking: {
    ...wire.undoBooking,
    noStore: true,
    patientToken: true,
    idempotent: true,
    errors: ['not_found', 'unauthorized', 'link_expired', 'conflict', 'idempotency_key_reused'] as const satisfies readonly ProblemCode[],
    summary: 'Undo a booking just made, before its undoUntil: cancels it without counting as a late cancellation; 409 conflict after',
  },
  getOutbox: {
    ...wire.getOutbox,
    noStore: true,
    optionalQuery: ['to'],
    /** Not part of the API a clinic serves: the simulator's stand-in for the patients' inboxes. */
    simulatorOnly: true,
    errors: [] as const satisfies readonly ProblemCode[],
    summary:
      "Simulator only, not part of the API a clinic serves: the messages the clinic's workflows sent (confirmation, forms, reminder, change, cancellation, verification code), newest first",
  },
  // Held times (issue 21, part 3): optional; an API without them answers 404 or 501.
  createHold: {
    ...holdsWire.createHold,
    noStore: true,
    idempotent: true,
    created: true,
    request: CreateHoldRequest,
    errors: ['slot_unavailable', 'slot_held', 'not_bookable', 'validation', 'idempotency_key_reused'] as const satisfies readonly ProblemCode[],
    summary: 'Hold a free slot for the patient while they type their details; answers until when. Optional: 404 or 501 means the API books without holds',
  },
  releaseHold: {
    ...holdsWire.releaseHold,
    noStore: true,
    errors: [] as const satisfies readonly ProblemCode[],
    summary: 'Let a held slot go (best effort; with keepalive when the page may be closing); a hold that already ended answers the same',
  },
  // The waitlist (issue #23, part 2): optional; an API without one answers 404 or 501.
  joinWaitlist: {
    ...waitlistWire.joinWaitlist,
    noStore: true,
    idempotent: true,
    created: true,
    request: JoinWaitlistRequest,
    errors: ['not_bookable', 'validation', 'idempotency_key_reused'] as const satisfies readonly ProblemCode[],
    summary:
      'Join the waitlist of a variant at a location for the days that suit the patient; when a booking then is cancelled, the freed time is offered to the first patient waiting. Optional: 404 or 501 means no waitlist',
  },
  listWaitlist: {
    ...waitlistWire.listWaitlist,
    noStore: true,
    staff: true,
    optionalQuery: ['serviceId'],
    errors: ['not_found', 'unauthorized'] as const satisfies readonly ProblemCode[],
    summary: "For staff: the waitlist, first come first, optionally of one service, with each patient's contact and the time offered",
  },
} as const;

export type RouteName = keyof typeof routes;
