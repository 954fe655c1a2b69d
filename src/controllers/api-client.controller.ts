/**
 * The API client an element asks through: one per `api-base` and language, made before the
 * element's loaders read their arguments and kept until either changes. Every element that
 * asks the API holds one of these, so the client is made in one place.
 */
import type { ReactiveController, ReactiveControllerHost } from 'lit';
import { clientFor, type ApiClient } from '../api/client.js';
import { localeOf } from './locale.controller.js';

export interface ApiHost extends ReactiveControllerHost, HTMLElement {
  /** The element's `api-base`; empty for the page's (`configure({ apiBase })`). */
  apiBase: string;
}

/** @internal The package's own, not its API: left out of custom-elements.json. */
export class ApiClientController implements ReactiveController {
  /** Undefined when neither the element nor the page configured an API. */
  client?: ApiClient | undefined;
  private madeFor?: string;

  /** Add it before the controllers that read `client`: a host's controllers update in order. */
  constructor(private readonly host: ApiHost) {
    host.addController(this);
  }

  hostUpdate(): void {
    const locale = localeOf(this.host);
    const key = `${this.host.apiBase}\n${locale}`;
    if (key === this.madeFor) return;
    this.madeFor = key;
    this.client = clientFor(this.host.localName, this.host.apiBase, locale);
  }

  /** Forgets the client, so that nothing of it stays once the element has left the page. */
  forget(): void {
    this.client = this.madeFor = undefined;
  }
}
