/**
 * Keeps a popup (a menu, a submenu, a toast) next to the element that opened it, with
 * @floating-ui/dom: placed on one side of its anchor, flipped to the other side when it does not
 * fit, shifted to stay inside the viewport, and hidden while its anchor is scrolled out of
 * view. While it is started, `autoUpdate` places it again whenever the anchor or an ancestor
 * scrolls, the viewport resizes or either element changes size, so it stays attached. `stop()`,
 * and the host leaving the page, remove every listener and observer `autoUpdate` added.
 *
 * Always `strategy: 'fixed'`: the popup is placed against the viewport, so scroll containers
 * and `overflow` between it and its anchor do not matter. Render the popup in the top layer
 * (`popover="manual"` and `showPopover()`), and transformed ancestors, stacking contexts and
 * modal `<dialog>`s do not either: floating-ui measures a top-layer popup against the viewport.
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
import {
  autoUpdate as floatingAutoUpdate,
  computePosition as floatingComputePosition,
  flip,
  hide,
  offset,
  shift,
  type Placement,
} from '@floating-ui/dom';

export type { Placement } from '@floating-ui/dom';

export interface FloatingOptions {
  /** Where the popup goes, e.g. `bottom-start`; `start` and `end` follow the popup's `direction`. */
  placement: Placement;
  /** The gap between anchor and popup, in px. Default: 4. */
  gap?: number;
  /** Added along the anchor's edge, in px (a submenu lines its first item up with its parent). Default: 0. */
  alignmentOffset?: number;
  /** The least distance from the viewport's edges, in px. Default: 8. */
  padding?: number;
  /** Where to try, in order, when `placement` does not fit. Default: the opposite side. */
  fallbackPlacements?: Placement[];
}

/** The floating-ui functions the controller calls; replaceable so tests can watch them. */
export interface FloatingPlatform {
  autoUpdate: typeof floatingAutoUpdate;
  computePosition: typeof floatingComputePosition;
}

export class FloatingController implements ReactiveController {
  private readonly platform: FloatingPlatform;
  /** Removes what `autoUpdate` attached; set while started. */
  private cleanup?: () => void;
  /** Counts starts and stops, so a position computed for an earlier start is never applied. */
  private run = 0;

  constructor(host: ReactiveControllerHost, platform: Partial<FloatingPlatform> = {}) {
    this.platform = { autoUpdate: floatingAutoUpdate, computePosition: floatingComputePosition, ...platform };
    host.addController(this);
  }

  /** Whether a popup is being kept in place. */
  get active(): boolean {
    return this.cleanup !== undefined;
  }

  /**
   * Places `floating` against `anchor` now and keeps it there until `stop()`. Starting again
   * replaces the previous start. Show the popup first: a hidden one has no size to place.
   * Resolves once the popup is first placed.
   */
  start(anchor: Element, floating: HTMLElement, options: FloatingOptions): Promise<void> {
    this.stop();
    const run = ++this.run;
    let first: Promise<void> | undefined;
    // autoUpdate calls back at once, then on every scroll, resize and layout change.
    this.cleanup = this.platform.autoUpdate(anchor, floating, () => {
      const placed = this.place(run, anchor, floating, options);
      first ??= placed;
    });
    return first ?? this.place(run, anchor, floating, options);
  }

  /** Stops following the anchor; what `autoUpdate` attached is removed. Safe to call when stopped. */
  stop(): void {
    this.run++;
    const cleanup = this.cleanup;
    this.cleanup = undefined;
    cleanup?.();
  }

  hostDisconnected(): void {
    this.stop();
  }

  private async place(run: number, anchor: Element, floating: HTMLElement, options: FloatingOptions): Promise<void> {
    const padding = options.padding ?? 8;
    const { x, y, placement, middlewareData } = await this.platform.computePosition(anchor, floating, {
      strategy: 'fixed',
      placement: options.placement,
      middleware: [
        offset({ mainAxis: options.gap ?? 4, alignmentAxis: options.alignmentOffset ?? 0 }),
        flip({ padding, ...(options.fallbackPlacements ? { fallbackPlacements: options.fallbackPlacements } : {}) }),
        shift({ padding }),
        hide(),
      ],
    });
    // Stopped, or started again, while this position was computed: it is stale.
    if (run !== this.run) return;
    Object.assign(floating.style, {
      position: 'fixed',
      left: `${x}px`,
      top: `${y}px`,
      visibility: middlewareData.hide?.referenceHidden ? 'hidden' : '',
    });
    floating.dataset.placement = placement;
  }
}
