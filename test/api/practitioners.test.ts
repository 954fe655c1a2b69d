// The contract's practitioners and booking window: what an API may answer about who sees the
// patient and when online booking is open, and what the elements refuse as malformed.
import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import {
  Appointment,
  Availability,
  BookingWindow,
  CreateBookingRequest,
  Practitioner,
  RescheduleAppointmentRequest,
  Service,
  ShareKind,
  StaffAppointment,
  VariantDetail,
} from '../../src/api/index.js';
import { aBookingRequest, anAppointment, aService } from './fixtures.js';

const accepts = (schema: { safeParse(value: unknown): { success: boolean } }, value: unknown) => schema.safeParse(value).success;

function aPractitioner(): Practitioner {
  return {
    id: 'prac_anna',
    displayName: 'Anna Weber',
    title: 'Chartered physiotherapist',
    photoUrl: 'https://photos.clinic.example/anna.jpg',
    bio: 'Sports injuries and back pain.',
    languages: ['de', 'en-GB'],
  };
}

function aServiceWithPractitioners(): Service {
  const service = aService();
  service.practitioners = [aPractitioner()];
  service.variants[0]!.practitionerIds = ['prac_anna'];
  service.variants[0]!.bookingWindow = { minimumNoticeMinutes: 1440, horizonDays: 56 };
  return service;
}

describe('a practitioner', () => {
  it('is accepted with an id, name, title, bio and languages, with or without a photo', () => {
    const { photoUrl: _photo, ...withoutPhoto } = aPractitioner();
    assert.ok(accepts(Practitioner, aPractitioner()));
    assert.ok(accepts(Practitioner, withoutPhoto));
    assert.ok(accepts(Practitioner, { ...withoutPhoto, bio: '', languages: [] }));
  });

  it('is refused without a name or a title, or with an empty one', () => {
    for (const field of ['displayName', 'title', 'bio', 'languages'] as const) {
      const { [field]: _left, ...rest } = aPractitioner();
      assert.equal(accepts(Practitioner, rest), false, `without ${field}`);
    }
    assert.equal(accepts(Practitioner, { ...aPractitioner(), displayName: '' }), false);
  });

  it('has its photo only from https: http, data and javascript links are malformed', () => {
    for (const photoUrl of [
      'http://photos.clinic.example/anna.jpg',
      'data:image/png;base64,AAAA',
      'javascript:alert(1)',
      '//photos.clinic.example/a.jpg',
      'https:photos',
    ]) {
      assert.equal(accepts(Practitioner, { ...aPractitioner(), photoUrl }), false, photoUrl);
    }
  });

  it('speaks languages named by BCP 47 tags, not by their names', () => {
    assert.ok(accepts(Practitioner, { ...aPractitioner(), languages: ['ar', 'zh-Hant', 'es-419'] }));
    assert.equal(accepts(Practitioner, { ...aPractitioner(), languages: ['German'] }), false);
    assert.equal(accepts(Practitioner, { ...aPractitioner(), languages: [''] }), false);
  });
});

describe('a service and a variant list their practitioners and the variant its booking window', () => {
  it('a service answer with practitioners keeps them, and the variant its ids and window', () => {
    const service = Service.parse(aServiceWithPractitioners());

    assert.deepEqual(service.practitioners, [aPractitioner()]);
    assert.deepEqual(service.variants[0]!.practitionerIds, ['prac_anna']);
    assert.deepEqual(service.variants[0]!.bookingWindow, { minimumNoticeMinutes: 1440, horizonDays: 56 });
  });

  it('a variant detail lists the practitioners of its variant', () => {
    const service = aServiceWithPractitioners();
    const detail = VariantDetail.parse({
      variant: service.variants[0],
      service: { id: service.id, name: service.name, description: service.description, visible: true, bookable: true },
      locations: service.locations,
      clinic: service.clinic,
      practitioners: service.practitioners,
    });

    assert.equal(detail.practitioners?.[0]?.displayName, 'Anna Weber');
  });

  it('an answer without practitioners or a window is still the contract (an API that has none)', () => {
    assert.ok(accepts(Service, aService()));
  });

  it('a window with a negative notice or no horizon is malformed', () => {
    assert.equal(accepts(BookingWindow, { minimumNoticeMinutes: -1, horizonDays: 56 }), false);
    assert.equal(accepts(BookingWindow, { minimumNoticeMinutes: 0, horizonDays: 0 }), false);
    assert.equal(accepts(BookingWindow, { minimumNoticeMinutes: 90.5, horizonDays: 56 }), false);
    assert.ok(accepts(BookingWindow, { minimumNoticeMinutes: 0, horizonDays: 1 }));
  });
});

describe('a slot says who is free and whether it is bookable online', () => {
  const availability = (slots: unknown[]) => ({
    variantId: 'var_initial',
    locationId: 'loc_berlin',
    timeZone: 'Europe/Berlin',
    from: '2026-12-01',
    to: '2026-12-01',
    slots,
  });

  it('keeps the practitioners free at a time and a time only bookable by phone', () => {
    const parsed = Availability.parse(
      availability([
        { start: '2026-12-01T09:00:00+01:00', end: '2026-12-01T10:00:00+01:00', practitionerIds: ['prac_anna', 'prac_jonas'], bookableOnline: false },
      ]),
    );

    assert.deepEqual(parsed.slots[0]!.practitionerIds, ['prac_anna', 'prac_jonas']);
    assert.equal(parsed.slots[0]!.bookableOnline, false);
  });

  it('refuses a practitioner id that is no id', () => {
    assert.equal(accepts(Availability, availability([{ start: '2026-12-01T09:00:00+01:00', end: '2026-12-01T10:00:00+01:00', practitionerIds: [''] }])), false);
  });
});

describe('a booking, a move and an appointment name the practitioner', () => {
  it('a booking and a move may ask for one practitioner', () => {
    assert.equal(CreateBookingRequest.parse({ ...aBookingRequest(), practitionerId: 'prac_anna' }).practitionerId, 'prac_anna');
    assert.equal(RescheduleAppointmentRequest.parse({ start: '2026-12-01T09:00:00+01:00', practitionerId: 'prac_anna' }).practitionerId, 'prac_anna');
    assert.equal(RescheduleAppointmentRequest.parse({ start: '2026-12-01T09:00:00+01:00' }).practitionerId, undefined);
  });

  it('an appointment and the staff list carry the practitioner’s name and title', () => {
    const practitioner = { id: 'prac_anna', displayName: 'Anna Weber', title: 'Chartered physiotherapist' };
    assert.deepEqual(Appointment.parse({ ...anAppointment(), practitioner }).practitioner, practitioner);
    const staff = StaffAppointment.safeParse({
      ...anAppointment(),
      location: { id: 'loc_berlin', name: 'Mitte', timeZone: 'Europe/Berlin' },
      patient: { givenName: 'Ada', familyName: 'Lovelace' },
      intake: { complete: false },
      bookedAt: '2026-11-20T09:00:00+01:00',
      updatedAt: '2026-11-20T09:00:00+01:00',
      practitioner,
    });
    assert.ok(staff.success);
    assert.deepEqual(staff.data.practitioner, practitioner);
    assert.equal(accepts(Appointment, { ...anAppointment(), practitioner: { id: 'prac_anna', displayName: 'Anna Weber' } }), false);
  });

  it('staff may share a link to a practitioner', () => {
    assert.ok(accepts(ShareKind, 'practitioner'));
  });
});
