/**
 * `circle-error`, the one event every element fires, and the options every element's events
 * are made with. Each element's other events live beside it, in `<name>.events.ts`
 * (the booking elements': src/booking-flow/booking-flow.events.ts).
 */

/** Every element's events bubble and cross shadow roots, so a listener anywhere on the page hears them. */
export const crossesShadowRoots = { bubbles: true, composed: true } as const;

export interface CircleErrorDetail {
  /** The typed error's code, e.g. `network`, `slot_unavailable`, `malformed_response`. */
  code: string;
  /** What the patient was told. */
  message: string;
}

/** Something failed and the element shows it; for the host's monitoring. */
export class CircleErrorEvent extends Event {
  static readonly type = 'circle-error';
  constructor(readonly detail: CircleErrorDetail) {
    super(CircleErrorEvent.type, crossesShadowRoots);
  }
}

declare global {
  interface GlobalEventHandlersEventMap {
    'circle-error': CircleErrorEvent;
  }
}
