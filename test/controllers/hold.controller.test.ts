import { expect, waitUntil } from '@open-wc/testing';
import type { ReactiveController, ReactiveControllerHost } from 'lit';
import { HttpResponse, http } from 'msw';
import { createClient } from '../../src/api/client.js';
import { Availability, type Slot } from '../../src/api/schemas.js';
import { HoldController } from '../../src/controllers/hold.controller.js';
import { BookingSimulator, createHandlers, shortHolds } from '../../src/mocks/index.js';
import { apiBase, apiRequestsDuring, patientAppBase, useSimulator, worker } from '../support/simulator-worker.js';
import { engine } from '../support/engine.js';

/**
 * A release as the page may be closing goes with `keepalive`; Firefox (153 ESR here) sends such
 * requests past the service worker, so msw's simulator never sees them. Over HTTP, as a real API
 * is reached, they arrive; these tests run where the worker sees them.
 */
function skipWhereKeepaliveBypassesTheWorker(test: Mocha.Context): void {
  if (engine === 'firefox') test.skip();
}

/** Just enough of a Lit element for a controller: it counts its wake-ups and can leave the page. */
class FakeHost implements ReactiveControllerHost {
  readonly controllers = new Set<ReactiveController>();
  readonly updateComplete = Promise.resolve(true);
  updates = 0;
  addController(controller: ReactiveController): void {
    this.controllers.add(controller);
    controller.hostConnected?.();
  }
  removeController(controller: ReactiveController): void {
    this.controllers.delete(controller);
  }
  requestUpdate(): void {
    this.updates++;
  }
  disconnect(): void {
    for (const controller of this.controllers) controller.hostDisconnected?.();
  }
}

const target = { variantId: 'var_physio_followup', locationId: 'loc_berlin' };
const client = () => createClient({ apiBase });

function firstFreeSlot(simulator: BookingSimulator): Slot {
  const today = new Date().toISOString().slice(0, 10);
  const later = new Date(Date.now() + 30 * 86_400_000).toISOString().slice(0, 10);
  return Availability.parse(simulator.getAvailability({ ...target, from: today, to: later }).body).slots.find((slot) => slot.bookableOnline !== false)!;
}

const hosts: FakeHost[] = [];

function aPatient() {
  const host = new FakeHost();
  hosts.push(host);
  return { host, holds: new HoldController(host, client) };
}

// Each test's patients leave the page after it, so no earlier one hears the next test's pagehide.
afterEach(() => {
  for (const host of hosts.splice(0)) host.disconnect();
});

const heldIn = (simulator: BookingSimulator, slot: Slot) =>
  !Availability.parse(simulator.getAvailability({ ...target, from: slot.start.slice(0, 10), to: slot.start.slice(0, 10) }).body).slots.some(
    (free) => free.start === slot.start,
  );

describe('HoldController', () => {
  it('holds the picked time, so the API keeps it from everyone else', async () => {
    const simulator = await useSimulator();
    const slot = firstFreeSlot(simulator);
    const { holds } = aPatient();

    holds.hold(target, slot);
    await waitUntil(() => holds.state.status === 'held', 'the hold', { timeout: 8000 });

    expect(heldIn(simulator, slot)).to.equal(true);
    expect(holds.holdIdFor(slot)).to.match(/^hold_/);
  });

  it('of two patients picking one time, holds it for one; the other learns it is held', async () => {
    const simulator = await useSimulator();
    const slot = firstFreeSlot(simulator);
    const [first, second] = [aPatient(), aPatient()];

    first.holds.hold(target, slot);
    second.holds.hold(target, slot);
    await waitUntil(() => first.holds.state.status !== 'holding' && second.holds.state.status !== 'holding', 'both answers', { timeout: 8000 });

    expect([first.holds.state.status, second.holds.state.status]).to.deep.equal(['held', 'lost']);
    expect(second.holds.state).to.deep.include({ by: 'held' });
  });

  it('lets the time go when another is picked, and when the element leaves the page', async function () {
    skipWhereKeepaliveBypassesTheWorker(this);
    const simulator = await useSimulator();
    const [one, two] = Availability.parse(
      simulator.getAvailability({
        ...target,
        from: new Date().toISOString().slice(0, 10),
        to: new Date(Date.now() + 30 * 86_400_000).toISOString().slice(0, 10),
      }).body,
    ).slots.filter((slot) => slot.bookableOnline !== false);
    const { host, holds } = aPatient();
    holds.hold(target, one!);
    await waitUntil(() => holds.state.status === 'held', 'the first hold', { timeout: 8000 });

    holds.hold(target, two!);
    await waitUntil(() => holds.state.status === 'held' && !heldIn(simulator, one!), 'the first time let go', { timeout: 8000 });
    host.disconnect();
    await waitUntil(() => !heldIn(simulator, two!), 'the second time let go', { timeout: 8000 });

    expect(holds.state.status).to.equal('none');
  });

  it('lets the time go when the page is closed (pagehide)', async function () {
    skipWhereKeepaliveBypassesTheWorker(this);
    const simulator = await useSimulator();
    const slot = firstFreeSlot(simulator);
    const { holds } = aPatient();
    holds.hold(target, slot);
    await waitUntil(() => holds.state.status === 'held', 'the hold', { timeout: 8000 });

    const requests = await apiRequestsDuring(async () => {
      dispatchEvent(new PageTransitionEvent('pagehide'));
      await waitUntil(() => !heldIn(simulator, slot), 'the time let go', { timeout: 8000 });
    });

    expect(requests.filter((path) => path.endsWith('/release'))).to.have.length(1);
  });

  it('lets the time go when the popup around its element closes, and not for another popup', async () => {
    const simulator = await useSimulator();
    const slot = firstFreeSlot(simulator);
    // A popup with the booking element inside, through a shadow root, as <circle-book-dialog> holds it.
    const popup = document.body.appendChild(document.createElement('div'));
    const other = document.body.appendChild(document.createElement('div'));
    const booking = popup.appendChild(document.createElement('div')).attachShadow({ mode: 'open' }).appendChild(document.createElement('div'));
    const host = Object.assign(booking, {
      addController: (c: ReactiveController) => c.hostConnected?.(),
      removeController() {},
      requestUpdate() {},
      updateComplete: Promise.resolve(true),
    });
    const holds = new HoldController(host, client);
    try {
      holds.hold(target, slot);
      await waitUntil(() => holds.state.status === 'held', 'the hold', { timeout: 8000 });

      other.dispatchEvent(new Event('circle-dialog-closed', { bubbles: true, composed: true }));
      expect(holds.state.status).to.equal('held');
      popup.dispatchEvent(new Event('circle-dialog-closed', { bubbles: true, composed: true }));
      await waitUntil(() => !heldIn(simulator, slot), 'the time let go', { timeout: 8000 });
    } finally {
      holds.hostDisconnected();
      popup.remove();
      other.remove();
    }
  });

  it('wakes its host at the end only, not every second, and says so once', async () => {
    await useSimulator();
    const simulator = new BookingSimulator({ patientAppBase, ...shortHolds(2) });
    worker.use(...createHandlers(simulator, { apiBase }));
    const { host, holds } = aPatient();
    holds.hold(target, firstFreeSlot(simulator));
    await waitUntil(() => holds.state.status === 'held', 'the hold', { timeout: 8000 });
    const before = host.updates;

    await waitUntil(() => holds.state.status === 'expired', 'the hold to end', { timeout: 4000 });

    expect(host.updates - before).to.equal(1);
    expect(holds.said?.what).to.equal('ended');
    expect(holds.holdIdFor(holds.state.status === 'expired' ? holds.state.slot : undefined)).to.equal(undefined);
  });

  it('books as before when the API has no holds (501), and asks no more', async () => {
    const simulator = await useSimulator();
    worker.use(http.post(`${apiBase}/holds`, () => new HttpResponse('Not Implemented', { status: 501 })));
    const slot = firstFreeSlot(simulator);
    const { holds } = aPatient();

    holds.hold(target, slot);
    await waitUntil(() => holds.state.status === 'unsupported', 'holds known to be missing', { timeout: 8000 });
    const requests = await apiRequestsDuring(async () => holds.hold(target, { ...slot }));

    expect(requests).to.deep.equal([]);
    expect(holds.holdIdFor(slot)).to.equal(undefined);
  });
});
