/**
 * The simulator's practitioners (seeded in fixtures.ts) as answers show them, and who of them is
 * free at a time. The diary has one room per location, so a booked time is taken for every
 * practitioner; among the free times, each practitioner is free on their own days and for a
 * stable share of times (`takenShare`), the same on every run.
 */
import type { Practitioner, PractitionerName } from '../api/schemas.js';
import type { SeedData, SeedPractitioner, SeedVariant, Weekday } from './fixtures.js';

/** A practitioner as the contract shows them: without the simulator's own fields. */
export function practitionerView({ days: _days, takenShare: _share, ...practitioner }: SeedPractitioner): Practitioner {
  return practitioner;
}

export function practitionerName(data: SeedData, practitionerId: string | undefined): { practitioner: PractitionerName } | undefined {
  const found = data.practitioners?.find((candidate) => candidate.id === practitionerId);
  return found && { practitioner: { id: found.id, displayName: found.displayName, title: found.title } };
}

/** The practitioners of some variants, each once, in the seed's order. */
export function practitionersOf(data: SeedData, variants: readonly SeedVariant[]): Practitioner[] {
  const ids = new Set(variants.flatMap((variant) => variant.practitionerIds ?? []));
  return (data.practitioners ?? []).filter((practitioner) => ids.has(practitioner.id)).map(practitionerView);
}

/** `{ practitioners }` for an answer, or nothing when these variants have none. */
export function practitionersField(data: SeedData, variants: readonly SeedVariant[]): { practitioners?: Practitioner[] } {
  const list = practitionersOf(data, variants);
  return list.length > 0 ? { practitioners: list } : {};
}

/**
 * Who of a variant's practitioners is free at a free time on `weekday`; undefined when the
 * variant has no practitioners. `taken` says whether other patients hold a key's time.
 */
export function freePractitioners(
  data: SeedData,
  variant: SeedVariant,
  weekday: Weekday,
  taken: (practitionerId: string, share: number) => boolean,
): string[] | undefined {
  if (!variant.practitionerIds?.length) return undefined;
  return variant.practitionerIds.filter((id) => {
    const practitioner = data.practitioners?.find((candidate) => candidate.id === id);
    if (!practitioner || (practitioner.days && !practitioner.days.includes(weekday))) return false;
    return !taken(id, practitioner.takenShare ?? 0);
  });
}
