/**
 * Copying the share link and telling the staff member how it went: "Link copied" in a polite
 * live region and as a mark under the button for about two seconds, or, when the browser
 * would not copy, why, with the link in a read-only field to copy by hand. What it shows is
 * `toast` and `announcement`, as kinds: the view words them in the element's language.
 */
import type { ReactiveController, ReactiveControllerHost } from 'lit';
import { copyText } from '../../ui/clipboard.js';
import type { Toast } from './share-menu.view.js';

/** How long "Link copied" stays on screen. */
const copiedToastMs = 2000;

/** @internal The package's own, not its API: left out of custom-elements.json. */
export class CopyController implements ReactiveController {
  /** What the toast shows, if anything. */
  toast?: Toast;
  /** What the polite live region says: the last copy's outcome. */
  announcement?: Toast['kind'];
  /** How many times something was announced: each is a new occurrence for the live region. */
  announcements = 0;
  private timer?: ReturnType<typeof setTimeout>;

  constructor(private readonly host: ReactiveControllerHost) {
    host.addController(this);
  }

  /**
   * Copies `url`; call it inside the click or key press, as browsers take clipboard writes only
   * from a user's gesture. `container` holds the fallback's textarea for a moment: the
   * element's shadow root, which a modal `<dialog>` around it leaves usable. Resolves whether
   * the link is on the clipboard.
   */
  async copy(url: string, container: Node): Promise<boolean> {
    const ok = await copyText(url, container);
    clearTimeout(this.timer);
    this.toast = ok ? { kind: 'copied' } : { kind: 'failed', url };
    this.announce(ok ? 'copied' : 'failed');
    if (ok) {
      this.timer = setTimeout(() => {
        if (this.toast?.kind === 'copied') this.dismiss();
      }, copiedToastMs);
    }
    return ok;
  }

  /** Hides the toast. */
  dismiss(): void {
    clearTimeout(this.timer);
    if (!this.toast) return;
    this.toast = undefined;
    this.host.requestUpdate();
  }

  hostDisconnected(): void {
    clearTimeout(this.timer);
    this.toast = undefined;
    this.announcement = undefined;
  }

  /** A new occurrence for the element's live region, which says the same words again too. */
  private announce(outcome: Toast['kind']): void {
    this.announcements++;
    this.announcement = outcome;
    this.host.requestUpdate();
  }
}
