import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import fc from 'fast-check';
import { NetworkError, ProblemError, type Hold, type Slot } from '../../src/api/index.js';
import { announcementBetween, atTime, booked, held, holdFailed, holdIdFor, holding, released, secondsLeft } from '../../src/flow/holds.js';
import { lostWith, noHold, type HoldState } from '../../src/flow/hold-state.js';
import { nearestTimes, withAnyOf } from '../../src/flow/nearest-times.js';

const t0 = Date.parse('2026-11-24T08:00:00Z');
const slotAt = (time: string): Slot => ({ start: `2026-11-30T${time}:00+01:00`, end: `2026-11-30T${time}:30+01:00` });
const ten = slotAt('10:00');

function aHold(slot: Slot, expiresInSeconds = 600): Hold {
  return { id: 'hold_1', variantId: 'var_1', locationId: 'loc_1', start: slot.start, end: slot.end, heldUntil: '2031-01-01T00:00:00Z', expiresInSeconds };
}

/** `ten`, held at t0 for `seconds`. */
function heldTen(seconds = 600): HoldState {
  return held(holding(noHold, ten, 'k1'), aHold(ten, seconds), t0);
}

const problem = (code: 'slot_held' | 'slot_unavailable' | 'hold_expired', bare = false) => new ProblemError(code, 'x', 409, [], undefined, bare);

describe('holding a picked time', () => {
  it("counts down from the answer on this device's clock, whatever the API's clock says", () => {
    const state = heldTen(600);

    assert.deepEqual(state, { status: 'held', slot: ten, holdId: 'hold_1', endsAt: t0 + 600_000 });
    assert.equal(secondsLeft(state, t0 + 1_500), 599);
  });

  it('ignores an answer for a time no longer picked', () => {
    const state = holding(noHold, slotAt('11:00'), 'k2');

    assert.equal(held(state, aHold(ten), t0), state);
  });

  it('expires when its end comes, and is then not sent with the booking', () => {
    const state = heldTen(130);

    assert.equal(holdIdFor(state, ten, t0 + 129_000), 'hold_1');
    assert.deepEqual(atTime(state, t0 + 130_000), { status: 'expired', slot: ten });
    assert.equal(holdIdFor(state, ten, t0 + 130_000), undefined);
  });
});

describe('a time that cannot be held', () => {
  it('is lost when another patient holds it or it was booked', () => {
    const asked = holding(noHold, ten, 'k1');

    assert.deepEqual(holdFailed(asked, ten, problem('slot_held')), { status: 'lost', slot: ten, by: 'held' });
    assert.deepEqual(holdFailed(asked, ten, problem('slot_unavailable')), { status: 'lost', slot: ten, by: 'taken' });
  });

  it("is not called lost on a proxy's bare 409, nor when the network failed: the patient goes on", () => {
    const asked = holding(noHold, ten, 'k1');

    assert.deepEqual(holdFailed(asked, ten, problem('slot_unavailable', true)), { status: 'unheld', slot: ten });
    assert.deepEqual(holdFailed(asked, ten, new NetworkError()), { status: 'unheld', slot: ten });
  });

  it('marks holds unsupported on 404 or 501, and asks no more', () => {
    const asked = holding(noHold, ten, 'k1');
    for (const status of [404, 501]) {
      const state = holdFailed(asked, ten, new ProblemError(status === 404 ? 'not_found' : 'server_error', 'x', status));

      assert.deepEqual(state, { status: 'unsupported' });
      assert.equal(holding(state, slotAt('11:00'), 'k2'), state);
    }
  });
});

describe('what screen readers hear', () => {
  it('is two things only: two minutes left, and the end', () => {
    const state = heldTen(600);
    const heard: string[] = [];
    for (let second = 0; second < 700; second++) {
      const said = announcementBetween(state, t0 + second * 1000, t0 + (second + 1) * 1000);
      if (said) heard.push(`${second + 1}:${said}`);
    }

    assert.deepEqual(heard, ['480:two-minutes', '600:ended']);
  });

  it('hears each once, however the clock steps (a tab asleep for minutes included)', () => {
    fc.assert(
      fc.property(fc.array(fc.integer({ min: 1, max: 200_000 }), { minLength: 1, maxLength: 60 }), (steps) => {
        const state = heldTen(600);
        const heard: string[] = [];
        let now = t0;
        for (const step of steps) {
          const said = announcementBetween(state, now, now + step);
          if (said) heard.push(said);
          now += step;
        }
        // A step over both moments says the end only: two minutes left is no longer true.
        return heard.filter((said) => said === 'ended').length <= 1 && heard.filter((said) => said === 'two-minutes').length <= 1;
      }),
    );
  });
});

describe('letting the time go', () => {
  it('releases a kept hold, once', () => {
    const first = released(heldTen());

    assert.deepEqual(first, { state: noHold, release: 'hold_1' });
    assert.deepEqual(released(first.state), { state: noHold });
  });

  it('has nothing to release while the hold is still being asked for (its answer is then ignored)', () => {
    const { state, release } = released(holding(noHold, ten, 'k1'));

    assert.equal(release, undefined);
    assert.equal(held(state, aHold(ten), t0), state);
  });

  it('ends with the booking', () => {
    assert.deepEqual(booked(heldTen()), noHold);
  });
});

describe('the times offered around a lost one', () => {
  const free = ['08:00', '09:00', '09:30', '11:00', '13:00', '15:00'].map(slotAt);

  it('are the nearest before and after, in time order', () => {
    assert.deepEqual(
      nearestTimes(free, ten, 4).map((slot) => slot.start.slice(11, 16)),
      ['08:00', '09:00', '09:30', '11:00'],
    );
  });

  it('put the preferred ones (the same practitioner) first, each group in time order', () => {
    const preferred = (slot: Slot) => slot.start.includes('T15:') || slot.start.includes('T08:');

    assert.deepEqual(
      nearestTimes(free, ten, 3, preferred).map((slot) => slot.start.slice(11, 16)),
      ['08:00', '15:00', '09:30'],
    );
  });

  it('with the same practitioner first: the one chosen, else those free at the lost time', () => {
    const withAnna = (time: string) => ({ ...slotAt(time), practitionerIds: ['anna'] });
    const withJonas = (time: string) => ({ ...slotAt(time), practitionerIds: ['jonas'] });
    const slots = [withJonas('09:30'), withJonas('10:30'), withAnna('08:00'), withAnna('13:00'), withJonas('11:00')];
    const lost = { ...ten, practitionerIds: ['anna'] };
    const offered = (chosen: string | undefined) =>
      nearestTimes(slots, lost, 4, (slot) => withAnyOf(lostWith(chosen, lost), slot)).map((slot) => slot.start.slice(11, 16));

    assert.deepEqual(offered(undefined), ['08:00', '13:00', '09:30', '10:30']);
    assert.deepEqual(offered('jonas'), ['09:30', '10:30', '11:00', '08:00']);
  });

  it('in time order alone where the API names no practitioner', () => {
    const offered = nearestTimes(free, ten, 3, (slot) => withAnyOf(lostWith(undefined, ten), slot));

    assert.deepEqual(
      offered.map((slot) => slot.start.slice(11, 16)),
      ['09:00', '09:30', '11:00'],
    );
  });

  it('leave out the times booked by phone (inside the minimum notice)', () => {
    const byPhone = { ...slotAt('09:30'), bookableOnline: false };
    const offered = nearestTimes([slotAt('08:00'), slotAt('09:00'), byPhone, slotAt('11:00')], ten, 4);

    assert.deepEqual(
      offered.map((slot) => slot.start.slice(11, 16)),
      ['08:00', '09:00', '11:00'],
    );
  });
});
