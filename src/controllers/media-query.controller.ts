/**
 * Whether a media query matches, followed in script: the host renders again when it changes.
 * For layout a shadow root's own `@media` rule should decide but WebKit gets wrong: once a
 * popup has been shown in a wide window, its shadow styles miss the window being narrowed,
 * while `matchMedia` sees it (an iPad turned upright, Safari's window made narrow).
 */
import type { ReactiveController, ReactiveControllerHost } from 'lit';

export class MediaQueryController implements ReactiveController {
  private readonly list: MediaQueryList;

  constructor(
    private readonly host: ReactiveControllerHost,
    query: string,
  ) {
    this.list = matchMedia(query);
    host.addController(this);
  }

  get matches(): boolean {
    return this.list.matches;
  }

  hostConnected(): void {
    this.list.addEventListener('change', this.changed);
  }

  hostDisconnected(): void {
    this.list.removeEventListener('change', this.changed);
  }

  private changed = () => this.host.requestUpdate();
}
