/**
 * Held times as plain state (issue 21, part 3): a picked time is held for the patient while
 * they type their details, until a moment the API names. No DOM, no fetch and no timers: the
 * element feeds in answers and the clock, and renders what these functions say.
 *
 * Holds are optional in the contract. An API without them (404 or 501) books as before, and so
 * does a hold request that fails for any other reason: the booking itself still checks the time.
 * The states themselves, and what the page shows of them, are flow/hold-state.ts.
 */
import { ApiError, ProblemError } from '../api/errors.js';
import type { Hold } from '../api/holds.js';
import type { Slot } from '../api/schemas.js';
import { noHold, type HoldState } from './hold-state.js';

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
