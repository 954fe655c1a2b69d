/**
 * A held time as the page shows it (issue 21, part 3): its states, whether the picked time is
 * lost, and with whom. How a hold moves from state to state is flow/holds.ts, which comes with
 * the hold controller once the flow is on screen, and the times offered in place of a lost one
 * are flow/nearest-times.ts, which comes with the lost-time screen: the booking page's first
 * render carries only this.
 */
import type { Slot } from '../api/schemas.js';

export type HoldState =
  /** Nothing picked, or the last hold was released. */
  | { status: 'none' }
  /** The hold of `slot` was asked for under `key` (its Idempotency-Key); no answer yet. */
  | { status: 'holding'; slot: Slot; key: string }
  /**
   * `slot` is kept for this patient. `endsAt` is when the hold ends on this device's clock
   * (answer time + `expiresInSeconds`): the API's `heldUntil` may be off by the device's drift.
   */
  | { status: 'held'; slot: Slot; holdId: string; endsAt: number }
  /** The hold ended before the booking was confirmed: the time may have gone to someone else. */
  | { status: 'expired'; slot: Slot }
  /** The time was taken (`taken`) or held by another patient (`held`) before it could be held. */
  | { status: 'lost'; slot: Slot; by: 'taken' | 'held' }
  /** The time could not be held (no answer, a server error); the patient goes on, as without holds. */
  | { status: 'unheld'; slot: Slot }
  /** The API has no holds (404 or 501): the flow books as it always did, and asks no more. */
  | { status: 'unsupported' };

export const noHold: HoldState = { status: 'none' };

/** Whether the picked time is gone: the patient must choose again before going on. */
export function timeLost(hold: HoldState): hold is Extract<HoldState, { status: 'lost' | 'expired' }> {
  return hold.status === 'lost' || hold.status === 'expired';
}

/**
 * The practitioners a lost time was with: the one the patient chose, else those the API said
 * were free at it. Empty when the API names none: every time is then as near as its clock says.
 */
export function lostWith(chosen: string | undefined, lost: Slot): readonly string[] {
  return chosen ? [chosen] : (lost.practitionerIds ?? []);
}
