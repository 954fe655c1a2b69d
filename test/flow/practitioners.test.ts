// Choosing who to see in the booking flow, and keeping them when a visit moves.
import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import type { Location, Practitioner, Service, Variant } from '../../src/api/index.js';
import { catalogFromService, chooseSlot, chooseVariant, startBooking } from '../../src/flow/booking-flow.js';
import {
  choosePractitioner,
  movePractitionerFilter,
  movePractitionerId,
  offersPractitionerChoice,
  practitionerOf,
  practitionersFor,
} from '../../src/flow/practitioners.js';

function practitioner(id: string): Practitioner {
  return { id, displayName: id, title: 'Physiotherapist', bio: '', languages: ['de'] };
}
const berlin: Location = {
  id: 'berlin',
  name: 'Mitte',
  address: { line1: '1 Street', city: 'Berlin', country: 'DE' },
  timeZone: 'Europe/Berlin',
  bookable: true,
};
function variant(id: string, practitionerIds?: string[]): Variant {
  return { id, serviceId: 'svc', name: id, durationMinutes: 30, bookable: true, locationIds: ['berlin'], ...(practitionerIds && { practitionerIds }) };
}
function service(variants: Variant[], practitioners?: Practitioner[]): Service {
  return {
    id: 'svc',
    name: 'Physiotherapy',
    description: '',
    visible: true,
    bookable: true,
    variants,
    locations: [berlin],
    clinic: { name: 'Circle' },
    ...(practitioners && { practitioners }),
  };
}

const catalog = catalogFromService(
  service(
    [variant('assessment', ['anna', 'jonas', 'lukas']), variant('massage', ['jonas']), variant('bare')],
    [practitioner('anna'), practitioner('jonas'), practitioner('lukas'), practitioner('away')],
  ),
);
const slot = (practitionerIds?: string[]) => ({
  start: '2026-12-01T09:00:00+01:00',
  end: '2026-12-01T09:30:00+01:00',
  ...(practitionerIds && { practitionerIds }),
});

describe('the practitioner choice', () => {
  it("lists the variant's practitioners in the catalog's order; the catalog keeps only those who see an offered variant", () => {
    const state = chooseVariant(catalog, startBooking(catalog), 'assessment');

    assert.deepEqual(
      practitionersFor(catalog, state).map((p) => p.id),
      ['anna', 'jonas', 'lukas'],
    );
    assert.deepEqual(
      catalog.practitioners.map((p) => p.id),
      ['anna', 'jonas', 'lukas'],
    );
  });

  it('starts at "Any available practitioner"', () => {
    const state = chooseVariant(catalog, startBooking(catalog), 'assessment');

    assert.equal(state.practitionerId, undefined);
    assert.equal(practitionerOf(catalog, state), undefined);
    assert.ok(offersPractitionerChoice(catalog, state));
  });

  it('is skipped for a variant with one practitioner, who is then the one the visit is with', () => {
    const state = chooseVariant(catalog, startBooking(catalog), 'massage');

    assert.equal(offersPractitionerChoice(catalog, state), false);
    assert.equal(practitionerOf(catalog, state)?.id, 'jonas');
  });

  it('is skipped for a variant without practitioners (an API without them)', () => {
    const state = chooseVariant(catalog, startBooking(catalog), 'bare');

    assert.equal(offersPractitionerChoice(catalog, state), false);
    assert.equal(practitionerOf(catalog, state), undefined);
  });

  it('a named practitioner is chosen; one who does not see the variant is not', () => {
    const state = chooseVariant(catalog, startBooking(catalog), 'assessment');

    assert.equal(choosePractitioner(catalog, state, 'jonas').practitionerId, 'jonas');
    assert.equal(choosePractitioner(catalog, state, 'away'), state);
  });

  it('another practitioner drops a time they are not free at, with its day; keeps one they are', () => {
    let state = chooseVariant(catalog, startBooking(catalog), 'assessment');
    state = chooseSlot({ ...state, date: '2026-12-01' }, slot(['anna', 'jonas']));

    assert.deepEqual(choosePractitioner(catalog, state, 'jonas').slot, slot(['anna', 'jonas']));
    assert.equal(choosePractitioner(catalog, state, 'jonas').date, '2026-12-01');
    const lukas = choosePractitioner(catalog, state, 'lukas');
    assert.equal(lukas.slot, undefined);
    assert.equal(lukas.date, undefined, 'the first day Lukas is free is shown');
    assert.equal(choosePractitioner(catalog, lukas, undefined).practitionerId, undefined);
  });

  it('a link naming a practitioner starts with them chosen, if they see the variant', () => {
    assert.equal(startBooking(catalog, { variantId: 'assessment', practitionerId: 'lukas' }).practitionerId, 'lukas');
    assert.equal(startBooking(catalog, { variantId: 'bare', practitionerId: 'lukas' }).practitionerId, undefined);
  });

  it('a link naming a practitioner for a whole service keeps them until a treatment is chosen', () => {
    const state = startBooking(catalog, { practitionerId: 'jonas' });

    assert.equal(state.step, 'variant');
    assert.equal(chooseVariant(catalog, state, 'massage').practitionerId, 'jonas');
    assert.equal(startBooking(catalog, { practitionerId: 'away' }).practitionerId, undefined);
  });

  it('another variant keeps the practitioner if they see it too', () => {
    const state = startBooking(catalog, { variantId: 'assessment', practitionerId: 'jonas' });

    assert.equal(chooseVariant(catalog, state, 'massage').practitionerId, 'jonas');
    assert.equal(chooseVariant(catalog, choosePractitioner(catalog, state, 'anna'), 'massage').practitionerId, undefined);
  });

  it('a "Call to book" time cannot be picked', () => {
    const state = chooseVariant(catalog, startBooking(catalog), 'assessment');

    assert.equal(chooseSlot(state, { ...slot(), bookableOnline: false }).slot, undefined);
  });
});

describe('a move keeps the practitioner', () => {
  const appointment = { practitioner: { id: 'anna', displayName: 'Anna', title: 'Physiotherapist' } };

  it("offers the appointment's practitioner's times, or anyone's once the patient widens", () => {
    assert.equal(movePractitionerFilter(appointment, false), 'anna');
    assert.equal(movePractitionerFilter(appointment, true), undefined);
    assert.equal(movePractitionerFilter({}, false), undefined);
  });

  it('names nobody when they are free at the new time, else the first one free', () => {
    assert.equal(movePractitionerId(appointment, slot(['jonas', 'anna'])), undefined);
    assert.equal(movePractitionerId(appointment, slot(['jonas', 'lukas'])), 'jonas');
    assert.equal(movePractitionerId({}, slot(['jonas'])), undefined);
  });
});
