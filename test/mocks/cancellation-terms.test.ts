import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { Appointment } from '../../src/api/index.js';
import { lateFeeAppointment, lateFeeTerms, seedAppointments, seedWithLateFee } from '../../src/mocks/index.js';
import { aSimulator, codeOf, firstFreeSlot } from './helpers.js';

const withLateFee = () => aSimulator({ data: seedWithLateFee });

function open(simulator: ReturnType<typeof aSimulator>, { id, token }: { id: string; token: string }): Appointment {
  return Appointment.parse(simulator.getAppointment(id, token).body);
}

describe('cancellation terms', () => {
  it('state the cutoff of every open action, and no fee where the clinic charges none', () => {
    const cancel = open(aSimulator(), seedAppointments.formsDue).actions.find((action) => action.type === 'cancel');

    assert.equal(cancel?.cutoffMinutes, 24 * 60);
    assert.equal(cancel?.fee, undefined);
  });

  it('state until when changing is free and the fee after that, ahead of time', () => {
    const cancel = open(withLateFee(), seedAppointments.formsDue).actions.find((action) => action.type === 'cancel')!;

    assert.deepEqual(cancel.fee, lateFeeTerms.fee);
    // Free until 48 hours before the visit, the fee from then until the 24-hour cutoff.
    assert.equal(Date.parse(cancel.deadline!) - Date.parse(cancel.freeUntil!), 24 * 3_600_000);
  });
});

describe('a cancellation past its deadline with a fee', () => {
  it('is refused with 409 fee_required unless the fee is accepted', () => {
    const simulator = withLateFee();
    const { id, token } = lateFeeAppointment;

    assert.equal(codeOf(simulator.cancelAppointment(id, token, {}, 'c1')), 'fee_required');
    assert.equal(codeOf(simulator.cancelAppointment(id, token, { acceptedFee: { amountMinor: 100, currency: 'EUR' } }, 'c2')), 'fee_required');
    assert.equal(open(simulator, lateFeeAppointment).status, 'booked');
  });

  it('cancels once the patient accepts the fee shown', () => {
    const simulator = withLateFee();
    const { id, token } = lateFeeAppointment;

    const result = simulator.cancelAppointment(id, token, { acceptedFee: lateFeeTerms.fee }, 'c1');

    assert.equal(result.status, 200, JSON.stringify(result.body));
    assert.equal(Appointment.parse(result.body).status, 'cancelled');
  });

  it('asks no fee before the free deadline', () => {
    const simulator = withLateFee();
    const { id, token } = seedAppointments.formsDue;

    assert.equal(simulator.cancelAppointment(id, token, {}, 'c1').status, 200);
  });

  it('asks the fee to move the visit as well', () => {
    const simulator = withLateFee();
    const { id, token } = lateFeeAppointment;

    assert.equal(codeOf(simulator.rescheduleAppointment(id, token, { start: firstFreeSlot(simulator).start }, 'r1')), 'fee_required');
  });
});
