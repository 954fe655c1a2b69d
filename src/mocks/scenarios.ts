/**
 * Named scenarios of held times and cancellation terms (issue 21, parts 3 and 4), for tests,
 * stories and the demo: a time held by another patient, a hold expiring, a move into the
 * change cutoff, and a cancellation past its free deadline that carries a fee.

 */
import type { Price } from '../api/schemas.js';
import { seedData, type SeedData, type Weekday } from './fixtures.js';
import type { SimResult } from './problems.js';
import type { BookingSimulator, SimulatorOptions } from './simulator.js';

const hour = 3_600_000;

/** The late-change terms of `seedWithLateFee`: free until 48 hours before, then €25 until the 24-hour cutoff. */
export const lateFeeTerms: { freeUntilHours: number; fee: Price } = { freeUntilHours: 48, fee: { amountMinor: 2500, currency: 'EUR' } };

/** The appointment of `seedWithLateFee` that lies inside the fee window: cancelling it now costs the fee. */
export const lateFeeAppointment = { id: 'apt_late_fee', token: 'tok_late_fee_3e9d21' } as const;

/**
 * A cancellation past its deadline with a fee: the seed with `lateFeeTerms`, and one visit 36
 * hours ahead (past its free deadline, before its cutoff). Every other seeded visit keeps its
 * terms, so `formsDue` shows the fee to come.
 */
export function seedWithLateFee(now: Date): SeedData {
  const data = seedData(now);
  data.rules.lateFee = structuredClone(lateFeeTerms);
  const formsDue = data.appointments.find((record) => record.id === 'apt_forms_due')!;
  data.appointments.push({
    ...structuredClone(formsDue),
    ...lateFeeAppointment,
    start: new Date(Math.ceil((now.getTime() + 36 * hour) / hour) * hour).toISOString(),
    intakeComplete: true,
  });
  return data;
}

/**
 * A hold expiring: holds that last `seconds`, a little over the two minutes at which the patient
 * is told time is running out, so a story or test meets the warning and then the end.
 */
export function shortHolds(seconds = 130): Pick<SimulatorOptions, 'holdSeconds'> {
  return { holdSeconds: seconds };
}

/**
 * A time held by another patient: this slot is held by someone else, so holding or booking it
 * answers 409 slot_held until their hold ends (in `seconds`, the simulator's hold length when
 * left out).
 */
export function holdByAnotherPatient(simulator: BookingSimulator, slot: { variantId: string; locationId: string; start: string }, seconds?: number): SimResult {
  return simulator.holdForAnotherPatient(slot, seconds);
}

const everyDay: Weekday[] = ['mon', 'tue', 'wed', 'thu', 'fri', 'sat', 'sun'];

/**
 * A move into the cutoff: every location open round the clock with nothing taken, so whatever
 * the hour, the first free times lie inside the 24-hour change cutoff. Moving `formsDue` to one
 * of them leaves a visit that can no longer be changed or cancelled online.
 */
export function seedWithTimesInsideCutoff(now: Date): SeedData {
  const data = seedData(now);
  for (const location of data.locations) location.openingHours = [{ days: everyDay, open: '00:00', close: '23:30' }];
  data.rules.takenShare = 0;
  return data;
}
