/**
 * Where `<circle-share-menu>`'s link comes from: the host's `url` (or `disabled-reason`) as
 * given, or else the API's answer for `kind` + `record-id`, asked for as soon as the element is
 * on the page (so a disabled item's reason is ready when the menu opens) and again when they
 * change. A change, or the element leaving the page, aborts the request under way through its
 * AbortSignal, so a menu taken off the page keeps nothing alive; back on the page, it asks
 * again. The API client is imported then, not before: a menu fed its `url` never loads it.
 */
import type { ReactiveControllerHost } from 'lit';
import { LoadController } from '../../controllers/load.controller.js';
import { msg } from '../../i18n/localization.js';
import { localeOf } from '../../controllers/locale.controller.js';
import type { ShareLinkRequest } from './share-menu.fetch.js';
import { isShareKind, noPatientAppLink, refusedUrl, unavailable, webUrl, type LinkState, type Words } from './share-menu.link.js';

export interface ShareLinkHost extends ReactiveControllerHost, HTMLElement {
  kind: string;
  recordId: string;
  apiBase: string;
  locale?: string | undefined;
  url: string;
  disabledReason: string;
}

const loading: LinkState = { status: 'loading' };

type RequestFields = readonly [
  ShareLinkRequest['tag'],
  ShareLinkRequest['kind'],
  ShareLinkRequest['recordId'],
  ShareLinkRequest['apiBase'],
  ShareLinkRequest['locale'],
];

/** @internal The package's own, not its API: left out of custom-elements.json. */
export class ShareLinkController {
  /**
   * The API's answer, loaded by the controller every loading element uses (aborted on a change
   * and on leaving, asked again on return). What is asked goes in field by field, so an equal
   * request is not a new one.
   */
  private readonly answer: LoadController<RequestFields, LinkState>;

  constructor(
    private readonly host: ShareLinkHost,
    /** Told of each failed load (not of aborted ones), for `circle-error`; `reason` words it. */
    onError: (code: string, reason: Words) => void,
  ) {
    this.answer = new LoadController(host, {
      args: () => {
        const request = this.request();
        return request && ([request.tag, request.kind, request.recordId, request.apiBase, request.locale] as const);
      },
      load: ([tag, kind, recordId, apiBase, locale], signal) => loadLink({ tag, kind, recordId, apiBase, locale }, signal),
      onComplete: (answer) => {
        if (answer.status === 'error') onError(answer.code, answer.reason);
      },
    });
  }

  /**
   * In order: a refused kind, the host's `disabled-reason`, the host's `url` (if http(s)),
   * else the API's answer, loading until it comes. A pending load shows "Loading…", never the
   * link of the record asked about before.
   */
  get state(): LinkState {
    const { kind, url, disabledReason } = this.host;
    if (kind && !isShareKind(kind)) return noPatientAppLink;
    if (disabledReason) return unavailable(disabledReason);
    if (url) {
      const safe = webUrl(url);
      return safe ? { status: 'ready', url: safe } : refusedUrl;
    }
    if (!this.request()) return noPatientAppLink;
    return this.answer.status === 'complete' ? this.answer.value! : loading;
  }

  /** Asks the API again, after a failed load. */
  retry(): void {
    void this.answer.run();
  }

  /** What to ask the API, when it is to be asked at all. */
  private request(): ShareLinkRequest | undefined {
    const { kind, recordId, url, disabledReason, apiBase, localName } = this.host;
    if (url || disabledReason || !recordId || !isShareKind(kind)) return undefined;
    return { tag: localName, kind, recordId, apiBase, locale: localeOf(this.host) };
  }
}

/** The API client is imported here, on the first request: a menu given its `url` never loads it. */
async function loadLink(request: ShareLinkRequest, signal: AbortSignal): Promise<LinkState> {
  try {
    const { loadShareLink } = await import('./share-menu.fetch.js');
    return await loadShareLink(request, signal);
  } catch {
    // The module did not load: offline, or the site was redeployed.
    return { status: 'error', reason: () => msg('Something went wrong'), retry: true, code: 'unknown' };
  }
}
