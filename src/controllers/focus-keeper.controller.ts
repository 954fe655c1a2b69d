/**
 * Keeps focus from dropping to the page's `<body>` when what held it leaves the screen: "Go to
 * the next free day" replaced by the day's times, "Try again" by what loaded. The host names
 * where focus goes then: the heading of the content that took the place of what held it. If the
 * new content is not on screen yet (it is still loading), focus goes there once it is, unless
 * the patient has put focus somewhere meanwhile.
 */
import type { ReactiveController, ReactiveControllerHost } from 'lit';

type Target = HTMLElement | null | undefined;

/** @internal The package's own, not its API: left out of custom-elements.json. */
export class FocusKeeper implements ReactiveController {
  /** What had focus in the host's shadow root before the last render. */
  private held?: Element | undefined;
  /** Focus was lost and nowhere has taken it yet. */
  private lost = false;

  constructor(
    private readonly host: ReactiveControllerHost & HTMLElement,
    /** The heading that takes focus, or a promise of it once it is rendered; none: wait for the next render. */
    private readonly target: () => Target | Promise<Target>,
  ) {
    host.addController(this);
  }

  hostUpdate(): void {
    const active = this.host.shadowRoot?.activeElement;
    if (active) {
      this.held = active;
      this.lost = false;
    }
  }

  hostUpdated(): void {
    if (this.held && !this.held.isConnected) {
      this.held = undefined;
      this.lost = true;
    }
    if (this.lost) void this.restore();
  }

  private async restore(): Promise<void> {
    const target = await this.target();
    if (!this.lost) return;
    // Focus is somewhere again (the patient moved it, or the host did): leave it there.
    const active = document.activeElement;
    if (active && active !== document.body) return void (this.lost = false);
    if (!target) return;
    target.focus();
    this.lost = false;
  }
}
