/**
 * Held times as plain state (issue 21, part 3): a picked time is held for the patient while
 * they type their details, until a moment the API names. No DOM, no fetch and no timers: the
 * element feeds in answers and the clock, and renders what these functions say.
 *
 * Holds are optional in the contract. An API without them (404 or 501) books as before, and so
 * does a hold request that fails for any other reason: the booking itself still checks the time.
 */
import { ApiError, ProblemError } from '../api/errors.js';
import type { Hold, Slot } from '../api/schemas.js';

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

/** Seconds left at which screen readers are told, once, that time is running out. */
export const warnAtSeconds = 120;

/** Holding `slot` was asked for; a hold still kept for another time is the caller's to release first (`toRelease`). */
export function holding(state: HoldState, slot: Slot, key: string): HoldState {
  if (state.status === 'unsupported') return state;
  if ((state.status === 'holding' || state.status === 'held') && state.slot.start === slot.start) return state;
  return { status: 'holding', slot, key };
}

/** The API's hold arrived at `receivedAt` (this device's clock); an answer for a time no longer picked is ignored. */
export function held(state: HoldState, hold: Hold, receivedAt: number): HoldState {
  if (state.status !== 'holding' || Date.parse(state.slot.start) !== Date.parse(hold.start)) return state;
  return { status: 'held', slot: state.slot, holdId: hold.id, endsAt: receivedAt + hold.expiresInSeconds * 1000 };
}

/** Whether an error from the hold endpoint means the API has no holds. */
export function holdsUnsupported(error: unknown): boolean {
  return error instanceof ApiError && (error.status === 404 || error.status === 501);
}

/**
 * Why a time is lost, from an error the hold or the booking answered: `held` by another
 * patient, `taken` (booked), `expired` (the hold sent with the booking ended); or undefined
 * for any other error. Only the API's own problem document says so, not a bare status.
 */
export function lostBecause(error: unknown): 'held' | 'taken' | 'expired' | undefined {
  if (!(error instanceof ProblemError) || error.bare) return undefined;
  if (error.code === 'slot_held') return 'held';
  if (error.code === 'slot_unavailable') return 'taken';
  if (error.code === 'hold_expired') return 'expired';
  return undefined;
}

/** Holding `slot` failed with `error`: lost to someone else, no holds at all, or go on without one. */
export function holdFailed(state: HoldState, slot: Slot, error: unknown): HoldState {
  if (state.status !== 'holding' || state.slot.start !== slot.start) return state;
  if (holdsUnsupported(error)) return { status: 'unsupported' };
  const lost = lostBecause(error);
  if (lost === 'held' || lost === 'taken') return { status: 'lost', slot, by: lost };
  return { status: 'unheld', slot };
}

/** The state at `now`: a hold whose end has come is expired. */
export function atTime(state: HoldState, now: number): HoldState {
  return state.status === 'held' && now >= state.endsAt ? { status: 'expired', slot: state.slot } : state;
}

/** Whole seconds left of the hold at `now` (0 once it ended); undefined when nothing is held. */
export function secondsLeft(state: HoldState, now: number): number | undefined {
  return state.status === 'held' ? Math.max(0, Math.ceil((state.endsAt - now) / 1000)) : undefined;
}

/**
 * What a screen reader is told as the clock moves from `before` to `now`: that two minutes are
 * left, once, when that moment is crossed, and that the hold ended, once. Nothing in between:
 * a countdown read out every second would drown the form.
 */
export function announcementBetween(state: HoldState, before: number, now: number): 'two-minutes' | 'ended' | undefined {
  if (state.status !== 'held') return undefined;
  const warnAt = state.endsAt - warnAtSeconds * 1000;
  if (before < state.endsAt && now >= state.endsAt) return 'ended';
  if (before < warnAt && now >= warnAt) return 'two-minutes';
  return undefined;
}

/** The hold to send with the booking of `slot`, when one is kept for it. */
export function holdIdFor(state: HoldState, slot: Slot | undefined, now: number): string | undefined {
  const current = atTime(state, now);
  return current.status === 'held' && slot && current.slot.start === slot.start ? current.holdId : undefined;
}

/**
 * The hold to release when the patient lets the time go (Back to the times, another time, the
 * popup closed, the page left), and the state after: best effort, so the state moves on at once.
 */
export function released(state: HoldState): { state: HoldState; release?: string } {
  if (state.status === 'unsupported') return { state };
  return state.status === 'held' ? { state: noHold, release: state.holdId } : { state: noHold };
}

/** The booking was confirmed: the API ended the hold itself. */
export function booked(state: HoldState): HoldState {
  return state.status === 'unsupported' ? state : noHold;
}

/**
 * Up to `count` free times nearest the lost one: what the patient is offered when a held time is
 * lost. `preferred` ones (the same practitioner) are picked before the rest and listed first;
 * each group in time order.
 */
export function nearestTimes(slots: readonly Slot[], lost: Slot, count = 4, preferred: (slot: Slot) => boolean = () => true): Slot[] {
  const at = Date.parse(lost.start);
  const distance = (slot: Slot) => Math.abs(Date.parse(slot.start) - at);
  const first = (slot: Slot) => Number(!preferred(slot));
  // A time inside the minimum notice is booked by phone: never offered in place of a lost one.
  const ranked = slots.filter((slot) => slot.bookableOnline !== false).sort((a, b) => first(a) - first(b) || distance(a) - distance(b));
  return ranked.slice(0, count).sort((a, b) => first(a) - first(b) || Date.parse(a.start) - Date.parse(b.start));
}

/**
 * The practitioners a lost time was with: the one the patient chose, else those the API said
 * were free at it. Empty when the API names none: every time is then as near as its clock says.
 */
export function lostWith(chosen: string | undefined, lost: Slot): readonly string[] {
  return chosen ? [chosen] : (lost.practitionerIds ?? []);
}

/** Whether `slot` is with one of `practitioners` (all are, when none is named). */
export function withAnyOf(practitioners: readonly string[], slot: Slot): boolean {
  return practitioners.length === 0 || !!slot.practitionerIds?.some((id) => practitioners.includes(id));
}
