/**
 * Renders its host again at a given instant, without a reload and without polling: a countdown
 * that moves every second, a "Join video visit" button that opens at its time. One timer at a
 * time; cleared when the host leaves the page.
 */
import type { ReactiveController, ReactiveControllerHost } from 'lit';

/** setTimeout's longest wait (about 24.8 days); a later instant is reached in steps. */
const longestWait = 2 ** 31 - 1;

export class WakeController implements ReactiveController {
  private timer?: ReturnType<typeof setTimeout>;

  constructor(private readonly host: ReactiveControllerHost) {
    host.addController(this);
  }

  /** Renders the host again at `instant` (ms since the epoch), replacing any earlier wake-up; none when undefined. */
  at(instant: number | undefined): void {
    clearTimeout(this.timer);
    this.timer = undefined;
    if (instant === undefined) return;
    const wait = Math.min(Math.max(0, instant - Date.now()), longestWait);
    this.timer = setTimeout(() => {
      this.timer = undefined;
      this.host.requestUpdate();
    }, wait);
  }

  hostDisconnected(): void {
    this.at(undefined);
  }
}
