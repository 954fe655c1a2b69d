/**
 * The steps of changing an appointment, shown inline in place of its actions (never a modal):
 * "Cancel this appointment?", choosing a new time with the shared day picker and time list, and
 * "Move to …?". Each step is a section whose heading takes focus when it opens; Escape leaves it.
 */
import { html, nothing, type TemplateResult } from 'lit';
import { live } from 'lit/directives/live.js';
import { msg, str } from '../../i18n/localization.js';
import type { DaySelectEvent, MonthChangeEvent } from '../../ui/day-picker.js';
import type { TimeSelectEvent } from '../../ui/time-list.js';
import { monthOf } from '../../flow/availability-window.js';
import { formatDate, formatDateTime, formatShortDateTime } from '../../i18n/format.js';
import { renderEmpty, renderError, renderLoading } from '../../ui/status.js';
import { renderClinicZoneNote } from '../../ui/contact.js';
import type { ManageState } from '../../flow/appointment-actions.js';
import type { AppointmentView } from './appointment-view.js';
import '../../ui/day-picker.js';
import '../../ui/time-list.js';

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
    <p>${msg(str`${appointment.variant.name} on ${when}. The time will be offered to other patients.`)}</p>
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
    ${manage.error ? renderError(manage.error, { onRetry: view.confirm, clinic: appointment.clinic, subject: 'appointment', headingLevel: 4 }) : nothing}
    <div class="buttons">
      <button type="button" class="button danger" aria-disabled=${sending ? 'true' : 'false'} @click=${view.confirm}>
        ${sending ? msg('Cancelling…') : msg('Yes, cancel')}
      </button>
      <button type="button" class="button" aria-disabled=${sending ? 'true' : 'false'} @click=${view.keep}>${msg('Keep appointment')}</button>
    </div>
  </section>`;
}

function renderChooseTime(view: AppointmentView, manage: StepState<'choose-time'>): TemplateResult {
  const { appointment, locale, month, today } = view;
  const zone = appointment.location.timeZone;
  return html`<section class="step" part="reschedule" aria-labelledby="step-heading" @keydown=${view.onStepKeyDown}>
    <h3 id="step-heading" tabindex="-1">${msg('Choose a new time')}</h3>
    ${manage.notice === 'slot-taken'
      ? html`<p class="notice">${msg('Sorry, that time was just taken by someone else. Please choose another time.')}</p>`
      : nothing}
    <p class="muted">${msg(str`Your current time: ${formatDateTime(appointment.start, zone, locale)}`)}</p>
    ${renderClinicZoneNote(zone, locale)}
    <div class="when">
      <circle-day-picker
        .month=${manage.month ?? monthOf(manage.date ?? today)}
        .value=${manage.date ?? ''}
        .available=${new Set(month?.days.keys())}
        .pending=${month?.status === 'pending'}
        .min=${today}
        .today=${today}
        .locale=${locale}
        @day-select=${(event: DaySelectEvent) => view.chooseDate(event.date)}
        @month-change=${(event: MonthChangeEvent) => view.showMonth(event.month)}
      ></circle-day-picker>
      <div class="times">${renderTimes(view, manage)}</div>
    </div>
    <div class="buttons">
      <button type="button" class="button primary" ?disabled=${!manage.slot} @click=${view.reviewTime}>${msg('Continue')}</button>
      <button type="button" class="button" @click=${view.keep}>${msg('Keep current time')}</button>
    </div>
  </section>`;
}

function renderTimes(view: AppointmentView, manage: StepState<'choose-time'>): TemplateResult {
  const { appointment, locale, month } = view;
  if (!month || month.status === 'pending') return renderLoading(msg('Loading free times…'), 'grid');
  if (month.status === 'error') return renderError(month.error, { onRetry: view.retryAvailability, clinic: appointment.clinic, subject: 'times' });
  if (month.days.size === 0) {
    const next = month.nextAvailableDate;
    return renderEmpty(
      msg('No free times this month'),
      next ? msg(str`The next free time is on ${formatDate(next, locale)}.`) : msg('Please try a later month or call the clinic.'),
      next ? { label: msg('Go to the next free day'), onClick: () => view.chooseDate(next) } : undefined,
    );
  }
  // A day chosen in another month has no times here: the patient is asked for a day.
  const daySlots = manage.date && month.days.get(manage.date);
  if (!daySlots?.length) return html`<p class="muted">${msg('Choose a day to see its free times.')}</p>`;
  return html`<circle-time-list
    .slots=${daySlots}
    .value=${manage.slot?.start ?? ''}
    time-zone=${appointment.location.timeZone}
    .locale=${locale}
    .label=${msg(str`Free times on ${formatDate(manage.date!, locale)}`)}
    @time-select=${(event: TimeSelectEvent) => view.chooseSlot(event.start)}
  ></circle-time-list>`;
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
    <p class="muted">${msg(str`Same treatment, same place: ${appointment.location.name}.`)}</p>
    ${manage.error ? renderError(manage.error, { onRetry: view.confirm, clinic: appointment.clinic, subject: 'appointment', headingLevel: 4 }) : nothing}
    <div class="buttons">
      <button type="button" class="button primary" aria-disabled=${sending ? 'true' : 'false'} @click=${view.confirm}>
        ${sending ? msg('Moving…') : msg('Yes, move it')}
      </button>
      <button type="button" class="button" aria-disabled=${sending ? 'true' : 'false'} @click=${view.backToTimes}>${msg('Choose another time')}</button>
    </div>
  </section>`;
}
