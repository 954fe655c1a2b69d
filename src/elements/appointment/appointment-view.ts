/**
 * The markup of `<circle-appointment>` once the appointment is loaded: what, when, where, its
 * state, the intake call to action, the API's actions and "Add to calendar". Plain render
 * functions over the element's state and handlers (`AppointmentView`); the steps of changing
 * the appointment are in appointment-steps.ts.
 */
import { html, nothing, type TemplateResult } from 'lit';
import { msg, str } from '../../i18n/localization.js';
import type { Appointment } from '../../api/schemas.js';
import type { MonthAvailability } from '../../flow/availability-window.js';
import {
  actionsToShow,
  explainClosed,
  intakeOf,
  phaseOf,
  type ActionView,
  type AppointmentPhase,
  type IntakeView,
  type KnownActionType,
  type ManageState,
  type TextPiece,
} from '../../flow/appointment-actions.js';
import { formatAddress, formatDateTime, formatDuration, formatShortDateTime, isolate } from '../../i18n/format.js';
import { bookedByLine } from '../../ui/booked-by.js';
import { renderCalendarLink } from '../../ui/calendar-link.js';
import { renderContact, renderWhen } from '../../ui/contact.js';
import { renderError } from '../../ui/status.js';
import { renderWhere } from '../../ui/visit-mode.js';
import { renderVideoJoin } from './video-join.js';
import { renderTerms, termsCover, termsId } from './appointment-terms.js';

/** What the render functions call back into the element with: the patient's actions. */
export interface AppointmentHandlers {
  startCancel(): void;
  editReason(reason: string): void;
  /** Sends the cancel or the move being confirmed. */
  confirm(): void;
  startReschedule(): void;
  chooseDate(date: string): void;
  showMonth(month: string): void;
  chooseSlot(start: string): void;
  reviewTime(): void;
  backToTimes(): void;
  retryAvailability(): void;
  /** Shows the times of every practitioner (true) or only the appointment's own (false). */
  widenPractitioners(any: boolean): void;
  /** Leaves a step without changing anything ("Keep appointment", Escape). */
  keep(): void;
  /** Ticks or unticks "I accept the late fee". */
  acceptFee(accepted: boolean): void;
  onStepKeyDown(event: KeyboardEvent): void;
}

/** What the render functions read from the element, and its handlers. */
export interface AppointmentView extends AppointmentHandlers {
  appointment: Appointment;
  locale?: string | undefined;
  /** The instant "upcoming" and "in the past" are judged by. */
  now: number;
  manage: ManageState;
  /** A cancel or reschedule request is under way. */
  sending: boolean;
  /** The appointment is being loaded again; what is shown may be out of date. */
  busy: boolean;
  /** The shown month's free times, while choosing a new time. */
  month?: MonthAvailability | undefined;
  /** Today in the location's zone. */
  today: string;
  /** Choosing a new time: the times of every practitioner are shown, not only the appointment's own. */
  anyPractitioner: boolean;
}

function phaseLabel(phase: AppointmentPhase): string {
  const labels: Record<AppointmentPhase, string> = {
    upcoming: msg('Upcoming'),
    past: msg('In the past'),
    cancelled: msg('Cancelled'),
    completed: msg('Completed'),
    missed: msg('Missed'),
  };
  return labels[phase];
}

function renderPieces(pieces: readonly TextPiece[]): unknown[] {
  return pieces.map((piece) => (piece.href ? html`<a href=${piece.href} dir="ltr">${piece.text}</a>` : piece.text));
}

/** The whole loaded view; `step` is the step of changing it, shown in place of the actions. */
export function renderAppointment(view: AppointmentView, step: TemplateResult | typeof nothing): TemplateResult {
  const { appointment, now } = view;
  const phase = phaseOf(appointment, now);
  const intake = intakeOf(appointment, now);
  return html`
    <article class="appointment" aria-labelledby="heading" aria-busy=${view.busy ? 'true' : 'false'}>
      <header part="header">
        <p class="service"><bdi>${appointment.service.name}</bdi></p>
        <h2 id="heading" tabindex="-1"><bdi>${appointment.variant.name}</bdi></h2>
        <p class="badge" data-phase=${phase}>${phaseLabel(phase)}</p>
      </header>
      <div class="announcement">${renderDone(view)}</div>
      ${
        view.manage.step === 'view' && view.manage.refusal
          ? renderError(view.manage.refusal, { clinic: appointment.clinic, subject: 'appointment', headingLevel: 3 })
          : nothing
      }
      ${renderDetails(view, phase, intake)}
      ${renderVideoJoin(appointment, now, view.locale)}
      ${renderPhaseNote(view, phase)}
      ${renderIntake(intake)}
      ${view.manage.step === 'view' ? renderActions(view) : step}
      ${phase === 'upcoming' && view.manage.step === 'view' ? renderCalendarLink(appointment, view.locale, 'button calendar') : nothing}
    </article>
  `;
}

/** "Your appointment is cancelled." or "… is now on …" once a change went through; else empty. */
export function renderDone({ manage, appointment, locale }: AppointmentView): string {
  if (manage.step !== 'view' || !manage.done) return '';
  if (manage.done === 'cancelled') return msg('Your appointment is cancelled.');
  return msg(str`Your appointment is now on ${formatDateTime(appointment.start, appointment.location.timeZone, locale)}.`);
}

function renderDetails({ appointment, locale }: AppointmentView, phase: AppointmentPhase, intake: IntakeView): TemplateResult {
  const { location } = appointment;
  return html`<dl class="details" part="details">
    ${
      appointment.patient && appointment.bookedBy
        ? html`<div>
          <dt>${msg('For')}</dt>
          <dd>${bookedByLine(appointment.patient, appointment.bookedBy)}</dd>
        </div>`
        : nothing
    }
    <div>
      <dt>${msg('When')}</dt>
      <dd>
        ${renderWhen(appointment.start, location.timeZone, locale, phase !== 'upcoming')}
      </dd>
    </div>
    <div>
      <dt>${msg('Duration')}</dt>
      <dd>${formatDuration(appointment.variant.durationMinutes, locale)}</dd>
    </div>
    ${renderPractitioner(appointment)}
    <div>
      <dt>${msg('Where')}</dt>
      <dd>${
        appointment.mode === 'video' || appointment.mode === 'phone'
          ? renderWhere(appointment.mode, location)
          : html`<span><bdi>${location.name}</bdi></span><span class="muted"><bdi>${formatAddress(location.address)}</bdi></span>`
      }</dd>
    </div>
    ${
      intake.state === 'none'
        ? nothing
        : html`<div>
          <dt>${msg('Intake forms')}</dt>
          <dd>${intake.state === 'complete' ? msg('Complete, thank you') : msg('Still to fill in before your visit')}</dd>
        </div>`
    }
  </dl>`;
}

/** "With: Anna Weber, Chartered physiotherapist", when the API names who the visit is with. */
export function renderPractitioner({ practitioner }: Pick<Appointment, 'practitioner'>): TemplateResult | typeof nothing {
  return practitioner
    ? html`<div>
        <dt>${msg('With')}</dt>
        <dd><span><bdi>${practitioner.displayName}</bdi></span><span class="muted"><bdi>${practitioner.title}</bdi></span></dd>
      </div>`
    : nothing;
}

/** What a visit that is not upcoming means for the patient, with how to reach the clinic. */
function renderPhaseNote({ appointment, locale }: AppointmentView, phase: AppointmentPhase): TemplateResult | typeof nothing {
  if (phase === 'upcoming') return nothing;
  const { cancellation } = appointment;
  const notes: Record<Exclude<AppointmentPhase, 'upcoming'>, string> = {
    cancelled: msg('To book another visit, contact the clinic:'),
    completed: msg('This visit has taken place. Questions about it? Contact the clinic:'),
    missed: msg('This visit was missed. To book a new one, contact the clinic:'),
    past: msg('This visit has already started, so it can no longer be changed online. Questions? Contact the clinic:'),
  };
  return html`<div class="note">
    ${
      phase === 'cancelled'
        ? html`<p>
            ${
              cancellation
                ? msg(str`This appointment was cancelled on ${formatShortDateTime(cancellation.at, appointment.location.timeZone, locale, true)}.`)
                : msg('This appointment was cancelled.')
            }
          </p>
          ${cancellation?.reason ? html`<p>${msg('Reason given:')} <q dir="auto">${cancellation.reason}</q></p>` : nothing}`
        : nothing
    }
    <p>${notes[phase]}</p>
    ${renderContact(appointment.clinic)}
  </div>`;
}

function renderIntake(intake: IntakeView): TemplateResult | typeof nothing {
  if (intake.state !== 'due' || !intake.formsUrl) return nothing;
  return html`<div class="callout" part="intake">
    <p class="callout-title">${msg('Please complete your intake forms')}</p>
    <p>${msg('Filling them in before your visit lets us make the most of your time.')}</p>
    <a class="button primary" href=${intake.formsUrl} target="_blank" rel="noopener noreferrer"
      >${msg('Complete intake forms')}<span class="visually-hidden"> ${msg('(opens in a new tab)')}</span></a
    >
  </div>`;
}

function actionLabel(type: KnownActionType): string {
  return type === 'cancel' ? msg('Cancel appointment') : msg('Change time');
}

function deadlineText(type: KnownActionType, deadline: string): string {
  return type === 'cancel' ? msg(str`You can cancel until ${deadline}.`) : msg(str`You can change the time until ${deadline}.`);
}

function closedTitle(type: KnownActionType): string {
  return type === 'cancel' ? msg('Call the clinic to cancel') : msg('Call the clinic to change the time');
}

function renderActions(view: AppointmentView): TemplateResult | typeof nothing {
  const actions = actionsToShow(view.appointment, view.now);
  if (actions.length === 0) return nothing;
  return html`<div class="actions" part="actions">${renderTerms(view)}${actions.map((action) => renderAction(view, action))}</div>`;
}

function renderAction(view: AppointmentView, action: ActionView): TemplateResult {
  const { appointment, locale } = view;
  if (!action.allowed) {
    const { reason, call } = explainClosed(action, appointment.clinic);
    return html`<div class="action closed" part="action" data-action=${action.type}>
      <p class="action-title">${closedTitle(action.type)}</p>
      ${reason ? html`<p dir="auto">${renderPieces(reason)}</p>` : html`<p>${msg('This can no longer be done online.')}</p>`}
      ${call ? html`<p>${msg(str`Call ${isolate(call.name)}:`)} <a href=${call.href} dir="ltr">${call.phone}</a></p>` : nothing}
    </div>`;
  }
  const hintId = `${action.type}-deadline`;
  // Terms stated above speak for this action's deadline: it is not said twice.
  const covered = termsCover(view, action.type);
  const deadline = action.deadline && !covered ? formatShortDateTime(action.deadline, appointment.location.timeZone, locale, true) : undefined;
  return html`<div class="action" part="action" data-action=${action.type}>
    <button
      type="button"
      class="button ${action.type === 'cancel' ? 'danger-outline' : ''}"
      data-action-button=${action.type}
      aria-describedby=${covered ? termsId : deadline ? hintId : nothing}
      @click=${action.type === 'cancel' ? view.startCancel : view.startReschedule}
    >
      ${actionLabel(action.type)}
    </button>
    ${deadline ? html`<p class="hint" id=${hintId}>${deadlineText(action.type, deadline)}</p>` : nothing}
  </div>`;
}
