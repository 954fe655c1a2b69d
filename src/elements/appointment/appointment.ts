import { html, nothing, type PropertyValues } from 'lit';
import { property, state } from 'lit/decorators.js';
import { loadTimeZonesMeanwhile } from '../../i18n/format.js';
import { msg } from '../../i18n/localization.js';
import { newIdempotencyKey } from '../../api/client.js';
import { cancelAppointment, getAppointment, rescheduleAppointment } from '../../api/endpoints.js';
import { ApiError } from '../../api/errors.js';
import type { Appointment, ClinicContact, RescheduleAppointmentRequest, Slot } from '../../api/schemas.js';
import { appointmentAccessProblem } from '../../links/index.js';
import { AvailabilityController } from '../../controllers/availability.controller.js';
import type { MonthAvailability } from '../../flow/availability-window.js';
import { LoadController } from '../../controllers/load.controller.js';
import * as actions from '../../flow/appointment-actions.js';
import type { KnownActionType, ManageState } from '../../flow/appointment-actions.js';
import { monthOf, todayIn } from '../../flow/availability-window.js';
import { firstDayToOffer } from '../../flow/booking-window.js';
import { movePractitionerFilter, movePractitionerId } from '../../flow/practitioners.js';
import { CircleErrorEvent } from '../../error-event.js';
import { buttons, tokens } from '../../styles/tokens.js';
import { NotConfiguredError } from '../../api/client.js';
import { ApiClientController } from '../../controllers/api-client.controller.js';
import { defineElement } from '../../ui/define.js';
import { describeError, errorAnnouncement } from '../../ui/describe-error.js';
import { renderError, renderLoading, statusStyles } from '../../ui/status.js';
import { LiveRegion, type Announcement } from '../../ui/live-region.js';
import { AppointmentCancelledEvent, AppointmentRescheduledEvent } from './appointment.events.js';
import { styles } from './appointment.styles.js';
import { renderStep } from './appointment-steps.js';
import { stepFee } from './appointment-terms.js';
import { renderAppointment, renderDone, type AppointmentHandlers, type AppointmentView } from './appointment-view.js';
import { contactStyles } from '../../ui/contact.js';
import { LocalizedElement } from '../../controllers/localized-element.js';
import { FocusKeeper } from '../../controllers/focus-keeper.controller.js';
import type { Messages } from '../../i18n/localization.js';
import { WakeController } from '../../controllers/wake.controller.js';
import { DataLayerController } from '../../controllers/data-layer.controller.js';
import { nextVideoChange } from '../../flow/video-visit.js';

// The events it fires, for TypeScript: importing this module's types brings their
// GlobalEventHandlersEventMap entries, so `addEventListener('circle-…', (event) => event.detail)` is typed.
export type { AppointmentCancelledEvent, AppointmentRescheduledEvent } from './appointment.events.js';
export type { CircleErrorEvent } from '../../error-event.js';

/** Where focus goes once the next render is on screen. */
type FocusTarget = 'heading' | 'step-heading' | KnownActionType;

/**
 * @tagname circle-appointment
 * @summary One booked appointment, opened from the patient's link: what, when and where, its
 * state and intake forms, and cancelling or moving it where the clinic allows.
 *
 * The `token` from the link proves the patient may see the appointment. It is sent to the API
 * only, as a bearer credential, and forgotten when the element leaves the page. Without a valid
 * token nothing about the appointment is shown.
 *
 * @fires {AppointmentCancelledEvent} circle-appointment-cancelled - The API cancelled the appointment. detail: { appointmentId, serviceId, variantId }
 * @fires {AppointmentRescheduledEvent} circle-appointment-rescheduled - The API moved the appointment. detail: { appointmentId, start, serviceId, variantId }
 * @fires {CircleErrorEvent} circle-error - Something failed and is shown. detail: { code, message }
 *
 * @csspart header - The service, the treatment (the heading) and the appointment's state.
 * @csspart details - When, how long, where and the intake forms' state.
 * @csspart intake - The call to complete the intake forms.
 * @csspart actions - The actions the clinic allows, or why they are closed.
 * @csspart action - One action: its button and deadline, or the explanation why it is closed.
 * @csspart terms - The cancellation terms, above the actions: free until when, and any late fee.
 * @csspart fee - In a confirmation: the late fee the change now carries, and "I accept" to tick.
 * @csspart cutoff-notice - Before a move is confirmed: after it, the visit could no longer be changed online.
 * @csspart calendar-link - "Add to calendar", an .ics download.
 * @csspart video-join - A video visit's "Join video visit", with when it opens, or that it has ended.
 * @csspart join-video-link - The "Join video visit" link, to the room the API gave (https only).
 * @csspart confirm - An inline confirmation: "Cancel this appointment?" or "Move to …?".
 * @csspart reschedule - Choosing a new day and time.
 * @csspart when - While choosing a new time: the day picker and the chosen day's times.
 * @csspart times - While choosing a new time: the chosen day's times, or why there are none.
 * @csspart error - An error message, with Try again where that can help.
 *
 * @cssprop [--circle-appointment-max-width=40rem] - The widest the element grows.
 * @cssprop [--circle-day-picker-day-size=max(2.75rem, 44px)] - A day's cell in the month calendar; never under 44 px.
 * @cssprop [--circle-time-list-min-chip=5.5rem] - The narrowest a time button gets.
 * @cssprop [--circle-status-min-block-size=8rem] - The height kept for the loading, error and empty states.
 */
export class CircleAppointment extends LocalizedElement {
  protected static override reflectsLanguage = true;
  static override styles = [tokens, buttons, statusStyles, contactStyles, styles];

  private readonly api = new ApiClientController(this);
  private readonly appointment = new LoadController(this, {
    // A link damaged on its way (a token cut short with "…", a curly quote, a sentence's full
    // stop) is known from its shape: the API is not asked, and the patient is not told to check
    // a connection that is fine.
    args: () => (this.linkProblem() ? undefined : ([this.api.client, this.appointmentId, this.token] as const)),
    load: ([client, appointmentId, token], signal) => {
      if (!client) throw new NotConfiguredError();
      const appointment = getAppointment(client, { appointmentId, token }, { signal });
      loadTimeZonesMeanwhile();
      return appointment;
    },
    // A fresh load is newer than what the last change answered.
    onComplete: (appointment) => {
      this.latest = undefined;
      this.reconcile(appointment);
    },
    onError: (error) => {
      this.failures++;
      this.reportError(error);
    },
  });
  /** The appointment as the last cancel or reschedule answered it; newer than the load's. */
  private latest?: Appointment;
  /** The cancel or reschedule request under way, aborted when the element leaves the page. */
  private writing?: AbortController;
  private focusAfterUpdate?: FocusTarget;
  /** "Try again" or "Go to the next free day" replaced by what they brought: focus goes to its heading. */
  private readonly focusKeeper = new FocusKeeper(
    this,
    () => this.renderRoot.querySelector<HTMLElement>('#step-heading') ?? this.renderRoot.querySelector<HTMLElement>('#heading'),
  );
  private readonly availability = new AvailabilityController(
    this,
    () => this.api.client!,
    (error) => this.reportError(error),
  );
  /** The shown month's free times while choosing a new time, worked out before each render. */
  private month?: MonthAvailability;
  private today = '';
  /** Failed loads, cancels and moves so far: each is announced once. */
  private failures = 0;
  private readonly live = new LiveRegion(this);
  private readonly wake = new WakeController(this);
  private readonly dataLayer = new DataLayerController(this);

  @state() private manage: ManageState = actions.viewing;
  @state() private sending = false;
  /** Choosing a new time: the patient widened from their practitioner to anyone free. */
  @state() private anyPractitioner = false;

  /** The appointment to show. */
  @property({ attribute: 'appointment-id' }) appointmentId = '';
  /** The access token from the patient's link. Never reflected, logged or put in an event. */
  @property() token = '';
  /**
   * How the patient reaches the clinic when the link does not open the appointment (then nothing
   * from the API says it): `{ name, phone?, email? }`. Once the appointment is loaded, its own
   * clinic's contact is used.
   */
  @property({ attribute: false }) clinic?: ClinicContact;
  /** The booking API; falls back to what `configure({ apiBase })` set for the page. */
  @property({ attribute: 'api-base' }) apiBase = '';
  /** The language of dates and times, e.g. `de-DE`; the page's by default. */
  @property() locale?: string;
  /**
   * A clinic's own wording for any message, in the element's language, keyed by the English
   * text (`{0}` where a value goes): `{ 'Confirm booking': 'Book now' }`. See docs/localization.md.
   */
  @property({ attribute: false }) messages: Messages = {};

  override connectedCallback(): void {
    super.connectedCallback();
    // Back on the page after leaving it: the token was forgotten; the attribute may still hold it.
    const attribute = this.getAttribute('token');
    if (!this.token && attribute) this.token = attribute;
  }

  override disconnectedCallback(): void {
    super.disconnectedCallback();
    // Forget the token and everything loaded with it; nothing of this visit stays in memory.
    this.writing?.abort();
    this.writing = undefined;
    this.appointment.forget();
    this.latest = undefined;
    this.api.forget();
    this.manage = actions.viewing;
    this.sending = false;
    this.token = '';
  }

  protected override willUpdate(changed: PropertyValues<this>): void {
    if (changed.has('appointmentId') || changed.has('token')) {
      this.latest = undefined;
      this.manage = actions.viewing;
    }
    if (this.manage.step === 'choose-time') this.prepareTimes();
  }

  protected override updated(): void {
    const target = this.focusAfterUpdate;
    if (!target) return;
    this.focusAfterUpdate = undefined;
    const selector = target === 'heading' ? '#heading' : target === 'step-heading' ? '#step-heading' : `[data-action-button="${target}"]`;
    this.renderRoot.querySelector<HTMLElement>(selector)?.focus();
  }

  /** What is wrong with the id and token as given, seen without asking the API (links/link-shapes.ts). */
  private linkProblem() {
    return appointmentAccessProblem(this.appointmentId, this.token);
  }

  /** The link's own error, when it cannot open any appointment: the same screen as the API refusing it. */
  private linkError(): ApiError | undefined {
    switch (this.linkProblem()) {
      case 'missing-id':
        return new ApiError('not_found', 'No appointment id was given.');
      case 'missing-token':
        return new ApiError('unauthorized', 'No access token was given.');
      case 'damaged-id':
      case 'damaged-token':
        return new ApiError('unauthorized', 'The link was changed on its way: its id or token has characters no link has.');
      default:
        return undefined;
    }
  }

  /** The appointment on screen: the last change's answer, else the last load's, if it is this one. */
  private shown(): Appointment | undefined {
    const candidate = this.latest ?? this.appointment.value;
    return candidate?.id === this.appointmentId ? candidate : undefined;
  }

  /** The free times of the shown month; on arriving, the first day that has one is chosen. */
  private prepareTimes(): void {
    const appointment = this.shown();
    if (!appointment || this.manage.step !== 'choose-time') return;
    const { location, variant } = appointment;
    this.today = todayIn(location.timeZone);
    const practitionerId = movePractitionerFilter(appointment, this.anyPractitioner);
    const query = { variantId: variant.id, locationId: location.id, timeZone: location.timeZone, today: this.today, practitionerId };
    this.month = this.availability.get({ ...query, month: this.manage.month ?? monthOf(this.manage.date ?? this.today) });
    if (this.manage.date || this.month.status !== 'complete') return;
    // Not a day of "Call to book" times only, when a later one can be booked online.
    const first = firstDayToOffer(this.month);
    if (!first) return;
    this.manage = actions.chooseDate(this.manage, first);
    this.month = this.availability.get({ ...query, month: monthOf(first) });
  }

  private reportError(error: unknown): void {
    const { code, title } = this.localization.speak(() => describeError(error));
    this.dispatchEvent(new CircleErrorEvent({ code, message: title }));
  }

  private reload = () => void this.appointment.run();

  /**
   * The patient's actions, as the render functions call them (appointment-view.ts,
   * appointment-steps.ts): each turns one into a transition (src/flow/appointment-actions.ts).
   */
  private readonly on: AppointmentHandlers = {
    startCancel: () => {
      this.manage = actions.startCancel();
      this.focusAfterUpdate = 'step-heading';
    },
    startReschedule: () => {
      this.manage = actions.startReschedule();
      this.anyPractitioner = false;
      this.focusAfterUpdate = 'step-heading';
    },
    widenPractitioners: (any) => {
      const { manage } = this;
      if (manage.step !== 'choose-time' || any === this.anyPractitioner) return;
      // Other times are listed: a chosen one may not be among them. The day shown stays.
      this.manage = { step: 'choose-time', ...(manage.date && { date: manage.date }), ...(manage.month && { month: manage.month }) };
      this.anyPractitioner = any;
    },
    keep: () => {
      if (this.sending) return;
      this.focusAfterUpdate = actions.actionOf(this.manage.step);
      this.manage = actions.viewing;
    },
    onStepKeyDown: (event) => {
      if (event.key !== 'Escape' || this.sending) return;
      event.preventDefault();
      this.on.keep();
    },
    editReason: (reason) => (this.manage = actions.editCancelReason(this.manage, reason)),
    acceptFee: (accepted) => (this.manage = actions.acceptFee(this.manage, accepted)),
    chooseDate: (date) => (this.manage = actions.chooseDate(this.manage, date)),
    showMonth: (month) => (this.manage = actions.showMonth(this.manage, month)),
    chooseSlot: (start) => {
      if (this.manage.step !== 'choose-time') return;
      const slot = this.month?.days.get(this.manage.date ?? '')?.find((candidate) => candidate.start === start);
      if (slot) this.manage = actions.chooseSlot(this.manage, slot);
    },
    reviewTime: () => {
      // Pressed before a time is chosen: the hint by the button says so, and focus stays on it.
      const next = actions.reviewTime(this.manage);
      if (next === this.manage) return;
      this.manage = next;
      this.focusAfterUpdate = 'step-heading';
    },
    backToTimes: () => {
      if (this.sending) return;
      this.manage = actions.backToTimes(this.manage);
      this.focusAfterUpdate = 'step-heading';
    },
    retryAvailability: () => this.availability.retryFailed(),
    confirm: () => void this.write(),
  };

  /**
   * Sends the cancel or the move being confirmed once however often it is pressed, with this
   * attempt's Idempotency-Key, then shows what the API answered, or why it did not work.
   */
  private async write(): Promise<void> {
    const appointment = this.shown();
    const { manage } = this;
    const { client } = this.api;
    if (this.sending || !appointment || !client || !this.token || (manage.step !== 'confirm-cancel' && manage.step !== 'confirm-time')) return;
    // A late fee is sent back only once the patient accepted it; until then "Yes" does nothing.
    const fee = stepFee(this.viewOf(appointment, false));
    if (fee && !manage.feeAccepted) return;
    const acceptedFee = fee ? { acceptedFee: fee } : {};
    const attempt = actions.sending(manage, newIdempotencyKey());
    this.manage = attempt;
    const request = new AbortController();
    this.writing = request;
    this.sending = true;
    const access = { appointmentId: appointment.id, token: this.token };
    const options = { idempotencyKey: attempt.attemptKey!, signal: request.signal };
    try {
      const answered =
        attempt.step === 'confirm-cancel'
          ? await cancelAppointment(client, access, { ...(attempt.reason.trim() ? { reason: attempt.reason.trim() } : {}), ...acceptedFee }, options)
          : await rescheduleAppointment(client, access, { ...moveRequest(appointment, attempt.slot), ...acceptedFee }, options);
      if (request.signal.aborted) return;
      this.latest = answered;
      this.manage = actions.succeeded(attempt.step === 'confirm-cancel' ? 'cancelled' : 'rescheduled');
      this.focusAfterUpdate = 'heading';
      this.dispatchEvent(
        attempt.step === 'confirm-cancel'
          ? new AppointmentCancelledEvent({ appointmentId: answered.id, ...idsOf(answered) })
          : new AppointmentRescheduledEvent({ appointmentId: answered.id, start: answered.start, ...idsOf(answered) }),
      );
    } catch (error) {
      if (request.signal.aborted) return;
      this.writeFailed(error, appointment);
    } finally {
      if (this.writing === request) {
        this.writing = undefined;
        this.sending = false;
      }
    }
  }

  private writeFailed(error: unknown, appointment: Appointment): void {
    this.failures++;
    this.manage = actions.failed(this.manage, error);
    this.reportError(error);
    if (this.manage.step === 'view') {
      // Refused: what the patient sees is out of date. Show the server's reason and reload.
      this.focusAfterUpdate = 'heading';
      this.reload();
    } else if (this.manage.step === 'choose-time') {
      this.availability.refresh(appointment.variant.id, appointment.location.id);
      this.focusAfterUpdate = 'step-heading';
    }
  }

  /**
   * A change refused after an attempt whose answer was lost or unreadable: the reloaded
   * appointment shows whether that attempt did it. If so, that is what the patient is told.
   */
  private reconcile(appointment: Appointment): void {
    const before = this.manage;
    if (before.step !== 'view' || !before.check || appointment.id !== this.appointmentId) return;
    this.manage = actions.reconciled(before, appointment);
    if (this.manage.step !== 'view' || !this.manage.done) return;
    this.focusAfterUpdate = 'heading';
    this.dispatchEvent(
      this.manage.done === 'cancelled'
        ? new AppointmentCancelledEvent({ appointmentId: appointment.id, ...idsOf(appointment) })
        : new AppointmentRescheduledEvent({ appointmentId: appointment.id, start: appointment.start, ...idsOf(appointment) }),
    );
  }

  private viewOf(appointment: Appointment, busy: boolean): AppointmentView {
    const { manage, sending, month, today, anyPractitioner } = this;
    const now = Date.now();
    // A video visit's join button opens and closes on its own: render again at its next change.
    this.wake.at(nextVideoChange(appointment, now));
    return { ...this.on, appointment, locale: this.localization.locale, now, manage, sending, busy, month, today, anyPractitioner };
  }

  private renderLoaded(appointment: Appointment, busy: boolean) {
    const view = this.viewOf(appointment, busy);
    return renderAppointment(view, this.manage.step === 'view' ? nothing : renderStep(view));
  }

  /** Loading, failures, a slot taken and what a cancel or move did, said once through the live region. */
  private announcement(): Announcement | undefined {
    const shown = this.shown();
    const manage = this.manage;
    const contact = shown?.clinic ?? this.clinic;
    const clinic = contact ? { clinic: contact } : {};
    const linkError = this.linkError();
    if (linkError) return { key: `no-access:${this.linkProblem()}`, text: errorAnnouncement(linkError, { subject: 'appointment', ...clinic }) };
    if (this.appointment.status === 'error')
      return { key: `load-error:${this.failures}`, text: errorAnnouncement(this.appointment.error, { subject: 'appointment', action: 'read', ...clinic }) };
    if (!shown) return { key: `loading:${this.appointmentId}`, text: msg('Loading your appointment…') };
    if (manage.step === 'view' && manage.refusal)
      return { key: `refused:${this.failures}`, text: errorAnnouncement(manage.refusal, { subject: 'appointment', ...clinic }) };
    if (manage.step === 'view' && manage.done) return { key: `done:${manage.done}:${shown.start}`, text: renderDone(this.viewOf(shown, false)) };
    if (manage.step === 'choose-time' && manage.notice === 'slot-taken') {
      return { key: `slot-taken:${this.failures}`, text: msg('Sorry, that time was just taken by someone else. Please choose another time.') };
    }
    if ((manage.step === 'confirm-cancel' || manage.step === 'confirm-time') && manage.error) {
      return {
        key: `write-error:${this.failures}`,
        text: errorAnnouncement(manage.error, { subject: 'appointment', action: manage.step === 'confirm-cancel' ? 'cancel' : 'reschedule', ...clinic }),
      };
    }
    if (manage.step === 'choose-time' && this.month?.status === 'pending')
      return { key: `loading-times:${manage.month ?? manage.date ?? ''}`, text: msg('Loading free times…') };
    return undefined;
  }

  protected override render() {
    return html`${this.renderContent()}${this.live.render(this.announcement())}`;
  }

  private renderContent() {
    // Without a token or an id, or with ones no link has, there is nothing to ask the API: the
    // same screen as a refused link.
    const shown = this.shown();
    const contact = shown?.clinic ?? this.clinic;
    const clinic = contact ? { clinic: contact } : {};
    const linkError = this.linkError();
    if (linkError) return renderError(linkError, { subject: 'appointment', headingLevel: 2, ...clinic });
    const { status, error } = this.appointment;
    if (status === 'error') return renderError(error, { onRetry: this.reload, subject: 'appointment', action: 'read', headingLevel: 2, ...clinic });
    return shown ? this.renderLoaded(shown, status === 'pending') : renderLoading(msg('Loading your appointment…'));
  }
}

/** A move to `slot`: with the appointment's practitioner, or the one free then once widened. */
function moveRequest(appointment: Appointment, slot: Slot): RescheduleAppointmentRequest {
  const practitionerId = movePractitionerId(appointment, slot);
  return { start: slot.start, ...(practitionerId && { practitionerId }) };
}

/** The service and variant an event names, for the host's analytics. */
function idsOf(appointment: Appointment) {
  return { serviceId: appointment.service.id, variantId: appointment.variant.id };
}

defineElement('circle-appointment', CircleAppointment);

declare global {
  interface HTMLElementTagNameMap {
    'circle-appointment': CircleAppointment;
  }
}
