import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import fc from 'fast-check';
import { NetworkError, ProblemError, ResponseShapeError, TimeoutError, type Appointment, type AppointmentAction } from '../../src/api/index.js';
import {
  actionOf,
  actionsToShow,
  backToTimes,
  chooseDate,
  chooseSlot,
  editCancelReason,
  explainClosed,
  failed,
  failureKind,
  intakeOf,
  isAllowed,
  linkPhone,
  phaseOf,
  reconciled,
  reviewTime,
  sending,
  showMonth,
  startCancel,
  startReschedule,
  succeeded,
  viewing,
  type ManageState,
} from '../../src/flow/appointment-actions.js';
import { telHref } from '../../src/flow/contact.js';

const now = new Date('2026-11-24T08:00:00Z');
const clinic = { name: 'Circle Health Clinic', phone: '+49 30 1234567', email: 'hello@circle-health.example' };
const slot = { start: '2026-11-25T10:00:00+01:00', end: '2026-11-25T11:00:00+01:00' };

function appointment(extra: Partial<Appointment> = {}): Appointment {
  return {
    id: 'apt_1',
    status: 'booked',
    start: '2026-11-30T10:00:00+01:00',
    end: '2026-11-30T11:00:00+01:00',
    service: { id: 'svc_physio', name: 'Physiotherapy' },
    variant: { id: 'var_physio_initial', name: 'Initial assessment', durationMinutes: 60 },
    location: {
      id: 'loc_berlin',
      name: 'Circle Health Mitte',
      address: { line1: 'Friedrichstraße 100', city: 'Berlin', country: 'DE' },
      timeZone: 'Europe/Berlin',
      bookable: true,
    },
    intake: { complete: false, formsUrl: 'https://patient.example/?circle=intake-forms&appointment=apt_1#token=t' },
    actions: [
      { type: 'cancel', allowed: true, deadline: '2026-11-29T10:00:00+01:00' },
      { type: 'reschedule', allowed: true, deadline: '2026-11-29T10:00:00+01:00' },
    ],
    clinic,
    ...extra,
  };
}

const conflict = () => new ProblemError('conflict', 'Cancellation closes 24 hours before your visit.', 409);

describe('phaseOf', () => {
  it('tells upcoming from past for a booked visit by its start', () => {
    assert.equal(phaseOf(appointment(), now), 'upcoming');
    assert.equal(phaseOf(appointment({ start: '2026-11-24T09:00:00+01:00' }), now), 'past', 'a visit starting this very minute has started');
    assert.equal(phaseOf(appointment({ start: '2026-11-24T08:59:00+01:00' }), now), 'past');
    assert.equal(phaseOf(appointment({ start: '2026-11-24T09:01:00+01:00' }), now), 'upcoming');
  });

  it('names the other statuses, missed for no_show', () => {
    assert.equal(phaseOf(appointment({ status: 'cancelled' }), now), 'cancelled');
    assert.equal(phaseOf(appointment({ status: 'completed' }), now), 'completed');
    assert.equal(phaseOf(appointment({ status: 'no_show' }), now), 'missed');
  });
});

describe('actionsToShow', () => {
  it('shows exactly the known actions the API sent, in its order', () => {
    const actions: AppointmentAction[] = [
      { type: 'reschedule', allowed: true },
      { type: 'cancel', allowed: false, reason: 'Closed.' },
    ];
    assert.deepEqual(actionsToShow(appointment({ actions }), now), [
      { type: 'reschedule', allowed: true },
      { type: 'cancel', allowed: false, reason: 'Closed.' },
    ]);
  });

  it('shows nothing the API did not send', () => {
    assert.deepEqual(actionsToShow(appointment({ actions: [{ type: 'cancel', allowed: true }] }), now), [{ type: 'cancel', allowed: true }]);
    assert.deepEqual(actionsToShow(appointment({ actions: [] }), now), []);
  });

  it('ignores types it does not know, and a repeated type', () => {
    const actions: AppointmentAction[] = [
      { type: 'join_video', allowed: true },
      { type: 'cancel', allowed: true, deadline: '2026-11-29T10:00:00+01:00' },
      { type: 'cancel', allowed: false, reason: 'A second, contradicting entry.' },
    ];
    assert.deepEqual(actionsToShow(appointment({ actions }), now), [{ type: 'cancel', allowed: true, deadline: '2026-11-29T10:00:00+01:00' }]);
  });

  it('shows no action for a visit that is not upcoming, whatever the list says', () => {
    for (const extra of [
      { status: 'cancelled' as const },
      { status: 'completed' as const },
      { status: 'no_show' as const },
      { start: '2026-11-20T10:00:00+01:00' },
    ]) {
      assert.deepEqual(actionsToShow(appointment(extra), now), [], JSON.stringify(extra));
    }
  });

  it('isAllowed answers for one type', () => {
    const soon = appointment({
      actions: [
        { type: 'cancel', allowed: false, reason: 'Closed.' },
        { type: 'reschedule', allowed: true },
      ],
    });
    assert.equal(isAllowed(soon, 'cancel', now), false);
    assert.equal(isAllowed(soon, 'reschedule', now), true);
  });

  it('never shows an unknown type, whatever the list', () => {
    const action = fc.record({ type: fc.oneof(fc.constantFrom('cancel', 'reschedule'), fc.string({ minLength: 1 })), allowed: fc.boolean() });
    fc.assert(
      fc.property(fc.array(action), (actions) => {
        const shown = actionsToShow(appointment({ actions }), now);
        assert.ok(shown.every((a) => a.type === 'cancel' || a.type === 'reschedule'));
        assert.equal(new Set(shown.map((a) => a.type)).size, shown.length);
      }),
    );
  });
});

describe('explaining a closed action', () => {
  it("links the clinic's phone where the API's reason mentions it", () => {
    const explanation = explainClosed(
      { type: 'cancel', allowed: false, reason: 'Cancellation closes 24 hours before your visit; call the clinic on +49 30 1234567.' },
      clinic,
    );
    assert.deepEqual(explanation, {
      reason: [
        { text: 'Cancellation closes 24 hours before your visit; call the clinic on ' },
        { text: '+49 30 1234567', href: 'tel:+49301234567' },
        { text: '.' },
      ],
    });
  });

  it('adds the phone as a link of its own when the reason does not mention it', () => {
    const explanation = explainClosed({ type: 'reschedule', allowed: false, reason: 'Rescheduling is closed.' }, clinic);
    assert.deepEqual(explanation.reason, [{ text: 'Rescheduling is closed.' }]);
    assert.deepEqual(explanation.call, { name: clinic.name, phone: clinic.phone, href: 'tel:+49301234567' });
  });

  it('without a reason, still says how to call', () => {
    assert.deepEqual(explainClosed({ type: 'cancel', allowed: false }, clinic), {
      call: { name: clinic.name, phone: clinic.phone, href: 'tel:+49301234567' },
    });
  });

  it('without a phone, gives the reason alone', () => {
    assert.deepEqual(explainClosed({ type: 'cancel', allowed: false, reason: 'Closed.' }, { name: 'Clinic' }), { reason: [{ text: 'Closed.' }] });
  });

  it('telHref keeps only what a phone dials', () => {
    assert.equal(telHref('+44 (0)20 7946-0958'), 'tel:+4402079460958');
    assert.equal(telHref('ask at the desk'), undefined);
  });

  it('linkPhone loses no text and links every mention', () => {
    fc.assert(
      fc.property(fc.array(fc.string({ maxLength: 8 }), { maxLength: 4 }), (parts) => {
        const phone = '+49 30 1234567';
        const text = parts.join(phone);
        const pieces = linkPhone(text, phone);
        assert.equal(pieces.map((piece) => piece.text).join(''), text);
        assert.ok(pieces.filter((piece) => piece.href).every((piece) => piece.text === phone && piece.href === 'tel:+49301234567'));
      }),
    );
  });
});

describe('intake and calendar', () => {
  it('asks for the forms, with their link, before an upcoming visit', () => {
    assert.deepEqual(intakeOf(appointment(), now), { state: 'due', formsUrl: appointment().intake.formsUrl });
    assert.deepEqual(intakeOf(appointment({ intake: { complete: false } }), now), { state: 'due' });
    assert.deepEqual(intakeOf(appointment({ intake: { complete: true } }), now), { state: 'complete' });
  });

  it('says nothing about forms for a cancelled or missed visit', () => {
    assert.deepEqual(intakeOf(appointment({ status: 'cancelled' }), now), { state: 'none' });
    assert.deepEqual(intakeOf(appointment({ status: 'no_show', intake: { complete: true } }), now), { state: 'none' });
  });
});

describe('cancelling', () => {
  it('keeps one Idempotency-Key across retries of the same attempt', () => {
    let state = sending(startCancel(), 'key-1');
    assert.equal(state.step === 'confirm-cancel' && state.attemptKey, 'key-1');

    state = failed(state, new NetworkError());
    assert.equal(state.step, 'confirm-cancel');
    state = sending(state, 'key-2');
    assert.equal(state.step === 'confirm-cancel' && state.attemptKey, 'key-1');
    assert.equal(state.step === 'confirm-cancel' && state.error, undefined);
  });

  it('keeps the key after a timeout or an unreadable answer, which may hide a cancellation that went through', () => {
    for (const error of [new TimeoutError(100), new ResponseShapeError('POST /x', 200, ['bad'])]) {
      const state = failed(sending(startCancel(), 'key-1'), error);
      assert.equal(state.step === 'confirm-cancel' && state.attemptKey, 'key-1', error.name);
      assert.equal(state.step === 'confirm-cancel' && state.error, error);
    }
  });

  it('drops the key when the reason changes: the same key with another body is refused', () => {
    const state = editCancelReason(failed(sending(startCancel(), 'key-1'), new NetworkError()), 'Feeling better');
    assert.deepEqual(state, { step: 'confirm-cancel', reason: 'Feeling better' });
    const again = sending(state, 'key-2');
    assert.equal(again.step === 'confirm-cancel' && again.attemptKey, 'key-2');
  });

  it("a refusal goes back to the view with the server's error", () => {
    const error = conflict();
    assert.deepEqual(failed(sending(startCancel(), 'key-1'), error), { step: 'view', refusal: error });
    const validation = new ProblemError('validation', 'Reason too long.', 422);
    assert.deepEqual(failed(sending(startCancel(), 'key-1'), validation), { step: 'view', refusal: validation });
  });

  it('success announces what was done', () => {
    assert.deepEqual(succeeded('cancelled'), { step: 'view', done: 'cancelled' });
  });
});

describe('rescheduling', () => {
  it('chooses a day, a time, and confirms it', () => {
    let state: ManageState = startReschedule();
    state = chooseDate(state, '2026-11-25');
    assert.deepEqual(state, { step: 'choose-time', date: '2026-11-25', month: '2026-11' });
    state = showMonth(state, '2026-12');
    state = chooseSlot(state, slot);
    state = reviewTime(state);
    assert.deepEqual(state, { step: 'confirm-time', slot, date: '2026-11-25', month: '2026-12' });
    assert.deepEqual(backToTimes(state), { step: 'choose-time', slot, date: '2026-11-25', month: '2026-12' });
  });

  it('cannot review without a time', () => {
    const state = chooseDate(startReschedule(), '2026-11-25');
    assert.equal(reviewTime(state), state);
  });

  it('a time taken meanwhile goes back to the times with a notice, the day kept and the key dropped', () => {
    const attempt = sending(reviewTime(chooseSlot(chooseDate(startReschedule(), '2026-11-25'), slot)), 'key-1');
    const state = failed(attempt, new ProblemError('slot_unavailable', 'Taken.', 409));
    assert.deepEqual(state, { step: 'choose-time', notice: 'slot-taken', date: '2026-11-25', month: '2026-11' });
    assert.equal(reviewTime(chooseSlot(state, slot)).step, 'confirm-time');
    assert.equal('notice' in chooseSlot(state, slot), false, 'choosing a time clears the notice');
  });

  it('another time after a lost answer gets a new key', () => {
    const attempt = failed(sending(reviewTime(chooseSlot(startReschedule(), slot)), 'key-1'), new NetworkError());
    const other = { start: '2026-11-25T11:00:00+01:00', end: '2026-11-25T12:00:00+01:00' };
    const again = sending(reviewTime(chooseSlot(backToTimes(attempt), other)), 'key-2');
    assert.equal(again.step === 'confirm-time' && again.attemptKey, 'key-2');
  });
});

describe('transitions that do not apply leave the state alone', () => {
  it('in the view', () => {
    for (const next of [
      chooseDate(viewing, '2026-11-25'),
      chooseSlot(viewing, slot),
      reviewTime(viewing),
      backToTimes(viewing),
      sending(viewing, 'k'),
      failed(viewing, new NetworkError()),
      editCancelReason(viewing, 'x'),
    ]) {
      assert.equal(next, viewing);
    }
  });

  it('failureKind sorts errors', () => {
    assert.equal(failureKind(new NetworkError()), 'retry');
    assert.equal(failureKind(new Error('unknown')), 'retry');
    assert.equal(failureKind(new ProblemError('server_error', 'Down.', 503)), 'retry');
    assert.equal(failureKind(new ProblemError('slot_unavailable', 'Taken.', 409)), 'slot-taken');
    assert.equal(failureKind(conflict()), 'refused');
    assert.equal(failureKind(new ProblemError('link_expired', 'Expired.', 410)), 'refused');
  });

  it('actionOf names the action a step belongs to', () => {
    assert.equal(actionOf('confirm-cancel'), 'cancel');
    assert.equal(actionOf('choose-time'), 'reschedule');
    assert.equal(actionOf('confirm-time'), 'reschedule');
    assert.equal(actionOf('view'), undefined);
  });
});

describe('a change whose outcome is unknown', () => {
  const garbled = () => new ResponseShapeError('POST /appointments/{appointmentId}/cancel', 200, ['content type is "text/html", not JSON']);
  const bare = (status: number, code: 'http_error' | 'validation' | 'conflict') =>
    new ProblemError(code, `The booking service answered ${status}.`, status, [], undefined, true);

  for (const error of [garbled(), bare(418, 'http_error'), bare(400, 'validation'), bare(409, 'conflict')]) {
    it(`keeps the key after ${error.code}${error instanceof ProblemError && error.bare ? " (a bare status, not the API's own answer)" : ''}`, () => {
      const state = failed(sending(startCancel(), 'key-1'), error);
      assert.equal(state.step, 'confirm-cancel');
      assert.equal(state.step === 'confirm-cancel' && state.attemptKey, 'key-1');
      assert.equal(state.step === 'confirm-cancel' && state.unconfirmed, true);
    });
  }

  it('a refusal on the retry ("already cancelled") is checked against the reloaded appointment: cancelled means done', () => {
    const unknown = failed(sending(startCancel(), 'key-1'), garbled());
    const state = failed(sending(unknown, 'key-2'), conflict());
    assert.deepEqual(state, { step: 'view', refusal: conflict(), check: { type: 'cancel' } });
    assert.deepEqual(reconciled(state, { status: 'cancelled', start: slot.start }), { step: 'view', done: 'cancelled' });
    assert.deepEqual(reconciled(state, { status: 'booked', start: slot.start }), { step: 'view', refusal: conflict() });
  });

  it('a move whose answer was garbled keeps its key back at the times, while the same time stays chosen', () => {
    const unknown = failed(sending(reviewTime(chooseSlot(startReschedule(), slot)), 'key-1'), garbled());
    const back = backToTimes(unknown);
    const again = sending(reviewTime(chooseSlot(back, { ...slot })), 'key-2');
    assert.equal(again.step === 'confirm-time' && again.attemptKey, 'key-1');
    const other = { start: '2026-11-25T11:00:00+01:00', end: '2026-11-25T12:00:00+01:00' };
    const moved = sending(reviewTime(chooseSlot(back, other)), 'key-3');
    assert.equal(moved.step === 'confirm-time' && moved.attemptKey, 'key-3');
  });

  it('"taken" on the retry of a move is checked: the appointment at that time means it was moved', () => {
    const unknown = failed(sending(reviewTime(chooseSlot(startReschedule(), slot)), 'key-1'), garbled());
    const taken = new ProblemError('slot_unavailable', 'Taken.', 409);
    const state = failed(sending(unknown, 'key-2'), taken);
    assert.deepEqual(state, { step: 'view', refusal: taken, check: { type: 'reschedule', start: slot.start } });
    const sameInstant = new Date(slot.start).toISOString();
    assert.deepEqual(reconciled(state, { status: 'booked', start: sameInstant }), { step: 'view', done: 'rescheduled' });
    assert.deepEqual(reconciled(state, { status: 'booked', start: '2026-12-01T09:00:00+01:00' }), { step: 'view', refusal: taken });
  });
});
