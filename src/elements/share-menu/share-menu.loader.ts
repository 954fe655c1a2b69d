/**
 * Where `<circle-share-menu>`'s link comes from: the host's `url` (or `disabled-reason`) as
 * given, or else the API's answer for `kind` + `record-id`, asked for as soon as the element is
 * on the page (so a disabled item's reason is ready when the menu opens) and again when they
 * change. A change, or the element leaving the page, aborts the request under way through its
 * AbortSignal, so a menu taken off the page keeps nothing alive; back on the page, it asks
 * again. What asks (the API client, and the LoadController that aborts and asks again) is
 * imported when there is first something to ask, not before: a menu fed its `url` never loads it.
 */
import type { ReactiveController, ReactiveControllerHost } from 'lit';
import { msg } from '../../i18n/localization.js';
import { localeOf } from '../../controllers/locale.controller.js';
import type { ShareLinkAnswer, ShareLinkFields } from './share-menu.fetch.js';
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

/** The module that asks did not load: offline, or the site was redeployed. */
const notLoaded: Extract<LinkState, { status: 'error' }> = { status: 'error', reason: () => msg('Something went wrong'), retry: true, code: 'unknown' };

/** @internal The package's own, not its API: left out of custom-elements.json. */
export class ShareLinkController implements ReactiveController {
  /** The API's answer, once the module that asks has come (share-menu.fetch.ts). */
  private answer?: ShareLinkAnswer;
  /** That module is on its way. */
  private importing = false;
  /** What was to be asked when that module could not be fetched, as text; it is fetched again for another request, or on Try again. */
  private failedFor?: string;

  constructor(
    private readonly host: ShareLinkHost,
    /** Told of each failed load (not of aborted ones), for `circle-error`; `reason` words it. */
    private readonly onError: (code: string, reason: Words) => void,
  ) {
    host.addController(this);
  }

  /** Before each render: the first time there is something to ask, fetches what asks; from then on, that asks. */
  hostUpdate(): void {
    const fields = this.fields();
    if (!fields || this.answer || this.importing || this.failedFor === JSON.stringify(fields)) return;
    this.importing = true;
    this.failedFor = undefined;
    import('./share-menu.fetch.js')
      .then(
        ({ askForShareLink }) => {
          this.answer = askForShareLink(this.host, () => this.fields(), this.onError);
        },
        () => {
          this.failedFor = JSON.stringify(this.fields());
          if (this.host.isConnected) this.onError(notLoaded.code, notLoaded.reason);
        },
      )
      .finally(() => {
        this.importing = false;
        this.host.requestUpdate();
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
    const fields = this.fields();
    if (!fields) return noPatientAppLink;
    if (this.failedFor === JSON.stringify(fields)) return notLoaded;
    return this.answer?.status === 'complete' ? this.answer.value! : loading;
  }

  /** Asks the API again, after a failed load; fetches what asks again, if that was what failed. */
  retry(): void {
    if (this.answer) void this.answer.run();
    else {
      this.failedFor = undefined;
      this.host.requestUpdate();
    }
  }

  /** What to ask the API, field by field (so an equal request is not a new one), when it is to be asked at all. */
  private fields(): ShareLinkFields | undefined {
    const { kind, recordId, url, disabledReason, apiBase, localName } = this.host;
    if (url || disabledReason || !recordId || !isShareKind(kind)) return undefined;
    return [localName, kind, recordId, apiBase, localeOf(this.host)];
  }
}
