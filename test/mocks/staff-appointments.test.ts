import { after, before, describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { AppointmentList, createClient, listAppointments, ProblemError, type StaffAppointment } from '../../src/api/index.js';
import { seedAppointments, seedData } from '../../src/mocks/index.js';
import { startApiServer, type ApiServer } from '../../src/mocks/http-server.js';
import { aSimulator, bookOne, codeOf, firstFreeSlot, now } from './helpers.js';

const later = new Date(now.getTime() + 3_600_000);

function list(simulator = aSimulator(), params = {}): AppointmentList {
  const result = simulator.listAppointments(params);
  assert.equal(result.status, 200, JSON.stringify(result.body));
  return AppointmentList.parse(result.body);
}

function byId(page: AppointmentList, id: string): StaffAppointment {
  const found = page.appointments.find((appointment) => appointment.id === id);
  assert.ok(found, `${id} is not listed`);
  return found;
}

describe('the staff bookings list', () => {
  it('lists every seeded booking by start time, naming the patient', () => {
    const page = list();

    assert.equal(page.appointments.length, seedData(now).appointments.length);
    const starts = page.appointments.map((appointment) => Date.parse(appointment.start));
    assert.deepEqual(
      starts,
      [...starts].sort((a, b) => a - b),
    );
    assert.deepEqual(byId(page, seedAppointments.formsDue.id).patient.familyName, 'Schmidt');
    assert.equal(page.nextCursor, undefined);
  });

  it('shows a new booking with when it was booked and who booked it', () => {
    const simulator = aSimulator();
    const { appointmentId } = bookOne(simulator);

    const booked = byId(list(simulator), appointmentId);

    assert.equal(booked.status, 'booked');
    assert.equal(Date.parse(booked.bookedAt), now.getTime());
    assert.equal(booked.updatedAt, booked.bookedAt);
    assert.deepEqual(booked.patient, { givenName: 'Ada', familyName: 'Lovelace', email: 'ada@example.org', phone: '+44 20 7946 0958' });
    assert.equal(booked.intake.complete, false);
    assert.equal(booked.previousStart, undefined);
  });

  it('shows a moved booking with where it was before', () => {
    const simulator = aSimulator();
    const { slot, appointmentId, token } = bookOne(simulator);
    const target = firstFreeSlot(simulator, 'var_physio_followup', 'loc_berlin');
    simulator.setNow(later);

    simulator.rescheduleAppointment(appointmentId, token, { start: target.start }, 'key-move');

    const moved = byId(list(simulator), appointmentId);
    assert.equal(Date.parse(moved.start), Date.parse(target.start));
    assert.equal(Date.parse(moved.previousStart ?? ''), Date.parse(slot.start));
    assert.equal(Date.parse(moved.updatedAt), later.getTime());
  });

  it('shows a cancelled booking with when and why', () => {
    const simulator = aSimulator();
    const { appointmentId, token } = bookOne(simulator);
    simulator.setNow(later);

    simulator.cancelAppointment(appointmentId, token, { reason: 'Away' }, 'key-cancel');

    const cancelled = byId(list(simulator), appointmentId);
    assert.equal(cancelled.status, 'cancelled');
    assert.equal(cancelled.cancellation?.reason, 'Away');
    assert.equal(Date.parse(cancelled.updatedAt), later.getTime());
  });

  it('filters by service, by variant and by status', () => {
    const simulator = aSimulator();

    const checkups = list(simulator, { serviceId: 'svc_checkup' }).appointments;
    const followUps = list(simulator, { variantId: 'var_physio_followup' }).appointments;
    const cancelled = list(simulator, { status: 'cancelled' }).appointments;

    assert.deepEqual(
      checkups.map((a) => a.id),
      [seedAppointments.noShow.id],
    );
    assert.ok(followUps.length > 1 && followUps.every((a) => a.variant.id === 'var_physio_followup'));
    assert.deepEqual(
      cancelled.map((a) => a.id),
      [seedAppointments.cancelled.id],
    );
  });

  it('pages with nextCursor, neither skipping nor repeating a booking', () => {
    const simulator = aSimulator();
    const seen: string[] = [];
    let cursor: string | undefined;
    do {
      const page = list(simulator, { limit: '3', ...(cursor && { cursor }) });
      assert.ok(page.appointments.length <= 3);
      seen.push(...page.appointments.map((a) => a.id));
      cursor = page.nextCursor;
    } while (cursor);

    assert.deepEqual(
      seen,
      list(simulator).appointments.map((a) => a.id),
    );
  });

  it('answers 422 for a limit out of range, a made-up cursor or an unknown status', () => {
    const simulator = aSimulator();

    for (const params of [{ limit: '0' }, { limit: '201' }, { limit: 'ten' }, { cursor: 'page-2' }, { status: 'lost' }]) {
      assert.equal(codeOf(simulator.listAppointments(params)), 'validation', JSON.stringify(params));
    }
  });

  it('answers 404 for an unknown service or variant', () => {
    assert.equal(codeOf(aSimulator().listAppointments({ serviceId: 'svc_nope' })), 'not_found');
    assert.equal(codeOf(aSimulator().listAppointments({ variantId: 'var_nope' })), 'not_found');
  });

  it('answers 401 without the staff token when one is set', () => {
    const simulator = aSimulator({ staffToken: 'staff-secret' });

    assert.equal(codeOf(simulator.listAppointments({})), 'unauthorized');
    assert.equal(simulator.listAppointments({}, 'staff-secret').status, 200);
  });
});

describe('the staff bookings list over HTTP, through the client', () => {
  let server: ApiServer;
  before(async () => {
    server = await startApiServer({ now, staffToken: 'staff-secret' });
  });
  after(() => server.close());

  it('passes the filters and the staff token', async () => {
    const client = createClient({ apiBase: server.url, headers: { Authorization: 'Bearer staff-secret' } });

    const page = await listAppointments(client, { serviceId: 'svc_physio', status: 'booked', limit: 2 });

    assert.equal(page.appointments.length, 2);
    assert.ok(page.nextCursor);
    assert.ok(page.appointments.every((a) => a.service.id === 'svc_physio' && a.status === 'booked'));
  });

  it('is refused without the staff token', async () => {
    const client = createClient({ apiBase: server.url, retry: { retries: 0 } });

    await assert.rejects(listAppointments(client), (error: unknown) => error instanceof ProblemError && error.code === 'unauthorized');
  });
});
