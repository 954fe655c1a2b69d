/**
 * What `<circle-share-menu>` may do with its link, worked out from what the host set and what
 * the API answered. Only an absolute http(s) link is ever copied or opened; anything else is
 * explained instead, never offered.
 */
import { msg } from '../../i18n/localization.js';
import type { ShareKind } from '../../api/schemas.js';

/**
 * The kinds of record with a patient-app link. Product checkout links are not among them.
 * The contract's `ShareKind` spelled out, not read from its schema, so the menu does not ship
 * zod/mini before it asks the API anything; the type below fails when the two disagree.
 */
export const shareKinds = ['service', 'variant', 'appointment', 'practitioner'] as const satisfies readonly ShareKind[];
type MissingShareKind = Exclude<ShareKind, (typeof shareKinds)[number]>;
const everyShareKind: [MissingShareKind] extends [never] ? true : MissingShareKind = true;
void everyShareKind;

/**
 * Words for staff, made when called: the view calls it in render, in the element's language,
 * so no state keeps words of the language it was loaded in.
 */
export type Words = () => string;

export type LinkState =
  /** `url` is an absolute http(s) link, safe to copy and open. */
  | { status: 'ready'; url: string }
  /** Nothing to copy; `reason` says why. */
  | { status: 'unavailable'; reason: Words }
  | { status: 'loading' }
  /**
   * Asking the API failed; `reason` is the error's title, `retry` whether Try again can help,
   * `code` the typed error's (`network`, `not_found`, …, or `unknown`) for `circle-error`.
   */
  | { status: 'error'; reason: Words; retry: boolean; code: string };

export function isShareKind(kind: string): kind is ShareKind {
  return (shareKinds as readonly string[]).includes(kind);
}

/** `value` as an absolute http(s) URL (relative ones resolved against the page), or undefined. */
export function webUrl(value: string): string | undefined {
  try {
    const url = new URL(value, document.baseURI);
    return url.protocol === 'http:' || url.protocol === 'https:' ? url.href : undefined;
  } catch {
    return undefined;
  }
}

/** The scheme of a refused link, for the console: the link itself may hold a token. */
export function schemeOf(value: string): string {
  return /^\s*([a-z][a-z\d+.-]*):/i.exec(value)?.[1]?.toLowerCase() ?? 'none';
}

/**
 * The link as an event may carry it: an appointment's link holds the patient's access token in
 * its fragment (`#token=…`), so that fragment is dropped for `appointment` links and for any
 * link whose fragment has a `token`.
 */
export function withoutToken(url: string, kind: string): string {
  const parsed = new URL(url);
  if (kind === 'appointment' || new URLSearchParams(parsed.hash.slice(1)).has('token')) parsed.hash = '';
  return parsed.href;
}

/** Not shareable for a reason given as text: the host's `disabled-reason`, or the API's. */
export function unavailable(text: string): LinkState {
  return { status: 'unavailable', reason: () => text };
}

/** A refused kind, or no record at all. */
export const noPatientAppLink: LinkState = { status: 'unavailable', reason: () => msg('This record has no patient app link.') };

export const refusedUrl: LinkState = { status: 'unavailable', reason: () => msg("This link can't be shared: only http and https links can.") };
