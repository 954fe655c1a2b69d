import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { BookingConfirmation, Problem, type OutboxMessage } from '../../src/api/index.js';
import type { BookingSimulator } from '../../src/mocks/index.js';
import { aBooking, aPatient, aSimulator, codeOf, firstFreeSlot, now } from './helpers.js';

const newcomer = { ...aPatient(), givenName: 'Grace', familyName: 'Hopper', email: 'grace@example.org' };
const minute = 60_000;

function aCheckingSimulator(): BookingSimulator {
  return aSimulator({ verifyNewEmails: true });
}

function codesTo(simulator: BookingSimulator, to: string): OutboxMessage[] {
  return (simulator.getOutbox(to).body as { messages: OutboxMessage[] }).messages.filter((message) => message.kind === 'verification_code');
}

function verificationOf(result: { body: unknown }) {
  const problem = Problem.parse(result.body);
  assert.ok(problem.verification, JSON.stringify(result.body));
  return problem.verification;
}

describe('a booking from an email the clinic has not seen', () => {
  it('answers verification_required, names where the code went masked, and books nothing', () => {
    const simulator = aCheckingSimulator();
    const slot = firstFreeSlot(simulator);

    const result = simulator.createBooking(aBooking(slot.start, { patient: newcomer }), 'k1');

    assert.equal(result.status, 403);
    assert.equal(codeOf(result), 'verification_required');
    const verification = verificationOf(result);
    assert.equal(verification.destination, 'g•••@example.org');
    assert.equal(verification.channel, 'email');
    assert.equal(verification.codeLength, 6);
    assert.equal(verification.attemptsLeft, 5);
    assert.equal(simulator.appointmentsFor(slot.start).length, 0);
  });

  it('sends the code to the outbox, to the address being confirmed', () => {
    const simulator = aCheckingSimulator();

    simulator.createBooking(aBooking(firstFreeSlot(simulator).start, { patient: newcomer }), 'k1');

    const [message] = codesTo(simulator, 'grace@example.org');
    assert.match(message?.code ?? '', /^\d{6}$/);
    assert.match(message!.body, new RegExp(message!.code!));
  });

  it('books with the code from the outbox, and asks no code of that email again', () => {
    const simulator = aCheckingSimulator();
    const slot = firstFreeSlot(simulator);
    const { id } = verificationOf(simulator.createBooking(aBooking(slot.start, { patient: newcomer }), 'k1'));
    const code = codesTo(simulator, 'grace@example.org')[0]!.code!;

    const booked = simulator.createBooking(aBooking(slot.start, { patient: newcomer, verification: { id, code } }), 'k2');
    const again = simulator.createBooking(aBooking(firstFreeSlot(simulator).start, { patient: newcomer }), 'k3');

    assert.equal(booked.status, 201, JSON.stringify(booked.body));
    BookingConfirmation.parse(booked.body);
    assert.equal(again.status, 201, JSON.stringify(again.body));
  });

  it("confirms the booker's email when someone else books, not the patient's", () => {
    const simulator = aCheckingSimulator();
    const bookedBy = { givenName: 'Grace', familyName: 'Hopper', relationship: 'parent' as const, email: 'grace@example.org', phone: '+1 202 555 0143' };
    const child = { givenName: 'Sam', familyName: 'Hopper', dateOfBirth: '2018-05-01' };

    const result = simulator.createBooking(aBooking(firstFreeSlot(simulator).start, { patient: child, bookedBy }), 'k1');

    assert.equal(verificationOf(result).destination, 'g•••@example.org');
  });

  it("asks no code of an email the clinic's records hold", () => {
    const simulator = aCheckingSimulator();

    const result = simulator.createBooking(aBooking(firstFreeSlot(simulator).start), 'k1');

    assert.equal(result.status, 201);
  });

  it('asks no code at all unless the simulator is told to', () => {
    const simulator = aSimulator();

    const result = simulator.createBooking(aBooking(firstFreeSlot(simulator).start, { patient: newcomer }), 'k1');

    assert.equal(result.status, 201);
  });
});

describe('a code that does not confirm', () => {
  function asked(simulator = aCheckingSimulator()) {
    const slot = firstFreeSlot(simulator);
    const { id } = verificationOf(simulator.createBooking(aBooking(slot.start, { patient: newcomer }), 'k0'));
    const code = codesTo(simulator, 'grace@example.org')[0]!.code!;
    const wrong = code === '000000' ? '111111' : '000000';
    let key = 0;
    const answer = (typed: string) => simulator.createBooking(aBooking(slot.start, { patient: newcomer, verification: { id, code: typed } }), `try-${++key}`);
    return { simulator, slot, id, code, wrong, answer };
  }

  it('answers verification_code_wrong with one try fewer, and books nothing', () => {
    const { simulator, slot, wrong, answer } = asked();

    const result = answer(wrong);

    assert.equal(result.status, 422);
    assert.equal(codeOf(result), 'verification_code_wrong');
    assert.equal(verificationOf(result).attemptsLeft, 4);
    assert.equal(simulator.appointmentsFor(slot.start).length, 0);
  });

  it('answers verification_attempts_exceeded on the fifth wrong code, and refuses even the right one after', () => {
    const { wrong, code, answer } = asked();

    for (let i = 0; i < 4; i++) answer(wrong);
    const fifth = answer(wrong);
    const right = answer(code);

    assert.equal(codeOf(fifth), 'verification_attempts_exceeded');
    assert.equal(verificationOf(fifth).attemptsLeft, 0);
    assert.equal(codeOf(right), 'verification_attempts_exceeded');
  });

  it('answers verification_code_expired after ten minutes', () => {
    const { simulator, code, answer } = asked();

    simulator.setNow(new Date(now.getTime() + 10 * minute));
    const result = answer(code);

    assert.equal(result.status, 410);
    assert.equal(codeOf(result), 'verification_code_expired');
  });

  it('refuses a verification id that was not sent for this email', () => {
    const simulator = aCheckingSimulator();

    const result = simulator.createBooking(
      aBooking(firstFreeSlot(simulator).start, { patient: newcomer, verification: { id: 'ver_9999', code: '123456' } }),
      'k',
    );

    assert.equal(codeOf(result), 'validation');
    assert.equal(Problem.parse(result.body).errors?.[0]?.field, 'verification.id');
  });
});

describe('asking for a new code', () => {
  it('names the same code without sending another within the cool-down', () => {
    const simulator = aCheckingSimulator();
    const start = firstFreeSlot(simulator).start;
    const first = verificationOf(simulator.createBooking(aBooking(start, { patient: newcomer }), 'k1'));

    simulator.setNow(new Date(now.getTime() + 10_000));
    const second = verificationOf(simulator.createBooking(aBooking(start, { patient: newcomer }), 'k2'));

    assert.equal(second.id, first.id);
    assert.equal(second.resendAfterSeconds, 20);
    assert.equal(codesTo(simulator, 'grace@example.org').length, 1);
  });

  it('sends a new code after the cool-down, and the old one stops working', () => {
    const simulator = aCheckingSimulator();
    const start = firstFreeSlot(simulator).start;
    const first = verificationOf(simulator.createBooking(aBooking(start, { patient: newcomer }), 'k1'));
    const oldCode = codesTo(simulator, 'grace@example.org')[0]!.code!;

    simulator.setNow(new Date(now.getTime() + 31_000));
    const second = verificationOf(simulator.createBooking(aBooking(start, { patient: newcomer }), 'k2'));
    const stale = simulator.createBooking(aBooking(start, { patient: newcomer, verification: { id: first.id, code: oldCode } }), 'k3');

    assert.notEqual(second.id, first.id);
    assert.equal(codesTo(simulator, 'grace@example.org').length, 2);
    assert.equal(codeOf(stale), 'validation');
  });
});
