/**
 * Where a popup goes beside its anchor: the geometry FloatingController applies, as arithmetic
 * on viewport coordinates, so it needs no DOM. The popup goes on one side of the anchor,
 * aligned with its start, end or centre; the first of the placements to try that fits inside
 * the viewport (less `padding`) wins, else the first that fits on its side with least sticking
 * out along the anchor's edge, else the least sticking out; it is then shifted along the
 * anchor's edge to stay inside. `start` and `end` follow the text direction above and below
 * the anchor; beside it (`left`, `right`) `start` is the top, as in floating-ui, whose
 * placement names these are.
 */

export type Side = 'top' | 'right' | 'bottom' | 'left';
export type Placement = Side | `${Side}-${'start' | 'end'}`;

/** A rectangle as `getBoundingClientRect()` gives it. */
export interface Box {
  x: number;
  y: number;
  width: number;
  height: number;
}

export interface PlacementOptions {
  /** Tried in order. */
  placements: readonly Placement[];
  /** Between anchor and popup, in px. */
  gap: number;
  /** Along the anchor's edge, in px, away from the aligned edge. */
  alignmentOffset: number;
  /** The least distance from the viewport's edges, in px. */
  padding: number;
  rtl: boolean;
}

/**
 * The popup's top left corner and its placement. Coordinates go in arrays indexed by axis
 * (0 is x, 1 is y), so one formula serves all four sides.
 */
export function place(anchor: Box, popup: Box, viewport: Box, { placements, gap, alignmentOffset, padding, rtl }: PlacementOptions): [x: number, y: number, placement: Placement] {
  const start = [anchor.x, anchor.y];
  const length = [anchor.width, anchor.height];
  const size = [popup.width, popup.height];
  const room = [viewport.width, viewport.height];
  /** How far `value` on `axis` sticks out past the viewport, less padding, at either end. */
  const outside = (axis: number, value: number) => Math.max(padding - value, value + size[axis]! - room[axis]! + padding, 0);
  let best: [score: number, at: number[], placement: Placement, cross: number] | undefined;
  for (const placement of placements) {
    const [side, alignment] = placement.split('-');
    // The axis the popup sits on: y above and below the anchor, x beside it; the other one runs along the anchor's edge.
    const axis = side === 'top' || side === 'bottom' ? 1 : 0;
    const cross = 1 - axis;
    const at: number[] = [];
    at[axis] = side === 'top' || side === 'left' ? start[axis]! - size[axis]! - gap : start[axis]! + length[axis]! + gap;
    // In right-to-left text a popup above or below starts at the anchor's right edge.
    const fromStart = (alignment === 'start') !== (rtl && axis === 1);
    const spare = length[cross]! - size[cross]!;
    at[cross] = start[cross]! + (!alignment ? spare / 2 : fromStart ? alignmentOffset : spare - alignmentOffset);
    // Fitting on its side comes first, then sticking out least; the first of equals wins.
    const mainOut = outside(axis, at[axis]!);
    const score = (mainOut > 0 ? 1e9 : 0) + mainOut + outside(cross, at[cross]!);
    if (!best || score < best[0]) best = [score, at, placement, cross];
  }
  const [, at, placement, cross] = best!;
  // Shifted along the anchor's edge to stay inside; its start edge wins where it cannot.
  at[cross] = Math.max(padding, Math.min(at[cross]!, room[cross]! - padding - size[cross]!));
  return [at[0]!, at[1]!, placement];
}

/** Whether `anchor` is wholly outside `visible` (scrolled out of view); touching counts as outside. */
export function isOutside(anchor: Box, visible: Box): boolean {
  return (
    anchor.y + anchor.height <= visible.y ||
    anchor.y >= visible.y + visible.height ||
    anchor.x + anchor.width <= visible.x ||
    anchor.x >= visible.x + visible.width
  );
}

/** The opposite side, same alignment: where a popup goes by default when its placement does not fit. */
export function opposite(placement: Placement): Placement {
  return placement.replace(/^\w+/, (side) => ({ top: 'bottom', bottom: 'top', left: 'right', right: 'left' })[side as Side]) as Placement;
}
