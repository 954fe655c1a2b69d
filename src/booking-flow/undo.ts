/**
 * Undo a booking just made (issue #23): on the confirmation, "Undo this booking" with the time
 * left, while the API's `undoUntil` has not passed; why an undo failed; and, back at the times,
 * that the booking was undone. The time left moves on screen every second but is said to
 * screen readers once, with the confirmation.
 */
import { html, nothing, type TemplateResult } from 'lit';
import { msg, str } from '../i18n/localization.js';
import * as flow from '../flow/booking-flow.js';
import type { BookingFlowState } from '../flow/booking-flow.js';
import type { Announcement } from '../ui/live-region.js';
import { errorAnnouncement } from '../ui/describe-error.js';
import { renderError } from '../ui/status.js';
import { formatTime, patientTimeZone } from '../i18n/format.js';
import type { FlowView } from './flow-view.js';

/** `2:05`: minutes and seconds left, rounded up so it never shows 0:00 while undo still works. */
function clock(ms: number): string {
  const seconds = Math.ceil(ms / 1000);
  return `${Math.floor(seconds / 60)}:${String(seconds % 60).padStart(2, '0')}`;
}

/** On the confirmation: Undo with the time left, or why undoing failed; nothing once the time is up. */
export function renderUndo(view: FlowView): TemplateResult | typeof nothing {
  const { state } = view;
  if (state.undoError) {
    return renderError(state.undoError, { onRetry: view.undo, clinic: view.catalog.clinic, subject: 'appointment', action: 'cancel' });
  }
  const left = flow.undoTimeLeft(state, Date.now());
  if (left <= 0) return nothing;
  return html`<div class="undo" part="undo">
    <p class="hint" id="undo-time" role="timer">${msg(str`You can undo this booking for ${clock(left)} more.`)}</p>
    <button type="button" class="button" part="undo-button" aria-describedby="undo-time" aria-disabled=${view.undoingNow ? 'true' : 'false'} @click=${view.undo}>
      ${view.undoingNow ? msg('Undoing…') : msg('Undo this booking')}
    </button>
  </div>`;
}

/** Back at the times after an undo. */
export function renderUndoneNotice(state: BookingFlowState): TemplateResult | typeof nothing {
  return state.step === 'time' && state.notice === 'undone'
    ? html`<p class="notice" part="notice">${msg('Your booking is undone. Your details are kept; choose another time.')}</p>`
    : nothing;
}

/** What the live region says about undoing, once each: the time to undo (with the confirmation), a failure, the return to the times. */
export function undoAnnouncement(state: BookingFlowState, failures: number, undos: number, locale: string | undefined): Announcement | undefined {
  if (state.step === 'time' && state.notice === 'undone') {
    return { key: `undone:${undos}`, text: msg('Your booking is undone. Your details are kept; choose another time.') };
  }
  if (state.step !== 'done') return undefined;
  if (state.undoError) return { key: `undo-error:${failures}`, text: errorAnnouncement(state.undoError, { subject: 'appointment', action: 'cancel' }) };
  const until = state.confirmation?.undoUntil;
  if (!until || flow.undoTimeLeft(state, Date.now()) <= 0) return undefined;
  // The patient's own clock: "until 10:23" is read against the clock they look at.
  const time = formatTime(until, patientTimeZone(), locale);
  return { key: 'done', text: `${msg('Your appointment is confirmed.')} ${msg(str`You can undo this booking until ${time}.`)}` };
}
