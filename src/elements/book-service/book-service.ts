import { html, LitElement, type PropertyValues } from 'lit';
import { property } from 'lit/decorators.js';
import { Task } from '@lit/task';
import type { ApiClient } from '../../api/client.js';
import { getService } from '../../api/endpoints.js';
import { catalogFromService, type PatientDraft } from '../../flow/booking-flow.js';
import { tokens } from '../../styles/tokens.js';
import { statusStyles } from '../../ui/status.js';
import { renderBooking, reportLoadError } from '../../ui/booking-flow/booking-view.js';
import { defineElement } from '../../ui/define.js';
import { prefillOf } from '../../ui/booking-flow/prefill.js';
import { clientFor, NotConfiguredError } from '../../ui/booking-flow/api-client.js';
import { styles } from './book-service.styles.js';

/**
 * @summary Lets a patient book one service: choose a variant, location, day and time, enter
 * their details and confirm.
 *
 * @fires circle-booking-created - The booking was confirmed. detail: { appointmentId, start }
 * @fires circle-step-changed - The patient moved to another step. detail: { step, index, total }
 * @fires circle-error - Something failed and is shown. detail: { code, message }
 *
 * @csspart flow - The whole flow once loaded.
 * @csspart header - The service name, progress and step heading.
 * @csspart choices - The list of variants or locations.
 * @csspart choice - One variant or location to choose.
 * @csspart when - The day picker and the times.
 * @csspart summary - What, when, where and who, on review and confirmation.
 * @csspart confirm-button - The button that books.
 * @csspart intake - The call to complete intake forms after booking.
 * @csspart error - An error message with its Retry button.
 * @csspart unavailable - Shown when the service can't be booked online.
 *
 * @cssprop [--circle-color-accent=#0b6e69] - Buttons, selection and focus.
 * @cssprop [--circle-color-on-accent=#ffffff] - Text on the accent colour.
 * @cssprop [--circle-radius=0.5rem] - Corner radius of buttons, cards and inputs.
 * @cssprop [--circle-book-service-max-width=40rem] - The widest the flow grows.
 */
export class CircleBookService extends LitElement {
  static override styles = [tokens, statusStyles, styles];

  /** The service to book. */
  @property({ attribute: 'service-id' }) serviceId = '';
  /** The booking API; falls back to what `configure({ apiBase })` set for the page. */
  @property({ attribute: 'api-base' }) apiBase = '';
  /** Offer only this location. */
  @property({ attribute: 'location-id' }) locationId = '';
  /** The language of dates, times and prices, e.g. `de-DE`; the page's by default. */
  @property() locale?: string;
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

  private client?: ApiClient;

  private readonly catalog = new Task(this, {
    task: async ([client, serviceId, locationId], { signal }) => {
      if (!client) throw new NotConfiguredError();
      return catalogFromService(await getService(client, serviceId, { signal }), { locationId });
    },
    args: () => [this.client, this.serviceId, this.locationId] as const,
    onError: (error) => reportLoadError(this, error),
  });

  protected override willUpdate(changed: PropertyValues<this>): void {
    if (changed.has('apiBase') || changed.has('locale')) this.client = clientFor(this.localName, this.apiBase, this.locale);
  }

  protected override render() {
    return html`${renderBooking(this.catalog, { client: this.client, locale: this.locale, prefill: prefillOf(this), subject: 'service' })}`;
  }
}

defineElement('circle-book-service', CircleBookService);

declare global {
  interface HTMLElementTagNameMap {
    'circle-book-service': CircleBookService;
  }
}
