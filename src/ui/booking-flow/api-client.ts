import { createClient, type ApiClient } from '../../api/client.js';

/**
 * The client for an element's `api-base` and `locale`, or undefined when neither the element
 * nor the page configured an API: the element then shows an error, and the developer who
 * embedded it reads why in the console.
 */
export function clientFor(tag: string, apiBase: string, locale: string | undefined): ApiClient | undefined {
  try {
    return createClient({ apiBase: apiBase || undefined, locale });
  } catch (error) {
    console.error(`<${tag}>: ${error instanceof Error ? error.message : String(error)}`);
    return undefined;
  }
}

/** Thrown into a Task whose element has no API to ask. */
export class NotConfiguredError extends Error {
  override name = 'NotConfiguredError';
  constructor() {
    super('No booking API is configured.');
  }
}
