/**
 * The event `<circle-share-menu>` fires besides `circle-error` (src/error-event.ts). Like every
 * element's events it bubbles and crosses shadow roots.
 */
import type { ShareKind } from '../../api/schemas.js';
import { crossesShadowRoots } from '../../error-event.js';

export interface LinkCopiedDetail {
  /** The record's kind, when the menu was given one. */
  kind: ShareKind | undefined;
  /** The record's id, when the menu was given one. */
  recordId: string | undefined;
  /**
   * The link that was copied, without its fragment when that holds an access token: an
   * appointment's patient-app link carries the patient's token in `#token=…`, so for
   * `kind="appointment"` (and for any link whose fragment has a `token`) this is the link
   * with its `hash` removed. The clipboard got the whole link; the event never carries the token.
   */
  url: string;
}

/** A staff member copied the patient-app link. */
export class LinkCopiedEvent extends Event {
  static readonly type = 'circle-link-copied';
  constructor(readonly detail: LinkCopiedDetail) {
    super(LinkCopiedEvent.type, crossesShadowRoots);
  }
}

declare global {
  interface GlobalEventHandlersEventMap {
    'circle-link-copied': LinkCopiedEvent;
  }
}
