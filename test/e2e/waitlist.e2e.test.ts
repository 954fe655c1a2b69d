// "Tell me if an earlier time opens" (issue #23, part 2), end to end: two patients join the
// waitlist over HTTP, a booking is cancelled, the first patient waiting gets the clinic's offer
// on the Outbox page, and its link opens the patient app at the freed time with their details
// filled in; they book it. The same link, followed again, says the time was just taken.
import { after, before, describe, it } from 'node:test';
import assert from 'node:assert/strict';
import type { Page } from 'playwright-core';
import { Availability, BookingConfirmation, WaitlistEntry } from '../../src/api/index.js';
import { addDays, localDate } from '../../src/time/zoned.js';
import { startDemo, type DemoEnvironment } from './support/servers.js';

const zone = 'Europe/Berlin';
const where = { variantId: 'var_physio_followup', locationId: 'loc_berlin' };
const ada = { givenName: 'Ada', familyName: 'Lovelace', email: 'ada@example.org', phone: '+44 20 7946 0958', dateOfBirth: '1985-12-10' };
const grace = { givenName: 'Grace', familyName: 'Hopper', email: 'grace.hopper@example.org', phone: '+1 202 555 0143' };
const alan = { givenName: 'Alan', familyName: 'Turing', email: 'alan@example.org', phone: '+44 161 496 0000' };

describe('a cancellation offered to the first patient on the waitlist', () => {
  let env: DemoEnvironment;
  let page: Page;
  let freed = '';

  async function join(contact: typeof grace, key: string): Promise<void> {
    const today = localDate(new Date(), zone);
    const response = await fetch(`${env.api.url}/waitlist`, {
      method: 'POST',
      headers: { 'Content-Type': 'application/json', 'Idempotency-Key': key },
      body: JSON.stringify({ ...where, contact, fromDate: today, toDate: addDays(today, 30) }),
    });
    assert.equal(response.status, 201);
    WaitlistEntry.parse(await response.json());
  }

  async function offerLink(to: string) {
    await page.goto(`${env.demo.url}outbox/`);
    const card = page.locator('li.message[data-kind="waitlist_offer"]', { hasText: to }).first();
    await card.waitFor();
    return card.getByRole('link', { name: 'Book this time' });
  }

  before(async () => {
    env = await startDemo();
    page = await env.browser.newPage({ viewport: { width: 390, height: 844 } });
    const today = localDate(new Date(), zone);
    const slots = Availability.parse(env.api.simulator.getAvailability({ ...where, from: addDays(today, 3), to: addDays(today, 20) }).body).slots;
    freed = slots.find((slot) => slot.bookableOnline !== false)!.start;
    const confirmation = BookingConfirmation.parse(env.api.simulator.createBooking({ ...where, start: freed, patient: ada }, 'waitlist-e2e-book').body);
    await join(grace, 'waitlist-e2e-grace');
    await join(alan, 'waitlist-e2e-alan');
    const token = new URLSearchParams(new URL(confirmation.appointmentUrl).hash.slice(1)).get('token')!;
    assert.equal(env.api.simulator.cancelAppointment(confirmation.appointment.id, token, {}, 'waitlist-e2e-cancel').status, 200);
  });
  after(() => env.close());

  it('reaches the first patient waiting, and nobody after them', async () => {
    await offerLink(grace.email);

    assert.equal(await page.locator('li.message[data-kind="waitlist_offer"]', { hasText: alan.email }).count(), 0);
  });

  it("the offer's link opens the freed time with the patient's details, and books it", async () => {
    await (await offerLink(grace.email)).click();

    const flow = page.locator('circle-book-variant');
    await flow.getByRole('heading', { name: 'Choose a day and time' }).waitFor();
    await flow.locator('[part~="time"][part~="selected"]').first().waitFor();
    await flow.getByRole('button', { name: 'Continue' }).click();
    await flow.getByRole('heading', { name: 'Your details' }).waitFor();
    assert.equal(await flow.getByLabel('First name').inputValue(), grace.givenName);
    assert.equal(await flow.getByLabel('Email address').inputValue(), grace.email);
    await flow.getByLabel('Date of birth').fill('1906-12-09');
    await flow.getByRole('button', { name: 'Review booking' }).click();
    await flow.getByRole('button', { name: 'Confirm booking' }).click();
    await flow.getByRole('heading', { name: 'You’re booked' }).waitFor();

    const [booked] = env.api.simulator.appointmentsFor(freed, where);
    assert.equal(booked?.patient?.email, grace.email);
  });

  it('followed again once the time is booked, the link says it was just taken and shows the next times', async () => {
    await (await offerLink(grace.email)).click();

    const flow = page.locator('circle-book-variant');
    await flow.locator('[part=notice]', { hasText: 'Sorry, that time was just taken by someone else.' }).waitFor();
    await flow.locator('[part~="time"]').first().waitFor();
  });
});
