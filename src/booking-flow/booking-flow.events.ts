/**
 * The events the booking flow fires through `<circle-book-service>` and `<circle-book-variant>`
 * besides `circle-error` (src/error-event.ts). Like every element's events they bubble and
 * cross shadow roots, and none carries a token or patient data, so a page may forward them to
 * its analytics as they are. (The patient's appointment link carries their access token, so it
 * is shown to the patient on the confirmation, never put in an event.)
 */
import type { BookingStep } from '../flow/booking-flow.js';
import { crossesShadowRoots } from '../error-event.js';

/** What was booked, for the host's analytics: ids the clinic published, nothing about the patient. */
export interface BookedIds {
  serviceId: string;
  variantId: string;
}

export interface BookingCreatedDetail extends BookedIds {
  appointmentId: string;
  /** The booked instant, ISO-8601 with the location's offset. */
  start: string;
}

/** A booking was confirmed. */
export class BookingCreatedEvent extends Event {
  static readonly type = 'circle-booking-created';
  constructor(readonly detail: BookingCreatedDetail) {
    super(BookingCreatedEvent.type, crossesShadowRoots);
  }
}

export interface StepChangedDetail {
  step: BookingStep;
  serviceId: string;
  /** The chosen variant, once there is one. */
  variantId?: string;
  /** 1-based position among the steps this patient goes through, the confirmation (`done`) included. */
  index: number;
  total: number;
}

/** The patient moved to another step of a booking, for the host's analytics. */
export class StepChangedEvent extends Event {
  static readonly type = 'circle-step-changed';
  constructor(readonly detail: StepChangedDetail) {
    super(StepChangedEvent.type, crossesShadowRoots);
  }
}

export interface BookingUndoneDetail extends BookedIds {
  appointmentId: string;
}

/** The patient undid the booking they had just made, within its grace period; the flow is back at the times. */
export class BookingUndoneEvent extends Event {
  static readonly type = 'circle-booking-undone';
  constructor(readonly detail: BookingUndoneDetail) {
    super(BookingUndoneEvent.type, crossesShadowRoots);
  }
}

/** The patient joined the waitlist, to hear when an earlier time opens: which variant, nothing about them. */
export class WaitlistJoinedEvent extends Event {
  static readonly type = 'circle-waitlist-joined';
  constructor(readonly detail: BookedIds) {
    super(WaitlistJoinedEvent.type, crossesShadowRoots);
  }
}

declare global {
  interface GlobalEventHandlersEventMap {
    'circle-waitlist-joined': WaitlistJoinedEvent;
    'circle-booking-created': BookingCreatedEvent;
    'circle-step-changed': StepChangedEvent;
    'circle-booking-undone': BookingUndoneEvent;
  }
}
