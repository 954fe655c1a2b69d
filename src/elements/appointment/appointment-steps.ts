/**
 * The steps of changing an appointment, shown inline in place of its actions (never a modal):
 * "Cancel this appointment?", choosing a new time with the month grid and day's times the booking
 * flow shows too (src/booking-flow/month-times.ts), and "Move to …?". Each step is a section whose heading
 * takes focus when it opens; Escape leaves it.
 */
import { html, nothing, type TemplateResult } from 'lit';
import { live } from 'lit/directives/live.js';
import { msg, str } from '../../i18n/localization.js';
import { formatDateTime, formatShortDateTime, isolate } from '../../i18n/format.js';
import { renderError } from '../../ui/status.js';
import { renderMonthTimes } from '../../booking-flow/month-times.js';
import { localDate } from '../../time/zoned.js';
import type { ManageState } from '../../flow/appointment-actions.js';
import { movePractitionerId } from '../../flow/practitioners.js';
import type { AppointmentView } from './appointment-view.js';
import { feeSettled, renderCutoffNotice, renderFee, renderFeeHint } from './appointment-terms.js';

type StepState<Step extends ManageState['step']> = Extract<ManageState, { step: Step }>;

export function renderStep(view: AppointmentView): TemplateResult | typeof nothing {
  const { manage } = view;
  switch (manage.step) {
    case 'confirm-cancel':
      return renderConfirmCancel(view, manage);
    case 'choose-time':
      return renderChooseTime(view, manage);
    case 'confirm-time':
      return renderConfirmTime(view, manage);
    case 'view':
      return nothing;
  }
}

function renderConfirmCancel(view: AppointmentView, manage: StepState<'confirm-cancel'>): TemplateResult {
  const { appointment, locale, sending } = view;
  const when = formatDateTime(appointment.start, appointment.location.timeZone, locale);
  return html`<section class="step" part="confirm" aria-labelledby="step-heading" @keydown=${view.onStepKeyDown}>
    <h3 id="step-heading" tabindex="-1">${msg('Cancel this appointment?')}</h3>
    <p>${msg(str`${isolate(appointment.variant.name)} on ${when}. The time will be offered to other patients.`)}</p>
    <div class="field">
      <label for="cancel-reason">${msg('Reason (optional)')}</label>
      <textarea
        id="cancel-reason"
        rows="3"
        maxlength="1000"
        .value=${live(manage.reason)}
        @input=${(event: InputEvent) => view.editReason((event.target as HTMLTextAreaElement).value)}
      ></textarea>
    </div>
    ${renderFee(view, manage)}
    ${manage.error ? renderError(manage.error, { onRetry: view.confirm, clinic: appointment.clinic, subject: 'appointment', action: 'cancel', headingLevel: 4 }) : nothing}
    <div class="buttons">
      <button
        type="button"
        class="button danger"
        aria-disabled=${sending || !feeSettled(view) ? 'true' : 'false'}
        aria-describedby=${feeSettled(view) ? nothing : 'fee-hint'}
        @click=${view.confirm}
      >
        ${sending ? msg('Cancelling…') : msg('Yes, cancel')}
      </button>
      <button type="button" class="button" aria-disabled=${sending ? 'true' : 'false'} @click=${view.keep}>${msg('Keep appointment')}</button>
      ${renderFeeHint(view)}
    </div>
  </section>`;
}

function renderChooseTime(view: AppointmentView, manage: StepState<'choose-time'>): TemplateResult {
  const { appointment, locale } = view;
  const zone = appointment.location.timeZone;
  return html`<section class="step" part="reschedule" aria-labelledby="step-heading" @keydown=${view.onStepKeyDown}>
    <h3 id="step-heading" tabindex="-1">${msg('Choose a new time')}</h3>
    ${
      manage.notice === 'slot-taken'
        ? html`<p class="notice">${msg('Sorry, that time was just taken by someone else. Please choose another time.')}</p>`
        : nothing
    }
    <p class="muted">${msg(str`Your current time: ${formatDateTime(appointment.start, zone, locale)}`)}</p>
    ${renderWiden(view)}
    ${renderMonthTimes({ ...view, state: manage, shownMonth: manage.month, timeZone: zone, clinic: appointment.clinic, marked: localDate(Date.parse(appointment.start), zone) })}
    <div class="buttons">
      <button
        type="button"
        class="button primary"
        aria-disabled=${manage.slot ? 'false' : 'true'}
        aria-describedby=${manage.slot ? nothing : 'continue-hint'}
        @click=${view.reviewTime}
      >
        ${msg('Continue')}
      </button>
      <button type="button" class="button" @click=${view.keep}>${msg('Keep current time')}</button>
      ${manage.slot ? nothing : html`<p class="hint" id="continue-hint">${msg('Choose a time to continue.')}</p>`}
    </div>
  </section>`;
}

/**
 * Whose times are shown: the appointment's practitioner's, until the patient widens to anyone's
 * (where the API allows another practitioner, the move names them).
 */
function renderWiden({ appointment, anyPractitioner, widenPractitioners }: AppointmentView): TemplateResult | typeof nothing {
  const { practitioner } = appointment;
  if (!practitioner) return nothing;
  return html`<label class="widen">
    <input type="checkbox" .checked=${live(anyPractitioner)} @change=${(event: Event) => widenPractitioners((event.target as HTMLInputElement).checked)} />
    ${msg(str`Also show times with other practitioners than ${isolate(practitioner.displayName)}`)}
  </label>`;
}

function renderConfirmTime(view: AppointmentView, manage: StepState<'confirm-time'>): TemplateResult {
  const { appointment, locale, sending } = view;
  const zone = appointment.location.timeZone;
  return html`<section class="step" part="confirm" aria-labelledby="step-heading" @keydown=${view.onStepKeyDown}>
    <h3 id="step-heading" tabindex="-1">${msg(str`Move to ${formatShortDateTime(manage.slot.start, zone, locale)}?`)}</h3>
    <dl class="change">
      <div><dt>${msg('From')}</dt><dd class="struck">${formatDateTime(appointment.start, zone, locale)}</dd></div>
      <div><dt>${msg('To')}</dt><dd>${formatDateTime(manage.slot.start, zone, locale)}</dd></div>
    </dl>
    <p class="muted">${msg(str`Same treatment, same place: ${isolate(appointment.location.name)}.`)}</p>
    ${
      appointment.practitioner && movePractitionerId(appointment, manage.slot)
        ? html`<p>${msg(str`Not with ${isolate(appointment.practitioner.displayName)}: with another practitioner free at that time.`)}</p>`
        : nothing
    }
    ${renderCutoffNotice(view, manage.slot.start)}
    ${renderFee(view, manage)}
    ${manage.error ? renderError(manage.error, { onRetry: view.confirm, clinic: appointment.clinic, subject: 'appointment', action: 'reschedule', headingLevel: 4 }) : nothing}
    <div class="buttons">
      <button
        type="button"
        class="button primary"
        aria-disabled=${sending || !feeSettled(view) ? 'true' : 'false'}
        aria-describedby=${feeSettled(view) ? nothing : 'fee-hint'}
        @click=${view.confirm}
      >
        ${sending ? msg('Moving…') : msg('Yes, move it')}
      </button>
      <button type="button" class="button" aria-disabled=${sending ? 'true' : 'false'} @click=${view.backToTimes}>${msg('Choose another time')}</button>
      ${renderFeeHint(view)}
    </div>
  </section>`;
}
