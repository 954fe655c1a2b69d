/**
 * Asks the booking API for a record's share link, and says what the answer (or the failure)
 * means for the menu. `<circle-share-menu>` imports this only when it is given `kind` +
 * `record-id`, so a menu fed its `url` ships without the API client, zod/mini, the words for
 * failed requests and the controller that loads; a staff page that already shows a booking
 * element has them loaded anyway.
 */
import type { ReactiveControllerHost } from 'lit';
import { LoadController } from '../../controllers/load.controller.js';
import { msg } from '../../i18n/localization.js';
import { ApiError } from '../../api/errors.js';
import { getShareLink } from '../../api/endpoints.js';
import type { ShareKind } from '../../api/schemas.js';
import { clientFor, NotConfiguredError } from '../../api/client.js';
import { describeError } from '../../ui/describe-error.js';
import { unavailable, webUrl, type LinkState, type Words } from './share-menu.link.js';

export interface ShareLinkRequest {
  /** The element's tag, to name it in the console when no API is configured. */
  tag: string;
  apiBase: string;
  locale: string | undefined;
  kind: ShareKind;
  recordId: string;
}

/** A failed load in words for staff; describeError's, except where its patient wording misleads. */
function loadFailed(error: unknown, kind: ShareKind): Extract<LinkState, { status: 'error' }> {
  if (error instanceof ApiError && error.code === 'unauthorized') {
    return { status: 'error', reason: () => msg('Sign in again to share links.'), retry: true, code: error.code };
  }
  // A practitioner has no words of its own here: the general ones read right for staff.
  const context = kind === 'practitioner' ? {} : { subject: kind };
  const { retry, code } = describeError(error, context);
  return { status: 'error', reason: () => describeError(error, context).title, retry, code };
}

/**
 * The link, ready when the API gives an http(s) one, else unavailable with the API's reason, or
 * why asking failed. An aborted request ends as a failure too: the caller, which aborted it, drops it.
 */
export async function loadShareLink({ tag, apiBase, locale, kind, recordId }: ShareLinkRequest, signal: AbortSignal): Promise<LinkState> {
  try {
    const client = clientFor(tag, apiBase, locale);
    if (!client) throw new NotConfiguredError();
    const link = await getShareLink(client, kind, recordId, { signal });
    const url = link.ready && link.url ? webUrl(link.url) : undefined;
    if (url) return { status: 'ready', url };
    const message = link.unavailable?.message;
    return message ? unavailable(message) : { status: 'unavailable', reason: () => msg('This link is not ready to share yet.') };
  } catch (error) {
    return loadFailed(error, kind);
  }
}

/** What the menu asks, field by field: the element's tag, the kind, the record, the API and the locale. */
export type ShareLinkFields = readonly [
  ShareLinkRequest['tag'],
  ShareLinkRequest['kind'],
  ShareLinkRequest['recordId'],
  ShareLinkRequest['apiBase'],
  ShareLinkRequest['locale'],
];

export type ShareLinkAnswer = LoadController<ShareLinkFields, LinkState>;

/**
 * The menu's link, loaded by the controller every loading element uses: asked whenever
 * `fields` change, aborted on a change and when the element leaves the page, asked again on
 * its return. `onError` is told of each failed load (not of aborted ones), for `circle-error`.
 */
export function askForShareLink(
  host: ReactiveControllerHost & HTMLElement,
  fields: () => ShareLinkFields | undefined,
  onError: (code: string, reason: Words) => void,
): ShareLinkAnswer {
  return new LoadController(host, {
    args: fields,
    load: ([tag, kind, recordId, apiBase, locale], signal) => loadShareLink({ tag, kind, recordId, apiBase, locale }, signal),
    onComplete: (answer) => {
      if (answer.status === 'error') onError(answer.code, answer.reason);
    },
  });
}
