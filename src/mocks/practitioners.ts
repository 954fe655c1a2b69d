/**
 * The simulator's practitioners: who sees patients for which variants, on which weekdays, and
 * how busy each is. The diary has one room per location, so a booked time is taken for every
 * practitioner; among the free times, each practitioner is free on their own days and for a
 * stable share of times (`takenShare`), the same on every run.
 */
import type { Practitioner, PractitionerName } from '../api/schemas.js';
import type { SeedData, SeedVariant, Weekday } from './fixtures.js';

export interface SeedPractitioner extends Practitioner {
  /** The weekdays they see patients; every open day when left out. */
  days?: Weekday[];
  /** The share of their free times other patients already hold, 0..1; 1 is fully booked. */
  takenShare?: number;
}

/** The seeded practitioners, for stories, tests and the demo to choose by id. */
export const seedPractitioners = {
  /** Sees patients every open day: free whenever the clinic is. */
  anna: 'prac_anna',
  /** Mondays, Wednesdays and Fridays, and busy: fewer days in the month grid. */
  jonas: 'prac_jonas',
  /** Fully booked online: no free time at all. */
  lukas: 'prac_lukas',
  /** The only GP for check-ups: the practitioner step is skipped. */
  claudia: 'prac_claudia',
} as const;

export const practitioners: SeedPractitioner[] = [
  {
    id: seedPractitioners.anna,
    displayName: 'Anna Weber',
    title: 'Chartered physiotherapist',
    bio: 'Back and neck pain, and getting back to work after an injury.',
    languages: ['de', 'en'],
  },
  {
    id: seedPractitioners.jonas,
    displayName: 'Jonas Okafor',
    title: 'Sports physiotherapist',
    bio: 'Running and football injuries; sports massage.',
    languages: ['en', 'de', 'fr'],
    days: ['mon', 'wed', 'fri'],
    takenShare: 0.3,
  },
  {
    id: seedPractitioners.lukas,
    displayName: 'Lukas Brandt',
    title: 'Physiotherapist, manual therapy',
    bio: 'Joint mobility and manual therapy.',
    languages: ['de', 'ar'],
    takenShare: 1,
  },
  {
    id: seedPractitioners.claudia,
    displayName: 'Dr Claudia Meyer',
    title: 'General practitioner',
    bio: 'Yearly check-ups and preventive care.',
    languages: ['de', 'en', 'es'],
  },
];

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
