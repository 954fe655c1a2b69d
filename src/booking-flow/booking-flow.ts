/**
 * The booking flow on screen, once the catalog is loaded: the one piece both
 * `<circle-book-service>` and `<circle-book-variant>` render, so neither re-implements the
 * other. It holds the flow's state (src/flow), fetches availability and confirms; the steps'
 * markup lives in steps.ts.
 */
import { adoptStyles, html, type CSSResult, type PropertyValues } from 'lit';
import { property, state } from 'lit/decorators.js';
import { msg, str } from '../i18n/localization.js';
import type { ApiClient } from '../api/client.js';
import { newIdempotencyKey } from '../api/client.js';
import { createBooking, undoBooking } from '../api/endpoints.js';
import type { ClinicContact, Slot } from '../api/schemas.js';
import { AvailabilityController } from '../controllers/availability.controller.js';
import type { MonthAvailability } from '../flow/availability-window.js';
import { monthOf, todayIn } from '../flow/availability-window.js';
import * as flow from '../flow/booking-flow.js';
import type { BookingCatalog, BookingFlowState, BookingStep, PatientDraft } from '../flow/booking-flow.js';
import { CircleErrorEvent } from '../error-event.js';
import { BookingCreatedEvent, BookingUndoneEvent, StepChangedEvent } from './booking-flow.events.js';
import { WakeController } from '../controllers/wake.controller.js';
import { undoAnnouncement } from './undo.js';
import { buttons, tokens } from '../styles/tokens.js';
import { defineElement } from '../ui/define.js';
import { describeError, errorAnnouncement } from '../ui/describe-error.js';
import { statusStyles } from '../ui/status.js';
import { LiveRegion, type Announcement } from '../ui/live-region.js';
import { styles } from './booking-flow.styles.js';
import { practitionerStyles } from './practitioner-filter.js';
import * as practitioners from '../flow/practitioners.js';
import { firstDayToOffer } from '../flow/booking-window.js';
import { trackingFromQuery } from '../flow/tracking.js';
import { loadLayout } from './calendar-layouts.js';
import type { CalendarLayout, FlowView } from './flow-view.js';
import { renderStep, stepTitle } from './steps.js';
import { patientSideStyles } from './patient-side.js';
import { verifyStyles } from './verify-step.js';
import { codeProblem } from '../ui/describe-error.js';
import { patientParts, type BookerDraft, type VisitFor } from '../flow/who-books.js';
import { loadPatientForm } from './patient-form-loader.js';
import { LocalizedElement } from '../controllers/localized-element.js';
import { FocusKeeper } from '../controllers/focus-keeper.controller.js';
import type { HoldController } from '../controllers/hold.controller.js';
import { lostWith, noHold, timeLost, type HoldState } from '../flow/hold-state.js';
import { holdAnnouncement, loadLostScreen, lostHeadingId, nearestAround } from './hold-panel.js';
import { holdPanelStyles } from './hold-panel.styles.js';
import { loadWaitlistForm } from './waitlist-entry.js';

const listStep = 5;

/** flow/offered-time.ts, once a link that offers a time fetched it. */
let offeredTime: typeof import('../flow/offered-time.js') | undefined;

/** @internal The package's own, not its API: left out of custom-elements.json. */
export class CircleBookingFlow extends LocalizedElement implements FlowView {
  static override styles = [tokens, buttons, statusStyles, styles, practitionerStyles, patientSideStyles, verifyStyles, holdPanelStyles];

  /** "Go to the next free day" or "Try again" replaced by the times: focus goes to the step's heading. */
  private readonly focusKeeper = new FocusKeeper(this, () => this.renderRoot.querySelector<HTMLElement>('#step-heading'));

  @state() state!: BookingFlowState;
  /** The month the day picker shows; follows the chosen day until the patient pages away. */
  @state() shownMonth?: string;
  @state() confirmingNow = false;
  /** Failed confirmations so far: each is announced once. */
  private failures = 0;
  private readonly live = new LiveRegion(this);
  /** The first day of the week the week strip shows; follows the chosen day until paged. */
  @state() shownWeek?: string;
  /** How many days with free times the list layout shows; "Show more" adds some. */
  @state() listLength = listStep;
  @state() undoingNow = false;
  /** Renders again each second while a countdown shows: the undo's time left, the code's cool-down and expiry. */
  private readonly wake = new WakeController(this);
  /** The clock the countdowns are read by, taken before each render. */
  now = Date.now();

  @property({ attribute: false }) catalog!: BookingCatalog;
  @property({ attribute: false }) client!: ApiClient;
  @property({ attribute: false }) prefill: PatientDraft = {};
  /** The practitioner a link named, chosen from the start. */
  @property({ attribute: false }) practitionerId = '';
  /** A time a link offered (a waitlist offer): the flow opens at it, or says it was just taken. */
  @property({ attribute: false }) offeredStart = '';
  /** The offered time was looked for once its month came in. */
  private offerSettled = false;
  /** The waitlist form shows (issue #23, part 2); waitlist-entry.ts fetches it when first asked for. */
  @state() waitlistOpen = false;
  @property() locale?: string;
  /** How days and times are offered: a month grid, a week strip, or a list of the next free times. */
  @property() layout: CalendarLayout = 'month';

  // The first month, where the catalog's answer carried it, is shown without a request of its own.
  readonly availability = new AvailabilityController(
    this,
    () => this.client,
    (error) => this.reportError(error),
    () => this.catalog.availability,
  );
  /**
   * The picked time, held while the patient types (issue 21, part 3). No first step needs the
   * controller, so it is fetched once the flow is on screen (`firstUpdated`), as the patient
   * form is; a time picked before it arrives is held when it does. Should it never arrive, the
   * booking goes without a hold, as with an API that has none.
   */
  private holds?: HoldController;
  /** Settles once the hold controller arrived, or failed to. */
  private holdsArrived?: Promise<void>;
  /** A time is picked and not let go: the controller holds it once it arrives. */
  private holdWanted = false;
  /** The free times nearest a lost time, worked out before each render while one is lost. */
  nearest?: readonly Slot[];
  /** The practitioner the lost time was with, by name, whose near times come first. */
  nearestWith?: { id: string; name: string };
  /** The lost time whose neighbours were last fetched afresh. */
  private refreshedFor?: string;
  /**
   * The hold sent with the attempt under this Idempotency-Key: a retry of the attempt sends the
   * same body, even once the hold has ended, or the API would refuse the key as reused.
   */
  private attemptHold?: { key: string; holdId: string | undefined };
  // What the time step's month grid and times read (MonthTimesView).
  /** The shown month's free times, worked out before each render. */
  month?: MonthAvailability;
  /** Today where the chosen location is, worked out before each render. */
  today = '';

  /** The chosen location's zone. */
  get timeZone(): string {
    return flow.locationOf(this.catalog, this.state)?.timeZone ?? '';
  }

  get clinic(): ClinicContact {
    return this.catalog.clinic;
  }

  /** How many days ahead the chosen variant can be booked online, when the API says. */
  get horizonDays(): number | undefined {
    return flow.variantOf(this.catalog, this.state)?.bookingWindow?.horizonDays;
  }

  /** The practitioner whose times are shown, if one is chosen: a fully booked one offers anyone. */
  get practitioner() {
    const chosen = this.state.practitionerId && practitioners.practitionerOf(this.catalog, this.state);
    return chosen ? { name: chosen.displayName, showAnyone: () => this.choosePractitioner(undefined) } : undefined;
  }

  get hold(): HoldState {
    return this.holds?.state ?? noHold;
  }

  protected override willUpdate(changed: PropertyValues<this>): void {
    this.now = Date.now();
    // The waitlist form belongs to the step it was opened on.
    const before = changed.get('state');
    if (before && before.step !== this.state.step) this.waitlistOpen = false;
    if (changed.has('layout')) loadLayout(this.layout, this.addLayoutStyles);
    if (changed.has('catalog')) {
      // The same service again (loaded in the page's new language, say) keeps the patient's place.
      const before: BookingCatalog | undefined = changed.get('catalog');
      if (before?.service.id === this.catalog.service.id && this.state) {
        this.state = flow.carryOver(this.catalog, this.state);
      } else {
        this.state = flow.startBooking(this.catalog, { patient: this.prefill, ...(this.practitionerId && { practitionerId: this.practitionerId }) });
        this.shownMonth = undefined;
      }
    }
    const location = flow.locationOf(this.catalog, this.state);
    if (location) this.today = todayIn(location.timeZone);
    this.prepareNearest();
    if (this.state.step !== 'time' || !location) return;
    if (this.offeredStart && !this.offerSettled) this.openAtOffer(location.timeZone);
    this.month = this.availabilityOf(this.shownMonth ?? monthOf(this.state.date ?? this.today));
    if (!this.state.date && this.month.status === 'complete') this.preselectDay();
  }

  /**
   * While the picked time is lost: the free times around it, fetched afresh once (the lost one
   * may be gone, or free again), from its month and the next, the nearest first.
   */
  private prepareNearest(): void {
    const { hold } = this;
    if (!timeLost(hold) || (this.state.step !== 'details' && this.state.step !== 'review' && this.state.step !== 'time')) {
      this.nearest = undefined;
      return;
    }
    loadLostScreen(() => this.requestUpdate());
    const { variantId, locationId } = this.state;
    if (this.refreshedFor !== hold.slot.start && variantId && locationId) {
      this.refreshedFor = hold.slot.start;
      this.availability.refresh(variantId, locationId);
    }
    // Everyone's times, the same practitioner's first: the chosen one, else those free at the lost time.
    const same = lostWith(this.state.practitionerId, hold.slot);
    const named = same.length === 1 ? practitioners.practitionersFor(this.catalog, this.state).find((each) => each.id === same[0]) : undefined;
    this.nearestWith = named && { id: named.id, name: named.displayName };
    this.nearest = nearestAround(hold, (month) => this.availabilityOf(month, {}), same);
  }

  /** Opens at the offered time once its month's free times are in; held at once when still free. */
  private openAtOffer(timeZone: string): void {
    // Only links that offer a time need this: fetched then, so other pages do not carry it.
    if (!offeredTime) return void import('../flow/offered-time.js').then((module) => ((offeredTime = module), this.requestUpdate()));
    const opened = offeredTime.openAtOfferedTime(this.state, this.offeredStart, timeZone, (month) => this.availabilityOf(month));
    if (!opened) return;
    this.offerSettled = true;
    this.state = opened;
    if (opened.date) this.shownMonth = monthOf(opened.date);
    this.holdChosen();
  }

  /** Shows the waitlist form, fetched when first asked for. */
  openWaitlist = () => {
    this.waitlistOpen = true;
    loadWaitlistForm(() => this.requestUpdate());
  };

  closeWaitlist = () => (this.waitlistOpen = false);

  /** Holds the chosen time, unless it is held (or being held) already. */
  private holdChosen(): void {
    const { variantId, locationId, slot } = this.state;
    if (!variantId || !locationId || !slot) return;
    this.holdWanted = true;
    this.holds?.hold({ variantId, locationId }, slot);
  }

  /** Lets the held time go, or the one still to be held. */
  private releaseHold(): void {
    this.holdWanted = false;
    this.holds?.release();
  }

  private addLayoutStyles = (styles: CSSResult) => {
    adoptStyles(this.renderRoot as ShadowRoot, [...CircleBookingFlow.elementStyles, styles]);
    this.requestUpdate();
  };

  /**
   * On arriving at the times: the first day with a time bookable online, in this month or a
   * later one; else the first day with times to call about.
   */
  private preselectDay(): void {
    const first = this.month && firstDayToOffer(this.month);
    if (!first) return;
    this.state = flow.chooseDate(this.state, first);
    this.shownMonth = monthOf(first);
  }

  protected override firstUpdated(): void {
    loadPatientForm(() => this.requestUpdate());
    this.holdsArrived = import('../controllers/hold.controller.js').then(
      ({ HoldController }) => {
        this.holds = new HoldController(
          this,
          () => this.client,
          (error) => this.reportError(error),
        );
        // Not for a flow already gone from the page: nobody would let that hold go.
        if (this.holdWanted && this.isConnected) this.holdChosen();
      },
      () => {},
    );
  }

  protected override updated(changed: PropertyValues<this>): void {
    this.wake.at(this.nextSecond());
    const before: BookingFlowState | undefined = changed.get('state');
    if (!before || before.step === this.state.step) return;
    // A new step: move focus to its heading, which also announces it, and tell the host.
    this.renderRoot.querySelector<HTMLElement>('#step-heading')?.focus();
    const steps = flow.stepsOf(this.catalog, this.state);
    const ids = { serviceId: this.catalog.service.id, ...(this.state.variantId ? { variantId: this.state.variantId } : {}) };
    this.dispatchEvent(new StepChangedEvent({ step: this.state.step, ...ids, index: steps.indexOf(this.state.step) + 1, total: steps.length }));
  }

  // Handlers: each turns a user action into a flow transition.

  chooseVariant = (variantId: string) => {
    this.state = flow.chooseVariant(this.catalog, this.state, variantId);
    if (!this.state.slot) this.releaseHold();
  };

  chooseLocation = (locationId: string) => {
    this.state = flow.chooseLocation(this.catalog, this.state, locationId);
    this.shownMonth = undefined;
    if (!this.state.slot) this.releaseHold();
  };

  chooseDate = (date: string) => {
    this.state = flow.chooseDate(this.state, date);
    this.shownWeek = undefined;
    this.shownMonth = monthOf(date);
  };

  showMonth = (month: string) => (this.shownMonth = month);

  /** The next whole second of a countdown on screen, if one is: the undo's time left, or the code step's. */
  private nextSecond(): number | undefined {
    if (this.state.step === 'verify') return this.now + 1000;
    const left = flow.undoTimeLeft(this.state, this.now);
    return left > 0 ? this.now + (left % 1000 || 1000) : undefined;
  }

  /** One practitioner, or anyone: the days and times shown are theirs from now on. */
  choosePractitioner = (practitionerId: string | undefined) => {
    this.state = practitioners.choosePractitioner(this.catalog, this.state, practitionerId);
    // Without a day, the first day they are free is shown once their times arrive.
    if (!this.state.date) this.shownMonth = undefined;
  };

  showWeek = (start: string) => (this.shownWeek = start);

  showMoreDays = () => (this.listLength += listStep);

  /** A time of `date` (the chosen day unless given: the list layout shows several days). */
  chooseSlot = (start: string, date = this.state.date ?? '') => {
    const slot = this.availabilityOf(monthOf(date))
      .days.get(date)
      ?.find((s) => s.start === start);
    if (!slot) return;
    this.state = flow.chooseSlot(flow.chooseDate(this.state, date), slot);
    // Picking a time holds it; the hold on any other time is let go.
    this.holdChosen();
  };

  /** One of the times offered around a lost one: chosen and held, everything typed kept. */
  chooseNearTime = (slot: Slot) => {
    const date = slot.start.slice(0, 10);
    // A time with another practitioner than the one chosen widens the choice to anyone, or the booking would name one not free then.
    const { practitionerId } = this.state;
    const widen = practitionerId && slot.practitionerIds && !slot.practitionerIds.includes(practitionerId);
    const state = widen ? practitioners.choosePractitioner(this.catalog, this.state, undefined) : this.state;
    this.state = flow.chooseSlot(flow.chooseDate(state, date), slot);
    this.shownMonth = monthOf(date);
    this.holdChosen();
  };

  /** From a lost time back to the calendar, for a time further off. */
  chooseAnotherDay = () => {
    this.holds?.clear();
    this.state = flow.goTo(this.catalog, this.state, 'time');
  };

  /**
   * The free times of any month for the chosen variant and location, fetched when first asked
   * for: the chosen practitioner's, unless `of` asks for another's (or anyone's, `{}`).
   */
  availabilityOf(month: string, of: { practitionerId?: string | undefined } = this.state): MonthAvailability {
    const location = flow.locationOf(this.catalog, this.state);
    if (!location || !this.state.variantId) return { status: 'pending', days: new Map() };
    const { variantId } = this.state;
    const { practitionerId } = of;
    return this.availability.get({ variantId, locationId: location.id, timeZone: location.timeZone, month, today: this.today, practitionerId });
  }

  updatePatient = (draft: PatientDraft) => (this.state = flow.updatePatient(this.state, draft));

  /** The patient's form holds their details and, for a returning patient, what finds their record. */
  updatePatientForm = (draft: Record<string, string | undefined>) => {
    const { postalCode, patientNumber, ...patient } = draft;
    let next = flow.updatePatient(this.state, patient);
    if (postalCode !== undefined || patientNumber !== undefined || this.state.match) next = flow.updateMatch(next, { postalCode, patientNumber });
    this.state = next;
  };

  chooseVisitFor = (visitFor: VisitFor) => (this.state = flow.chooseVisitFor(this.state, visitFor));

  updateBooker = (draft: BookerDraft) => (this.state = flow.updateBooker(this.state, draft));

  answerReturning = (returning: boolean) => {
    this.state = flow.answerReturning(this.catalog, this.state, returning);
  };

  enterCode = (raw: string) => (this.state = flow.enterCode(this.state, raw));

  sendCode = () => void this.book(true);

  /** Sends the booking again without the code: the API sends a new one. */
  resendCode = () => void this.book(false);

  changeEmail = () => (this.state = flow.goTo(this.catalog, this.state, 'details'));

  retryAvailability = () => this.availability.retryFailed();

  continue = () => {
    if (this.lostTimeInTheWay()) return;
    if (this.state.step === 'details') {
      // Every form shows its errors, not only the first one found wanting.
      const checked = [...this.renderRoot.querySelectorAll('circle-patient-form')].map((form) => form.validate());
      if (checked.length === 0 || checked.some((details) => !details)) return;
    }
    this.state = flow.next(this.catalog, this.state);
    // On to the details: the time is held again if going back had let it go.
    if (this.state.step === 'details') this.holdChosen();
  };

  back = () => {
    const from = this.state.step;
    this.state = flow.back(this.catalog, this.state);
    // Back to the times lets the held time go (the issue's rule); from the review it stays held.
    if (from === 'details' && this.state.step === 'time') this.releaseHold();
  };

  change = (step: BookingStep) => {
    this.state = flow.goTo(this.catalog, this.state, step);
    if (this.state.step === step && (step === 'time' || step === 'variant' || step === 'location')) this.releaseHold();
  };

  /** With the picked time lost, nothing goes on until another is chosen: focus goes to why. */
  private lostTimeInTheWay(): boolean {
    if (!timeLost(this.hold) || (this.state.step !== 'details' && this.state.step !== 'review')) return false;
    this.renderRoot.querySelector<HTMLElement>(`#${lostHeadingId}`)?.focus();
    return true;
  }

  confirm = () => void this.book(true);

  /** Sends the booking; with the typed code when the API asked for one and `withCode`. */
  private async book(withCode: boolean): Promise<void> {
    // One booking however often the button is pressed: later presses wait for this one.
    if (this.confirmingNow) return;
    const { variantId, locationId, slot, codeStep, practitionerId } = this.state;
    const who = patientParts(flow.patientSide(this.catalog, this.state));
    const tracking = trackingFromQuery(location.search);
    if (!variantId || !locationId || !slot || this.lostTimeInTheWay()) return;
    if (!who.ok) return void (this.state = flow.goTo(this.catalog, this.state, 'details'));
    const code =
      withCode && codeStep && codeStep.code.length === codeStep.challenge.codeLength
        ? { verification: { id: codeStep.challenge.id, code: codeStep.code } }
        : {};
    this.state = flow.confirming(this.state, newIdempotencyKey());
    this.confirmingNow = true;
    try {
      // A hold still on its way is waited for, so the booking goes with it.
      await this.holdsArrived;
      await this.holds?.settled();
      if (this.lostTimeInTheWay()) return;
      const key = this.state.attemptKey!;
      if (this.attemptHold?.key !== key) this.attemptHold = { key, holdId: this.holds?.holdIdFor(slot) };
      const { holdId } = this.attemptHold;
      const confirmation = await createBooking(
        this.client,
        {
          variantId,
          locationId,
          start: slot.start,
          ...who.parts,
          ...code,
          ...(tracking ? { tracking } : {}),
          ...(holdId ? { holdId } : {}),
          ...(practitionerId ? { practitionerId } : {}),
        },
        { idempotencyKey: key },
      );
      this.state = flow.confirmed(this.state, confirmation);
      this.holdWanted = false;
      this.holds?.booked();
      this.dispatchEvent(
        new BookingCreatedEvent({
          appointmentId: confirmation.appointment.id,
          start: confirmation.appointment.start,
          serviceId: this.catalog.service.id,
          variantId,
        }),
      );
    } catch (error) {
      this.failures++;
      this.now = Date.now();
      this.state = flow.confirmFailed(this.state, error, this.now);
      if (this.state.notice === 'slot-taken') {
        this.availability.refresh(variantId, locationId);
        this.releaseHold();
      }
      this.reportError(error);
    } finally {
      this.confirmingNow = false;
    }
  }

  /**
   * Undoes the booking just made, once however often it is pressed: the API cancels it without
   * counting as late, and the patient is back at the times with every detail kept.
   */
  undo = () => void this.sendUndo();

  private async sendUndo(): Promise<void> {
    const { confirmation } = this.state;
    const access = flow.undoAccess(confirmation);
    if (this.undoingNow || !confirmation || !access) return;
    this.state = flow.undoing(this.state);
    this.undoingNow = true;
    try {
      await undoBooking(this.client, access, { idempotencyKey: newIdempotencyKey() });
      this.undos++;
      this.state = flow.undone(this.state);
      const { appointment } = confirmation;
      this.availability.refresh(appointment.variant.id, appointment.location.id);
      this.dispatchEvent(new BookingUndoneEvent({ appointmentId: appointment.id, serviceId: appointment.service.id, variantId: appointment.variant.id }));
    } catch (error) {
      this.failures++;
      this.state = flow.undoFailed(this.state, error);
      this.reportError(error);
    } finally {
      this.undoingNow = false;
    }
  }

  /** Bookings undone so far: each return to the times is announced once. */
  private undos = 0;

  /** The service, and the variant too once it is settled, so the patient always sees what they book; each in its own direction. */
  private bookingName() {
    const variant = this.catalog.variants.length === 1 ? this.catalog.variants[0] : undefined;
    const service = html`<bdi>${this.catalog.service.name}</bdi>`;
    return variant ? html`<bdi>${variant.name}</bdi> · ${service}` : service;
  }

  private reportError(error: unknown): void {
    const { code, title } = this.localization.speak(() => describeError(error));
    this.dispatchEvent(new CircleErrorEvent({ code, message: title }));
  }

  protected override render() {
    const steps = flow.stepsOf(this.catalog, this.state);
    const index = steps.indexOf(this.state.step);
    const counted = steps.filter((step) => step !== 'done');
    // The heading's `data-step-heading` holds the step's code ('time', 'review'…): the one test
    // seam of the flow. Patients read the heading; tests find the step by its code in any
    // language (test/support/booking.ts `currentStep`), never by the element's inner state.
    return html`
      <section class="flow" part="flow" data-step=${this.state.step} aria-labelledby="step-heading">
        <header part="header">
          <p class="service">${this.bookingName()}</p>
          ${this.state.step === 'done' ? '' : html`<p class="progress">${msg(str`Step ${index + 1} of ${counted.length}`)}</p>`}
          <h2 id="step-heading" tabindex="-1" data-step-heading=${this.state.step}>${stepTitle(this.state.step)}</h2>
        </header>
        ${renderStep(this)}
      </section>
      ${this.live.render(this.announcement(index, counted.length))}
    `;
  }

  /**
   * What the live region says: a failure or a slot taken first, then how the times load,
   * else where the patient is ("Step 3 of 6"; the focused heading says the step's name).
   */
  private announcement(index: number, steps: number): Announcement {
    const { state } = this;
    const held = holdAnnouncement(this.hold, this.holds?.said, state.step, this.timeZone, this.locale);
    if (held) return held;
    if (state.step === 'verify' && state.codeStep && !state.confirmError) {
      const { problem } = state.codeStep;
      const code =
        problem === 'wrong'
          ? 'verification_code_wrong'
          : problem === 'expired'
            ? 'verification_code_expired'
            : problem === 'too-many'
              ? 'verification_attempts_exceeded'
              : 'verification_required';
      return { key: `code:${this.failures}`, text: codeProblem(code).join('. ') };
    }
    if ((state.step === 'review' || state.step === 'verify') && state.confirmError) {
      return {
        key: `confirm-error:${this.failures}`,
        text: errorAnnouncement(state.confirmError, { clinic: this.catalog.clinic, action: 'book', unconfirmed: !!state.unconfirmed }),
      };
    }
    const undo = undoAnnouncement(state, this.failures, this.undos, this.locale);
    if (undo) return undo;
    if (state.step === 'time') {
      if (state.notice === 'slot-taken' || this.hold.status === 'lost') {
        return {
          key: `slot-taken:${this.failures}`,
          text: msg('Sorry, that time was just taken by someone else. Your details are kept; please choose another time.'),
        };
      }
      const shown = this.shownMonth ?? monthOf(state.date ?? this.today);
      const month = this.month;
      if (!month || month.status === 'pending') return { key: `loading:${shown}`, text: msg('Loading free times…') };
      if (month.status === 'error')
        return { key: `times-error:${shown}`, text: errorAnnouncement(month.error, { clinic: this.catalog.clinic, subject: 'times' }) };
      if (month.days.size === 0) return { key: `empty:${shown}`, text: msg('No free times this month') };
    }
    if (state.step === 'done') return { key: 'done', text: msg('Your appointment is confirmed.') };
    return { key: `step:${state.step}`, text: msg(str`Step ${index + 1} of ${steps}`) };
  }
}

defineElement('circle-booking-flow', CircleBookingFlow);

declare global {
  interface HTMLElementTagNameMap {
    'circle-booking-flow': CircleBookingFlow;
  }
}
