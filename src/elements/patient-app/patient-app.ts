import { html } from 'lit';
import { property, state } from 'lit/decorators.js';
import { msg } from '../../i18n/localization.js';
import { parsePatientAppUrl, type ParsedPatientAppUrl } from '../../links/index.js';
import { buttons, tokens } from '../../styles/tokens.js';
import { defineElement } from '../../ui/define.js';
import { renderError, statusStyles } from '../../ui/status.js';
import { ApiError } from '../../api/errors.js';
import type { ClinicContact } from '../../api/schemas.js';
import { contactStyles } from '../../ui/contact.js';
import '../book-service/book-service.js';
import '../book-variant/book-variant.js';
import '../appointment/appointment.js';
import { styles } from './patient-app.styles.js';
import { LiveRegion } from '../../ui/live-region.js';
import { errorAnnouncement } from '../../ui/describe-error.js';
import { LocalizedElement } from '../../controllers/localized-element.js';
import type { Messages } from '../../i18n/localization.js';

// The events it and the elements it shows fire, for TypeScript: importing this module's types brings their
// GlobalEventHandlersEventMap entries, so `addEventListener('circle-…', (event) => event.detail)` is typed.
export type { BookingCreatedEvent, StepChangedEvent } from '../../booking-flow/booking-flow.events.js';
export type { AppointmentCancelledEvent, AppointmentRescheduledEvent } from '../appointment/appointment.events.js';
export type { CircleErrorEvent } from '../../error-event.js';

/** How the page's URL changes without a new page: back and forward, and links within the page. */
const urlChanges = ['popstate', 'hashchange'] as const;

/** Where this history entry keeps an appointment link's access token once it left the address bar. */
const tokenKey = 'circle-booking.token';

/**
 * The page's link, whole. An appointment link's access token is taken out of the address bar
 * (`history.replaceState`) as soon as it is read, so scripts that record the page's URL and
 * anyone looking at the address bar or sharing it do not get it; it stays with this history
 * entry's state, which the browser keeps for a reload and for back and forward in this tab,
 * and gives back to no other tab or site. It never goes to any storage. The trade-off is in
 * docs/reliability.md.
 */
function readLink(): string {
  const href = window.location.href;
  const link = parsePatientAppUrl(href);
  const state: unknown = history.state;
  const kept = state && typeof state === 'object' ? (state as Record<string, unknown>)[tokenKey] : undefined;
  const url = new URL(href);
  const fragment = new URLSearchParams(url.hash.slice(1));
  if (link.ok && 'token' in link.target) {
    fragment.delete('token');
    url.hash = fragment.toString();
    const entry = state && typeof state === 'object' ? state : {};
    history.replaceState({ ...entry, [tokenKey]: link.target.token }, '', url);
    return href;
  }
  if (typeof kept !== 'string' || !kept || fragment.has('token')) return href;
  fragment.set('token', kept);
  url.hash = fragment.toString();
  return url.href;
}

/**
 * @tagname circle-patient-app
 * @summary The clinic's patient app on one page: reads the page's link and shows the flow it
 * points to: booking a service or a variant, or one appointment (with its intake forms).
 *
 * Links come from `circle-booking/links` (the share menu, emails, reminders). Back and forward
 * work: the element follows the page's URL as it changes.
 *
 * @csspart invalid - The screen for a link that isn't valid.
 *
 * @cssprop [--circle-patient-app-max-width=40rem] - The widest the app grows.
 * @cssprop [--circle-day-picker-day-size=max(2.75rem, 44px)] - A day's cell in the month calendar; never under 44 px.
 * @cssprop [--circle-time-list-min-chip=5.5rem] - The narrowest a time button gets.
 * @cssprop [--circle-status-min-block-size=8rem] - The height kept for the loading, error and empty states.
 */
export class CirclePatientApp extends LocalizedElement {
  protected static override reflectsLanguage = true;
  static override styles = [tokens, buttons, statusStyles, contactStyles, styles];

  /** The page's link, the token kept for it included; never reflected, never stored. */
  @state() private location = '';
  private readonly live = new LiveRegion(this);

  /**
   * How patients reach the clinic, shown when a link doesn't work: `{ name, phone?, email? }`.
   * Passed on to the appointment, which shows it when the API refuses the link.
   */
  @property({ attribute: false }) clinic?: ClinicContact;
  /** The booking API for the flows; falls back to what `configure({ apiBase })` set. */
  @property({ attribute: 'api-base' }) apiBase = '';
  /** The language of dates, times and prices; the page's by default. */
  @property() locale?: string;
  /**
   * A clinic's own wording for any message, in the element's language, keyed by the English
   * text (`{0}` where a value goes): `{ 'Confirm booking': 'Book now' }`. See docs/localization.md.
   */
  @property({ attribute: false }) messages: Messages = {};

  override connectedCallback(): void {
    super.connectedCallback();
    for (const type of urlChanges) window.addEventListener(type, this.followUrl);
    this.followUrl();
  }

  override disconnectedCallback(): void {
    super.disconnectedCallback();
    for (const type of urlChanges) window.removeEventListener(type, this.followUrl);
  }

  private followUrl = () => (this.location = readLink());

  protected override render() {
    const link: ParsedPatientAppUrl = parsePatientAppUrl(this.location);
    if (!link.ok) return this.renderInvalid();
    const { target } = link;
    switch (target.kind) {
      case 'book-service':
        return html`<circle-book-service service-id=${target.serviceId} location-id=${target.locationId ?? ''} practitioner-id=${target.practitionerId ?? ''} api-base=${this.apiBase} .locale=${this.locale}></circle-book-service>`;
      case 'book-variant':
        // A waitlist offer's link names a time, and fills in the details the patient left (prefill-from-url).
        return html`<circle-book-variant
          variant-id=${target.variantId}
          location-id=${target.locationId ?? ''}
          practitioner-id=${target.practitionerId ?? ''}
          start=${target.start ?? ''}
          ?prefill-from-url=${!!target.start}
          api-base=${this.apiBase}
          .locale=${this.locale}
        ></circle-book-variant>`;
      case 'appointment':
      case 'intake-forms':
        // The token goes in as a property: it never becomes an attribute other scripts could read from the DOM.
        return html`<circle-appointment appointment-id=${target.appointmentId} .token=${target.token} .clinic=${this.clinic} api-base=${this.apiBase} .locale=${this.locale}></circle-appointment>`;
    }
  }

  private renderInvalid() {
    if (!new URL(this.location).searchParams.has('circle')) {
      const title = msg('Nothing to show here yet');
      return html`${this.live.render({ key: 'no-link', text: title })}<div part="invalid" class="invalid">
        <h2>${title}</h2>
        <p>${msg('Open the link the clinic sent you to book a visit or to see your appointment.')}</p>
      </div>`;
    }
    // A link cut short, pasted with a quote or a full stop, or wrapped by a mail client: the same
    // screen as a link the API refuses, with the clinic's contact.
    const refused = new ApiError('unauthorized', 'The link was changed on its way.');
    const clinic = this.clinic ? { clinic: this.clinic } : {};
    return html`${this.live.render({ key: `invalid:${this.location}`, text: errorAnnouncement(refused, clinic) })}<div part="invalid" class="invalid">
      ${renderError(refused, { headingLevel: 2, ...clinic })}
    </div>`;
  }
}

defineElement('circle-patient-app', CirclePatientApp);

declare global {
  interface HTMLElementTagNameMap {
    'circle-patient-app': CirclePatientApp;
  }
}
