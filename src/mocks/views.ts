/**
 * The seed records as the contract shows them: services, variants and appointments rendered
 * into response bodies, with what is derived (bookability, reasons, actions, links) worked
 * out here from the records and the clock.
 */
import type { Appointment, AppointmentAction, Location, Service, Unavailability, Variant, VariantDetail } from '../api/schemas.js';
import { patientAppUrl } from '../links/index.js';
import { formatInstant } from '../time/instants.js';
import { videoRoomUrl, type SeedAppointment, type SeedData, type SeedLocation, type SeedService, type SeedVariant } from './fixtures.js';
import { closedReason, say, unavailableMessages } from './language.js';
import { practitionerName, practitionersField } from './practitioners.js';
import { bookingWindowOf } from './schedule.js';

export interface ViewContext {
  data: SeedData;
  now: Date;
  patientAppBase: string;
}

/** Why something cannot be booked or shared, in the language of the answer being made. */
export function unavailableMessage(code: Unavailability['code']): string {
  return say(unavailableMessages[code]);
}

export function locationView({ openingHours: _hours, contact: _contact, ...location }: SeedLocation): Location {
  return location;
}

function locationsOf(data: SeedData, ids: readonly string[]): SeedLocation[] {
  return data.locations.filter((location) => ids.includes(location.id));
}

export function bookableLocations(data: SeedData, variant: SeedVariant): SeedLocation[] {
  return locationsOf(data, variant.locationIds).filter((location) => location.bookable);
}

function paused(service: SeedService): Unavailability {
  return { code: 'not_bookable', message: service.pausedMessage ? say(service.pausedMessage) : unavailableMessage('not_bookable') };
}

/** Why a variant cannot be booked online, or undefined when it can. */
export function variantUnavailable(data: SeedData, variant: SeedVariant): Unavailability | undefined {
  const service = data.services.find((candidate) => candidate.id === variant.serviceId);
  if (!service?.visible) return { code: 'not_visible', message: unavailableMessage('not_visible') };
  if (!service.bookable || !variant.bookable) return paused(service);
  if (bookableLocations(data, variant).length === 0) return { code: 'no_location', message: unavailableMessage('no_location') };
  return undefined;
}

/** Why a service cannot be booked online, or undefined when at least one of its variants can. */
export function serviceUnavailable(data: SeedData, service: SeedService): Unavailability | undefined {
  if (!service.visible) return { code: 'not_visible', message: unavailableMessage('not_visible') };
  if (!service.bookable) return paused(service);
  const reasons = variantsOf(data, service).map((variant) => variantUnavailable(data, variant));
  if (reasons.some((reason) => reason === undefined)) return undefined;
  return reasons.find((reason) => reason?.code === 'not_bookable') ?? { code: 'no_location', message: unavailableMessage('no_location') };
}

function variantsOf(data: SeedData, service: SeedService): SeedVariant[] {
  return data.variants.filter((variant) => variant.serviceId === service.id);
}

export function variantView(data: SeedData, { sparse: _sparse, ...variant }: SeedVariant): Variant {
  return { ...variant, bookable: variantUnavailable(data, variant) === undefined, bookingWindow: bookingWindowOf(data.rules, variant) };
}

export function serviceView(data: SeedData, service: SeedService): Service {
  const variants = variantsOf(data, service);
  const unavailable = serviceUnavailable(data, service);
  return {
    id: service.id,
    name: service.name,
    description: service.description,
    visible: service.visible,
    bookable: unavailable === undefined,
    ...(unavailable && { unavailable }),
    variants: variants.map((variant) => variantView(data, variant)),
    locations: locationsOf(
      data,
      variants.flatMap((variant) => variant.locationIds),
    ).map(locationView),
    clinic: { ...data.clinic },
    ...practitionersField(data, variants),
    ...(service.returningPatients && { returningPatients: structuredClone(service.returningPatients) }),
  };
}

export function variantDetailView(data: SeedData, variant: SeedVariant, service: SeedService): VariantDetail {
  const unavailable = variantUnavailable(data, variant);
  const { id, name, description, visible, bookable } = serviceView(data, service);
  return {
    variant: variantView(data, variant),
    service: { id, name, description, visible, bookable },
    ...(unavailable && { unavailable }),
    locations: locationsOf(data, variant.locationIds).map(locationView),
    clinic: { ...data.clinic },
    ...practitionersField(data, [variant]),
    ...(service.returningPatients && { returningPatients: structuredClone(service.returningPatients) }),
  };
}

export function appointmentView(context: ViewContext, record: SeedAppointment): Appointment {
  const { data } = context;
  const variant = data.variants.find((candidate) => candidate.id === record.variantId)!;
  const service = data.services.find((candidate) => candidate.id === variant.serviceId)!;
  const location = data.locations.find((candidate) => candidate.id === record.locationId)!;
  const zone = location.timeZone;
  const start = new Date(record.start);
  const end = new Date(start.getTime() + variant.durationMinutes * 60_000);
  const formsUrl = patientAppUrl(context.patientAppBase, { kind: 'intake-forms', appointmentId: record.id, token: record.token });
  return {
    id: record.id,
    status: record.status,
    start: formatInstant(start, zone),
    end: formatInstant(end, zone),
    service: { id: service.id, name: service.name },
    variant: { id: variant.id, name: variant.name, durationMinutes: variant.durationMinutes },
    location: locationView(location),
    // Forms are only worth filling in before a visit that is still going ahead.
    intake: record.intakeComplete ? { complete: true } : record.status === 'booked' ? { complete: false, formsUrl } : { complete: false },
    actions: actionsOf(context, record),
    ...(record.cancellation && {
      cancellation: {
        at: formatInstant(new Date(record.cancellation.at), zone),
        ...(record.cancellation.reason && { reason: record.cancellation.reason }),
        ...(record.cancellation.undone && { undone: true }),
      },
    }),
    clinic: { ...(location.contact ?? data.clinic) },
    ...practitionerName(data, record.practitionerId),
    ...visitOf(variant, record),
    ...bookedByView(record),
  };
}

/** For a visit booked by someone else: whom it is for and who booked it, by name only. */
function bookedByView({ patient, bookedBy }: SeedAppointment): Pick<Appointment, 'patient' | 'bookedBy'> {
  if (!bookedBy || !patient) return {};
  return {
    patient: { givenName: patient.givenName, familyName: patient.familyName },
    bookedBy: { givenName: bookedBy.givenName, familyName: bookedBy.familyName, relationship: bookedBy.relationship },
  };
}

/** How the visit takes place, and for a booked video visit the room it is joined in. */
function visitOf(variant: SeedVariant, record: SeedAppointment): Pick<Appointment, 'mode' | 'videoUrl'> {
  if (!variant.mode) return {};
  return variant.mode === 'video' && record.status === 'booked' ? { mode: 'video', videoUrl: videoRoomUrl(record.id) } : { mode: variant.mode };
}

/**
 * Cancel and reschedule, open until the cutoff before a booked visit, with their terms (the
 * cutoff, and a late fee where the rules set one); plus any actions the record carries.
 */
export function actionsOf(context: ViewContext, record: SeedAppointment): AppointmentAction[] {
  if (record.status !== 'booked') return [];
  const { rules, locations } = context.data;
  const location = locations.find((candidate) => candidate.id === record.locationId)!;
  const zone = location.timeZone;
  const clinic = location.contact ?? context.data.clinic;
  const start = new Date(record.start).getTime();
  const deadline = new Date(start - rules.changeCutoffHours * 3_600_000);
  const open = context.now.getTime() < deadline.getTime();
  const cutoffMinutes = rules.changeCutoffHours * 60;
  const terms = rules.lateFee && {
    freeUntil: formatInstant(new Date(start - rules.lateFee.freeUntilHours * 3_600_000), zone),
    fee: { ...rules.lateFee.fee },
  };
  const action = (type: 'cancel' | 'reschedule'): AppointmentAction =>
    open
      ? { type, allowed: true, deadline: formatInstant(deadline, zone), ...terms, cutoffMinutes }
      : { type, allowed: false, reason: closedReason(type, rules.changeCutoffHours, clinic.phone), cutoffMinutes };
  return [action('cancel'), action('reschedule'), ...(record.extraActions ?? []).map((extra) => ({ ...extra }))];
}
