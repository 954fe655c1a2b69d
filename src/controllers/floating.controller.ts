/**
 * Keeps a popup (a menu, a submenu, a toast) next to the element that opened it, with
 * @floating-ui/dom: placed on one side of its anchor, flipped to another side when it does not
 * fit, shifted to stay inside the viewport (the visual viewport, so a pinch-zoomed page or an
 * on-screen keyboard too), and hidden while its anchor is scrolled out of view. While it is
 * started, `autoUpdate` places it again whenever something scrolls, the viewport resizes,
 * either element changes size or the page moves the anchor, so it stays attached. `stop()`,
 * and the host leaving the page, remove every listener and observer it added: a closed popup
 * costs nothing.
 *
 * The library is fetched when a popup first opens, not with the element: call
 * `preloadFloating()` when one is about to (the pointer over its button, or focus on it). Until
 * the popup is first placed it is transparent, so it never shows where it does not belong, yet
 * it can already take focus.
 *
 * Always `strategy: 'fixed'`: the popup is placed against the viewport, so scroll containers
 * and `overflow` between it and its anchor do not matter. Render it in the top layer
 * (`popover="manual"` and `showPopover()`), and transformed ancestors, stacking contexts and
 * modal `<dialog>`s do not either. Give it a size that does not depend on where it is
 * (`inline-size: max-content` with a `max-inline-size`): a popup that wraps differently at
 * each place would be placed again and again.
 *
 * ```ts
 * private readonly menuPosition = new FloatingController(this);
 * // on open, once the popup is shown:
 * this.menuPosition.start(this.button, this.menu, { placement: 'bottom-start' });
 * // on close:
 * this.menuPosition.stop();
 * ```
 */
import type { ReactiveController, ReactiveControllerHost } from 'lit';
import type { Placement } from '@floating-ui/dom';

export type { Placement } from '@floating-ui/dom';

type FloatingUi = typeof import('./floating-ui.js');

export interface FloatingOptions {
  /** Where the popup goes, e.g. `bottom-start`; `start` and `end` follow the popup's `direction`. */
  placement: Placement;
  /** The gap between anchor and popup, in px. Default: 4. */
  gap?: number;
  /** Added along the anchor's edge, in px (a submenu lines its first item up with its parent). Default: 0. */
  alignmentOffset?: number;
  /** Where to try, in order, when `placement` does not fit. Default: the opposite side. */
  fallbackPlacements?: Placement[];
  /** Told where the popup went, each time it is placed. */
  onPlaced?: (placement: Placement) => void;
}

/** Where the controller gets floating-ui from; replaceable so tests can watch it. */
export interface FloatingPlatform {
  load(): Promise<FloatingUi>;
}

let loading: Promise<FloatingUi> | undefined;

/**
 * Fetches @floating-ui/dom once for the page; call it ahead of opening a popup. A failed fetch
 * (offline, or the site redeployed) is tried again on the next call.
 */
export function preloadFloating(): Promise<FloatingUi> {
  return (loading ??= import('./floating-ui.js').catch((error: unknown) => {
    loading = undefined;
    throw error;
  }));
}

/** The least distance from the viewport's edges, in px. */
const padding = 8;

/** @internal The package's own, not its API: left out of custom-elements.json. */
export class FloatingController implements ReactiveController {
  private readonly platform: FloatingPlatform;
  /** Removes what `autoUpdate` attached; set once the library is there. */
  private cleanup?: () => void;
  /** Counts starts and stops, so a position computed for an earlier start is never applied. */
  private run = 0;
  private started = false;

  constructor(host: ReactiveControllerHost, platform: Partial<FloatingPlatform> = {}) {
    this.platform = { load: preloadFloating, ...platform };
    host.addController(this);
  }

  /** Whether a popup is being kept in place. */
  get active(): boolean {
    return this.started;
  }

  /**
   * Places `floating` against `anchor` and keeps it there until `stop()`. Starting again
   * replaces the previous start. Show the popup first: a hidden one has no size to place.
   * Resolves once it is first placed (or the library could not be fetched: it then stays
   * where the page's layout puts it, visible).
   */
  async start(anchor: Element, floating: HTMLElement, options: FloatingOptions): Promise<void> {
    this.stop();
    const run = this.run;
    this.started = true;
    floating.style.opacity = '0';
    let ui: FloatingUi;
    try {
      ui = await this.platform.load();
    } catch {
      if (run === this.run) floating.style.opacity = '';
      return;
    }
    if (run !== this.run) return;
    let placed!: Promise<void>;
    // autoUpdate places it at once, then on every scroll, resize, size change and move of the anchor.
    this.cleanup = ui.autoUpdate(anchor, floating, () => {
      placed = this.place(ui, run, anchor, floating, options);
    });
    await placed;
  }

  /** Stops following the anchor; what `autoUpdate` attached is removed. Safe to call when stopped. */
  stop(): void {
    this.run++;
    this.started = false;
    this.cleanup?.();
    this.cleanup = undefined;
  }

  hostDisconnected(): void {
    this.stop();
  }

  private async place(ui: FloatingUi, run: number, anchor: Element, floating: HTMLElement, options: FloatingOptions): Promise<void> {
    const { placement, gap = 4, alignmentOffset = 0, fallbackPlacements } = options;
    const {
      x,
      y,
      placement: placed,
      middlewareData,
    } = await ui.computePosition(anchor, floating, {
      strategy: 'fixed',
      placement,
      middleware: [
        ui.offset({ mainAxis: gap, alignmentAxis: alignmentOffset }),
        ui.flip({ padding, ...(fallbackPlacements ? { fallbackPlacements } : {}) }),
        ui.shift({ padding }),
        ui.hide(),
      ],
    });
    // Stopped, or started again, while this position was computed: it is stale.
    if (run !== this.run) return;
    Object.assign(floating.style, {
      position: 'fixed',
      left: `${x}px`,
      top: `${y}px`,
      opacity: '',
      visibility: middlewareData.hide?.referenceHidden ? 'hidden' : '',
    });
    floating.dataset.placement = placed;
    options.onPlaced?.(placed);
  }
}
