/**
 * Analytics the clinic can use, with no patient data (issue #23). When the page opts in, with a
 * `data-layer` attribute on the element (`data-layer="dataLayer"`) or
 * `configure({ dataLayer: 'dataLayer' })`, the element's events are pushed to that Google Tag
 * Manager data layer as `{ event: 'circle_booking_created', circle_service_id, circle_variant_id }`.
 * Only the names listed here and the ids of what was booked go: never an appointment id, a
 * token, a click id or anything the patient typed, whatever an event's detail holds.
 */
import type { ReactiveController, ReactiveControllerHost } from 'lit';
import { configuredDataLayer } from '../api/client.js';

/** Each forwarded element event, and the data-layer event it becomes. */
export const dataLayerEvents = {
  'circle-step-changed': 'circle_step_changed',
  'circle-booking-created': 'circle_booking_created',
  'circle-booking-undone': 'circle_booking_undone',
  'circle-appointment-rescheduled': 'circle_booking_rescheduled',
  'circle-appointment-cancelled': 'circle_booking_cancelled',
} as const;

/** What an event may carry to the data layer: ids of the service and variant, and where in the flow. */
interface Forwarded {
  serviceId?: unknown;
  variantId?: unknown;
  step?: unknown;
  index?: unknown;
  total?: unknown;
}

/** The name of a global array: a data layer is never anything else (`__proto__`, `location`…). */
const layerName = /^[A-Za-z_$][\w$]{0,63}$/;

export class DataLayerController implements ReactiveController {
  constructor(private readonly host: ReactiveControllerHost & HTMLElement) {
    host.addController(this);
  }

  hostConnected(): void {
    for (const type of Object.keys(dataLayerEvents)) this.host.addEventListener(type, this.push);
  }

  hostDisconnected(): void {
    for (const type of Object.keys(dataLayerEvents)) this.host.removeEventListener(type, this.push);
  }

  private push = (event: Event): void => {
    const name = this.host.getAttribute('data-layer') || configuredDataLayer();
    if (!name || !layerName.test(name)) return;
    const page = window as unknown as Record<string, unknown>;
    const layer = (page[name] ??= []) as { push?: (entry: object) => void };
    if (typeof layer.push !== 'function') return;
    const detail = ((event as Event & { detail?: Forwarded }).detail ?? {}) as Forwarded;
    const text = (value: unknown) => (typeof value === 'string' ? value : undefined);
    const whole = (value: unknown) => (typeof value === 'number' ? value : undefined);
    const entry = {
      event: dataLayerEvents[event.type as keyof typeof dataLayerEvents],
      circle_service_id: text(detail.serviceId),
      circle_variant_id: text(detail.variantId),
      circle_step: text(detail.step),
      circle_step_number: whole(detail.index),
      circle_step_count: whole(detail.total),
    };
    layer.push(Object.fromEntries(Object.entries(entry).filter(([, value]) => value !== undefined)));
  };
}
