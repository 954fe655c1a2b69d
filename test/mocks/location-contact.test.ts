import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { Appointment } from '../../src/api/index.js';
import { seedAppointments } from '../../src/mocks/index.js';
import { aSimulator } from './helpers.js';

function appointment(key: 'ready' | 'formsDue' | 'soon') {
  const { id, token } = seedAppointments[key];
  return Appointment.parse(aSimulator().getAppointment(id, token).body);
}

describe('a visit gives the phone number of its own location', () => {
  it('in New York: a US number, never the Berlin one', () => {
    const newYork = appointment('ready');

    assert.equal(newYork.location.id, 'loc_newyork');
    assert.match(newYork.clinic.phone ?? '', /^\+1 /);
  });

  it('in Berlin: a Berlin number', () => {
    const berlin = appointment('formsDue');

    assert.equal(berlin.location.id, 'loc_berlin');
    assert.match(berlin.clinic.phone ?? '', /^\+49 30 /);
  });

  it('and "call the clinic" in a closed action names that number', () => {
    const { id, token } = seedAppointments.ready;
    const simulator = aSimulator();
    const start = Date.parse(Appointment.parse(simulator.getAppointment(id, token).body).start);
    simulator.setNow(new Date(start - 3_600_000)); // inside the cutoff: changes are closed

    const closed = Appointment.parse(simulator.getAppointment(id, token).body).actions.find((action) => action.type === 'cancel');

    assert.equal(closed?.allowed, false);
    assert.match(closed?.reason ?? '', /\+1 /);
    assert.doesNotMatch(closed?.reason ?? '', /\+49/);
  });
});
