/**
 * What both booking elements render around the flow: the catalog loading, failing, or not
 * bookable online, and once it is bookable, the flow itself.
 */
import { css, html, type TemplateResult } from 'lit';
import { msg } from '../../i18n/localization.js';
import type { LoadController } from '../../controllers/load.controller.js';
import type { ApiClient } from '../../api/client.js';
import type { BookingCatalog, PatientDraft } from '../../flow/booking-flow.js';
import { CircleErrorEvent } from '../../events.js';
import { renderContact } from '../contact.js';
import { describeError } from '../describe-error.js';
import { renderError, renderLoading } from '../status.js';
import type { CalendarLayout } from './steps.js';
import './booking-flow.js';

export interface BookingViewOptions {
  client: ApiClient | undefined;
  locale: string | undefined;
  layout: CalendarLayout;
  prefill: PatientDraft;
  subject: 'service' | 'variant';
}

export function renderBooking(loader: Pick<LoadController<[], BookingCatalog>, 'status' | 'value' | 'error' | 'run'>, options: BookingViewOptions): TemplateResult {
  if (loader.status === 'pending') return renderLoading(msg('Loading…'));
  if (loader.status === 'error') return renderError(loader.error, { onRetry: () => void loader.run(), subject: options.subject });
  const catalog = loader.value!;
  return catalog.unavailable
    ? html`<div part="unavailable" class="unavailable">
        <h2>${catalog.service.name}</h2>
        <p dir="auto">${catalog.unavailable.message}</p>
        ${renderContact(catalog.clinic)}
      </div>`
    : html`<circle-booking-flow
        exportparts="flow, header, actions, choices, choice, when, times, summary, notice, zone-note, intake, continue-button, back-button, confirm-button, forms-link, calendar-link, appointment-link"
        .catalog=${catalog}
        .client=${options.client!}
        .locale=${options.locale}
        .layout=${options.layout}
        .prefill=${options.prefill}
      ></circle-booking-flow>`;
}

/** Tells the host page that loading failed, for its monitoring. */
export function reportLoadError(host: HTMLElement, error: unknown): void {
  const { code, title } = describeError(error);
  host.dispatchEvent(new CircleErrorEvent({ code, message: title }));
}

/** The unavailable screen's look, shared by both booking elements. */
export const bookingHostStyles = css`
  .unavailable h2 {
    margin: 0 0 0.5rem;
    font-size: 1.375em;
  }
  .unavailable p {
    margin: 0 0 0.5rem;
  }
  a {
    color: var(--_accent);
  }
`;
