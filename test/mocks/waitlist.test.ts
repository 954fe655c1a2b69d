import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { OutboxMessage, WaitlistEntry, WaitlistList } from '../../src/api/index.js';
import { parsePatientAppUrl } from '../../src/links/index.js';
import { prefillFromQuery } from '../../src/flow/prefill.js';
import type { BookingSimulator } from '../../src/mocks/index.js';
import { aBooking, aSimulator, aWaitlistRequest, bookOne, codeOf, patientAppBase } from './helpers.js';

const grace = aWaitlistRequest().contact;
const alan = { givenName: 'Alan', familyName: 'Turing', email: 'alan@example.org', phone: '+44 161 496 0000' };

function offersTo(simulator: BookingSimulator, to: string): OutboxMessage[] {
  const messages = (simulator.getOutbox(to).body as { messages: unknown[] }).messages.map((message) => OutboxMessage.parse(message));
  return messages.filter((message) => message.kind === 'waitlist_offer');
}

describe('joining the waitlist', () => {
  it('answers the place, waiting, without the contact', () => {
    const result = aSimulator().joinWaitlist(aWaitlistRequest(), 'w1');

    assert.equal(result.status, 201, JSON.stringify(result.body));
    const entry = WaitlistEntry.parse(result.body);
    assert.equal(entry.status, 'waiting');
    assert.equal(JSON.stringify(result.body).includes(grace.email), false);
  });

  it('is one place however often the same request is sent with its key', () => {
    const simulator = aSimulator();

    const first = simulator.joinWaitlist(aWaitlistRequest(), 'w1');
    const again = simulator.joinWaitlist(aWaitlistRequest(), 'w1');

    assert.deepEqual(again.body, first.body);
    assert.equal(WaitlistList.parse(simulator.listWaitlist(undefined).body).entries.length, 1);
  });

  it('refuses a variant that cannot be booked online', () => {
    assert.equal(codeOf(aSimulator().joinWaitlist(aWaitlistRequest({ variantId: 'var_nope' }), 'w1')), 'validation');
  });
});

describe('a cancellation, offered to the first patient waiting', () => {
  it('sends the freed time to the first patient only, with a link that opens that time with their details', () => {
    const simulator = aSimulator();
    simulator.joinWaitlist(aWaitlistRequest(), 'w1');
    simulator.joinWaitlist(aWaitlistRequest({ contact: alan }), 'w2');
    const booked = bookOne(simulator);

    simulator.cancelAppointment(booked.appointmentId, booked.token, {}, 'c1');

    const [offer] = offersTo(simulator, grace.email);
    assert.ok(offer, 'Grace, first on the waitlist, got an offer');
    assert.equal(offersTo(simulator, alan.email).length, 0);
    const link = parsePatientAppUrl(offer.link!, { base: patientAppBase });
    assert.deepEqual(link, {
      ok: true,
      target: { kind: 'book-variant', variantId: 'var_physio_followup', locationId: 'loc_berlin', start: booked.slot.start },
    });
    // Her details ride in the fragment, which never reaches a server; the query carries none.
    const url = new URL(offer.link!);
    assert.deepEqual(prefillFromQuery(url.hash.slice(1)), { givenName: 'Grace', familyName: 'Hopper', email: grace.email, phone: grace.phone });
    assert.deepEqual(prefillFromQuery(url.search), {});
  });

  it('ends the place it was offered to: the next cancellation goes to the next patient', () => {
    const simulator = aSimulator();
    simulator.joinWaitlist(aWaitlistRequest(), 'w1');
    simulator.joinWaitlist(aWaitlistRequest({ contact: alan }), 'w2');
    const first = bookOne(simulator, 'b1');
    simulator.cancelAppointment(first.appointmentId, first.token, {}, 'c1');
    const second = bookOne(simulator, 'b2');

    simulator.cancelAppointment(second.appointmentId, second.token, {}, 'c2');

    assert.equal(offersTo(simulator, grace.email).length, 1);
    assert.equal(offersTo(simulator, alan.email).length, 1);
    const entries = WaitlistList.parse(simulator.listWaitlist('svc_physio').body).entries;
    assert.deepEqual(
      entries.map((entry) => entry.status),
      ['offered', 'offered'],
    );
    assert.equal(entries[0]!.offeredStart, first.slot.start);
  });

  it('is not offered to a patient whose days do not include it', () => {
    const simulator = aSimulator();
    simulator.joinWaitlist(aWaitlistRequest({ fromDate: '2027-01-04', toDate: '2027-01-08' }), 'w1');
    const booked = bookOne(simulator);

    simulator.cancelAppointment(booked.appointmentId, booked.token, {}, 'c1');

    assert.equal(offersTo(simulator, grace.email).length, 0);
  });

  it('goes to whoever books it first: the offered patient is then told it is taken', () => {
    const simulator = aSimulator();
    simulator.joinWaitlist(aWaitlistRequest(), 'w1');
    const booked = bookOne(simulator);
    simulator.cancelAppointment(booked.appointmentId, booked.token, {}, 'c1');

    const someoneElse = simulator.createBooking(aBooking(booked.slot.start, { patient: { ...aBooking('').patient, email: 'someone@example.org' } }), 'b2');
    const offered = simulator.createBooking(aBooking(booked.slot.start, { patient: { ...aBooking('').patient, ...grace } }), 'b3');

    assert.equal(someoneElse.status, 201);
    assert.equal(codeOf(offered), 'slot_unavailable');
  });
});

describe("the staff's view of the waitlist", () => {
  it("lists each place with its service and the patient's contact, first come first", () => {
    const simulator = aSimulator();
    simulator.joinWaitlist(aWaitlistRequest(), 'w1');
    simulator.joinWaitlist(aWaitlistRequest({ contact: alan }), 'w2');

    const { entries } = WaitlistList.parse(simulator.listWaitlist('svc_physio').body);

    assert.deepEqual(
      entries.map((entry) => [entry.service.id, entry.contact.email, entry.status]),
      [
        ['svc_physio', grace.email, 'waiting'],
        ['svc_physio', alan.email, 'waiting'],
      ],
    );
    assert.equal(WaitlistList.parse(simulator.listWaitlist('svc_checkup').body).entries.length, 0);
  });
});
