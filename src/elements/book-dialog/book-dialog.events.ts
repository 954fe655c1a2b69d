import { crossesShadowRoots } from '../../error-event.js';

/** A booking dialog opened. Lets a floating button step aside, and a page count opens. */
export class DialogOpenedEvent extends Event {
  static readonly type = 'circle-dialog-opened';
  constructor() {
    super(DialogOpenedEvent.type, crossesShadowRoots);
  }
}

/** A booking dialog closed (close button, Escape, or a finished booking closed by the patient). */
export class DialogClosedEvent extends Event {
  static readonly type = 'circle-dialog-closed';
  constructor() {
    super(DialogClosedEvent.type, crossesShadowRoots);
  }
}

declare global {
  interface GlobalEventHandlersEventMap {
    'circle-dialog-opened': DialogOpenedEvent;
    'circle-dialog-closed': DialogClosedEvent;
  }
}
