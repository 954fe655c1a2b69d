import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import type { StaffAppointment } from '../../src/api/index.js';
import { groupBookings } from '../../demo/staff/groups.js';

const now = Date.parse('2026-11-24T10:00:00Z');
const hours = (n: number) => new Date(now + n * 3_600_000).toISOString();

function aBooking(id: string, startInHours: number, status: StaffAppointment['status'] = 'booked'): StaffAppointment {
  return {
    id,
    status,
    start: hours(startInHours),
    end: hours(startInHours + 1),
    service: { id: 'svc_physio', name: 'Physiotherapy' },
    variant: { id: 'var_physio_initial', name: 'Initial assessment', durationMinutes: 60 },
    location: { id: 'loc_berlin', name: 'Circle Health Mitte', timeZone: 'Europe/Berlin' },
    patient: { givenName: 'Ada', familyName: 'Lovelace' },
    intake: { complete: false },
    bookedAt: hours(-100),
    updatedAt: hours(-100),
  };
}

describe('the staff bookings list groups', () => {
  const bookings = [
    aBooking('past_done', -30, 'completed'),
    aBooking('past_cancelled', -20, 'cancelled'),
    aBooking('past_missed', -10, 'no_show'),
    aBooking('soon', 2),
    aBooking('soon_cancelled', 3, 'cancelled'),
    aBooking('later', 50),
    aBooking('later_cancelled', 60, 'cancelled'),
  ];

  it('counts only visits still booked as upcoming, never cancelled ones', () => {
    const { upcoming } = groupBookings(bookings, now);

    assert.deepEqual(
      upcoming.map((booking) => booking.id),
      ['soon', 'later'],
    );
  });

  it('keeps upcoming cancelled visits apart, soonest first', () => {
    assert.deepEqual(
      groupBookings(bookings, now).cancelled.map((booking) => booking.id),
      ['soon_cancelled', 'later_cancelled'],
    );
  });

  it('lists every visit already over as past, latest first, whatever became of it', () => {
    assert.deepEqual(
      groupBookings(bookings, now).past.map((booking) => booking.id),
      ['past_missed', 'past_cancelled', 'past_done'],
    );
  });

  it('counts a visit under way as upcoming until it ends', () => {
    assert.deepEqual(
      groupBookings([aBooking('now', -0.5)], now).upcoming.map((booking) => booking.id),
      ['now'],
    );
  });
});
