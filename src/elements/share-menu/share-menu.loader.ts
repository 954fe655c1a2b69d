/**
 * Where `<circle-share-menu>`'s link comes from: the host's `url` (or `disabled-reason`) as
 * given, or else the API's answer for `kind` + `record-id`, asked for with @lit/task as soon as
 * the element is on the page (so a disabled item's reason is ready when the menu opens), and
 * again when they change; a change aborts the request under way through its AbortSignal.
 */
import type { ReactiveController, ReactiveControllerHost } from 'lit';
import { msg } from '@lit/localize';
import { initialState, Task } from '@lit/task';
import type { ApiClient } from '../../api/client.js';
import { getShareLink } from '../../api/endpoints.js';
import { AbortedError } from '../../api/errors.js';
import type { ShareKind, ShareLink } from '../../api/schemas.js';
import { clientFor, NotConfiguredError } from '../../ui/booking-flow/api-client.js';
import { describeError } from '../../ui/status.js';
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

export class ShareLinkController implements ReactiveController {
  private client?: ApiClient;
  private clientKey?: string;
  private readonly load: Task<readonly [ApiClient | undefined, ShareKind | undefined, string], ShareLink>;

  constructor(
    private readonly host: ShareLinkHost,
    /** Told of each failed load (not of aborted ones), for `circle-error`. */
    onError: (code: string, message: string) => void,
  ) {
    // Added before the Task, so the client is current when the Task reads its arguments.
    host.addController(this);
    this.load = new Task(host, {
      task: ([client, kind, recordId], { signal }) => {
        if (!kind) return initialState;
        if (!client) throw new NotConfiguredError();
        return getShareLink(client, kind, recordId, { signal });
      },
      args: () => [this.client, this.apiKind(), host.recordId] as const,
      onError: (error) => {
        if (!(error instanceof AbortedError)) onError(describeError(error).code, loadFailed(error, this.apiKind()).reason);
      },
    });
  }

  /** A client only when the API is to be asked: an element fed a `url` needs no `api-base`. */
  hostUpdate(): void {
    const key = this.apiKind() ? `${this.host.apiBase}\n${this.host.locale ?? ''}` : undefined;
    if (key === this.clientKey) return;
    this.clientKey = key;
    this.client = key === undefined ? undefined : clientFor(this.host.localName, this.host.apiBase, this.host.locale);
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
