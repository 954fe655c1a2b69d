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
  if (kind !== 'service' && kind !== 'variant' && kind !== 'appointment') {
    return problem(404, 'not_found', 'Links can be shared for a service, a variant or an appointment.');
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
  // An unknown appointment is not a 404: staff see why there is nothing to share.
  const record = data.appointments.find((candidate) => candidate.id === recordId);
  if (!record) return notReady({ code: 'appointment_missing', message: unavailableMessage('appointment_missing') });
  if (record.status === 'cancelled') return notReady({ code: 'appointment_cancelled', message: unavailableMessage('appointment_cancelled') });
  return ready({ kind: 'appointment', appointmentId: record.id, token: record.token });
}

function ok(body: ShareLink): SimResult {
  return { status: 200, body };
}
