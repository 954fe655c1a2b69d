/**
 * Cancellation terms as plain data (issue 21, part 4): what the patient is told before they
 * act, from the API's actions and their deadlines: free until when, a late fee and from when,
 * or "call the clinic". No DOM: `<circle-appointment>` words what these functions say.
 */
import type { Appointment, AppointmentAction, Price } from '../api/schemas.js';
import { actionsToShow, explainClosed, type Explanation, type KnownActionType } from './appointment-actions.js';

/** The terms of one action that is open. */
export type ActionTerms =
  /** Free until `until`; when `fee` is set, from then until `feeUntil` it costs that, and then it closes. */
  | { state: 'free'; until: string; fee?: Price; feeUntil?: string }
  /** Past the free deadline: it now costs `fee`, until `until`. */
  | { state: 'fee'; fee: Price; until: string };

export type Terms =
  /** The actions in `types` (cancel, and reschedule when its terms are the same) on these terms. */
  | (ActionTerms & { types: KnownActionType[] })
  /** Cancelling online has closed: call the clinic, with the API's reason. */
  | { state: 'closed'; explanation: Explanation };

/** The API's own action of this type, with every term it sent; the first of its type. */
function actionOf(appointment: Pick<Appointment, 'actions'>, type: KnownActionType): AppointmentAction | undefined {
  return appointment.actions.find((action) => action.type === type);
}

function feeApplies(action: AppointmentAction, now: number): boolean {
  return !!action.fee && (action.freeUntil === undefined || Date.parse(action.freeUntil) <= now);
}

/**
 * The terms to state up front on an upcoming appointment, or undefined when there is nothing
 * to state (the visit is not upcoming, or the API set no deadline). Cancel and reschedule are
 * stated together when their terms are the same, else those of cancelling are.
 */
export function termsOf(appointment: Pick<Appointment, 'status' | 'start' | 'actions' | 'clinic'>, now: Date | number): Terms | undefined {
  const shown = actionsToShow(appointment, now);
  const cancel = shown.find((action) => action.type === 'cancel');
  if (!cancel) return undefined;
  if (!cancel.allowed) return { state: 'closed', explanation: explainClosed(cancel, appointment.clinic) };
  const terms = termsOfAction(actionOf(appointment, 'cancel')!, +now);
  if (!terms) return undefined;
  const reschedule = actionOf(appointment, 'reschedule');
  const same = reschedule?.allowed && shown.some((action) => action.type === 'reschedule') && sameTerms(terms, termsOfAction(reschedule, +now));
  return { ...terms, types: same ? ['reschedule', 'cancel'] : ['cancel'] };
}

function termsOfAction(action: AppointmentAction, now: number): ActionTerms | undefined {
  if (!action.deadline) return undefined;
  if (feeApplies(action, now)) return { state: 'fee', fee: action.fee!, until: action.deadline };
  if (action.fee && action.freeUntil) return { state: 'free', until: action.freeUntil, fee: action.fee, feeUntil: action.deadline };
  return { state: 'free', until: action.deadline };
}

function sameTerms(a: object, b: object | undefined): boolean {
  return JSON.stringify(a) === JSON.stringify(b);
}

/** The fee that cancelling or moving now costs, which the patient must accept, if any. */
export function feeNow(appointment: Pick<Appointment, 'actions'>, type: KnownActionType, now: Date | number): Price | undefined {
  const action = actionOf(appointment, type);
  return action?.allowed && feeApplies(action, +now) ? action.fee : undefined;
}

/**
 * Whether moving the visit to `start` lands it inside the change cutoff: after the move it could
 * no longer be changed or cancelled online. Said before the patient confirms the move.
 */
export function moveIntoCutoff(appointment: Pick<Appointment, 'actions'>, start: string, now: Date | number): boolean {
  const cutoffs = (['cancel', 'reschedule'] as const)
    .map((type) => actionOf(appointment, type)?.cutoffMinutes)
    .filter((minutes): minutes is number => minutes !== undefined);
  if (cutoffs.length === 0) return false;
  return Date.parse(start) - Math.max(...cutoffs) * 60_000 <= +now;
}

/** Whether the patient's accepted fee is the one the API asks for, amount and currency. */
export function sameFee(a: Price | undefined, b: Price | undefined): boolean {
  return a?.amountMinor === b?.amountMinor && a?.currency === b?.currency;
}
