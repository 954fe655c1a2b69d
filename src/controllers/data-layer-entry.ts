/**
 * What one element event becomes in the page's data layer (see data-layer.controller.ts). Its
 * own module, fetched on the first event of a page that opted in, so pages that did not carry
 * none of it.
 */

/** Each forwarded element event, and the data-layer event it becomes. */
const names: Record<string, string> = {
  'circle-step-changed': 'circle_step_changed',
  'circle-booking-created': 'circle_booking_created',
  'circle-booking-undone': 'circle_booking_undone',
  'circle-appointment-rescheduled': 'circle_booking_rescheduled',
  'circle-appointment-cancelled': 'circle_booking_cancelled',
  'circle-waitlist-joined': 'circle_waitlist_joined',
};

/** What an event may carry to the data layer: ids of the service and variant, and where in the flow. */
interface Forwarded {
  serviceId?: unknown;
  variantId?: unknown;
  step?: unknown;
  index?: unknown;
  total?: unknown;
}

/** The name of a global variable: a data layer is never anything else. */
const layerName = /^[A-Za-z_$][\w$]{0,63}$/;

/**
 * Pushes `event` to the array `window[name]` (made when missing), as
 * `{ event: 'circle_booking_created', circle_service_id, circle_variant_id }`: only these names,
 * whatever the event's detail holds besides.
 */
export function pushToDataLayer(name: string, event: Event): void {
  const type = names[event.type];
  if (!type || !layerName.test(name) || name === '__proto__') return;
  const page = window as unknown as Record<string, unknown>;
  const layer = (page[name] ??= []) as { push?: unknown };
  if (typeof layer.push !== 'function') return;
  const detail = (event as Event & { detail?: Forwarded }).detail ?? {};
  const text = (value: unknown) => (typeof value === 'string' ? value : undefined);
  const whole = (value: unknown) => (typeof value === 'number' ? value : undefined);
  const entry = {
    event: type,
    circle_service_id: text(detail.serviceId),
    circle_variant_id: text(detail.variantId),
    circle_step: text(detail.step),
    circle_step_number: whole(detail.index),
    circle_step_count: whole(detail.total),
  };
  (layer.push as (entry: object) => void).call(layer, Object.fromEntries(Object.entries(entry).filter(([, value]) => value !== undefined)));
}
