/**
 * `GET /appointments`: the staff dashboard's list of bookings, by start time, a page at a time,
 * with who booked and what last changed.
 */
import * as z from 'zod/mini';
import { AppointmentStatus, type StaffAppointment } from '../api/schemas.js';
import { formatInstant } from '../time/instants.js';
import type { SeedAppointment, SeedData } from './fixtures.js';
import { problem, validationProblem, type SimResult } from './problems.js';
import { practitionerName } from './practitioners.js';
import { staffAnswers } from './clinic-questions.js';

export interface AppointmentListParams {
  serviceId?: string | undefined;
  variantId?: string | undefined;
  status?: string | undefined;
  cursor?: string | undefined;
  limit?: string | undefined;
}

export const defaultPageSize = 50;
export const maxPageSize = 200;

const Query = z.object({
  serviceId: z.optional(z.string().check(z.minLength(1))),
  variantId: z.optional(z.string().check(z.minLength(1))),
  status: z.optional(AppointmentStatus),
  // The cursor is the offset of the page's first booking; opaque to clients all the same.
  cursor: z.optional(z.string().check(z.regex(/^o\d{1,6}$/, 'Pass nextCursor from the page before, unchanged.'))),
  limit: z.optional(z.string().check(z.regex(/^\d{1,3}$/, `Give a whole number from 1 to ${maxPageSize}.`))),
});

/** Stands in for a patient the seed leaves out, so every listed booking names someone. */
const unnamed: { givenName: string; familyName: string; email?: string; phone?: string } = { givenName: 'Unnamed', familyName: 'Patient' };

export function appointmentList(data: SeedData, params: AppointmentListParams): SimResult {
  const parsed = Query.safeParse(withoutUndefined(params));
  if (!parsed.success) return validationProblem(parsed.error.issues);
  const { serviceId, variantId, status, cursor } = parsed.data;
  const limit = parsed.data.limit === undefined ? defaultPageSize : Number(parsed.data.limit);
  if (limit < 1 || limit > maxPageSize) {
    return problem(422, 'validation', 'Check limit.', [{ field: 'limit', message: `Give a whole number from 1 to ${maxPageSize}.` }]);
  }
  if (serviceId !== undefined && !data.services.some((service) => service.id === serviceId))
    return problem(404, 'not_found', 'There is no service with this id.');
  if (variantId !== undefined && !data.variants.some((variant) => variant.id === variantId))
    return problem(404, 'not_found', 'There is no variant with this id.');

  const matching = data.appointments
    .filter((record) => {
      const variant = data.variants.find((candidate) => candidate.id === record.variantId);
      return (
        (serviceId === undefined || variant?.serviceId === serviceId) &&
        (variantId === undefined || record.variantId === variantId) &&
        (status === undefined || record.status === status)
      );
    })
    // By start, then id: a stable order, so pages neither skip nor repeat a booking.
    .sort((a, b) => Date.parse(a.start) - Date.parse(b.start) || a.id.localeCompare(b.id));
  const offset = cursor === undefined ? 0 : Number(cursor.slice(1));
  const page = matching.slice(offset, offset + limit);
  const next = offset + limit < matching.length ? { nextCursor: `o${offset + limit}` } : {};
  return { status: 200, body: { appointments: page.map((record) => staffAppointmentView(data, record)), ...next } };
}

export function staffAppointmentView(data: SeedData, record: SeedAppointment): StaffAppointment {
  const variant = data.variants.find((candidate) => candidate.id === record.variantId)!;
  const service = data.services.find((candidate) => candidate.id === variant.serviceId)!;
  const location = data.locations.find((candidate) => candidate.id === record.locationId)!;
  const zone = location.timeZone;
  const start = new Date(record.start);
  const at = (instant: string) => formatInstant(new Date(instant), zone);
  // A seed without history was booked a fortnight before its visit and never changed.
  const bookedAt = record.bookedAt ?? new Date(start.getTime() - 14 * 24 * 3_600_000).toISOString();
  const { givenName, familyName, email, phone } = record.patient ?? unnamed;
  return {
    id: record.id,
    status: record.status,
    start: formatInstant(start, zone),
    end: formatInstant(new Date(start.getTime() + variant.durationMinutes * 60_000), zone),
    service: { id: service.id, name: service.name },
    variant: { id: variant.id, name: variant.name, durationMinutes: variant.durationMinutes },
    location: { id: location.id, name: location.name, timeZone: zone },
    patient: { givenName, familyName, ...(email && { email }), ...(phone && { phone }) },
    ...(record.bookedBy && { bookedBy: { ...record.bookedBy } }),
    intake: { complete: record.intakeComplete },
    bookedAt: at(bookedAt),
    updatedAt: at(record.updatedAt ?? record.cancellation?.at ?? bookedAt),
    ...(record.previousStart && { previousStart: at(record.previousStart) }),
    ...(record.cancellation && {
      cancellation: {
        at: at(record.cancellation.at),
        ...(record.cancellation.reason && { reason: record.cancellation.reason }),
        ...(record.cancellation.undone && { undone: true }),
      },
    }),
    ...practitionerName(data, record.practitionerId),
    ...staffAnswers(variant, record.answers),
  };
}

function withoutUndefined<T extends object>(value: T): Partial<T> {
  return Object.fromEntries(Object.entries(value).filter(([, v]) => v !== undefined)) as Partial<T>;
}
