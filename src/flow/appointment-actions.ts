/**
 * What a patient can do with one appointment, as plain data and transitions: which of the
 * API's actions to show, how to explain the ones that are closed, and the steps of cancelling
 * and rescheduling with the Idempotency-Key of each attempt. No DOM and no fetch, so the rules
 * are tested without a browser; `<circle-appointment>` renders them.
 */
import { ApiError } from '../api/errors.js';
import type { Appointment, AppointmentAction, ClinicContact, Slot } from '../api/schemas.js';
import { telHref } from './contact.js';
import { outcomeUnknown } from './write-outcome.js';

/**
 * Where an appointment stands for the patient:
 * - `upcoming`: booked and not yet started;
 * - `past`: booked, but its start has passed (the clinic has not marked it yet);
 * - `cancelled`, `completed`, `missed` (the API's `no_show`).
 */
export type AppointmentPhase = 'upcoming' | 'past' | 'cancelled' | 'completed' | 'missed';

export function phaseOf({ status, start }: Pick<Appointment, 'status' | 'start'>, now: Date | number): AppointmentPhase {
  if (status === 'booked') return Date.parse(start) > +now ? 'upcoming' : 'past';
  return status === 'no_show' ? 'missed' : status;
}

/** The action types the elements know; any other type the API sends is ignored. */
export const knownActionTypes = ['cancel', 'reschedule'] as const;
export type KnownActionType = (typeof knownActionTypes)[number];

export type ActionView =
  | { type: KnownActionType; allowed: true; /** Until when, as the API wrote it. */ deadline?: string }
  | { type: KnownActionType; allowed: false; /** Why not, as the API wrote it. */ reason?: string };

/**
 * The actions to render, in the API's order: only known types, the first of each type, and
 * none at all unless the visit is upcoming (nothing can be changed about a visit that started,
 * was cancelled or took place, whatever a stale action list says).
 */
export function actionsToShow(appointment: Pick<Appointment, 'status' | 'start' | 'actions'>, now: Date | number): ActionView[] {
  if (phaseOf(appointment, now) !== 'upcoming') return [];
  const shown: ActionView[] = [];
  for (const action of appointment.actions) {
    const { type } = action;
    if (isKnown(type) && !shown.some((known) => known.type === type)) shown.push(viewOf(type, action));
  }
  return shown;
}

function isKnown(type: string): type is KnownActionType {
  return (knownActionTypes as readonly string[]).includes(type);
}

function viewOf(type: KnownActionType, action: AppointmentAction): ActionView {
  if (action.allowed) return action.deadline ? { type, allowed: true, deadline: action.deadline } : { type, allowed: true };
  return action.reason ? { type, allowed: false, reason: action.reason } : { type, allowed: false };
}

/** Whether the API lets the patient do this now. */
export function isAllowed(appointment: Pick<Appointment, 'status' | 'start' | 'actions'>, type: KnownActionType, now: Date | number): boolean {
  return actionsToShow(appointment, now).some((action) => action.type === type && action.allowed);
}

/** A piece of text to show, optionally a link (the clinic's phone in the API's reason). */
export interface TextPiece {
  text: string;
  href?: string;
}

/** How a closed action is explained: the API's reason, and how to call the clinic instead. */
export interface Explanation {
  /** The API's reason, its mention of the clinic's phone number made a tel: link; absent when the API gave none. */
  reason?: TextPiece[];
  /** The clinic's phone, to show as a link of its own when the reason does not already carry it. */
  call?: { name: string; phone: string; href: string };
}

/** Splits `text` around each mention of `phone`, the mentions becoming tel: links. */
export function linkPhone(text: string, phone: string | undefined): TextPiece[] {
  const href = phone ? telHref(phone) : undefined;
  if (!phone || !href || !text.includes(phone)) return [{ text }];
  return text.split(phone).flatMap((piece, index) => [...(index === 0 ? [] : [{ text: phone, href }]), ...(piece ? [{ text: piece }] : [])]);
}

export function explainClosed(action: Extract<ActionView, { allowed: false }>, clinic: ClinicContact): Explanation {
  const reason = action.reason ? linkPhone(action.reason, clinic.phone) : undefined;
  const linked = reason?.some((piece) => piece.href) ?? false;
  const href = clinic.phone ? telHref(clinic.phone) : undefined;
  return {
    ...(reason ? { reason } : {}),
    ...(!linked && clinic.phone && href ? { call: { name: clinic.name, phone: clinic.phone, href } } : {}),
  };
}

/** What to show about the intake forms. */
export type IntakeView =
  | { state: 'complete' }
  /** Forms still to fill in; the call to action shows only with a link. */
  | { state: 'due'; formsUrl?: string }
  /** Nothing worth saying: the visit is not going ahead or has passed. */
  | { state: 'none' };

export function intakeOf(appointment: Pick<Appointment, 'status' | 'start' | 'intake'>, now: Date | number): IntakeView {
  const phase = phaseOf(appointment, now);
  if (appointment.intake.complete) return phase === 'upcoming' || phase === 'past' ? { state: 'complete' } : { state: 'none' };
  if (phase !== 'upcoming') return { state: 'none' };
  return appointment.intake.formsUrl ? { state: 'due', formsUrl: appointment.intake.formsUrl } : { state: 'due' };
}

// The steps of changing an appointment.

/**
 * Where the patient is in changing the appointment. `attemptKey` is the Idempotency-Key of the
 * write being attempted: kept for as long as what is sent is unchanged, whatever the failure, so
 * an answer lost or garbled after the write was done cannot cancel or move twice; dropped when
 * what is sent changes, since the same key with another body is refused. `unconfirmed` says an
 * attempt with that key failed without telling whether it was done.
 */
export type ManageState =
  | {
      step: 'view';
      /** What just succeeded, to announce. */
      done?: 'cancelled' | 'rescheduled';
      /** The server refused the last change (409, 422…); its reason is shown, the appointment reloaded. */
      refusal?: unknown;
      /**
       * The change refused had been tried before without a clear answer: the refusal may be
       * the API saying it was done already. The reloaded appointment tells (`reconciled`).
       */
      check?: { type: 'cancel' } | { type: 'reschedule'; start: string };
    }
  /** `feeAccepted`: the patient accepted the late fee that cancelling now carries (cancellation-terms.ts). */
  | { step: 'confirm-cancel'; reason: string; feeAccepted?: boolean; attemptKey?: string; unconfirmed?: boolean; error?: unknown }
  | {
      step: 'choose-time';
      /** The month the day picker shows, `YYYY-MM`; the month of `date` until the patient pages away. */
      month?: string;
      /** The day shown, `YYYY-MM-DD` in the location's zone. */
      date?: string;
      slot?: Slot;
      /** The time chosen before was taken by someone else meanwhile. */
      notice?: 'slot-taken';
      /** The key of a move to `slot` already tried, kept while `slot` stays chosen. */
      attemptKey?: string;
      unconfirmed?: boolean;
    }
  | { step: 'confirm-time'; month?: string; date?: string; slot: Slot; feeAccepted?: boolean; attemptKey?: string; unconfirmed?: boolean; error?: unknown };

export type ManageStep = ManageState['step'];

export const viewing: ManageState = { step: 'view' };

export function startCancel(): ManageState {
  return { step: 'confirm-cancel', reason: '' };
}

export function editCancelReason(state: ManageState, reason: string): ManageState {
  if (state.step !== 'confirm-cancel' || state.reason === reason) return state;
  // Another reason is another request: it takes a new key.
  return { step: 'confirm-cancel', reason, ...(state.feeAccepted ? { feeAccepted: true } : {}) };
}

/** The patient ticked (or unticked) "I accept the late fee": another request, so a new key. */
export function acceptFee(state: ManageState, accepted: boolean): ManageState {
  if ((state.step !== 'confirm-cancel' && state.step !== 'confirm-time') || !!state.feeAccepted === accepted) return state;
  const { attemptKey: _key, unconfirmed: _unconfirmed, error: _error, feeAccepted: _accepted, ...rest } = state;
  return { ...rest, ...(accepted ? { feeAccepted: true } : {}) };
}

export function startReschedule(): ManageState {
  return { step: 'choose-time' };
}

/** Shows another day; the chosen time stays chosen until another is picked. */
export function chooseDate(state: ManageState, date: string): ManageState {
  if (state.step !== 'choose-time') return state;
  return { ...state, date, month: date.slice(0, 7) };
}

export function showMonth(state: ManageState, month: string): ManageState {
  return state.step === 'choose-time' ? { ...state, month } : state;
}

export function chooseSlot(state: ManageState, slot: Slot): ManageState {
  if (state.step !== 'choose-time') return state;
  if (state.slot?.start === slot.start) return state;
  const { notice: _notice, attemptKey: _key, unconfirmed: _unconfirmed, ...rest } = state;
  return { ...rest, slot };
}

/** On to "Move to …?", once a time is chosen; the key of an earlier move to it comes along. */
export function reviewTime(state: ManageState): ManageState {
  if (state.step !== 'choose-time' || !state.slot) return state;
  const { slot, date, month, attemptKey, unconfirmed } = state;
  return { step: 'confirm-time', slot, date, month, ...(attemptKey ? { attemptKey } : {}), ...(unconfirmed ? { unconfirmed } : {}) };
}

/** Back from "Move to …?" to the times, the choice kept, and its key while it stays chosen. */
export function backToTimes(state: ManageState): ManageState {
  if (state.step !== 'confirm-time') return state;
  const { slot, date, month, attemptKey, unconfirmed } = state;
  return { step: 'choose-time', slot, date, month, ...(attemptKey ? { attemptKey } : {}), ...(unconfirmed ? { unconfirmed } : {}) };
}

/** The write is being sent: reuse this attempt's key, or take the new one. The step stays. */
export function sending<State extends ManageState>(state: State, newKey: string): State {
  if (state.step !== 'confirm-cancel' && state.step !== 'confirm-time') return state;
  const { error: _error, ...rest } = state;
  return { ...rest, attemptKey: state.attemptKey ?? newKey } as State;
}

export function succeeded(done: 'cancelled' | 'rescheduled'): ManageState {
  return { step: 'view', done };
}

/**
 * How a failed write is handled:
 * - `retry`: the request may not have arrived, or the answer was lost, unreadable or not the
 *   API's own (a proxy's page): stay, show the error with Try again, and keep the key so a write
 *   that did go through is not repeated;
 * - `slot-taken`: the new time was booked by someone else meanwhile: back to the times;
 * - `refused`: the API answered no (conflict, validation, expired link…): show its reason
 *   and reload the appointment, since what the patient sees is out of date.
 */
export type FailureKind = 'retry' | 'slot-taken' | 'refused';

export function failureKind(error: unknown): FailureKind {
  if (outcomeUnknown(error)) return 'retry';
  // Held by another patient is taken for now, as far as this move goes.
  if (error instanceof ApiError && (error.code === 'slot_unavailable' || error.code === 'slot_held')) return 'slot-taken';
  if (error instanceof ApiError && error.retryable) return 'retry';
  return 'refused';
}

export function failed(state: ManageState, error: unknown): ManageState {
  if (state.step !== 'confirm-cancel' && state.step !== 'confirm-time') return state;
  const kind = failureKind(error);
  if (kind === 'retry') return { ...state, error, ...(state.unconfirmed || outcomeUnknown(error) ? { unconfirmed: true } : {}) };
  // A refusal after an attempt whose outcome is unknown may be the API saying it is done
  // already ("already cancelled", "that time is taken": by this very move): check the appointment.
  if (state.unconfirmed) {
    const check = state.step === 'confirm-cancel' ? { type: 'cancel' as const } : { type: 'reschedule' as const, start: state.slot.start };
    return { step: 'view', refusal: error, check };
  }
  if (kind === 'slot-taken' && state.step === 'confirm-time') {
    const { date, month } = state;
    return { step: 'choose-time', notice: 'slot-taken', date, month };
  }
  return { step: 'view', refusal: error };
}

/**
 * The appointment reloaded after a refusal that may mean "done already": when it shows the
 * change the patient asked for, it was done (by the attempt whose answer was lost), and that is
 * what the patient is told, not the refusal.
 */
export function reconciled(state: ManageState, appointment: Pick<Appointment, 'status' | 'start'>): ManageState {
  if (state.step !== 'view' || !state.check) return state;
  const { check } = state;
  if (check.type === 'cancel' && appointment.status === 'cancelled') return succeeded('cancelled');
  if (check.type === 'reschedule' && appointment.status === 'booked' && Date.parse(appointment.start) === Date.parse(check.start)) {
    return succeeded('rescheduled');
  }
  const { check: _check, ...rest } = state;
  return rest;
}

/** Which action a step belongs to, so leaving it can return focus to that action's button. */
export function actionOf(step: ManageStep): KnownActionType | undefined {
  if (step === 'confirm-cancel') return 'cancel';
  if (step === 'choose-time' || step === 'confirm-time') return 'reschedule';
  return undefined;
}
