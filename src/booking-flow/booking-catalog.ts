/**
 * What `<circle-book-service>` and `<circle-book-variant>` render: their catalog loading,
 * failed, not bookable online, or the booking flow, from what BookingCatalogController holds.
 */
import { html, type TemplateResult } from 'lit';
import { msg } from '../i18n/localization.js';
import type { BookingCatalog, PatientDraft } from '../flow/booking-flow.js';
import { renderContact } from '../ui/contact.js';
import { errorAnnouncement, type ErrorSubject } from '../ui/describe-error.js';
import { renderError, renderLoading } from '../ui/status.js';
import type { Announcement, LiveRegion } from '../ui/live-region.js';
import type { ApiClient } from '../api/client.js';
import type { CalendarLayout } from './flow-view.js';
import { bookingFlowParts } from './parts.js';
import './booking-flow.js';

const flowExportParts = bookingFlowParts.join(', ');

/** What the view reads: the loading's state, and what the element passes to the flow. */
export interface BookingCatalogView {
  status: 'pending' | 'complete' | 'error';
  error: unknown;
  /** The catalog to show; kept while the same one loads again. */
  value: BookingCatalog | undefined;
  client: ApiClient | undefined;
  failures: number;
  live: LiveRegion;
  source: { subject: Extract<ErrorSubject, 'service' | 'variant'> };
  retry(): void;
}

export interface FlowSettings {
  locale: string;
  layout: CalendarLayout;
  prefill: PatientDraft;
  /** The practitioner a link named, chosen from the start. */
  practitionerId: string;
  /** A time a link offered (a waitlist offer), chosen from the start if still free. */
  start?: string;
}

export function renderBookingCatalog(view: BookingCatalogView, settings: FlowSettings): TemplateResult {
  return html`${view.live.render(announcement(view))}${renderCatalog(view, settings)}`;
}

function renderCatalog(view: BookingCatalogView, { locale, layout, prefill, practitionerId, start = '' }: FlowSettings): TemplateResult {
  const { status, error, value: catalog } = view;
  if (status === 'error') return renderError(error, { onRetry: () => view.retry(), subject: view.source.subject });
  if (!catalog) return renderLoading(msg('Loading…'));
  return catalog.unavailable
    ? html`<div part="unavailable" class="unavailable">
        <h2><bdi>${catalog.service.name}</bdi></h2>
        <p dir="auto">${whyUnavailable(catalog.unavailable, view.source.subject)}</p>
        ${renderContact(catalog.clinic)}
      </div>`
    : html`<circle-booking-flow
        exportparts=${flowExportParts}
        .catalog=${catalog}
        .client=${view.client!}
        .locale=${locale}
        .layout=${layout}
        .prefill=${prefill}
        .practitionerId=${practitionerId}
        .offeredStart=${start}
      ></circle-booking-flow>`;
}

/** The API's reason where it gave one, else ours for its code. */
function whyUnavailable({ code, message }: NonNullable<BookingCatalog['unavailable']>, subject: 'service' | 'variant'): string {
  if (message) return message;
  if (code === 'no_location') return msg('None of our locations takes online bookings for this; please call the clinic.');
  return subject === 'service' ? msg("This service can't be booked online right now.") : msg("This can't be booked online right now.");
}

/** Loading, a failure or a service not bookable online, said once through the live region. */
function announcement({ status, error, value, failures, source }: BookingCatalogView): Announcement | undefined {
  if (status === 'error') return { key: `error:${failures}`, text: errorAnnouncement(error, { subject: source.subject }) };
  if (!value) return { key: `loading:${failures}`, text: msg('Loading…') };
  if (value.unavailable) return { key: 'unavailable', text: whyUnavailable(value.unavailable, source.subject) };
  return undefined;
}
