import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { Appointment, Service } from '../../src/api/index.js';
import { seedAppointments } from '../../src/mocks/index.js';
import { aSimulator } from './helpers.js';

function open(simulator: ReturnType<typeof aSimulator>, key: keyof typeof seedAppointments) {
  const { id, token } = seedAppointments[key];
  return Appointment.parse(simulator.getAppointment(id, token).body);
}

describe('visit modes', () => {
  it('are offered per variant: video and phone, and in person where none is said', () => {
    const service = Service.parse(aSimulator().getService('svc_online').body);
    const physio = Service.parse(aSimulator().getService('svc_physio').body);

    assert.deepEqual(
      service.variants.map((variant) => variant.mode),
      ['video', 'phone'],
    );
    assert.equal(
      physio.variants.every((variant) => variant.mode === undefined),
      true,
    );
  });

  it('give a booked video visit an https room to join', () => {
    const appointment = open(aSimulator(), 'videoCall');

    assert.equal(appointment.mode, 'video');
    assert.match(appointment.videoUrl!, /^https:\/\//);
  });

  it('give a phone visit no room', () => {
    const appointment = open(aSimulator(), 'phoneCall');

    assert.equal(appointment.mode, 'phone');
    assert.equal(appointment.videoUrl, undefined);
  });

  it('take the room away once the video visit is cancelled', () => {
    const simulator = aSimulator();
    const { id, token } = seedAppointments.videoCall;

    simulator.cancelAppointment(id, token, {}, 'key-cancel');

    assert.equal(open(simulator, 'videoCall').videoUrl, undefined);
  });
});

describe('the contract', () => {
  it('refuses a video link that is not https', () => {
    const appointment = open(aSimulator(), 'videoCall');

    for (const videoUrl of ['http://video.example/visit/1', 'javascript:alert(1)', '//video.example/x', 'https:video.example']) {
      assert.equal(Appointment.safeParse({ ...appointment, videoUrl }).success, false, videoUrl);
    }
  });
});
