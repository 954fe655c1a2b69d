// The simulator's practitioners: who is listed, who is free when, and that a booking, a move,
// the staff list and a share link name them.
import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { Appointment, AppointmentList, BookingConfirmation, Service, ShareLink, VariantDetail } from '../../src/api/index.js';
import { parsePatientAppUrl } from '../../src/links/index.js';
import { seedAppointments, seedPractitioners } from '../../src/mocks/index.js';
import { weekdayOf } from '../../src/mocks/fixtures.js';
import { aBooking, allSlots, aSimulator, codeOf, freeSlots } from './helpers.js';

const { anna, jonas, lukas, claudia } = seedPractitioners;
const december = ['2026-12-01', '2026-12-31'] as const;

describe('services and variants list their practitioners', () => {
  it('physiotherapy lists its three physiotherapists, each variant the ones who see it', () => {
    const service = Service.parse(aSimulator().getService('svc_physio').body);

    assert.deepEqual(
      service.practitioners?.map((p) => p.displayName),
      ['Anna Weber', 'Jonas Okafor', 'Lukas Brandt'],
    );
    assert.equal(service.practitioners?.[0]?.title, 'Chartered physiotherapist');
    assert.deepEqual(service.variants.find((v) => v.id === 'var_physio_massage')?.practitionerIds, [jonas, anna]);
  });

  it('the check-up variant has one practitioner; home visits have none', () => {
    const checkup = VariantDetail.parse(aSimulator().getVariant('var_checkup').body);
    const home = Service.parse(aSimulator().getService('svc_home').body);

    assert.deepEqual(
      checkup.practitioners?.map((p) => p.id),
      [claudia],
    );
    assert.equal(home.practitioners, undefined);
    assert.equal(home.variants[0]!.practitionerIds, undefined);
  });
});

describe('availability by practitioner', () => {
  it('every time says who is free, and Anna, free whenever the clinic is, is always among them', () => {
    const slots = allSlots(aSimulator(), 'var_physio_followup', 'loc_berlin', ...december);

    assert.ok(slots.length > 0);
    assert.ok(slots.every((slot) => slot.practitionerIds?.includes(anna)));
  });

  it('asked for Jonas, only his times: Mondays, Wednesdays and Fridays, some taken', () => {
    const simulator = aSimulator();
    const everyone = allSlots(simulator, 'var_physio_followup', 'loc_berlin', ...december);

    const his = allSlots(simulator, 'var_physio_followup', 'loc_berlin', ...december, jonas);

    assert.ok(his.length > 0);
    assert.ok(his.every((slot) => slot.practitionerIds?.includes(jonas)));
    assert.deepEqual([...new Set(his.map((slot) => weekdayOf(slot.start.slice(0, 10))))].sort(), ['fri', 'mon', 'wed']);
    assert.ok(his.length < everyone.filter((slot) => ['mon', 'wed', 'fri'].includes(weekdayOf(slot.start.slice(0, 10)))).length);
  });

  it('Lukas is fully booked: no time in any window, and no next date to point to', () => {
    const result = aSimulator().getAvailability({
      variantId: 'var_physio_initial',
      locationId: 'loc_berlin',
      from: '2026-11-24',
      to: '2027-01-24',
      practitionerId: lukas,
    });

    const body = result.body as { slots: unknown[]; nextAvailableDate?: string; bookableUntil?: string };
    assert.deepEqual(body.slots, []);
    assert.equal(body.nextAvailableDate, undefined);
    assert.ok(body.bookableUntil);
  });

  it('a practitioner who does not see patients for the variant is 404', () => {
    const result = aSimulator().getAvailability({
      variantId: 'var_checkup',
      locationId: 'loc_berlin',
      from: '2026-12-01',
      to: '2026-12-07',
      practitionerId: anna,
    });

    assert.equal(result.status, 404);
    assert.equal(codeOf(result), 'not_found');
  });
});

describe('booking and moving with a practitioner', () => {
  it('books the practitioner asked for, and the appointment names them', () => {
    const simulator = aSimulator();
    const slot = allSlots(simulator, 'var_physio_followup', 'loc_berlin', ...december, jonas)[0]!;

    const result = simulator.createBooking(aBooking(slot.start, { practitionerId: jonas }), 'key-1');

    assert.equal(result.status, 201);
    assert.deepEqual(BookingConfirmation.parse(result.body).appointment.practitioner, {
      id: jonas,
      displayName: 'Jonas Okafor',
      title: 'Sports physiotherapist',
    });
  });

  it('"Any available practitioner" gets the first one free at that time', () => {
    const simulator = aSimulator();
    const slot = freeSlots(simulator)[0]!;

    const result = simulator.createBooking(aBooking(slot.start), 'key-1');

    assert.equal(BookingConfirmation.parse(result.body).appointment.practitioner?.id, slot.practitionerIds?.[0]);
  });

  it('refuses a practitioner not free at that time (409) or not seeing patients for it (422)', () => {
    const simulator = aSimulator();
    const slot = freeSlots(simulator)[0]!;

    assert.equal(codeOf(simulator.createBooking(aBooking(slot.start, { practitionerId: lukas }), 'key-1')), 'slot_unavailable');
    assert.equal(codeOf(simulator.createBooking(aBooking(slot.start, { practitionerId: claudia }), 'key-2')), 'validation');
  });

  it('a move keeps the practitioner: a time they are not free is refused, one of theirs is taken, another named widens', () => {
    const simulator = aSimulator();
    const { id, token } = seedAppointments.ready; // with Jonas, in New York
    const times = (practitionerId?: string) => allSlots(simulator, 'var_physio_followup', 'loc_newyork', ...december, practitionerId);
    const notHis = times().find((slot) => !slot.practitionerIds?.includes(jonas))!;
    const his = times(jonas)[0]!;

    assert.equal(codeOf(simulator.rescheduleAppointment(id, token, { start: notHis.start }, 'key-1')), 'slot_unavailable');
    assert.equal(Appointment.parse(simulator.rescheduleAppointment(id, token, { start: his.start }, 'key-2').body).practitioner?.id, jonas);
    const widened = simulator.rescheduleAppointment(id, token, { start: notHis.start, practitionerId: anna }, 'key-3');
    assert.equal(Appointment.parse(widened.body).practitioner?.id, anna);
  });

  it('a move asked of a fully booked practitioner is refused as taken', () => {
    const simulator = aSimulator();
    const { id, token } = seedAppointments.formsDue;
    const slot = freeSlots(simulator, 'var_physio_initial')[0]!;

    assert.equal(codeOf(simulator.rescheduleAppointment(id, token, { start: slot.start, practitionerId: lukas }, 'key-1')), 'slot_unavailable');
  });
});

describe('staff see and share practitioners', () => {
  it('the bookings list names the practitioner of each booking that has one', () => {
    const list = AppointmentList.parse(aSimulator().listAppointments({ limit: '200' }).body);

    assert.equal(list.appointments.find((a) => a.id === seedAppointments.formsDue.id)?.practitioner?.displayName, 'Anna Weber');
  });

  it("a practitioner's share link books their service with them chosen", () => {
    const link = ShareLink.parse(aSimulator().getShareLink('practitioner', jonas).body);

    assert.equal(link.ready, true);
    const parsed = parsePatientAppUrl(link.url!);
    assert.deepEqual(parsed.ok && parsed.target, { kind: 'book-service', serviceId: 'svc_physio', practitionerId: jonas });
  });

  it('an unknown practitioner has no link', () => {
    assert.equal(aSimulator().getShareLink('practitioner', 'prac_nobody').status, 404);
  });
});
