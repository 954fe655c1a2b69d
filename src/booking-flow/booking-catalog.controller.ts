/**
 * What both booking elements do before the flow starts: ask the API for their catalog (a
 * service, or one variant) through the element's client, and say where that stands. Each
 * element only says how to load; booking-catalog.ts renders what this holds.
 *
 * A catalog loaded again for the same record (the page's language changed, so the client did)
 * keeps the last one on screen meanwhile, so the flow and everything the patient chose and
 * typed stay; the flow carries its state over to the new catalog.
 */
import type { ReactiveControllerHost } from 'lit';
import { loadTimeZonesMeanwhile } from '../i18n/format.js';
import type { ApiClient } from '../api/client.js';
import { CircleErrorEvent } from '../error-event.js';
import type { BookingCatalog } from '../flow/booking-flow.js';
import { NotConfiguredError } from '../api/client.js';
import { ApiClientController, type ApiHost } from '../controllers/api-client.controller.js';
import { LoadController } from '../controllers/load.controller.js';
import { FocusKeeper } from '../controllers/focus-keeper.controller.js';
import type { LocaleController } from '../controllers/locale.controller.js';
import { describeError, type ErrorSubject } from '../ui/describe-error.js';
import { LiveRegion } from '../ui/live-region.js';
import type { CalendarLayout } from './flow-view.js';

export interface BookingHost extends ApiHost, ReactiveControllerHost, HTMLElement {
  locationId: string;
  layout: CalendarLayout;
}

export interface CatalogSource {
  /** The id of what is booked: the service or the variant. */
  recordId(): string;
  load(client: ApiClient, recordId: string, options: { locationId: string; signal: AbortSignal }): Promise<BookingCatalog>;
  subject: Extract<ErrorSubject, 'service' | 'variant'>;
}

type CatalogArgs = readonly [ApiClient | undefined, string, string];

/** @internal The package's own, not its API: left out of custom-elements.json. */
export class BookingCatalogController {
  /** Failed loads so far: each is announced once. */
  failures = 0;
  readonly live: LiveRegion;
  // Added before the loader, so the client is current when the loader reads its arguments.
  private readonly api: ApiClientController;
  private readonly catalog: LoadController<CatalogArgs, BookingCatalog>;
  /** The record and location the catalog on screen was loaded for. */
  private loadedFor?: string;

  constructor(
    private readonly host: BookingHost,
    readonly source: CatalogSource,
    localization: LocaleController,
  ) {
    this.api = new ApiClientController(host);
    this.live = new LiveRegion(host);
    // "Try again" replaced by the booking flow once the catalog loads: focus goes to its step's heading.
    new FocusKeeper(host, async () => {
      const flow = host.shadowRoot?.querySelector('circle-booking-flow');
      if (!flow) return undefined;
      await flow.updateComplete;
      return flow.shadowRoot?.querySelector<HTMLElement>('#step-heading');
    });
    this.catalog = new LoadController(host, {
      args: () => [this.api.client, source.recordId(), host.locationId] as const,
      load: ([client, recordId, locationId], signal) => {
        if (!client) throw new NotConfiguredError();
        const catalog = source.load(client, recordId, { locationId, signal });
        loadTimeZonesMeanwhile();
        return catalog;
      },
      onComplete: () => (this.loadedFor = this.wanted()),
      onError: (error) => {
        this.failures++;
        const { code, title } = localization.speak(() => describeError(error, { subject: source.subject }));
        host.dispatchEvent(new CircleErrorEvent({ code, message: title }));
      },
    });
  }

  get status(): 'pending' | 'complete' | 'error' {
    return this.catalog.status;
  }

  get error(): unknown {
    return this.catalog.error;
  }

  /**
   * The catalog to show: the one loaded, also while the same record loads again. Undefined
   * while a first one, or another record's, loads.
   */
  get value(): BookingCatalog | undefined {
    return this.loadedFor === this.wanted() ? this.catalog.value : undefined;
  }

  get client(): ApiClient | undefined {
    return this.api.client;
  }

  retry(): void {
    void this.catalog.run();
  }

  private wanted(): string {
    return `${this.source.recordId()}\n${this.host.locationId}`;
  }
}
