import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { NetworkError, ProblemError, type Location, type Service, type Verification } from '../../src/api/index.js';
import {
  catalogFromService,
  chooseLocation,
  chooseSlot,
  chooseVariant,
  confirmFailed,
  confirming,
  enterCode,
  startBooking,
  stepsOf,
  updatePatient,
  type BookingFlowState,
} from '../../src/flow/booking-flow.js';
import { blockingProblem, canSendCode, codeDigits, resendWait, secondsLeft } from '../../src/flow/code-step.js';

const berlin: Location = {
  id: 'berlin',
  name: 'Mitte',
  address: { line1: '1 Street', city: 'Berlin', country: 'DE' },
  timeZone: 'Europe/Berlin',
  bookable: true,
};
const service: Service = {
  id: 'svc',
  name: 'Physiotherapy',
  description: '',
  visible: true,
  bookable: true,
  variants: [{ id: 'v', serviceId: 'svc', name: 'Follow-up', durationMinutes: 30, bookable: true, locationIds: ['berlin'] }],
  locations: [berlin],
  clinic: { name: 'Circle Health' },
};
const catalog = catalogFromService(service);
const grace = { givenName: 'Grace', familyName: 'Hopper', email: 'grace@example.org', phone: '+1 202 555 0143', dateOfBirth: '1976-12-09' };
const sent: Verification = {
  id: 'ver_1',
  channel: 'email',
  destination: 'g•••@example.org',
  codeLength: 6,
  expiresInSeconds: 600,
  resendAfterSeconds: 30,
  attemptsLeft: 5,
};
const t0 = Date.parse('2026-11-24T08:00:00Z');

const problem = (code: string, status: number, verification: Verification = sent) =>
  new ProblemError(code as 'verification_required', 'detail', status, [], undefined, false, { verification });

function atReview(): BookingFlowState {
  const state = chooseSlot(chooseLocation(catalog, chooseVariant(catalog, startBooking(catalog, { patient: grace }), 'v'), 'berlin'), {
    start: '2026-11-25T09:00:00+01:00',
    end: '2026-11-25T09:30:00+01:00',
  });
  return confirming({ ...state, step: 'review' }, 'key-1');
}

function asked(): BookingFlowState {
  return confirmFailed(atReview(), problem('verification_required', 403), t0);
}

describe('a booking the API answers with verification_required', () => {
  it('goes to the code step, with where the code went, and a new key for the next try', () => {
    const state = asked();

    assert.equal(state.step, 'verify');
    assert.equal(state.codeStep?.challenge.destination, 'g•••@example.org');
    assert.equal(state.attemptKey, undefined);
    assert.deepEqual(stepsOf(catalog, state).slice(-3), ['review', 'verify', 'done']);
  });

  it('keeps every detail the patient typed', () => {
    assert.deepEqual(asked().patient, grace);
  });

  it("counts the code's life and the resend cool-down from the answer", () => {
    const { codeStep } = asked();

    assert.equal(secondsLeft(codeStep!, t0 + 60_000), 540);
    assert.equal(resendWait(codeStep!, t0 + 10_000), 20);
    assert.equal(resendWait(codeStep!, t0 + 45_000), 0);
  });
});

describe('typing the code', () => {
  it('takes the digits of a pasted or autofilled code, up to its length', () => {
    assert.equal(codeDigits('Your code: 123 456', 6), '123456');
    assert.equal(codeDigits('123-456-789', 6), '123456');
    assert.equal(codeDigits('١٢٣٤٥٦', 6), '123456');
    assert.equal(codeDigits('１２３４５６', 6), '123456');
  });

  it('can be sent once complete', () => {
    const state = enterCode(asked(), '12345');

    assert.equal(canSendCode(state.codeStep!, t0), false);
    assert.equal(canSendCode(enterCode(state, '123456').codeStep!, t0), true);
  });

  it('cannot be sent once the clock says the code expired', () => {
    const { codeStep } = enterCode(asked(), '123456');

    assert.equal(blockingProblem(codeStep!, t0 + 600_000), 'expired');
    assert.equal(canSendCode(codeStep!, t0 + 600_000), false);
  });
});

describe('a code the API refuses', () => {
  it('says wrong, keeps what was typed, and clears "wrong" when the patient types again', () => {
    const typed = enterCode(asked(), '000000');
    const wrong = confirmFailed(typed, problem('verification_code_wrong', 422, { ...sent, attemptsLeft: 4 }), t0 + 5_000);

    assert.equal(wrong.codeStep?.problem, 'wrong');
    assert.equal(wrong.codeStep?.code, '000000');
    assert.equal(wrong.codeStep?.challenge.attemptsLeft, 4);
    assert.equal(enterCode(wrong, '000001').codeStep?.problem, undefined);
  });

  it('says expired, and too many tries, and neither goes away by typing', () => {
    const expired = confirmFailed(enterCode(asked(), '123456'), problem('verification_code_expired', 410), t0);
    const tooMany = confirmFailed(enterCode(asked(), '123456'), problem('verification_attempts_exceeded', 403, { ...sent, attemptsLeft: 0 }), t0);

    assert.equal(enterCode(expired, '654321').codeStep?.problem, 'expired');
    assert.equal(enterCode(tooMany, '654321').codeStep?.problem, 'too-many');
    assert.equal(blockingProblem(tooMany.codeStep!, t0), 'too-many');
  });

  it('keeps the typed code when the API names the same code again, and clears it for a new one', () => {
    const typed = enterCode(asked(), '123');

    const same = confirmFailed(typed, problem('verification_required', 403), t0 + 5_000);
    const renewed = confirmFailed(typed, problem('verification_required', 403, { ...sent, id: 'ver_2' }), t0 + 40_000);

    assert.equal(same.codeStep?.code, '123');
    assert.equal(renewed.codeStep?.code, '');
  });

  it('stays on the code step with the error when the try got no answer, keeping its key', () => {
    const typed = confirming(enterCode(asked(), '123456'), 'key-2');

    const state = confirmFailed(typed, new NetworkError(), t0);

    assert.equal(state.step, 'verify');
    assert.equal(state.attemptKey, 'key-2');
    assert.ok(state.confirmError instanceof NetworkError);
  });
});

describe('a changed email', () => {
  it('drops the code step: the code confirmed the old address', () => {
    const state = updatePatient(enterCode(asked(), '123456'), { ...grace, email: 'grace.hopper@example.org' });

    assert.equal(state.codeStep, undefined);
  });

  it('keeps it when something else changes', () => {
    const state = updatePatient(enterCode(asked(), '123456'), { ...grace, note: 'Knee' });

    assert.equal(state.codeStep?.code, '123456');
  });
});
