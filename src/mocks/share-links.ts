/**
 * `GET /share-links/{kind}/{recordId}`: the patient-app link staff may send for a service, a
 * variant or an appointment, or why it is not ready to share.
 */
import type { ShareLink } from '../api/schemas.js';
import { patientAppUrl, type PatientAppTarget } from '../links/index.js';
import type { SeedData } from './fixtures.js';
import { problem, type SimResult } from './problems.js';
import { serviceUnavailable, unavailableMessage, variantUnavailable } from './views.js';

export function shareLink(data: SeedData, patientAppBase: string, kind: string, recordId: string): SimResult {
  if (kind !== 'service' && kind !== 'variant' && kind !== 'appointment' && kind !== 'practitioner') {
    return problem(404, 'not_found', 'Links can be shared for a service, a variant, an appointment or a practitioner.');
  }
  const ready = (target: PatientAppTarget): SimResult => ok({ kind, recordId, ready: true, url: patientAppUrl(patientAppBase, target) });
  const notReady = (unavailable: NonNullable<ShareLink['unavailable']>): SimResult => ok({ kind, recordId, ready: false, unavailable });

  if (kind === 'service') {
    const service = data.services.find((candidate) => candidate.id === recordId);
    if (!service) return problem(404, 'not_found', 'There is no service with this id.');
    const reason = serviceUnavailable(data, service);
    return reason ? notReady(reason) : ready({ kind: 'book-service', serviceId: service.id });
  }
  if (kind === 'variant') {
    const variant = data.variants.find((candidate) => candidate.id === recordId);
    if (!variant) return problem(404, 'not_found', 'There is no variant with this id.');
    const reason = variantUnavailable(data, variant);
    return reason ? notReady(reason) : ready({ kind: 'book-variant', variantId: variant.id });
  }
  if (kind === 'practitioner') return practitionerLink(data, recordId, ready, notReady);
  // An unknown appointment is not a 404: staff see why there is nothing to share.
  const record = data.appointments.find((candidate) => candidate.id === recordId);
  if (!record) return notReady({ code: 'appointment_missing', message: unavailableMessage('appointment_missing') });
  if (record.status === 'cancelled') return notReady({ code: 'appointment_cancelled', message: unavailableMessage('appointment_cancelled') });
  return ready({ kind: 'appointment', appointmentId: record.id, token: record.token });
}

/**
 * A link to book a practitioner: the first of their services that can be booked online, with
 * them chosen. When none can, why (the first service's reason).
 */
function practitionerLink(
  data: SeedData,
  practitionerId: string,
  ready: (target: PatientAppTarget) => SimResult,
  notReady: (unavailable: NonNullable<ShareLink['unavailable']>) => SimResult,
): SimResult {
  if (!data.practitioners?.some((candidate) => candidate.id === practitionerId)) return problem(404, 'not_found', 'There is no practitioner with this id.');
  const services = data.services.filter((service) =>
    data.variants.some((variant) => variant.serviceId === service.id && variant.practitionerIds?.includes(practitionerId)),
  );
  const bookable = services.find((service) => serviceUnavailable(data, service) === undefined);
  if (bookable) return ready({ kind: 'book-service', serviceId: bookable.id, practitionerId });
  const first = services[0];
  return notReady(first ? serviceUnavailable(data, first)! : { code: 'not_bookable', message: unavailableMessage('not_bookable') });
}

function ok(body: ShareLink): SimResult {
  return { status: 200, body };
}
