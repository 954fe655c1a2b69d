import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { NetworkError, ProblemError, ResponseShapeError, TimeoutError, type Location, type Service, type Variant } from '../../src/api/index.js';
import {
  back,
  canContinue,
  carryOver,
  catalogFromService,
  catalogFromVariant,
  chooseLocation,
  chooseSlot,
  chooseVariant,
  confirmFailed,
  confirmed,
  confirming,
  goTo,
  next,
  startBooking,
  stepsOf,
  updatePatient,
  type BookingCatalog,
  type BookingFlowState,
} from '../../src/flow/booking-flow.js';

function location(id: string, bookable = true): Location {
  return { id, name: id, address: { line1: '1 Street', city: 'Berlin', country: 'DE' }, timeZone: 'Europe/Berlin', bookable };
}
function variant(id: string, locationIds: string[], bookable = true): Variant {
  return { id, serviceId: 'svc', name: id, durationMinutes: 30, bookable, locationIds };
}
function service(variants: Variant[], locations: Location[], extra: Partial<Service> = {}): Service {
  return {
    id: 'svc',
    name: 'Physiotherapy',
    description: 'Muscles and joints.',
    visible: true,
    bookable: true,
    variants,
    locations,
    clinic: { name: 'Circle Health', phone: '+49 30 1234567' },
    ...extra,
  };
}

const twoByTwo = catalogFromService(
  service([variant('short', ['a', 'b']), variant('long', ['a'])], [location('a'), location('b'), location('hamburg', false)]),
);
const slot = { start: '2026-11-25T09:00:00+01:00', end: '2026-11-25T09:30:00+01:00' };
const otherSlot = { start: '2026-11-25T10:00:00+01:00', end: '2026-11-25T10:30:00+01:00' };
const patient = { givenName: 'Ada', familyName: 'Lovelace', email: 'ada@example.org', phone: '+44 20 7946 0958', dateOfBirth: '1985-12-10' };

/** A flow at review, with everything chosen and typed. */
function atReview(catalog: BookingCatalog = twoByTwo): BookingFlowState {
  let state = startBooking(catalog, { patient });
  state = chooseVariant(catalog, state, 'short');
  state = chooseLocation(catalog, state, 'a');
  state = chooseSlot(state, slot);
  return { ...state, step: 'review' };
}

describe('the catalog', () => {
  it('offers only bookable variants at bookable locations', () => {
    const catalog = catalogFromService(
      service([variant('ok', ['a', 'hamburg']), variant('paused', ['a'], false), variant('nowhere', ['hamburg'])], [location('a'), location('hamburg', false)]),
    );
    assert.deepEqual(
      catalog.variants.map((v) => v.id),
      ['ok'],
    );
    assert.deepEqual(
      catalog.locations.map((l) => l.id),
      ['a'],
    );
    assert.equal(catalog.unavailable, undefined);
  });

  it('is limited to the location the clinic set', () => {
    const catalog = catalogFromService(service([variant('short', ['a', 'b']), variant('long', ['a'])], [location('a'), location('b')]), { locationId: 'b' });
    assert.deepEqual(
      catalog.variants.map((v) => v.id),
      ['short'],
    );
    assert.deepEqual(
      catalog.locations.map((l) => l.id),
      ['b'],
    );
  });

  it('says why when nothing can be booked', () => {
    assert.equal(catalogFromService(service([variant('v', ['a'])], [location('a')], { bookable: false })).unavailable?.code, 'not_bookable');
    assert.equal(catalogFromService(service([variant('v', ['h'])], [location('h', false)])).unavailable?.code, 'no_location');
    const paused = { code: 'not_bookable' as const, message: 'Paused; call us.' };
    assert.deepEqual(catalogFromService(service([], [], { bookable: false, unavailable: paused })).unavailable, paused);
  });

  describe('with the free slots the answer carried', () => {
    const opening = (variantId: string, locationId: string) => ({
      variantId,
      locationId,
      timeZone: 'Europe/Berlin',
      from: '2026-11-24',
      to: '2026-11-30',
      slots: [],
    });

    it('keeps them for the day picker where they are of what the flow opens on', () => {
      const availability = opening('v', 'a');
      const catalog = catalogFromService(service([variant('v', ['a'])], [location('a')], { availability }));
      assert.equal(catalog.availability, availability);
      const detail = catalogFromVariant({
        variant: variant('v', ['a']),
        service: { id: 'svc', name: 'Physiotherapy', description: '', visible: true, bookable: true },
        locations: [location('a')],
        clinic: { name: 'Circle Health' },
        availability,
      });
      assert.equal(detail.availability, availability);
    });

    it('drops them where they are of a variant or location not offered here', () => {
      // The clinic set location-id="b": slots at "a" are of no use.
      const elsewhere = catalogFromService(service([variant('v', ['a', 'b'])], [location('a'), location('b')], { availability: opening('v', 'a') }), {
        locationId: 'b',
      });
      assert.equal(elsewhere.availability, undefined);
      const paused = catalogFromService(
        service([variant('v', ['a']), variant('paused', ['a'], false)], [location('a')], { availability: opening('paused', 'a') }),
      );
      assert.equal(paused.availability, undefined);
    });
  });

  it('of one variant has no variant step', () => {
    const catalog = catalogFromVariant({
      variant: variant('long', ['a', 'b']),
      service: { id: 'svc', name: 'Physiotherapy', description: '', visible: true, bookable: true },
      locations: [location('a'), location('b')],
      clinic: { name: 'Circle Health' },
    });
    const state = startBooking(catalog);
    assert.equal(state.variantId, 'long');
    assert.deepEqual(stepsOf(catalog, state), ['location', 'time', 'details', 'review', 'done']);
    assert.equal(state.step, 'location');
  });
});

describe('starting', () => {
  it('begins with the variant when there are several', () => {
    const state = startBooking(twoByTwo);
    assert.equal(state.step, 'variant');
    assert.deepEqual(stepsOf(twoByTwo, state), ['variant', 'location', 'time', 'details', 'review', 'done']);
  });

  it('skips what there is nothing to choose in, straight to the times', () => {
    const catalog = catalogFromService(service([variant('only', ['a'])], [location('a')]));
    const state = startBooking(catalog);
    assert.equal(state.variantId, 'only');
    assert.equal(state.locationId, 'a');
    assert.equal(state.step, 'time');
    assert.deepEqual(stepsOf(catalog, state), ['time', 'details', 'review', 'done']);
  });

  it('takes a preselected variant and location, and prefilled details', () => {
    const state = startBooking(twoByTwo, { variantId: 'short', locationId: 'b', patient: { email: 'ada@example.org' } });
    assert.equal(state.step, 'time');
    assert.equal(state.locationId, 'b');
    assert.equal(state.patient.email, 'ada@example.org');
  });

  it('ignores a preselection that is not offered', () => {
    const state = startBooking(twoByTwo, { variantId: 'long', locationId: 'b' });
    assert.equal(state.variantId, 'long');
    assert.equal(state.locationId, 'a', 'the only location of long');
    assert.equal(state.step, 'time');
  });
});

describe('the same service loaded again', () => {
  // In the page's new language, say: names differ, ids are the same.
  const reloaded = catalogFromService(
    service([variant('short', ['a', 'b']), variant('long', ['a'])], [location('a'), location('b')], { name: 'Physiotherapie' }),
  );

  it('keeps the step, every choice and the details', () => {
    const state = atReview();
    assert.deepEqual(carryOver(reloaded, state), state);
  });

  it('drops a location no longer offered, and asks for it again with the details kept', () => {
    const onlyA = catalogFromService(service([variant('short', ['a']), variant('long', ['a'])], [location('a')]));
    const state = { ...atReview(), locationId: 'b' };
    const carried = carryOver(onlyA, state);
    assert.equal(carried.variantId, 'short');
    assert.equal(carried.locationId, 'a', 'the only location left');
    assert.equal(carried.step, 'time');
    assert.equal(carried.slot, undefined, 'a time at the dropped location is not kept');
    assert.deepEqual(carried.patient, patient);
  });

  it('drops a variant no longer offered, back to choosing one', () => {
    const withoutShort = catalogFromService(service([variant('long', ['a']), variant('other', ['a'])], [location('a')]));
    const carried = carryOver(withoutShort, atReview());
    assert.equal(carried.step, 'variant');
    assert.equal(carried.variantId, undefined);
    assert.deepEqual(carried.patient, patient);
  });
});

describe('choosing', () => {
  it('a variant with one location chooses that location, and the location step goes away', () => {
    const state = chooseVariant(twoByTwo, startBooking(twoByTwo), 'long');
    assert.equal(state.locationId, 'a');
    assert.deepEqual(stepsOf(twoByTwo, state), ['variant', 'time', 'details', 'review', 'done']);
    assert.equal(next(twoByTwo, state).step, 'time');
  });

  it('another variant or location drops the chosen time, keeping everything typed', () => {
    let state = atReview();
    state = { ...chooseLocation(twoByTwo, state, 'b'), step: 'location' };
    assert.equal(state.slot, undefined);
    assert.deepEqual(state.patient, patient);

    state = chooseSlot({ ...chooseLocation(twoByTwo, state, 'a') }, slot);
    state = chooseVariant(twoByTwo, state, 'long');
    assert.equal(state.slot, undefined);
    assert.equal(state.locationId, 'a');
  });

  it('cannot continue without a choice', () => {
    const state = startBooking(twoByTwo);
    assert.equal(canContinue(state), false);
    assert.equal(next(twoByTwo, state), state);
  });
});

describe('moving between steps', () => {
  it('back and forward keep every choice and everything typed', () => {
    let state = chooseVariant(twoByTwo, startBooking(twoByTwo), 'short');
    state = next(twoByTwo, state);
    state = chooseLocation(twoByTwo, state, 'b');
    state = next(twoByTwo, state);
    state = chooseSlot(state, slot);
    state = next(twoByTwo, state);
    state = updatePatient(state, patient);
    assert.equal(state.step, 'details');

    for (const expected of ['time', 'location', 'variant', 'variant'] as const) {
      state = back(twoByTwo, state);
      assert.equal(state.step, expected);
    }
    for (const expected of ['location', 'time', 'details', 'review'] as const) ((state = next(twoByTwo, state)), assert.equal(state.step, expected));
    assert.deepEqual(state.patient, patient);
    assert.deepEqual(state.slot, slot);
    assert.equal(state.locationId, 'b');
  });

  it('jumps back from the review to change one thing, never forward', () => {
    const review = atReview();
    assert.equal(goTo(twoByTwo, review, 'time').step, 'time');
    const time = goTo(twoByTwo, review, 'time');
    assert.equal(goTo(twoByTwo, time, 'review'), time);
  });
});

describe('confirming', () => {
  it('keeps one Idempotency-Key for the attempt across retries', () => {
    let state = confirming(atReview(), 'key-1');
    state = confirmFailed(state, new NetworkError());
    assert.equal(state.attemptKey, 'key-1');
    assert.ok(state.confirmError instanceof NetworkError);
    state = confirming(state, 'key-2');
    assert.equal(state.attemptKey, 'key-1');
    assert.equal(state.confirmError, undefined);
  });

  it('takes a new key once the booking changed', () => {
    let state = confirmFailed(confirming(atReview(), 'key-1'), new NetworkError());
    state = chooseSlot(state, otherSlot);
    assert.equal(confirming(state, 'key-2').attemptKey, 'key-2');
    state = updatePatient(confirmFailed(confirming(state, 'key-3'), new NetworkError()), { ...patient, phone: '+1 555 0100' });
    assert.equal(confirming(state, 'key-4').attemptKey, 'key-4');
  });

  it('goes to done with the confirmation', () => {
    const confirmation = { appointmentUrl: 'https://x.example/?circle=appointment&appointment=a#token=t' } as never;
    const state = confirmed(confirming(atReview(), 'k'), confirmation);
    assert.equal(state.step, 'done');
    assert.equal(state.confirmation, confirmation);
    assert.equal(back(twoByTwo, state), state, 'no way back from done');
  });

  it('sends the patient back to the times when the slot was taken, details kept, told why', () => {
    const state = confirmFailed(confirming(atReview(), 'k'), new ProblemError('slot_unavailable', 'Taken', 409));
    assert.equal(state.step, 'time');
    assert.equal(state.slot, undefined);
    assert.equal(state.notice, 'slot-taken');
    assert.equal(state.attemptKey, undefined);
    assert.deepEqual(state.patient, patient);
    assert.equal(chooseSlot(state, otherSlot).notice, undefined);
  });

  it("does the same when another patient holds the time, or the patient's own hold ended before the booking", () => {
    for (const code of ['slot_held', 'hold_expired'] as const) {
      const state = confirmFailed(confirming(atReview(), 'k'), new ProblemError(code, 'Gone', 409));
      assert.equal(state.step, 'time', code);
      assert.equal(state.notice, 'slot-taken', code);
      assert.deepEqual(state.patient, patient, code);
    }
  });

  it("puts the API's field errors on the form, and clears each when that field changes", () => {
    const error = new ProblemError('validation', 'Invalid', 422, [{ field: 'patient.email', message: 'This address bounces.' }]);
    let state = confirmFailed(confirming(atReview(), 'k'), error);
    assert.equal(state.step, 'details');
    assert.deepEqual(state.serverErrors, { email: 'This address bounces.' });

    state = updatePatient(state, { ...patient, givenName: 'Augusta' });
    assert.deepEqual(state.serverErrors, { email: 'This address bounces.' });
    state = updatePatient(state, { ...state.patient, email: 'ada@lovelace.example' });
    assert.deepEqual(state.serverErrors, {});
  });

  it('stays on the review with an error that is not about a field; the booking unchanged, its key stays', () => {
    const state = confirmFailed(confirming(atReview(), 'k'), new ProblemError('not_bookable', 'Paused', 422));
    assert.equal(state.step, 'review');
    assert.equal(state.attemptKey, 'k');
    assert.equal(state.unconfirmed, undefined, 'the API said no: nothing was booked');
    assert.ok(state.confirmError instanceof ProblemError);
  });

  it('takes a new key after a validation problem from the API, which proves nothing was booked', () => {
    const state = confirmFailed(confirming(atReview(), 'k'), new ProblemError('validation', 'Bad start', 422, [{ field: 'start', message: 'Not a slot' }]));
    assert.equal(state.step, 'review');
    assert.equal(confirming(state, 'k2').attemptKey, 'k2');
  });
});

describe('a confirmation whose outcome is unknown', () => {
  const unreadable = [
    new ResponseShapeError('POST /bookings', 201, ['content type is "text/html", not JSON']),
    new ProblemError('http_error', 'The booking service answered 418.', 418, [], undefined, true),
    new ProblemError('validation', 'The booking service answered 400.', 400, [], undefined, true),
    new ProblemError('conflict', 'The booking service answered 409.', 409, [], undefined, true),
    new ProblemError('server_error', 'Down', 503),
    new TimeoutError(15_000),
    new NetworkError(),
  ];
  for (const error of unreadable) {
    it(`keeps the key after ${error.code}${error instanceof ProblemError && error.bare ? ' (a bare status)' : ''}, so Try again cannot book twice`, () => {
      const state = confirmFailed(confirming(atReview(), 'key-1'), error);
      assert.equal(state.step, 'review');
      assert.equal(state.attemptKey, 'key-1');
      assert.equal(state.unconfirmed, true);
      assert.equal(confirming(state, 'key-2').attemptKey, 'key-1');
    });
  }

  it('keeps the key when the patient types their details again unchanged, and drops it when they change', () => {
    const failed = confirmFailed(confirming(atReview(), 'key-1'), unreadable[0]!);
    assert.equal(updatePatient(failed, { ...patient }).attemptKey, 'key-1');
    assert.equal(updatePatient(failed, { ...patient, note: '' }).attemptKey, 'key-1', 'an empty field is no change');
    assert.equal(updatePatient(failed, { ...patient, phone: '+1 555 0100' }).attemptKey, undefined);
  });

  it('keeps the key when the patient looks at the times and picks the same one again', () => {
    const failed = confirmFailed(confirming(atReview(), 'key-1'), unreadable[0]!);
    const again = chooseSlot(goTo(twoByTwo, failed, 'time'), { ...slot });
    assert.equal(again.attemptKey, 'key-1');
    assert.equal(chooseSlot(again, otherSlot).attemptKey, undefined);
  });

  it('a 409 "taken" on the retry with the same key is not said to be someone else\'s: the patient stays, told it may be theirs', () => {
    const failed = confirmFailed(confirming(atReview(), 'key-1'), unreadable[0]!);
    const taken = new ProblemError('slot_unavailable', 'Taken', 409);
    const state = confirmFailed(confirming(failed, 'key-2'), taken);
    assert.equal(state.step, 'review');
    assert.equal(state.notice, undefined);
    assert.equal(state.confirmError, taken);
    assert.equal(state.attemptKey, 'key-1');
    assert.equal(state.unconfirmed, true);
    assert.deepEqual(state.slot, slot);
  });

  it('the replay of the same key confirms the booking that exists', () => {
    const failed = confirmFailed(confirming(atReview(), 'key-1'), unreadable[0]!);
    const confirmation = { appointmentUrl: 'https://x.example/?circle=appointment&appointment=a#token=t' } as never;
    const state = confirmed(confirming(failed, 'key-2'), confirmation);
    assert.equal(state.step, 'done');
    assert.equal(state.unconfirmed, undefined);
    assert.equal(state.attemptKey, undefined);
  });
});

describe('a large catalog', () => {
  it('20,000 variants at 50 locations: what each render asks (steps, the chosen variant and location) stays linear', () => {
    const locations = Array.from({ length: 50 }, (_, i) => location(`loc-${i}`));
    const variants = Array.from({ length: 20_000 }, (_, i) => variant(`v-${i}`, [`loc-${i % 50}`, `loc-${(i + 1) % 50}`]));
    const started = performance.now();

    const catalog = catalogFromService(service(variants, locations));
    let state = startBooking(catalog, { patient });
    // What a render of the variant step, then of the location step, asks, a few times over.
    for (let render = 0; render < 5; render++) stepsOf(catalog, state);
    state = chooseVariant(catalog, state, 'v-19999');
    for (let render = 0; render < 5; render++) stepsOf(catalog, state);
    state = chooseLocation(catalog, state, 'loc-0');
    const elapsed = performance.now() - started;

    assert.deepEqual(stepsOf(catalog, state), ['variant', 'location', 'time', 'details', 'review', 'done']);
    assert.equal(state.locationId, 'loc-0');
    // Linear work is a few milliseconds; the quadratic search it replaces took seconds.
    assert.ok(elapsed < 2_000, `${Math.round(elapsed)} ms`);
  });
});
