/**
 * Keeps a popup (a menu, a submenu, a toast) next to the element that opened it: placed on one
 * side of its anchor, flipped to another side when it does not fit, shifted to stay inside the
 * viewport, and hidden while its anchor is scrolled out of view (the geometry is placement.ts).
 * While it is started it places the popup again whenever something scrolls, the viewport
 * resizes or either element changes size, so it stays attached. `stop()`, and the host leaving
 * the page, remove every listener and observer it added: a closed popup costs nothing.
 *
 * The popup gets `position: fixed` and is placed against the viewport, so scroll containers
 * and `overflow` between it and its anchor do not matter. Render it in the top layer
 * (`popover="manual"` and `showPopover()`), and transformed ancestors, stacking contexts and
 * modal `<dialog>`s do not either.
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
import { isOutside, opposite, place, type Box, type Placement } from './placement.js';

export type { Placement } from './placement.js';

export interface FloatingOptions {
  /** Where the popup goes, e.g. `bottom-start`; `start` and `end` follow the popup's `direction`. */
  placement: Placement;
  /** The gap between anchor and popup, in px. Default: 4. */
  gap?: number;
  /** Added along the anchor's edge, in px (a submenu lines its first item up with its parent). Default: 0. */
  alignmentOffset?: number;
  /** Where to try, in order, when `placement` does not fit. Default: the opposite side. */
  fallbackPlacements?: Placement[];
}

/** What the controller listens to while started; replaceable so tests can watch it. */
export interface FloatingPlatform {
  /** Calls `update` on every scroll, resize and size change until the returned function is called. */
  follow(anchor: Element, floating: HTMLElement, update: () => void): () => void;
}

/** The elements around `element`, across shadow roots, whose `overflow` clips it. */
function clippingAncestors(element: Element): Element[] {
  const clipping: Element[] = [];
  let node: Element | null = element;
  while ((node = node.assignedSlot ?? node.parentElement ?? (node.parentNode as ShadowRoot | null)?.host ?? null)) {
    // The page's own scrolling is the viewport's, checked apart.
    if (node === document.body) break;
    const style = getComputedStyle(node);
    if (style.overflowX !== 'visible' || style.overflowY !== 'visible') clipping.push(node);
    // Nothing further out clips a fixed element.
    if (style.position === 'fixed') break;
  }
  return clipping;
}

/**
 * Scroll events do not bubble, and do not leave a shadow root: one capturing listener on each
 * shadow root around the anchor and on the document hears every scroll that can move it.
 */
export function follow(anchor: Element, floating: HTMLElement, update: () => void): () => void {
  // Capturing; neither scroll nor resize can be cancelled, so `passive` would change nothing.
  const listening = new AbortController();
  const options = { capture: true, signal: listening.signal };
  window.addEventListener('resize', update, options);
  // The anchor's root, then its host's root, and so on out to the document (which has no host).
  for (let node: Node | undefined = anchor; node; node = (node.getRootNode() as Partial<ShadowRoot>).host) {
    node.getRootNode().addEventListener('scroll', update, options);
  }
  const sizes = new ResizeObserver(update);
  sizes.observe(anchor);
  sizes.observe(floating);
  return () => {
    listening.abort();
    sizes.disconnect();
  };
}

/** The part of `element` its content shows in: inside its borders and scrollbars. */
function clientBox(element: Element): Box {
  const { x, y } = element.getBoundingClientRect();
  return { x: x + element.clientLeft, y: y + element.clientTop, width: element.clientWidth, height: element.clientHeight };
}

export class FloatingController implements ReactiveController {
  private readonly platform: FloatingPlatform;
  /** Removes what `follow` attached; set while started. */
  private cleanup?: () => void;

  constructor(host: ReactiveControllerHost, platform: Partial<FloatingPlatform> = {}) {
    this.platform = { follow, ...platform };
    host.addController(this);
  }

  /** Whether a popup is being kept in place. */
  get active(): boolean {
    return this.cleanup !== undefined;
  }

  /**
   * Places `floating` against `anchor` now and keeps it there until `stop()`. Starting again
   * replaces the previous start. Show the popup first: a hidden one has no size to place.
   */
  start(anchor: Element, floating: HTMLElement, options: FloatingOptions): void {
    this.stop();
    const clipping = clippingAncestors(anchor);
    const update = () => this.place(anchor, floating, options, clipping);
    update();
    this.cleanup = this.platform.follow(anchor, floating, update);
  }

  /** Stops following the anchor; what it listened to is let go. Safe to call when stopped. */
  stop(): void {
    this.cleanup?.();
    this.cleanup = undefined;
  }

  hostDisconnected(): void {
    this.stop();
  }

  private place(anchor: Element, floating: HTMLElement, options: FloatingOptions, clipping: Element[]): void {
    const { placement, fallbackPlacements = [opposite(placement)] } = options;
    const { clientWidth, clientHeight } = document.documentElement;
    const viewport: Box = { x: 0, y: 0, width: clientWidth, height: clientHeight };
    const anchorBox = anchor.getBoundingClientRect();
    const [x, y, placed] = place(anchorBox, floating.getBoundingClientRect(), viewport, {
      placements: [placement, ...fallbackPlacements],
      gap: options.gap ?? 4,
      alignmentOffset: options.alignmentOffset ?? 0,
      padding: 8, // from the viewport's edges
      rtl: getComputedStyle(floating).direction === 'rtl',
    });
    const { style } = floating;
    style.position = 'fixed';
    style.left = `${x}px`;
    style.top = `${y}px`;
    // A containing block other than the viewport (no top layer, a transformed ancestor) moves it: move it back.
    const shown = floating.getBoundingClientRect();
    style.left = `${2 * x - shown.x}px`;
    style.top = `${2 * y - shown.y}px`;
    // Hidden while the anchor is out of the viewport or scrolled out of a container around it.
    const visible = [viewport, ...clipping.map(clientBox)];
    style.visibility = visible.some((box) => isOutside(anchorBox, box)) ? 'hidden' : '';
    floating.dataset.placement = placed;
  }
}
