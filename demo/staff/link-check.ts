/**
 * "Check a patient link": what a link staff are about to send opens, whether it works now, and
 * what the patient can do there. It reads the link with the links parser and asks the API
 * exactly what the patient app would ask, so it never says "works" for a link the patient app
 * would refuse. No DOM: the dashboard shows the verdict, tests read it.
 */
import { ApiError, getAppointment, getService, getVariant, type ApiClient, type Appointment } from 'circle-booking/api';
import { parsePatientAppUrl } from 'circle-booking/links';
import { visitTime } from './format.js';

export type LinkState = 'works' | 'not-ready' | 'cancelled' | 'expired' | 'refused' | 'not-this-clinic' | 'damaged' | 'unchecked';

export interface LinkVerdict {
  state: LinkState;
  /** Which flow the link opens, and for what: "Book Physiotherapy (a service)". */
  opens?: string;
  /** Why it does not work now, in staff's words. */
  reason?: string;
  /** What the patient can do there. */
  controls: string[];
}

const damageReasons: Record<string, string> = {
  malformed: 'This is not a web link (it should start with https://).',
  'unknown-kind': 'This link does not say what to open: it is not a patient-app link.',
  'missing-id': 'Part of the link is missing: it was cut short.',
  'missing-token': 'The link has lost its access key (the part after #): it was cut short.',
  'damaged-id': 'The link was changed on its way: a character no link has (a quote, a full stop, "…").',
  'damaged-token': 'The link\u2019s access key was changed on its way: a character no key has (a quote, a full stop, "…").',
};

export async function checkPatientLink(client: ApiClient, link: string, patientAppBase: string): Promise<LinkVerdict> {
  const parsed = parsePatientAppUrl(link.trim(), { base: patientAppBase });
  if (!parsed.ok) {
    if (parsed.error.code === 'foreign-origin')
      return { state: 'not-this-clinic', reason: `This link does not open this clinic's patient app (${patientAppBase}).`, controls: [] };
    return { state: 'damaged', reason: damageReasons[parsed.error.code] ?? parsed.error.message, controls: [] };
  }
  const { target } = parsed;
  try {
    switch (target.kind) {
      case 'book-service': {
        const service = await getService(client, target.serviceId);
        const opens = `Book ${service.name} (a service)${atLocation(service.locations, target.locationId)}`;
        if (!service.visible || !service.bookable)
          return { state: 'not-ready', opens, reason: service.unavailable?.message ?? 'It cannot be booked online.', controls: [] };
        return { state: 'works', opens, controls: ['Choose a treatment, a time and book'] };
      }
      case 'book-variant': {
        const detail = await getVariant(client, target.variantId);
        const opens = `Book ${detail.variant.name} · ${detail.service.name} (a treatment)${atLocation(detail.locations, target.locationId)}`;
        if (detail.unavailable || !detail.variant.bookable)
          return { state: 'not-ready', opens, reason: detail.unavailable?.message ?? 'It cannot be booked online.', controls: [] };
        return { state: 'works', opens, controls: ['Choose a time and book'] };
      }
      case 'appointment':
      case 'intake-forms': {
        const appointment = await getAppointment(client, { appointmentId: target.appointmentId, token: target.token });
        return appointmentVerdict(appointment, target.kind);
      }
    }
  } catch (error) {
    return refused(error);
  }
}

function atLocation(locations: readonly { id: string; name: string }[], locationId: string | undefined): string {
  if (!locationId) return '';
  const location = locations.find((candidate) => candidate.id === locationId);
  return location ? ` at ${location.name}` : ' at a location this does not offer';
}

function appointmentVerdict(appointment: Appointment, kind: 'appointment' | 'intake-forms'): LinkVerdict {
  const what = `${appointment.variant.name}, ${visitTime(appointment)}`;
  const opens = kind === 'intake-forms' ? `The intake forms of booking ${appointment.id}: ${what}` : `Booking ${appointment.id}: ${what}`;
  if (appointment.status === 'cancelled')
    return { state: 'cancelled', opens, reason: 'This booking is cancelled: the patient sees it cancelled, with the clinic\u2019s contact.', controls: [] };
  if (appointment.status !== 'booked') return { state: 'not-ready', opens, reason: 'This visit is over: the patient can only see it.', controls: [] };
  const controls = appointment.actions.flatMap((action) => {
    const name = action.type === 'cancel' ? 'Cancel' : action.type === 'reschedule' ? 'Change time' : undefined;
    if (!name) return [];
    return [action.allowed ? name : `${name}: not online now (${action.reason ?? 'closed'})`];
  });
  if (!appointment.intake.complete && appointment.intake.formsUrl) controls.push('Intake forms');
  return { state: 'works', opens, controls };
}

function refused(error: unknown): LinkVerdict {
  const code = error instanceof ApiError ? error.code : 'unknown';
  switch (code) {
    case 'not_found':
      return { state: 'refused', reason: 'There is nothing with this id: it was removed, or the link is from another system.', controls: [] };
    case 'link_expired':
      return { state: 'expired', reason: 'This link has expired: copy a new one from the booking\u2019s page.', controls: [] };
    case 'unauthorized':
      return { state: 'refused', reason: 'The access key does not open this booking: copy the link again from the booking\u2019s page.', controls: [] };
    default:
      return { state: 'unchecked', reason: 'The booking system could not be asked just now, so this link is not checked. Try again.', controls: [] };
  }
}
