/**
 * The benchmark's clinics: one service with one variant at one location, so
 * `<circle-book-service>` goes straight to the day and time, open every day of the week with
 * a given number of free starts per day (none taken by others, no notice period).
 */
import type { SeedData, Weekday } from '../src/mocks/fixtures.js';

const everyDay: Weekday[] = ['mon', 'tue', 'wed', 'thu', 'fri', 'sat', 'sun'];

export const benchIds = { serviceId: 'svc_bench', variantId: 'var_bench', locationId: 'loc_bench' } as const;

/**
 * `perDay` free starts on every day, `HH:MM`-aligned from midnight in UTC. Past 1,440 (a start
 * every minute), the same minutes come again, as in a clinic with several rooms: the contract
 * has no room, so those starts repeat.
 */
export function benchSeed(perDay: number): SeedData {
  const step = perDay <= 1440 ? Math.max(1, Math.floor(1440 / perDay)) : 1;
  const hours = [];
  for (let left = perDay; left > 0; left -= 1440 / step) {
    const count = Math.min(left, 1440 / step);
    hours.push({ days: everyDay, open: '00:00', close: clock(count * step) });
  }
  return {
    clinic: { name: 'Bench Clinic', phone: '+49 30 1234567', email: 'bench@clinic.example' },
    locations: [
      {
        id: benchIds.locationId,
        name: 'Bench Clinic Mitte',
        address: { line1: 'Friedrichstraße 100', city: 'Berlin', postalCode: '10117', country: 'DE' },
        timeZone: 'UTC',
        bookable: true,
        openingHours: hours,
      },
    ],
    services: [{ id: benchIds.serviceId, name: 'Physiotherapy', description: 'Assessment and treatment.', visible: true, bookable: true }],
    variants: [
      {
        id: benchIds.variantId,
        serviceId: benchIds.serviceId,
        name: 'Follow-up treatment',
        durationMinutes: 1,
        slotStepMinutes: step,
        price: { amountMinor: 5500, currency: 'EUR' },
        bookable: true,
        locationIds: [benchIds.locationId],
      },
    ],
    appointments: [],
    rules: { minNoticeMinutes: 0, horizonDays: 120, changeCutoffHours: 24, takenShare: 0, tokenValidityDays: 90 },
  };
}

function clock(minutes: number): string {
  return `${String(Math.floor(minutes / 60)).padStart(2, '0')}:${String(minutes % 60).padStart(2, '0')}`;
}
