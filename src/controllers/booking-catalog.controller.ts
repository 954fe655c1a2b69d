/**
 * What both booking elements do before the flow starts: keep an API client for their
 * `api-base` and `locale`, load their catalog (a service, or one variant) with a LoadController, and
 * render it loading, failing, not bookable online, or as the flow. Each element only says how to load.
 */
import { html, type ReactiveController, type ReactiveControllerHost, type TemplateResult } from 'lit';
import { loadTimeZonesMeanwhile } from '../i18n/format.js';
import { msg } from '../i18n/localization.js';
import type { ApiClient } from '../api/client.js';
import { CircleErrorEvent } from '../error-event.js';
import type { BookingCatalog, PatientDraft } from '../flow/booking-flow.js';
import { clientFor, NotConfiguredError } from '../ui/booking-flow/api-client.js';
import { bookingFlowParts } from '../ui/booking-flow/parts.js';
import type { CalendarLayout } from '../ui/booking-flow/steps.js';
import { renderContact } from '../ui/contact.js';
import { describeError, errorAnnouncement } from '../ui/describe-error.js';
import { renderError, renderLoading } from '../ui/status.js';
import { LiveRegion, type Announcement } from '../ui/live-region.js';
import { LoadController } from './load.controller.js';
import { FocusKeeper } from './focus-keeper.controller.js';
import { localeOf } from './locale.controller.js';
import '../ui/booking-flow/booking-flow.js';

const flowExportParts = bookingFlowParts.join(', ');

export interface BookingHost extends ReactiveControllerHost, HTMLElement {
  apiBase: string;
  locale?: string | undefined;
  locationId: string;
  layout: CalendarLayout;
}

export interface CatalogSource {
  /** The id of what is booked: the service or the variant. */
  recordId(): string;
  load(client: ApiClient, recordId: string, options: { locationId: string; signal: AbortSignal }): Promise<BookingCatalog>;
  subject: 'service' | 'variant';
}

export class BookingCatalogController implements ReactiveController {
  private client?: ApiClient;
  private clientFor = '';
  private readonly catalog: LoadController<readonly [ApiClient | undefined, string, string], BookingCatalog>;
  /** Failed loads so far: each is announced once. */
  private failures = 0;
  private readonly live: LiveRegion;

  constructor(
    private readonly host: BookingHost,
    private readonly source: CatalogSource,
  ) {
    // Added before the loader, so the client is current when the loader reads its arguments.
    host.addController(this);
    this.live = new LiveRegion(host);
    // "Try again" replaced by the booking flow once the catalog loads: focus goes to its step's heading.
    new FocusKeeper(host, async () => {
      const flow = host.shadowRoot?.querySelector('circle-booking-flow');
      if (!flow) return undefined;
      await flow.updateComplete;
      return flow.shadowRoot?.querySelector<HTMLElement>('#step-heading');
    });
    this.catalog = new LoadController(host, {
      args: () => [this.client, source.recordId(), host.locationId] as const,
      load: ([client, recordId, locationId], signal) => {
        if (!client) throw new NotConfiguredError();
        const catalog = source.load(client, recordId, { locationId, signal });
        loadTimeZonesMeanwhile();
        return catalog;
      },
      onError: (error) => {
        this.failures++;
        const { code, title } = describeError(error);
        host.dispatchEvent(new CircleErrorEvent({ code, message: title }));
      },
    });
  }

  hostUpdate(): void {
    const locale = localeOf(this.host);
    const key = `${this.host.apiBase}\n${locale}`;
    if (key === this.clientFor) return;
    this.clientFor = key;
    this.client = clientFor(this.host.localName, this.host.apiBase, locale);
  }

  render(prefill: PatientDraft): TemplateResult {
    return html`${this.live.render(this.announcement())}${this.renderCatalog(prefill)}`;
  }

  private renderCatalog(prefill: PatientDraft): TemplateResult {
    const { status, error } = this.catalog;
    if (status === 'pending') return renderLoading(msg('Loading…'));
    if (status === 'error') return renderError(error, { onRetry: () => void this.catalog.run(), subject: this.source.subject });
    const catalog = this.catalog.value!;
    return catalog.unavailable
      ? html`<div part="unavailable" class="unavailable">
          <h2><bdi>${catalog.service.name}</bdi></h2>
          <p dir="auto">${catalog.unavailable.message}</p>
          ${renderContact(catalog.clinic)}
        </div>`
      : html`<circle-booking-flow
          exportparts=${flowExportParts}
          .catalog=${catalog}
          .client=${this.client!}
          .locale=${localeOf(this.host)}
          .layout=${this.host.layout}
          .prefill=${prefill}
        ></circle-booking-flow>`;
  }

  /** Loading, a failure or a service not bookable online, said once through the live region. */
  private announcement(): Announcement | undefined {
    const { status, error, value } = this.catalog;
    if (status === 'pending') return { key: `loading:${this.failures}`, text: msg('Loading…') };
    if (status === 'error') return { key: `error:${this.failures}`, text: errorAnnouncement(error, { subject: this.source.subject }) };
    if (value?.unavailable) return { key: 'unavailable', text: value.unavailable.message };
    return undefined;
  }
}
