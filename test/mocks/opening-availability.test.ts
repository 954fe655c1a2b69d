/**
 * The service and variant answers carry the free slots the booking flow opens on, when the flow
 * opens straight on its times (one bookable variant at one bookable location): the patient's
 * first free times then need one request, not two.
 */
import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { Service, VariantDetail } from '../../src/api/index.js';
import { allSlots, aSimulator } from './helpers.js';

describe('the free slots a booking flow opens on', () => {
  it("come with a service of one variant at one location: today to the month's end, as GET /availability gives them", () => {
    const simulator = aSimulator();

    const service = Service.parse(simulator.getService('svc_checkup').body);

    // The clock is 24 November 2026 in Berlin.
    assert.ok(service.availability, 'the service answer carries its first month');
    assert.equal(service.availability.variantId, 'var_checkup');
    assert.equal(service.availability.locationId, 'loc_berlin');
    assert.equal(service.availability.timeZone, 'Europe/Berlin');
    assert.equal(service.availability.from, '2026-11-24');
    assert.equal(service.availability.to, '2026-11-30');
    assert.deepEqual(service.availability.slots, allSlots(simulator, 'var_checkup', 'loc_berlin', '2026-11-24', '2026-11-30'));
    assert.ok(service.availability.slots.length > 0);
  });

  it('come with a variant offered at one bookable location', () => {
    const detail = VariantDetail.parse(aSimulator().getVariant('var_nutrition').body);

    assert.equal(detail.availability?.locationId, 'loc_newyork');
    assert.equal(detail.availability?.from, '2026-11-24');
    assert.equal(detail.availability?.to, '2026-11-30');
  });

  it('are left out while a fault waits for the free times, so the flow asks and meets it', () => {
    const simulator = aSimulator();
    simulator.addFault({ route: 'getAvailability', status: 500 });

    assert.equal(Service.parse(simulator.getService('svc_checkup').body).availability, undefined);
    assert.equal(VariantDetail.parse(simulator.getVariant('var_checkup').body).availability, undefined);
    simulator.clearFaults();
    assert.ok(VariantDetail.parse(simulator.getVariant('var_checkup').body).availability);
  });

  it('are left out where the patient chooses a variant or a location first', () => {
    // Three variants.
    assert.equal(Service.parse(aSimulator().getService('svc_physio').body).availability, undefined);
    // One variant at Berlin and New York (Hamburg takes no online bookings).
    assert.equal(VariantDetail.parse(aSimulator().getVariant('var_physio_initial').body).availability, undefined);
  });

  it('are left out where nothing can be booked online', () => {
    assert.equal(Service.parse(aSimulator().getService('svc_hydro').body).availability, undefined);
    assert.equal(Service.parse(aSimulator().getService('svc_home').body).availability, undefined);
  });
});
