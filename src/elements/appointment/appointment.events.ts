/**
 * The events `<circle-appointment>` fires, after the API confirmed the change. Like every
 * element's events they bubble and cross shadow roots (src/error-event.ts), and carry neither
 * the access token nor anything about the patient: a host page may forward them to its analytics.
 */
import { crossesShadowRoots } from '../../error-event.js';

export interface AppointmentCancelledDetail {
  appointmentId: string;
  /** The service and variant of the appointment, for the host's analytics. */
  serviceId: string;
  variantId: string;
}

/** The appointment was cancelled. */
export class AppointmentCancelledEvent extends Event {
  static readonly type = 'circle-appointment-cancelled';
  constructor(readonly detail: AppointmentCancelledDetail) {
    super(AppointmentCancelledEvent.type, crossesShadowRoots);
  }
}

export interface AppointmentRescheduledDetail {
  appointmentId: string;
  serviceId: string;
  variantId: string;
  /** The new start as the API answered it, ISO-8601 with the location's offset. */
  start: string;
}

/** The appointment was moved to another time. */
export class AppointmentRescheduledEvent extends Event {
  static readonly type = 'circle-appointment-rescheduled';
  constructor(readonly detail: AppointmentRescheduledDetail) {
    super(AppointmentRescheduledEvent.type, crossesShadowRoots);
  }
}

declare global {
  interface GlobalEventHandlersEventMap {
    'circle-appointment-cancelled': AppointmentCancelledEvent;
    'circle-appointment-rescheduled': AppointmentRescheduledEvent;
  }
}
