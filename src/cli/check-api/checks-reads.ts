/**
 * The read checks: every read endpoint's answer against the contract's schemas, its problem
 * documents for unknown ids, and the patient token's rules (a wrong, missing or expired token
 * gets a problem and nothing of the appointment; a token answer stays out of shared caches).
 */
import { statusOfProblem } from '../../api/problem-codes.js';
import { routes } from '../../api/routes.js';
import { Appointment, AppointmentList, Availability, Service, ServiceList, ShareLink, VariantDetail, type Location } from '../../api/schemas.js';
import { Failure, Skip, type Answer } from './probe.js';
import { expectJson, expectProblem, type Session } from './session.js';

/** What the checks learn or are given: the ids later checks use. */
export interface Known {
  serviceId?: string;
  variantId?: string;
  locationId?: string;
  timeZone?: string;
  /** An appointment and its patient token: given, or the test booking of --writes. */
  appointment?: { id: string; token: string };
  /** An appointment whose link has expired, with its token. */
  expired?: { id: string; token: string };
  /** A practitioner of the variant, when the API lists practitioners. */
  practitionerId?: string;
}

/** An id no back end has, so "not found" is the only right answer. */
export const unknownId = `circle-check-api-unknown-${Math.random().toString(36).slice(2, 10)}`;

const path = (template: string, id: string) => template.replace(/\{\w+\}/, encodeURIComponent(id));

export async function checkReads(session: Session, known: Known): Promise<void> {
  await session.check('shape.services', 'GET /services answers a ServiceList', async (probe) => {
    const list = expectJson(await probe.send({ path: routes.listServices.path }), [200], ServiceList, 'ServiceList');
    if (known.serviceId) return;
    const service = list.services.find((candidate) => candidate.visible && candidate.bookable) ?? list.services[0];
    if (!service) throw new Skip('the list is empty: give --service');
    known.serviceId = service.id;
  });

  let locations: Location[] = [];
  await session.check('shape.service', 'GET /services/{serviceId} answers a Service', async (probe) => {
    if (!known.serviceId) throw new Skip('no service to read: give --service');
    const service = expectJson(await probe.send({ path: path(routes.getService.path, known.serviceId) }), [200], Service, 'Service');
    if (service.id !== known.serviceId) throw new Failure(`the service "${known.serviceId}"`, `the service "${service.id}"`);
    locations = service.locations;
    const variant = known.variantId
      ? service.variants.find((candidate) => candidate.id === known.variantId)
      : (service.variants.find((candidate) => candidate.bookable && candidate.locationIds.length > 0) ?? service.variants[0]);
    known.variantId ??= variant?.id;
    known.practitionerId ??= variant?.practitionerIds?.[0];
    pickLocation(known, locations, variant?.locationIds ?? []);
    return `service ${known.serviceId}`;
  });

  await session.check('shape.variant', 'GET /variants/{variantId} answers a VariantDetail', async (probe) => {
    if (!known.variantId) throw new Skip('no variant to read: give --variant');
    const detail = expectJson(await probe.send({ path: path(routes.getVariant.path, known.variantId) }), [200], VariantDetail, 'VariantDetail');
    if (detail.variant.id !== known.variantId) throw new Failure(`the variant "${known.variantId}"`, `the variant "${detail.variant.id}"`);
    pickLocation(known, detail.locations, detail.variant.locationIds);
    known.practitionerId ??= detail.variant.practitionerIds?.[0];
    return `variant ${known.variantId}`;
  });

  await session.check('shape.availability', 'GET /availability answers an Availability', async (probe) => {
    const { variantId, locationId, timeZone } = known;
    if (!variantId || !locationId || !timeZone) throw new Skip('no bookable variant and location found: give --variant');
    const from = today(timeZone);
    const query = new URLSearchParams({ variantId, locationId, from, to: addDays(from, 13) });
    const availability = expectJson(await probe.send({ path: `${routes.getAvailability.path}?${query}` }), [200], Availability, 'Availability');
    if (availability.variantId !== variantId || availability.locationId !== locationId) {
      throw new Failure(`the availability of ${variantId} at ${locationId}`, `the availability of ${availability.variantId} at ${availability.locationId}`);
    }
    return `${availability.slots.length} free slots in 14 days`;
  });

  await session.check('shape.availability-practitioner', "GET /availability?practitionerId= answers only that practitioner's times", async (probe) => {
    const { variantId, locationId, timeZone, practitionerId } = known;
    if (!variantId || !locationId || !timeZone) throw new Skip('no bookable variant and location found: give --variant');
    if (!practitionerId) throw new Skip('the variant lists no practitioners');
    const from = today(timeZone);
    const query = new URLSearchParams({ variantId, locationId, from, to: addDays(from, 13), practitionerId });
    const availability = expectJson(await probe.send({ path: `${routes.getAvailability.path}?${query}` }), [200], Availability, 'Availability');
    const other = availability.slots.find((slot) => slot.practitionerIds && !slot.practitionerIds.includes(practitionerId));
    if (other) throw new Failure(`only times ${practitionerId} is free`, `${other.start} with ${other.practitionerIds!.join(', ')}`);
    return `${availability.slots.length} times of ${practitionerId} in 14 days`;
  });

  const notFound = [{ status: statusOfProblem.not_found, code: 'not_found' }] as const;
  await session.check('problem.service-not-found', 'GET /services/{unknown id} answers a 404 not_found problem', async (probe) => {
    expectProblem(await probe.send({ path: path(routes.getService.path, unknownId) }), notFound);
  });
  await session.check('problem.variant-not-found', 'GET /variants/{unknown id} answers a 404 not_found problem', async (probe) => {
    expectProblem(await probe.send({ path: path(routes.getVariant.path, unknownId) }), notFound);
  });
}

/** The staff endpoints, with `--staff-token`: the bookings list and a service's share link. */
export async function checkStaffReads(session: Session, known: Known, staffToken: string | undefined): Promise<void> {
  const titles = {
    list: 'GET /appointments (staff) answers an AppointmentList',
    share: 'GET /share-links/service/{serviceId} (staff) answers a ShareLink',
    cache: 'GET /appointments (staff) answers Cache-Control: private or no-store',
  };
  if (!staffToken) {
    const reason = 'give --staff-token to check the staff endpoints';
    session.skip('shape.staff-appointments', titles.list, reason);
    session.skip('shape.share-link', titles.share, reason);
    session.skip('cache.staff-appointments', titles.cache, reason);
    return;
  }
  const headers = { Authorization: `Bearer ${staffToken}` };
  const listPath = `${routes.listAppointments.path}?limit=5`;
  await session.check('shape.staff-appointments', titles.list, async (probe) => {
    expectJson(await probe.send({ path: listPath, headers }), [200], AppointmentList, 'AppointmentList');
  });
  await session.check('shape.share-link', titles.share, async (probe) => {
    if (!known.serviceId) throw new Skip('no service to share: give --service');
    const link = expectJson(
      await probe.send({ path: routes.getShareLink.path.replace('{kind}', 'service').replace('{recordId}', encodeURIComponent(known.serviceId)), headers }),
      [200],
      ShareLink,
      'ShareLink',
    );
    if (link.kind !== 'service' || link.recordId !== known.serviceId)
      throw new Failure(`the link of service ${known.serviceId}`, `the link of ${link.kind} ${link.recordId}`);
  });
  await session.check('cache.staff-appointments', titles.cache, async (probe) => {
    expectPrivate(await probe.send({ path: listPath, headers }));
  });
}

/** The first bookable location of the variant, and its time zone. */
function pickLocation(known: Known, locations: readonly Location[], locationIds: readonly string[]): void {
  if (known.locationId) return;
  const location = locations.find((candidate) => candidate.bookable && locationIds.includes(candidate.id));
  if (!location) return;
  known.locationId = location.id;
  known.timeZone = location.timeZone;
}

/** The token checks and the cache check, on the given appointment or the test booking. */
export async function checkAppointmentAccess(session: Session, known: Known): Promise<void> {
  const needAppointment = 'no appointment to read: give --appointment and --token, or --writes';
  const appointmentPath = (id: string) => path(routes.getAppointment.path, id);
  const withToken = (token: string) => ({ Authorization: `Bearer ${token}` });

  await session.check('shape.appointment', 'GET /appointments/{appointmentId} with its token answers an Appointment', async (probe) => {
    if (!known.appointment) throw new Skip(needAppointment);
    const { id, token } = known.appointment;
    const appointment = expectJson(await probe.send({ path: appointmentPath(id), headers: withToken(token) }), [200], Appointment, 'Appointment');
    if (appointment.id !== id) throw new Failure(`the appointment "${id}"`, `the appointment "${appointment.id}"`);
  });

  await session.check('cache.appointment', 'GET /appointments/{appointmentId} with its token answers Cache-Control: private or no-store', async (probe) => {
    if (!known.appointment) throw new Skip(needAppointment);
    const { id, token } = known.appointment;
    expectPrivate(await probe.send({ path: appointmentPath(id), headers: withToken(token) }));
  });

  await session.check(
    'problem.appointment-not-found',
    'GET /appointments/{unknown id} answers a 404 not_found (or 401 unauthorized) problem',
    async (probe) => {
      const answer = await probe.send({ path: appointmentPath(unknownId), headers: withToken('circle-check-api-not-a-token') });
      expectNoAppointment(answer);
      expectProblem(answer, [
        { status: statusOfProblem.not_found, code: 'not_found' },
        { status: statusOfProblem.unauthorized, code: 'unauthorized' },
      ]);
    },
  );

  const unauthorized = [
    { status: 401, code: 'unauthorized' },
    { status: 403, code: 'unauthorized' },
  ] as const;
  await session.check(
    'token.missing',
    'GET /appointments/{appointmentId} without a token answers a 401 unauthorized problem, no appointment data',
    async (probe) => {
      if (!known.appointment) throw new Skip(needAppointment);
      const answer = await probe.send({ path: appointmentPath(known.appointment.id) });
      expectNoAppointment(answer);
      expectProblem(answer, unauthorized);
    },
  );

  await session.check(
    'token.wrong',
    'GET /appointments/{appointmentId} with a wrong token answers a 401 unauthorized problem, no appointment data',
    async (probe) => {
      if (!known.appointment) throw new Skip(needAppointment);
      const { id, token } = known.appointment;
      const answer = await probe.send({ path: appointmentPath(id), headers: withToken(wrongToken(token)) });
      expectNoAppointment(answer);
      expectProblem(answer, unauthorized);
    },
  );

  await session.check(
    'token.expired',
    'GET /appointments/{appointmentId} with an expired token answers a 410 link_expired problem, no appointment data',
    async (probe) => {
      if (!known.expired) throw new Skip('no expired link to try: give --expired-appointment and --expired-token');
      const answer = await probe.send({ path: appointmentPath(known.expired.id), headers: withToken(known.expired.token) });
      expectNoAppointment(answer);
      expectProblem(answer, [{ status: statusOfProblem.link_expired, code: 'link_expired' }]);
    },
  );
}

/** The token with its last character changed: as close to the real one as a guess can get. */
function wrongToken(token: string): string {
  const last = token.at(-1);
  return `${token.slice(0, -1)}${last === 'x' ? 'y' : 'x'}`;
}

/** Fields only an appointment has; none may appear in an answer to a caller without its token. */
const appointmentFields = new Set(['start', 'end', 'patient', 'location', 'intake', 'actions', 'service', 'variant', 'appointmentUrl']);

function expectNoAppointment(answer: Answer): void {
  const leaked = fieldsIn(answer.json).filter((field) => appointmentFields.has(field));
  const expected = 'a problem and no appointment data, since the request has no valid token';
  if (answer.status >= 200 && answer.status < 300) throw new Failure(expected, `${answer.status} ${answer.text.slice(0, 120)}`);
  if (leaked.length) throw new Failure(expected, `${answer.status} with ${[...new Set(leaked)].join(', ')} in the body`);
}

function fieldsIn(value: unknown, depth = 0): string[] {
  if (depth > 6 || typeof value !== 'object' || value === null) return [];
  if (Array.isArray(value)) return value.flatMap((item) => fieldsIn(item, depth + 1));
  return Object.entries(value).flatMap(([key, inner]) => [key, ...fieldsIn(inner, depth + 1)]);
}

/** The answer's Cache-Control keeps it out of shared caches: `private` or `no-store`, never `public`. */
export function expectPrivate(answer: Answer): void {
  const header = answer.headers.get('Cache-Control');
  const directives = (header ?? '')
    .toLowerCase()
    .split(',')
    .map((directive) => directive.trim().split('=')[0]);
  const expected = 'Cache-Control with private or no-store (and not public)';
  if (answer.status < 200 || answer.status >= 300) throw new Failure(`a 2xx answer with ${expected}`, `${answer.status}`);
  if (directives.includes('public') || directives.includes('s-maxage') || !(directives.includes('private') || directives.includes('no-store'))) {
    throw new Failure(expected, header === null ? 'no Cache-Control header' : `Cache-Control: ${header}`);
  }
}

/** Today's date at a time zone, `YYYY-MM-DD`. */
export function today(timeZone: string): string {
  return new Intl.DateTimeFormat('en-CA', { timeZone, year: 'numeric', month: '2-digit', day: '2-digit' }).format(new Date());
}

export function addDays(date: string, days: number): string {
  const [year, month, day] = date.split('-').map(Number) as [number, number, number];
  return new Date(Date.UTC(year, month - 1, day + days)).toISOString().slice(0, 10);
}
