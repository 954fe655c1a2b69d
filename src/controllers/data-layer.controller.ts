/**
 * Analytics the clinic can use, with no patient data (issue #23). When the page opts in, with a
 * `data-layer` attribute on the element (`data-layer="dataLayer"`) or
 * `configure({ dataLayer: 'dataLayer' })`, the element's events are pushed to that Google Tag
 * Manager data layer (data-layer-entry.ts says how, and is fetched only then): the event's name
 * and the ids of what was booked, never an appointment id, a token, a click id or anything the
 * patient typed.
 */
import type { ReactiveController, ReactiveControllerHost } from 'lit';
import { configuredDataLayer } from '../api/client.js';

/** The element events a data layer gets. */
const forwarded = [
  'circle-step-changed',
  'circle-booking-created',
  'circle-booking-undone',
  'circle-appointment-rescheduled',
  'circle-appointment-cancelled',
  'circle-waitlist-joined',
];

export class DataLayerController implements ReactiveController {
  constructor(private readonly host: ReactiveControllerHost & HTMLElement) {
    host.addController(this);
  }

  hostConnected(): void {
    for (const type of forwarded) this.host.addEventListener(type, this.push);
  }

  hostDisconnected(): void {
    for (const type of forwarded) this.host.removeEventListener(type, this.push);
  }

  private push = (event: Event): void => {
    const name = this.host.getAttribute('data-layer') || configuredDataLayer();
    // One module promise: entries reach the layer in the order the events came.
    if (name) void import('./data-layer-entry.js').then(({ pushToDataLayer }) => pushToDataLayer(name, event));
  };
}
