/**
 * Who the patient sees: "Any available practitioner" (the default) or one named practitioner
 * of the chosen variant. A filter above the times rather than a step: most patients keep "Any",
 * and need no extra screen for it; one who chooses sees at once the days and times narrow below.
 * It is not offered when the variant has one practitioner or none.
 */
import type { Appointment, Practitioner, Slot } from '../api/schemas.js';
import type { BookingCatalog, BookingFlowState } from './booking-flow.js';

/** The practitioners who see the chosen variant, in the catalog's order. */
export function practitionersFor(catalog: BookingCatalog, state: Pick<BookingFlowState, 'variantId'>): readonly Practitioner[] {
  // Once per render, so a plain search: the catalog's index is booking-flow.ts's own.
  const ids = catalog.practitioners.length ? catalog.variants.find((variant) => variant.id === state.variantId)?.practitionerIds : undefined;
  return ids?.length ? catalog.practitioners.filter((practitioner) => ids.includes(practitioner.id)) : [];
}

/** Whether the patient chooses who to see: only between two or more. */
export function offersPractitionerChoice(catalog: BookingCatalog, state: Pick<BookingFlowState, 'variantId'>): boolean {
  return practitionersFor(catalog, state).length > 1;
}

/**
 * Who the visit is with, as far as the flow knows before booking: the one chosen, or the only
 * one of the variant; undefined for "Any available practitioner" (the API picks).
 */
export function practitionerOf(catalog: BookingCatalog, state: BookingFlowState): Practitioner | undefined {
  const list = practitionersFor(catalog, state);
  return list.length === 1 ? list[0] : list.find((practitioner) => practitioner.id === state.practitionerId);
}

/**
 * Chooses one practitioner, or anyone with `undefined`. A chosen time the new practitioner is
 * free at stays, with its day; else both go, so the first day they are free is shown.
 */
export function choosePractitioner(catalog: BookingCatalog, state: BookingFlowState, practitionerId: string | undefined): BookingFlowState {
  if (state.practitionerId === practitionerId) return state;
  if (practitionerId !== undefined && !practitionersFor(catalog, state).some((practitioner) => practitioner.id === practitionerId)) return state;
  const { practitionerId: _previous, slot, date, attemptKey: _key, unconfirmed: _unconfirmed, notice: _notice, ...rest } = state;
  const keep = slot && (practitionerId === undefined || slot.practitionerIds === undefined || slot.practitionerIds.includes(practitionerId));
  return { ...rest, ...(practitionerId !== undefined && { practitionerId }), ...(keep && { slot, ...(date && { date }) }) };
}

/** The practitioner a move offers the times of: the appointment's own, unless the patient widened to anyone. */
export function movePractitionerFilter(appointment: Pick<Appointment, 'practitioner'>, anyPractitioner: boolean): string | undefined {
  return anyPractitioner ? undefined : appointment.practitioner?.id;
}

/**
 * What a move names: nothing when the appointment's practitioner is free at the new time (the
 * API keeps them), else the first practitioner free then (the patient widened to anyone).
 */
export function movePractitionerId(appointment: Pick<Appointment, 'practitioner'>, slot: Slot): string | undefined {
  const own = appointment.practitioner?.id;
  if (!own || !slot.practitionerIds || slot.practitionerIds.includes(own)) return undefined;
  return slot.practitionerIds[0];
}
