import { property } from 'lit/decorators.js';
import { getVariant } from '../../api/endpoints.js';
import { BookingCatalogController } from '../../booking-flow/booking-catalog.controller.js';
import { renderBookingCatalog } from '../../booking-flow/booking-catalog.js';
import type { CalendarLayout } from '../../booking-flow/flow-view.js';
import { catalogFromVariant, type PatientDraft } from '../../flow/booking-flow.js';
import { buttons, tokens } from '../../styles/tokens.js';
import { prefillOf } from '../../booking-flow/prefill.js';
import { bookingHostStyles } from '../../booking-flow/booking-host.styles.js';
import { defineElement } from '../../ui/define.js';
import { statusStyles } from '../../ui/status.js';
import { styles } from './book-variant.styles.js';
import { contactStyles } from '../../ui/contact.js';
import { LocalizedElement } from '../../controllers/localized-element.js';
import { DataLayerController } from '../../controllers/data-layer.controller.js';
import type { Messages } from '../../i18n/localization.js';

// The events it fires, for TypeScript: importing this module's types brings their
// GlobalEventHandlersEventMap entries, so `addEventListener('circle-…', (event) => event.detail)` is typed.
export type { BookingCreatedEvent, BookingUndoneEvent, StepChangedEvent, WaitlistJoinedEvent } from '../../booking-flow/booking-flow.events.js';
export type { CircleErrorEvent } from '../../error-event.js';

/**
 * @tagname circle-book-variant
 * @summary Lets a patient book one exact variant of a service: choose a location, day and
 * time, enter their details and confirm.
 *
 * @fires {BookingCreatedEvent} circle-booking-created - The booking was confirmed. detail: { appointmentId, start, serviceId, variantId }
 * @fires {BookingUndoneEvent} circle-booking-undone - The patient undid the booking just made, within its grace period. detail: { appointmentId, serviceId, variantId }
 * @fires {WaitlistJoinedEvent} circle-waitlist-joined - The patient joined the waitlist for an earlier time. detail: { serviceId, variantId }
 * @fires {StepChangedEvent} circle-step-changed - The patient moved to another step. detail: { step, serviceId, variantId, index, total }
 * @fires {CircleErrorEvent} circle-error - Something failed and is shown. detail: { code, message }
 *
 * @csspart flow - The whole flow once loaded.
 * @csspart header - The service and variant name, progress and step heading.
 * @csspart choices - The list of locations.
 * @csspart choice - One location to choose.
 * @csspart practitioner - Who to see, above the day picker: the choice and the chosen practitioner.
 * @csspart practitioner-card - The chosen practitioner's photo, name, title, languages and introduction.
 * @csspart when - The day picker and the times.
 * @csspart day - A day of the month calendar or the week strip; with `selected` the chosen one (`::part(day selected)`).
 * @csspart times - The chosen day's times, or why there are none.
 * @csspart time - One free time; with `selected` the chosen one.
 * @csspart zone-note - Which time zone the times are in, where it is not the patient's.
 * @csspart call-to-book - Times too soon to book online, with the clinic's phone.
 * @csspart notice - Why the patient is back at the times: the time they chose was just taken, or they undid their booking.
 * @csspart label - A label of the details form.
 * @csspart input - A field of the details form.
 * @csspart field-error - What is wrong with a field of the details form.
 * @csspart summary - What, when, where and who, on review and confirmation.
 * @csspart actions - The Back and Continue buttons of a step, and the links on the confirmation.
 * @csspart back-button - The Back button.
 * @csspart continue-button - The Continue button.
 * @csspart confirm-button - The button that books.
 * @csspart intake - The call to complete intake forms after booking.
 * @csspart forms-link - The link to the intake forms.
 * @csspart calendar-link - "Add to calendar", an .ics download, on the confirmation.
 * @csspart undo - On the confirmation, while the booking can be undone: the time left and the Undo button.
 * @csspart undo-button - "Undo this booking".
 * @csspart waitlist - "Tell me if an earlier time opens", on the times and the confirmation, and its form once open.
 * @csspart waitlist-button - The button that opens the waitlist form.
 * @csspart waitlist-join-button - "Join the waitlist", the form's button that sends it.
 * @csspart appointment-link - The link to the patient's own booking, on the confirmation.
 * @csspart error - An error message with its Retry button: the variant failing to load, the free times, or the booking.
 * @csspart loading - The placeholder while the variant or the free times load.
 * @csspart empty - No free times in the days shown, with the way to the next free day.
 * @csspart selected - Added to the chosen treatment, location (`choice`), day and time: `::part(choice selected)`.
 * @csspart unavailable - Shown when the variant can't be booked online.
 *
 * @cssprop [--circle-book-variant-max-width=60rem] - The widest the flow grows.
 * @cssprop [--circle-day-picker-day-size=max(2.75rem, 44px)] - A day's cell in the month calendar; never under 44 px.
 * @cssprop [--circle-time-list-min-chip=5.5rem] - The narrowest a time button gets.
 * @cssprop [--circle-status-min-block-size=8rem] - The height kept for the loading, error and empty states.
 */
export class CircleBookVariant extends LocalizedElement {
  protected static override reflectsLanguage = true;
  static override styles = [tokens, buttons, statusStyles, contactStyles, bookingHostStyles, styles];
  /** Pushes its events to the page's data layer, when the page opts in (`data-layer`, or `configure({ dataLayer })`). */
  private readonly dataLayer = new DataLayerController(this);

  /** The service variant to book. */
  @property({ attribute: 'variant-id' }) variantId = '';
  /** The booking API; falls back to what `configure({ apiBase })` set for the page. */
  @property({ attribute: 'api-base' }) apiBase = '';
  /** Offer only this location. */
  @property({ attribute: 'location-id' }) locationId = '';
  /** Start with this practitioner chosen (a link naming one); the patient may choose another, or anyone. */
  @property({ attribute: 'practitioner-id' }) practitionerId = '';
  /**
   * Open at this time, an ISO instant (`2026-12-01T09:30:00+01:00`), as a waitlist offer's link
   * does: chosen if still free, else the patient is told it was just taken and sees the next times.
   */
  @property() start = '';
  /** The language of dates, times and prices, e.g. `de-DE`; the page's by default. */
  @property() locale?: string;
  /**
   * A clinic's own wording for any message, in the element's language, keyed by the English
   * text (`{0}` where a value goes): `{ 'Confirm booking': 'Book now' }`. See docs/localization.md.
   */
  @property({ attribute: false }) messages: Messages = {};
  /** Details the clinic already knows, to prefill the form. */
  @property({ attribute: false }) patient: PatientDraft = {};
  /** Prefills the given name. */
  @property({ attribute: 'patient-given-name' }) patientGivenName = '';
  /** Prefills the family name. */
  @property({ attribute: 'patient-family-name' }) patientFamilyName = '';
  /** Prefills the email address. */
  @property({ attribute: 'patient-email' }) patientEmail = '';
  /** Prefills the phone number. */
  @property({ attribute: 'patient-phone' }) patientPhone = '';
  /** Also prefill from the page's query string (`name`, `email`, `phone`, …), where the clinic's links carry them. */
  @property({ attribute: 'prefill-from-url', type: Boolean }) prefillFromUrl = false;
  /** How days and times are offered where the space allows: a month grid, a week strip, or a list of the next free times. */
  @property() layout: CalendarLayout = 'month';

  private readonly booking = new BookingCatalogController(
    this,
    {
      recordId: () => this.variantId,
      load: async (client, id, { locationId, signal }) => catalogFromVariant(await getVariant(client, id, { signal }), { locationId }),
      subject: 'variant',
    },
    this.localization,
  );

  protected override render() {
    return renderBookingCatalog(this.booking, {
      locale: this.localization.locale,
      layout: this.layout,
      prefill: prefillOf(this),
      practitionerId: this.practitionerId,
      start: this.start,
    });
  }
}

defineElement('circle-book-variant', CircleBookVariant);

declare global {
  interface HTMLElementTagNameMap {
    'circle-book-variant': CircleBookVariant;
  }
}
