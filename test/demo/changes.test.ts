import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import type { StaffAppointment } from '../../src/api/index.js';
import { recentChange, recentMs, updatesSince } from '../../demo/staff/changes.js';

const now = Date.parse('2026-11-24T10:00:00Z');
const minutesAgo = (minutes: number) => new Date(now - minutes * 60_000).toISOString();

function aBooking(overrides: Partial<StaffAppointment> = {}): StaffAppointment {
  return {
    id: 'apt_1',
    status: 'booked',
    start: '2026-12-01T09:00:00+01:00',
    end: '2026-12-01T10:00:00+01:00',
    service: { id: 'svc_physio', name: 'Physiotherapy' },
    variant: { id: 'var_physio_initial', name: 'Initial assessment', durationMinutes: 60 },
    location: { id: 'loc_berlin', name: 'Circle Health Mitte', timeZone: 'Europe/Berlin' },
    patient: { givenName: 'Ada', familyName: 'Lovelace' },
    intake: { complete: false },
    bookedAt: minutesAgo(60 * 24),
    updatedAt: minutesAgo(60 * 24),
    ...overrides,
  };
}

describe('a booking’s recent change', () => {
  it('is new when booked within the window and not changed since', () => {
    assert.equal(recentChange(aBooking({ bookedAt: minutesAgo(2), updatedAt: minutesAgo(2) }), now), 'new');
  });

  it('is moved when it moved within the window', () => {
    assert.equal(recentChange(aBooking({ previousStart: '2026-11-30T09:00:00+01:00', updatedAt: minutesAgo(1) }), now), 'moved');
  });

  it('is cancelled when cancelled within the window, even after a move', () => {
    const booking = aBooking({ status: 'cancelled', previousStart: '2026-11-30T09:00:00+01:00', updatedAt: minutesAgo(1) });

    assert.equal(recentChange(booking, now), 'cancelled');
  });

  it('is nothing once the window has passed', () => {
    const old = new Date(now - recentMs - 1000).toISOString();

    assert.equal(recentChange(aBooking({ bookedAt: old, updatedAt: old }), now), undefined);
  });
});

describe('updates since the last poll', () => {
  it('are none on the first load', () => {
    assert.deepEqual(updatesSince(undefined, [aBooking()]), []);
  });

  it('name a new, a moved and a cancelled booking, and leave the unchanged out', () => {
    const before = [aBooking({ id: 'a' }), aBooking({ id: 'b' }), aBooking({ id: 'c' })];
    const after = [
      aBooking({ id: 'a' }),
      aBooking({ id: 'b', start: '2026-12-02T09:00:00+01:00' }),
      aBooking({ id: 'c', status: 'cancelled' }),
      aBooking({ id: 'd' }),
    ];

    const updates = updatesSince(before, after).map(({ booking, change }) => [booking.id, change]);

    assert.deepEqual(updates, [
      ['b', 'moved'],
      ['c', 'cancelled'],
      ['d', 'new'],
    ]);
  });

  it('do not count the same instant written in another offset as a move', () => {
    const before = [aBooking({ start: '2026-12-01T09:00:00+01:00' })];

    assert.deepEqual(updatesSince(before, [aBooking({ start: '2026-12-01T08:00:00Z' })]), []);
  });
});
