/**
 * Where a popup goes beside its anchor: the geometry FloatingController applies, as arithmetic
 * on viewport rectangles, so it needs no DOM. One side of the anchor, aligned to its start,
 * end or centre; the first of the placements to try that fits inside the bounds (less
 * `padding`), else the one that fits best; then shifted along the anchor's edge to stay inside.
 * `start` and `end` follow the text direction above and below the anchor; beside it (`left`,
 * `right`) `start` is the top, as in floating-ui, whose placement names these are.
 */

export type Side = 'top' | 'right' | 'bottom' | 'left';
export type Placement = Side | `${Side}-${'start' | 'end'}`;

/** A rectangle in viewport coordinates, as `getBoundingClientRect()` gives it. */
export interface Box {
  x: number;
  y: number;
  width: number;
  height: number;
}

export interface PlacementRequest {
  anchor: Box;
  /** The popup's size; its position is ignored. */
  floating: Box;
  /** What the popup stays inside: the viewport. */
  bounds: Box;
  /** Tried in order; the first that fits wins. */
  placements: readonly Placement[];
  /** Between anchor and popup, in px. */
  gap: number;
  /** Along the anchor's edge, in px, towards its end. */
  alignmentOffset: number;
  /** The least distance from the bounds' edges, in px. */
  padding: number;
  rtl: boolean;
}

export interface Placed {
  x: number;
  y: number;
  placement: Placement;
}

/** The popup's position for `placement`, before it is kept inside the bounds. */
function positionFor({ anchor, floating, gap, alignmentOffset, rtl }: PlacementRequest, placement: Placement): Placed {
  const [side, alignment] = placement.split('-') as [Side, 'start' | 'end' | undefined];
  // Above or below the anchor the popup is aligned along x, beside it along y.
  const vertical = side === 'top' || side === 'bottom';
  const [from, length, size] = vertical ? [anchor.x, anchor.width, floating.width] : [anchor.y, anchor.height, floating.height];
  // In right-to-left text a popup above or below starts at the anchor's right edge.
  const atStart = alignment && (alignment === 'start') !== (rtl && vertical);
  const along = !alignment
    ? from + (length - size) / 2
    : atStart
      ? from + alignmentOffset
      : from + length - size - alignmentOffset;
  const across = {
    top: anchor.y - floating.height - gap,
    bottom: anchor.y + anchor.height + gap,
    left: anchor.x - floating.width - gap,
    right: anchor.x + anchor.width + gap,
  }[side];
  return vertical ? { x: along, y: across, placement } : { x: across, y: along, placement };
}

/** How far the popup at `at` sticks out past the bounds (less padding): [on its side, along the anchor's edge]. */
function overflowOf({ floating, bounds, padding }: PlacementRequest, at: Placed): [number, number] {
  const side = at.placement.split('-')[0] as Side;
  const top = bounds.y + padding - at.y;
  const bottom = at.y + floating.height - (bounds.y + bounds.height - padding);
  const left = bounds.x + padding - at.x;
  const right = at.x + floating.width - (bounds.x + bounds.width - padding);
  const main = { top, bottom, left, right }[side];
  const cross = side === 'top' || side === 'bottom' ? Math.max(left, 0) + Math.max(right, 0) : Math.max(top, 0) + Math.max(bottom, 0);
  return [main, cross];
}

/**
 * The first placement that fits on its side and along the anchor's edge; else the first that
 * fits on its side, least overflowing along the edge; else the least overflowing. Then moved
 * along the anchor's edge so that it stays inside the bounds (its start edge wins when it
 * cannot).
 */
export function place(request: PlacementRequest): Placed {
  const tried = request.placements.map((placement) => {
    const at = positionFor(request, placement);
    return { at, overflow: overflowOf(request, at) };
  });
  const outside = ({ overflow: [main, cross] }: (typeof tried)[number]) => Math.max(main, 0) + cross;
  const fitsItsSide = tried.filter(({ overflow: [main] }) => main <= 0);
  const best = (fitsItsSide.length ? fitsItsSide : tried).reduce((a, b) => (outside(b) < outside(a) ? b : a));
  const { at } = best;
  const { floating, bounds, padding } = request;
  const clamp = (value: number, min: number, max: number) => Math.max(min, Math.min(value, max));
  return at.placement.startsWith('top') || at.placement.startsWith('bottom')
    ? { ...at, x: clamp(at.x, bounds.x + padding, bounds.x + bounds.width - padding - floating.width) }
    : { ...at, y: clamp(at.y, bounds.y + padding, bounds.y + bounds.height - padding - floating.height) };
}

/** Whether `anchor` is wholly outside `visible` (scrolled out of view), touching counting as outside. */
export function isOutside(anchor: Box, visible: Box): boolean {
  return (
    anchor.y + anchor.height <= visible.y ||
    anchor.y >= visible.y + visible.height ||
    anchor.x + anchor.width <= visible.x ||
    anchor.x >= visible.x + visible.width
  );
}

/** Where two rectangles overlap (empty, with zero or negative size, when they do not). */
export function intersect(a: Box, b: Box): Box {
  const x = Math.max(a.x, b.x);
  const y = Math.max(a.y, b.y);
  return { x, y, width: Math.min(a.x + a.width, b.x + b.width) - x, height: Math.min(a.y + a.height, b.y + b.height) - y };
}

/** The opposite side, same alignment: where a popup goes by default when its placement does not fit. */
export function opposite(placement: Placement): Placement {
  const opposites: Record<Side, Side> = { top: 'bottom', bottom: 'top', left: 'right', right: 'left' };
  return placement.replace(/^\w+/, (side) => opposites[side as Side]) as Placement;
}
