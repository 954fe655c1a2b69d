/**
 * Where `<circle-share-menu>`'s link comes from: the host's `url` (or `disabled-reason`) as
 * given, or else the API's answer for `kind` + `record-id`, asked for with @lit/task as soon as
 * the element is on the page (so a disabled item's reason is ready when the menu opens), and
 * again when they change; a change aborts the request under way through its AbortSignal. The
 * API client is imported then, not before: a menu fed its `url` never loads it.
 */
import type { ReactiveControllerHost } from 'lit';
import { msg } from '@lit/localize';
import { initialState, Task } from '@lit/task';
import { AbortedError } from '../../api/errors.js';
import type { ShareKind, ShareLink } from '../../api/schemas.js';
import { localeOf } from '../../controllers/locale.controller.js';
import { describeError } from '../../ui/status.js';
import { AbortOnLeaveController } from '../../controllers/abort-on-leave.controller.js';
import { isShareKind, loadFailed, noPatientAppLink, refusedUrl, unavailable, webUrl, type LinkState } from './share-menu.link.js';

export interface ShareLinkHost extends ReactiveControllerHost, HTMLElement {
  kind: string;
  recordId: string;
  apiBase: string;
  locale?: string | undefined;
  url: string;
  disabledReason: string;
}

const loading: LinkState = { status: 'loading' };

export class ShareLinkController {
  private readonly load: Task<readonly [ShareKind | undefined, string, string, string | undefined], ShareLink>;

  constructor(
    private readonly host: ShareLinkHost,
    /** Told of each failed load (not of aborted ones), for `circle-error`. */
    onError: (code: string, message: string) => void,
  ) {
    new AbortOnLeaveController(host, () => this.load);
    this.load = new Task(host, {
      task: async ([kind, recordId, apiBase, locale], { signal }) => {
        if (!kind) return initialState;
        const { fetchShareLink } = await import('./share-menu.fetch.js');
        if (signal.aborted) throw new AbortedError();
        return fetchShareLink({ tag: host.localName, apiBase, locale, kind, recordId }, signal);
      },
      args: () => [this.apiKind(), host.recordId, host.apiBase, localeOf(host)] as const,
      onError: (error) => {
        if (!(error instanceof AbortedError)) onError(describeError(error).code, loadFailed(error, this.apiKind()).reason);
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
    if (kind && !isShareKind(kind)) return noPatientAppLink();
    if (disabledReason) return unavailable(disabledReason);
    if (url) {
      const safe = webUrl(url);
      return safe ? { status: 'ready', url: safe } : refusedUrl();
    }
    const apiKind = this.apiKind();
    if (!apiKind) return noPatientAppLink();
    return (
      this.load.render({
        pending: () => loading,
        complete: (link): LinkState => {
          const safe = link.ready && link.url ? webUrl(link.url) : undefined;
          return safe ? { status: 'ready', url: safe } : unavailable(link.unavailable?.message ?? msg('This link is not ready to share yet.'));
        },
        error: (error) => loadFailed(error, apiKind),
      }) ?? loading
    );
  }

  /** Asks the API again, after a failed load. */
  retry(): void {
    void this.load.run();
  }

  /** The kind to ask the API about, when it is to be asked at all. */
  private apiKind(): ShareKind | undefined {
    const { kind, recordId, url, disabledReason } = this.host;
    if (url || disabledReason || !recordId) return undefined;
    return isShareKind(kind) ? kind : undefined;
  }
}
