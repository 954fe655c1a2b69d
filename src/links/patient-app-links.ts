/**
 * Patient-app links: the URLs a clinic sends a patient to book a service or a variant, or to
 * open an appointment or its intake forms. Pure and DOM-free, so a clinic's server can build
 * the same links the elements read.
 *
 * Everything a link says lives in the query and fragment of the page that hosts the patient
 * app; the path stays the page's own. So links work on a static host with no server rewrites.
 */

/**
 * A booking link may name the location and the practitioner to book with; the patient may
 * still choose another where the flow offers a choice. A variant's link may also name a time
 * (`start`, an ISO instant with its offset): the flow opens at that day with that time chosen,
 * as a waitlist offer does, or says it was just taken and shows the next times.
 */
export type PatientAppTarget =
  | { kind: 'book-service'; serviceId: string; locationId?: string; practitionerId?: string }
  | { kind: 'book-variant'; variantId: string; locationId?: string; practitionerId?: string; start?: string }
  | { kind: 'appointment'; appointmentId: string; token: string }
  | { kind: 'intake-forms'; appointmentId: string; token: string };

/**
 * Why a link cannot be opened. `damaged-id` and `damaged-token`: the link's id or token has a
 * character no id or token has (see link-shapes.ts), so it was changed on its way to the patient.
 */
export type PatientAppLinkErrorCode = 'malformed' | 'foreign-origin' | 'unknown-kind' | 'missing-id' | 'missing-token' | 'damaged-id' | 'damaged-token';

export type ParsedPatientAppUrl = { ok: true; target: PatientAppTarget } | { ok: false; error: { code: PatientAppLinkErrorCode; message: string } };

import { appointmentAccessProblem, isLinkId, isLinkToken } from './link-shapes.js';

type Kind = PatientAppTarget['kind'];

/** The query parameter that carries each kind's id. */
const idParams = {
  'book-service': 'service',
  'book-variant': 'variant',
  appointment: 'appointment',
  'intake-forms': 'appointment',
} as const satisfies Record<Kind, string>;

/** The query parameters a link owns: a base's own values for them are replaced. */
const linkParams = ['circle', 'service', 'variant', 'location', 'practitioner', 'appointment', 'at'];

/** An instant as the API writes one: `2026-12-01T09:30:00+01:00`, seconds and fraction optional. */
const instantShape = /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}(?::\d{2}(?:\.\d{1,9})?)?(?:Z|[+-]\d{2}:\d{2})$/;

/**
 * The link to `target` in the patient app hosted at `base`, an absolute http(s) URL. The base's
 * other query parameters (say `?lang=de`) are kept; its fragment is dropped.
 * @throws TypeError when the base is not an absolute http(s) URL, the kind is unknown, or an id or
 *   token does not have the shape a link carries (link-shapes.ts: ids of letters, digits and
 *   `-._~`; tokens in bearer-token syntax).
 */
export function patientAppUrl(base: string | URL, target: PatientAppTarget): string {
  const url = httpUrl(base);
  if (!url) throw new TypeError(`A patient-app link needs an absolute http(s) base URL, got "${String(base)}".`);
  const kind = target?.kind;
  if (!isKind(kind)) throw new TypeError(`Unknown patient-app link kind "${String(kind)}".`);

  const params = url.searchParams;
  for (const name of linkParams) params.delete(name);
  params.set('circle', kind);
  url.hash = '';
  if (target.kind === 'book-service' || target.kind === 'book-variant') {
    const [id, name] = target.kind === 'book-service' ? [target.serviceId, 'serviceId'] : [target.variantId, 'variantId'];
    params.set(idParams[target.kind], linkId(id, name));
    if (target.locationId) params.set('location', linkId(target.locationId, 'locationId'));
    if (target.practitionerId) params.set('practitioner', linkId(target.practitionerId, 'practitionerId'));
    if (target.kind === 'book-variant' && target.start) {
      if (!isInstant(target.start)) throw new TypeError('A patient-app link needs start to be an ISO instant with its offset, like 2026-12-01T09:30:00+01:00.');
      params.set('at', target.start);
    }
  } else {
    params.set('appointment', linkId(target.appointmentId, 'appointmentId'));
    // The token goes in the fragment on purpose: browsers never send a fragment to the clinic's
    // web server, and never put it in a Referer header, so it stays out of logs and third parties.
    if (!isLinkToken(target.token)) throw new TypeError('A patient-app link needs a token in bearer-token syntax (letters, digits, -._~+/ and = padding).');
    url.hash = new URLSearchParams({ token: target.token }).toString();
  }
  return url.href;
}

/**
 * What a patient-app link points to. Never throws: anything that is not a link this module
 * built comes back as `{ ok: false, error }`.
 * @param options.base The page hosting the patient app; links to another origin or path are refused.
 */
export function parsePatientAppUrl(url: string | URL, options?: { base?: string | URL }): ParsedPatientAppUrl {
  const link = httpUrl(url);
  if (!link) return failure('malformed', 'The link is not an absolute http(s) URL.');
  if (options?.base !== undefined) {
    const base = httpUrl(options.base);
    if (!base) return failure('malformed', 'The base is not an absolute http(s) URL.');
    if (link.origin !== base.origin || link.pathname !== base.pathname) {
      return failure('foreign-origin', `The link does not point to the patient app at ${base.origin}${base.pathname}.`);
    }
  }

  const params = link.searchParams;
  const kind = params.get('circle');
  if (!isKind(kind)) return failure('unknown-kind', 'The link has no known "circle" parameter.');
  const id = params.get(idParams[kind]);
  if (!id) return failure('missing-id', `The link's "${idParams[kind]}" parameter is missing or empty.`);

  if (kind === 'book-service' || kind === 'book-variant') {
    // An empty location is left out, so parsing gives back exactly the target that was built.
    const locationId = params.get('location');
    const practitionerId = params.get('practitioner');
    if (!isLinkId(id) || (locationId && !isLinkId(locationId)) || (practitionerId && !isLinkId(practitionerId))) {
      return failure('damaged-id', "The link's id has characters no id has: it was changed on its way.");
    }
    const at = { ...(locationId ? { locationId } : {}), ...(practitionerId ? { practitionerId } : {}) };
    if (kind === 'book-service') return { ok: true, target: { kind, serviceId: id, ...at } };
    // A time that is not an instant was changed on its way: the link still books, from the calendar.
    const start = params.get('at');
    return { ok: true, target: { kind, variantId: id, ...at, ...(start && isInstant(start) ? { start } : {}) } };
  }
  const token = new URLSearchParams(link.hash.slice(1)).get('token');
  // The same check <circle-appointment> makes before asking the API, so the two agree on every link.
  switch (appointmentAccessProblem(id, token)) {
    case 'damaged-id':
      return failure('damaged-id', "The link's appointment id has characters no id has: it was changed on its way.");
    case 'missing-token':
      return failure('missing-token', 'The link has no access token in its fragment (#token=...).');
    case 'damaged-token':
      return failure('damaged-token', "The link's token has characters no token has: it was changed on its way.");
  }
  return { ok: true, target: { kind, appointmentId: id, token: token! } };
}

/** A copy of `value` as a URL if it is an absolute http(s) one; copying keeps the caller's URL intact. */
function httpUrl(value: string | URL): URL | undefined {
  try {
    const url = new URL(value);
    return url.protocol === 'http:' || url.protocol === 'https:' ? url : undefined;
  } catch {
    return undefined;
  }
}

function isKind(value: unknown): value is Kind {
  // Own properties only, so `circle=constructor` is not mistaken for a kind.
  return typeof value === 'string' && Object.hasOwn(idParams, value);
}

function isInstant(value: string): boolean {
  return instantShape.test(value) && !Number.isNaN(Date.parse(value));
}

/** An id checked before it goes into a link. */
function linkId(value: unknown, name: string): string {
  if (!isLinkId(value)) throw new TypeError(`A patient-app link needs ${name} to be 1 to 200 letters, digits or -._~, not ending in a full stop.`);
  return value;
}

function failure(code: PatientAppLinkErrorCode, message: string): ParsedPatientAppUrl {
  return { ok: false, error: { code, message } };
}
