/**
 * The one way the elements speak to screen readers: a polite live region that each element
 * renders from its first render on (a region inserted together with its text is often not
 * read at all), saying each announcement once. What to say is derived from the element's
 * state on every render as `{ key, text }`; the region's text changes only when the key does,
 * so re-renders never repeat it and a new occurrence of the same words (a second failed
 * attempt, another "Link copied") is still read: it then ends in a no-break space.
 *
 * Step changes, loading, errors, empty results, "Link copied" and slot-taken recovery all go
 * through it, so nothing is announced twice by two regions. Focus moves (to a new step's
 * heading) are announced by the screen reader itself and are not repeated here.
 */
import { html, type ReactiveController, type ReactiveControllerHost, type TemplateResult } from 'lit';

export interface Announcement {
  /** Identifies this occurrence: the same key is not announced again. */
  key: string;
  text: string;
}

/** @internal The package's own, not its API: left out of custom-elements.json. */
export class LiveRegion implements ReactiveController {
  private said?: { key: string; text: string };
  /** The region is on screen (empty) since a frame: only then is text put in it, so it is read. */
  private ready = false;

  constructor(private readonly host: ReactiveControllerHost) {
    host.addController(this);
  }

  hostConnected(): void {
    if (this.ready) return;
    void this.host.updateComplete.then(() =>
      requestAnimationFrame(() => {
        this.ready = true;
        this.host.requestUpdate();
      }),
    );
  }

  /** Empties the region, which says nothing then: what it said no longer holds. */
  clear(): void {
    this.said = undefined;
  }

  /** What the region says now (for tests and for the element's own use). */
  get text(): string {
    return this.said?.text ?? '';
  }

  /**
   * The region, saying `announcement` if its key is new, else what it last said. Until the
   * region has been on screen for a frame it stays empty, and what was current then and is no
   * longer (a "Loading…" that finished) is never said.
   */
  render(announcement: Announcement | undefined): TemplateResult {
    if (this.ready && announcement && announcement.text && announcement.key !== this.said?.key) {
      const again = this.said?.text === announcement.text;
      this.said = { key: announcement.key, text: again ? `${announcement.text}\u00a0` : announcement.text };
    }
    // Nothing to say any more (the "Loading…" finished): the region empties, so a screen reader
    // browsing the page does not find a status that is no longer true. Emptying is not read out;
    // the key is kept, so the same occurrence is not said again.
    if (this.said && !announcement?.text) this.said = { key: this.said.key, text: '' };
    return html`<div class="visually-hidden" part="live-region" role="status" aria-live="polite" aria-atomic="true">${this.text}</div>`;
  }
}
