/**
 * Who sees the patient at a booked or moved time: the practitioner asked for, if free then, or
 * the first free one. Refused when the one asked for does not see patients for the variant
 * (a 422 on the field) or is not free at that time (409, like any taken time).
 */
import type { SeedVariant } from './fixtures.js';
import { problem, type SimResult } from './problems.js';
import type { SlotTime } from './schedule.js';

export function practitionerFor(variant: SeedVariant, slot: SlotTime, wanted: string | undefined): { practitionerId?: string } | { refused: SimResult } {
  if (!variant.practitionerIds?.length) return {};
  if (wanted === undefined) return { practitionerId: slot.practitionerIds?.[0] };
  if (!variant.practitionerIds.includes(wanted)) {
    return {
      refused: problem(422, 'validation', 'Check practitionerId.', [{ field: 'practitionerId', message: 'This practitioner does not see patients for this.' }]),
    };
  }
  if (!slot.practitionerIds?.includes(wanted)) {
    return { refused: problem(409, 'slot_unavailable', 'That practitioner is no longer free at that time. Please pick another time.') };
  }
  return { practitionerId: wanted };
}
