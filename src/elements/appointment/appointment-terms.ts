/**
 * The cancellation terms of `<circle-appointment>` in words (issue 21, part 4): stated up front
 * above the actions, the late fee to accept before cancelling or moving, and the warning that a
 * move into the change cutoff closes online changes. What they say comes from
 * flow/cancellation-terms.ts; the words are made here, in the element's language.
 */
import { html, nothing, type TemplateResult } from 'lit';
import { live } from 'lit/directives/live.js';
import { msg, str } from '../../i18n/localization.js';
import { formatPrice, formatShortDateTime } from '../../i18n/format.js';
import type { Appointment, Price } from '../../api/schemas.js';
import { feeNow, moveIntoCutoff, termsOf, type Terms } from '../../flow/cancellation-terms.js';
import type { KnownActionType, ManageState } from '../../flow/appointment-actions.js';

/** What the terms read of the element's view (`AppointmentView` has all of it). */
export interface TermsView {
  appointment: Appointment;
  locale?: string | undefined;
  /** The instant the terms are judged by. */
  now: number;
  manage: ManageState;
  acceptFee(accepted: boolean): void;
}

/** The id the action buttons point `aria-describedby` at when the terms speak for them. */
export const termsId = 'terms';

/** The terms that speak for this action's deadline, if any: its own hint is then left out. */
export function termsCover(view: TermsView, type: KnownActionType): boolean {
  const terms = termsOf(view.appointment, view.now);
  return !!terms && terms.state !== 'closed' && terms.types.includes(type);
}

function sentence(terms: Exclude<Terms, { state: 'closed' }>, when: (instant: string) => string, price: (fee: Price) => string): string {
  const both = terms.types.length > 1;
  if (terms.state === 'fee') {
    return both
      ? msg(str`A late fee of ${price(terms.fee)} now applies to changing or cancelling, until ${when(terms.until)}.`)
      : msg(str`A late fee of ${price(terms.fee)} now applies to cancelling, until ${when(terms.until)}.`);
  }
  const free = both ? msg(str`Free to change or cancel until ${when(terms.until)}.`) : msg(str`Free to cancel until ${when(terms.until)}.`);
  if (!terms.fee || !terms.feeUntil) return free;
  return `${free} ${msg(str`After that, a late fee of ${price(terms.fee)} applies until ${when(terms.feeUntil)}.`)}`;
}

/** "Free to change or cancel until Mon 9 Dec, 10:30." and any late fee, above the actions; nothing once they closed (each closed action says why). */
export function renderTerms(view: TermsView): TemplateResult | typeof nothing {
  const terms = termsOf(view.appointment, view.now);
  if (!terms || terms.state === 'closed') return nothing;
  const { appointment, locale } = view;
  const when = (instant: string) => formatShortDateTime(instant, appointment.location.timeZone, locale, true);
  return html`<p class="terms" part="terms" id=${termsId}>${sentence(terms, when, (fee) => formatPrice(fee, locale))}</p>`;
}

/** The fee this step's action costs now, if any: it must be accepted before "Yes". */
export function stepFee(view: TermsView): Price | undefined {
  const { manage } = view;
  if (manage.step !== 'confirm-cancel' && manage.step !== 'confirm-time') return undefined;
  return feeNow(view.appointment, manage.step === 'confirm-cancel' ? 'cancel' : 'reschedule', view.now);
}

/** Whether "Yes" may be pressed: no fee, or the fee accepted. */
export function feeSettled(view: TermsView): boolean {
  const { manage } = view;
  return !stepFee(view) || ((manage.step === 'confirm-cancel' || manage.step === 'confirm-time') && !!manage.feeAccepted);
}

/** The late fee and its checkbox, in a confirm step; nothing when the action is free. */
export function renderFee(view: TermsView, manage: Extract<ManageState, { step: 'confirm-cancel' | 'confirm-time' }>): TemplateResult | typeof nothing {
  const fee = stepFee(view);
  if (!fee) return nothing;
  const price = formatPrice(fee, view.locale);
  const cancel = manage.step === 'confirm-cancel';
  return html`<div class="fee" part="fee">
    <p id="fee-text">${cancel ? msg(str`Cancelling now carries a late fee of ${price}.`) : msg(str`Moving now carries a late fee of ${price}.`)}</p>
    <label class="check">
      <input
        type="checkbox"
        aria-describedby="fee-text"
        .checked=${live(!!manage.feeAccepted)}
        @change=${(event: Event) => view.acceptFee((event.target as HTMLInputElement).checked)}
      />
      ${msg(str`I accept the late fee of ${price}`)}
    </label>
  </div>`;
}

/** The hint by "Yes" while the fee is not accepted. */
export function renderFeeHint(view: TermsView): TemplateResult | typeof nothing {
  return feeSettled(view) ? nothing : html`<p class="hint" id="fee-hint">${msg('Accept the late fee to go ahead.')}</p>`;
}

/** Before a move is confirmed: after it, the visit could no longer be changed or cancelled online. */
export function renderCutoffNotice(view: TermsView, start: string): TemplateResult | typeof nothing {
  if (!moveIntoCutoff(view.appointment, start, view.now)) return nothing;
  return html`<p class="notice" part="cutoff-notice">${msg('After this move, the visit can no longer be changed or cancelled online.')}</p>`;
}
