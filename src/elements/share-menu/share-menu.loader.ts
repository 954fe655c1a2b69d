/**
 * Where `<circle-share-menu>`'s link comes from: the host's `url` (or `disabled-reason`) as
 * given, or else the API's answer for `kind` + `record-id`, asked for as soon as the element is
 * on the page (so a disabled item's reason is ready when the menu opens) and again when they
 * change. A change, or the element leaving the page, aborts the request under way through its
 * AbortSignal, so a menu taken off the page keeps nothing alive; back on the page, it asks
 * again. The API client is imported then, not before: a menu fed its `url` never loads it.
 */
import type { ReactiveController, ReactiveControllerHost } from 'lit';
import { msg } from '../../i18n/localization.js';
import { localeOf } from '../../controllers/locale.controller.js';
import type { ShareLinkRequest } from './share-menu.fetch.js';
import { isShareKind, noPatientAppLink, refusedUrl, unavailable, webUrl, type LinkState } from './share-menu.link.js';

export interface ShareLinkHost extends ReactiveControllerHost, HTMLElement {
  kind: string;
  recordId: string;
  apiBase: string;
  locale?: string | undefined;
  url: string;
  disabledReason: string;
}

const loading: LinkState = { status: 'loading' };

/** What the API is asked, as one string: a new one means a new request. */
const keyOf = (request: ShareLinkRequest) => JSON.stringify(request);

export class ShareLinkController implements ReactiveController {
  /** The request last started; undefined before, and after one was stopped by leaving the page. */
  private asked?: string;
  /** The answer to `asked`; undefined while it loads. */
  private answer?: LinkState;
  /** Aborts the request under way; set only while one is. */
  private inFlight?: AbortController;

  constructor(
    private readonly host: ShareLinkHost,
    /** Told of each failed load (not of aborted ones), for `circle-error`. */
    private readonly onError: (code: string, message: string) => void,
  ) {
    host.addController(this);
  }

  /**
   * In order: a refused kind, the host's `disabled-reason`, the host's `url` (if http(s)),
   * else the API's answer, loading until it comes. A pending load shows "Loading…", never the
   * link of the record asked about before.
   */
  get state(): LinkState {
    const { kind, url, disabledReason } = this.host;
    if (kind && !isShareKind(kind)) return noPatientAppLink();
    if (disabledReason) return unavailable(disabledReason);
    if (url) {
      const safe = webUrl(url);
      return safe ? { status: 'ready', url: safe } : refusedUrl();
    }
    const request = this.request();
    if (!request) return noPatientAppLink();
    return (keyOf(request) === this.asked && this.answer) || loading;
  }

  /** Before each render, once the host's properties are set: asks when what to ask changed. */
  hostUpdate(): void {
    const request = this.request();
    const key = request && keyOf(request);
    if (key === this.asked) return;
    this.asked = key;
    this.inFlight?.abort();
    this.inFlight = undefined;
    if (request) void this.load(request);
  }

  /** Back on the page after a request was stopped by leaving: ask again. */
  hostConnected(): void {
    if (this.asked === undefined) this.host.requestUpdate();
  }

  hostDisconnected(): void {
    this.leave();
  }

  /** An update still due when the host left (one waiting for its language, say) may start a request: stop that too. */
  hostUpdated(): void {
    if (!this.host.isConnected) this.leave();
  }

  /** Asks the API again, after a failed load. */
  retry(): void {
    const request = this.request();
    if (request) void this.load(request);
    this.host.requestUpdate();
  }

  private async load(request: ShareLinkRequest): Promise<void> {
    this.inFlight?.abort();
    const inFlight = (this.inFlight = new AbortController());
    const { signal } = inFlight;
    this.answer = undefined;
    let answer: LinkState;
    try {
      const { loadShareLink } = await import('./share-menu.fetch.js');
      if (signal.aborted) return;
      answer = await loadShareLink(request, signal);
    } catch {
      // The module did not load: offline, or the site was redeployed.
      answer = { status: 'error', reason: msg('Something went wrong'), retry: true, code: 'unknown' };
    }
    // Aborted by a newer request or by leaving the page: that one shows, or nothing does.
    if (signal.aborted) return;
    this.inFlight = undefined;
    this.answer = answer;
    if (answer.status === 'error') this.onError(answer.code, answer.reason);
    this.host.requestUpdate();
  }

  /** Stops the request under way, if any, and forgets it was asked, so that it is asked again on return. */
  private leave(): void {
    if (!this.inFlight) return;
    this.inFlight.abort();
    this.inFlight = undefined;
    this.asked = undefined;
  }

  /** What to ask the API, when it is to be asked at all. */
  private request(): ShareLinkRequest | undefined {
    const { kind, recordId, url, disabledReason, apiBase, localName } = this.host;
    if (url || disabledReason || !recordId || !isShareKind(kind)) return undefined;
    return { tag: localName, kind, recordId, apiBase, locale: localeOf(this.host) };
  }
}
