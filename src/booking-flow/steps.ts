/**
 * The markup of each booking step. Plain render functions over the flow element's state and
 * handlers (`FlowView`), so booking-flow.ts keeps to state and transitions.
 */
import { html, nothing, type TemplateResult } from 'lit';
import { msg } from '../i18n/localization.js';
import type { Variant } from '../api/schemas.js';
import * as flow from '../flow/booking-flow.js';
import type { BookingStep, PatientDraft } from '../flow/booking-flow.js';
import { formatAddress, formatDuration, formatPrice } from '../i18n/format.js';
import { renderCalendarLink } from '../ui/calendar-link.js';
import { renderWhen } from '../ui/contact.js';
import { renderError, renderLoading } from '../ui/status.js';
import { patientFormLoaded } from './patient-form-loader.js';
import { renderCalendar } from './calendar-layouts.js';
import type { FlowView } from './flow-view.js';
import { renderPractitionerFilter } from './practitioner-filter.js';
import { practitionerOf, practitionersFor } from '../flow/practitioners.js';
import { renderUndo, renderUndoneNotice } from './undo.js';
import { modeLabel, renderWhere } from '../ui/visit-mode.js';
import { asksReturning, fits, matchFieldsAsked } from '../flow/who-books.js';
import { optionalFieldsOf, questionsOf } from '../flow/clinic-questions.js';
import { questionView } from './question-loader.js';
import { bookedByLine, relationships } from '../ui/booked-by.js';
import { forPatientsTag, renderReturningQuestion, renderVisitForQuestion } from './patient-side.js';
import { renderVerifyStep } from './verify-step.js';
import { renderHoldPanel } from './hold-panel.js';
import { renderWaitlist } from './waitlist-entry.js';

export function stepTitle(step: BookingStep): string {
  switch (step) {
    case 'variant':
      return msg('What would you like to book?');
    case 'location':
      return msg('Where would you like to go?');
    case 'time':
      return msg('Choose a day and time');
    case 'details':
      return msg('Your details');
    case 'review':
      return msg('Check and confirm');
    case 'verify':
      return msg('Enter the code we sent you');
    case 'done':
      return msg('You’re booked');
  }
}

export function renderStep(view: FlowView): TemplateResult {
  switch (view.state.step) {
    case 'variant':
      return renderVariantStep(view);
    case 'location':
      return renderLocationStep(view);
    case 'time':
      return renderTimeStep(view);
    case 'details':
      return renderDetailsStep(view);
    case 'review':
      return renderReviewStep(view);
    case 'verify':
      return renderCodeStep(view);
    case 'done':
      return renderDoneStep(view);
  }
}

function variantFacts(variant: Variant, locale?: string): string {
  const facts = [formatDuration(variant.durationMinutes, locale)];
  if (variant.price) facts.push(formatPrice(variant.price, locale));
  const mode = modeLabel(variant.mode);
  if (mode) facts.push(mode);
  return facts.join(' · ');
}

/** Back (when there is a step to go back to) and the step's main action. */
function renderActions(view: FlowView, primary: TemplateResult | typeof nothing = nothing): TemplateResult {
  const steps = flow.stepsOf(view.catalog, view.state);
  const first = steps.indexOf(view.state.step) === 0;
  return html`<div class="actions" part="actions">
    ${first ? nothing : html`<button type="button" class="button" part="back-button" @click=${view.back}>${msg('Back')}</button>`}
    ${primary}
  </div>`;
}

/** What is missing before Continue can go on, said beside it while it is not ready. */
function missing(step: BookingStep): string {
  return step === 'variant'
    ? msg('Choose a treatment to continue.')
    : step === 'location'
      ? msg('Choose a location to continue.')
      : msg('Choose a time to continue.');
}

/**
 * The step's Continue. Not ready yet, it stays focusable (`aria-disabled`, as Confirm is while
 * booking) and is described by what is missing, shown beside it, rather than skipped by Tab.
 */
function renderContinue(view: FlowView, label = msg('Continue')): TemplateResult {
  const ready = flow.canContinue(view.state);
  return html`<button
      type="button"
      class="button primary"
      part="continue-button"
      aria-disabled=${ready ? 'false' : 'true'}
      aria-describedby=${ready ? nothing : 'continue-hint'}
      @click=${view.continue}
    >
      ${label}
    </button>
    ${ready ? nothing : html`<p class="hint" id="continue-hint">${missing(view.state.step)}</p>`}`;
}

function renderVariantStep(view: FlowView): TemplateResult {
  const { catalog, state, locale } = view;
  // "Have you been to us before?" only where the answer changes what can be booked.
  const asks = asksReturning(catalog.variants);
  return html`
    ${
      catalog.service.description
        ? // The clinic's own words may be in another script than the element's language: let them set their direction.
          html`<p class="description" dir="auto">${catalog.service.description}</p>`
        : nothing
    }
    ${asks ? renderReturningQuestion({ variants: catalog.variants, returning: state.returning, answerReturning: view.answerReturning }) : nothing}
    <fieldset class="choices" part="choices">
      <legend class="visually-hidden">${msg('Treatments')}</legend>
      ${catalog.variants
        .filter((variant) => fits(variant, state.returning))
        .map(
          (variant) => html`<label class="choice" part=${state.variantId === variant.id ? 'choice selected' : 'choice'}>
          <input type="radio" name="variant" .checked=${state.variantId === variant.id} @change=${() => view.chooseVariant(variant.id)} />
          <span class="choice-text">
            <bdi class="choice-name">${variant.name}</bdi>
            <span class="muted">${variantFacts(variant, locale)}</span>
            ${asks && state.returning === undefined ? forPatientsTag(variant) : nothing}
          </span>
        </label>`,
        )}
    </fieldset>
    ${renderActions(view, renderContinue(view))}
  `;
}

function renderLocationStep(view: FlowView): TemplateResult {
  const { catalog, state } = view;
  return html`
    <fieldset class="choices" part="choices">
      <legend class="visually-hidden">${msg('Locations')}</legend>
      ${flow.locationsFor(catalog, state.variantId).map(
        (location) => html`<label class="choice" part=${state.locationId === location.id ? 'choice selected' : 'choice'}>
          <input type="radio" name="location" .checked=${state.locationId === location.id} @change=${() => view.chooseLocation(location.id)} />
          <span class="choice-text">
            <bdi class="choice-name">${location.name}</bdi>
            <bdi class="muted">${formatAddress(location.address)}</bdi>
          </span>
        </label>`,
      )}
    </fieldset>
    ${renderActions(view, renderContinue(view))}
  `;
}

function renderTimeStep(view: FlowView): TemplateResult {
  return html`
    ${
      view.state.notice === 'slot-taken' || view.hold.status === 'lost'
        ? html`<p class="notice" part="notice">${msg('Sorry, that time was just taken by someone else. Your details are kept; please choose another time.')}</p>`
        : nothing
    }
    ${renderPractitionerFilter(view)}
    ${renderUndoneNotice(view.state)}
    ${renderCalendar(view)}
    ${renderActions(view, renderContinue(view))}
    ${renderWaitlist(view)}
  `;
}

function renderDetailsStep(view: FlowView): TemplateResult {
  const { state, catalog } = view;
  if (!patientFormLoaded()) return renderLoading(msg('Loading…'));
  const someoneElse = state.visitFor === 'someone-else';
  // The booker's errors (`bookedBy.email`) go on the booker's form only, not atop the patient's as errors of no field.
  const booker = (field: string) => field.startsWith('bookedBy.');
  const patientErrors = Object.keys(state.serverErrors).some(booker)
    ? Object.fromEntries(Object.entries(state.serverErrors).filter(([field]) => !booker(field)))
    : state.serverErrors;
  const bookerErrors = Object.fromEntries(
    Object.entries(state.serverErrors)
      .filter(([field]) => booker(field))
      .map(([field, message]) => [field.slice('bookedBy.'.length), message]),
  );
  return html`
    ${renderHoldPanel(view)}
    ${renderVisitForQuestion({ visitFor: state.visitFor ?? 'me', chooseVisitFor: view.chooseVisitFor })}
    ${someoneElse ? html`<h3 class="form-heading">${msg('The patient')}</h3>` : nothing}
    <circle-patient-form
      exportparts="label, input, error: field-error"
      mode=${someoneElse ? 'dependant' : 'self'}
      .matchFields=${matchFieldsAsked(catalog.returningPatients, state.returning)}
      .questions=${questionsOf(flow.variantOf(catalog, state))}
      .optionalFields=${optionalFieldsOf(flow.variantOf(catalog, state))}
      .value=${{ ...state.patient, ...state.match }}
      .serverErrors=${patientErrors}
      .locale=${view.locale}
      @patient-input=${(event: { target: { value: PatientDraft } }) => view.updatePatientForm(event.target.value)}
      @patient-submit=${view.continue}
    ></circle-patient-form>
    ${
      someoneElse
        ? html`<h3 class="form-heading">${msg('You, booking for them')}</h3>
          <p class="hint">${msg('The clinic writes to you about this visit.')}</p>
          <circle-patient-form
            exportparts="label, input, error: field-error"
            mode="booker"
            .value=${state.booker ?? {}}
            .serverErrors=${bookerErrors}
            .locale=${view.locale}
            @patient-input=${(event: { target: { value: PatientDraft } }) => view.updateBooker(event.target.value)}
            @patient-submit=${view.continue}
          ></circle-patient-form>`
        : nothing
    }
    ${renderActions(view, renderContinue(view, msg('Review booking')))}
  `;
}

function renderCodeStep(view: FlowView): TemplateResult {
  const { state } = view;
  if (!state.codeStep) return renderReviewStep(view);
  return html`
    ${state.confirmError ? renderError(state.confirmError, { onRetry: view.sendCode, clinic: view.catalog.clinic, action: 'book', unconfirmed: !!state.unconfirmed }) : nothing}
    ${renderVerifyStep({
      codeStep: state.codeStep,
      now: view.now,
      confirmingNow: view.confirmingNow,
      enterCode: view.enterCode,
      sendCode: view.sendCode,
      resendCode: view.resendCode,
      changeEmail: view.changeEmail,
    })}
  `;
}

function renderSummary(view: FlowView, editable: boolean): TemplateResult {
  const { catalog, state, locale } = view;
  const variant = flow.variantOf(catalog, state)!;
  const location = flow.locationOf(catalog, state)!;
  const start = state.confirmation?.appointment.start ?? state.slot?.start ?? '';
  const change = (step: BookingStep, label: string) =>
    editable && flow.stepsOf(catalog, state).includes(step)
      ? html`<button type="button" class="link-button" @click=${() => view.change(step)}>${label}</button>`
      : nothing;
  const { givenName = '', familyName = '', email = '' } = state.patient;
  const booker = state.visitFor === 'someone-else' ? state.booker : undefined;
  const relationship = relationships.find((known) => known === booker?.relationship);
  const who =
    booker && relationship
      ? html`<span>${bookedByLine({ givenName, familyName }, { givenName: booker.givenName ?? '', familyName: booker.familyName ?? '', relationship })}</span><br /><bdi class="muted">${booker.email}</bdi>`
      : html`<bdi>${givenName} ${familyName}</bdi><br /><bdi class="muted">${email}</bdi>`;
  const row = (term: string, value: TemplateResult, step: BookingStep, label: string) =>
    html`<div><dt>${term}</dt><dd><span>${value}</span>${change(step, label)}</dd></div>`;
  return html`<dl class="summary" part="summary">
    ${row(msg('What'), html`<bdi>${variant.name}</bdi> · <bdi>${catalog.service.name}</bdi><br /><span class="muted">${variantFacts(variant, locale)}</span>`, 'variant', msg('Change treatment'))}
    ${row(msg('When'), start ? renderWhen(start, location.timeZone, locale) : html``, 'time', msg('Change time'))}
    ${renderWith(view)}
    ${row(msg('Where'), renderWhere(variant.mode, location), 'location', msg('Change location'))}
    ${editable ? row(msg('Who'), who, 'details', msg('Change details')) : nothing}
    ${editable && questionView ? questionView.renderAnswers(questionsOf(variant), state.patient, locale) : nothing}
  </dl>`;
}

/**
 * Who the visit is with: on the confirmation, who the API booked; before, the one chosen (or
 * the variant's only one), else "Any available practitioner". Nothing without practitioners.
 */
function renderWith({ catalog, state }: FlowView): TemplateResult | typeof nothing {
  const booked = state.confirmation?.appointment.practitioner;
  const chosen = booked ?? practitionerOf(catalog, state);
  if (!chosen && (state.confirmation || !practitionersFor(catalog, state).length)) return nothing;
  return html`<div>
    <dt>${msg('With')}</dt>
    <dd><span>${chosen ? html`<bdi>${chosen.displayName}</bdi><br /><bdi class="muted">${chosen.title}</bdi>` : msg('Any available practitioner')}</span></dd>
  </div>`;
}

function renderReviewStep(view: FlowView): TemplateResult {
  const { state } = view;
  return html`
    ${renderHoldPanel(view)}
    ${renderSummary(view, true)}
    ${state.confirmError ? renderError(state.confirmError, { onRetry: view.confirm, clinic: view.catalog.clinic, action: 'book', unconfirmed: !!state.unconfirmed }) : nothing}
    ${renderActions(
      view,
      html`<button type="button" class="button primary" part="confirm-button" aria-disabled=${view.confirmingNow ? 'true' : 'false'} @click=${view.confirm}>
        ${view.confirmingNow ? msg('Booking…') : msg('Confirm booking')}
      </button>`,
    )}
  `;
}

function renderDoneStep(view: FlowView): TemplateResult {
  const confirmation = view.state.confirmation!;
  const { appointment, appointmentUrl } = confirmation;
  return html`
    <p class="success">${msg('Your appointment is confirmed.')}</p>
    ${renderUndo(view)}
    ${renderSummary(view, false)}
    ${
      appointment.intake.complete || !appointment.intake.formsUrl
        ? nothing
        : html`<div class="callout" part="intake">
          <p><strong>${msg('One more step: your intake forms')}</strong></p>
          <p>${msg('Please fill them in before your visit, so we can make the most of your time.')}</p>
          <a class="button primary" part="forms-link" href=${appointment.intake.formsUrl} target="_blank" rel="noopener noreferrer"
            >${msg('Complete intake forms')}<span class="visually-hidden"> ${msg('(opens in a new tab)')}</span></a
          >
        </div>`
    }
    <div class="actions" part="actions">
      ${renderCalendarLink(appointment, view.locale, 'button')}
      <a class="button" part="appointment-link" href=${appointmentUrl} rel="noreferrer">${msg('View or change your booking')}</a>
    </div>
    ${renderWaitlist(view)}
  `;
}
