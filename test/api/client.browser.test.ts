// The client in Chromium with real fetch, against the simulator behind msw's service worker.
import { expect } from '@open-wc/testing';
import { http, HttpResponse } from 'msw';
import {
  createBooking,
  createClient,
  getAvailability,
  getService,
  newIdempotencyKey,
  ProblemError,
  ResponseShapeError,
  type Slot,
} from '../../src/api/index.js';
import { todayIn } from '../../src/flow/availability-window.js';
import { addDays } from '../../src/time/zoned.js';
import { apiBase, useSimulator, worker } from '../support/simulator-worker.js';

const patient = { givenName: 'Ada', familyName: 'Lovelace', email: 'ada@example.org', phone: '+44 20 7946 0958', dateOfBirth: '1985-12-10' };

async function firstFreeSlot(): Promise<Slot> {
  const client = createClient({ apiBase });
  const from = todayIn('Europe/Berlin');
  const availability = await getAvailability(client, { variantId: 'var_physio_initial', locationId: 'loc_berlin', from, to: addDays(from, 13) });
  // A time sooner than the minimum notice is booked by phone: the first bookable online.
  return availability.slots.find((slot) => slot.bookableOnline !== false)!;
}

describe('the client against the simulator in the browser', () => {
  beforeEach(useSimulator);

  it('reads a service', async () => {
    const service = await getService(createClient({ apiBase }), 'svc_physio');

    expect(service.name).to.equal('Physiotherapy');
    expect(service.locations.every((l) => l.timeZone.includes('/'))).to.equal(true);
  });

  it('books once when the response to a booking is lost, retrying with the same key', async () => {
    const simulator = await useSimulator();
    const slot = await firstFreeSlot();
    const before = simulator.state().appointments.length;
    simulator.addFault({ route: 'createBooking', dropResponse: true, times: 1 });
    const client = createClient({ apiBase, retry: { baseDelayMs: 1 } });

    const confirmation = await createBooking(
      client,
      { variantId: 'var_physio_initial', locationId: 'loc_berlin', start: slot.start, patient },
      { idempotencyKey: newIdempotencyKey() },
    );

    expect(confirmation.appointment.start).to.equal(slot.start);
    expect(simulator.state().appointments.length).to.equal(before + 1);
    expect(simulator.appointmentsFor(slot.start, { variantId: 'var_physio_initial' })).to.have.length(1);
  });

  it('tells a taken slot apart from other failures', async () => {
    const slot = await firstFreeSlot();
    const client = createClient({ apiBase });
    const booking = { variantId: 'var_physio_initial', locationId: 'loc_berlin', start: slot.start, patient };
    await createBooking(client, booking, { idempotencyKey: newIdempotencyKey() });

    const error = await createBooking(client, booking, { idempotencyKey: newIdempotencyKey() }).catch((e: unknown) => e);

    expect(error).to.be.instanceOf(ProblemError);
    expect((error as ProblemError).code).to.equal('slot_unavailable');
  });

  it('refuses a body that breaks the contract', async () => {
    worker.use(http.get(`${apiBase}/services/:id`, () => HttpResponse.json({ id: 'svc_physio', name: '<img src=x onerror=alert(1)>' })));

    const error = await getService(createClient({ apiBase }), 'svc_physio').catch((e: unknown) => e);

    expect(error).to.be.instanceOf(ResponseShapeError);
  });
});
