/**
 * Asks the booking API for a record's share link. `<circle-share-menu>` imports this only when
 * it is given `kind` + `record-id`, so a menu fed its `url` ships without the API client and
 * zod/mini; a staff page that already shows a booking element has them loaded anyway.
 */
import { getShareLink } from '../../api/endpoints.js';
import type { ShareKind, ShareLink } from '../../api/schemas.js';
import { clientFor, NotConfiguredError } from '../../ui/booking-flow/api-client.js';

export interface ShareLinkRequest {
  /** The element's tag, to name it in the console when no API is configured. */
  tag: string;
  apiBase: string;
  locale: string | undefined;
  kind: ShareKind;
  recordId: string;
}

export function fetchShareLink({ tag, apiBase, locale, kind, recordId }: ShareLinkRequest, signal: AbortSignal): Promise<ShareLink> {
  const client = clientFor(tag, apiBase, locale);
  if (!client) throw new NotConfiguredError();
  return getShareLink(client, kind, recordId, { signal });
}
