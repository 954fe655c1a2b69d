// A parent books for a child, and a new patient confirms their email with the code the clinic
// sent, read from the demo's Outbox: the patient's side of a booking, end to end on the demo.
import { after, before, describe, it } from 'node:test';
import assert from 'node:assert/strict';
import type { Locator, Page } from 'playwright-core';
import { startDemo, type DemoEnvironment } from './support/servers.js';

describe('who the visit is for, and a code for a new email', () => {
  let env: DemoEnvironment;
  let page: Page;

  before(async () => {
    env = await startDemo({ verifyNewEmails: true });
    page = await env.browser.newPage({ viewport: { width: 390, height: 844 } });
  });
  after(() => env.close());

  /** The physiotherapy flow in the patient app, through a treatment, the place and a time, to the details. */
  async function toDetails(treatment: RegExp): Promise<Locator> {
    await page.goto(`${env.demo.url}patient/?circle=book-service&service=svc_physio`);
    const booking = page.locator('circle-book-service');
    await booking.getByRole('radio', { name: treatment }).check();
    await booking.getByRole('button', { name: 'Continue' }).click();
    await booking.getByRole('radio', { name: /Circle Health Mitte/ }).check();
    await booking.getByRole('button', { name: 'Continue' }).click();
    await booking.getByRole('heading', { name: 'Choose a day and time' }).waitFor();
    await booking.locator('circle-time-list').getByRole('radio').first().check();
    await booking.getByRole('button', { name: 'Continue' }).click();
    await booking.getByRole('heading', { name: 'Your details' }).waitFor();
    return booking;
  }

  it('a parent books a follow-up for a child; the dashboard says who booked for whom', async () => {
    const booking = await toDetails(/Follow-up treatment/);
    await booking.getByRole('radio', { name: /Someone else/ }).check();
    const [patient, booker] = [booking.locator('circle-patient-form').nth(0), booking.locator('circle-patient-form').nth(1)];
    await patient.getByLabel('First name').fill('Sam');
    await patient.getByLabel('Last name').fill('Lovelace');
    await patient.getByLabel('Date of birth').fill('2017-03-02');
    await booker.getByLabel('First name').fill('Ada');
    await booker.getByLabel('Last name').fill('Lovelace');
    await booker.getByLabel('Your relationship to the patient').selectOption('parent');
    await booker.getByLabel('Email address').fill('ada@example.org');
    await booker.getByLabel('Phone number').fill('+44 20 7946 0958');
    await booking.getByRole('button', { name: 'Review booking' }).click();
    await booking.getByText(/Sam Lovelace\W*, booked by \W*Ada Lovelace\W* \(parent\)/).waitFor();
    await booking.getByRole('button', { name: 'Confirm booking' }).click();
    await booking.getByRole('heading', { name: 'You’re booked' }).waitFor();

    const id = env.api.simulator.state().appointments.at(-1)!.id;
    await page.goto(`${env.demo.url}staff/`);
    const row = page.locator(`li.booking[data-id="${id}"]`);
    await row.waitFor();
    assert.match((await row.textContent()) ?? '', /Sam Lovelace.*booked by Ada Lovelace \(parent\)/s);
  });

  it('a new patient confirms with the code read from the Outbox', async () => {
    const booking = await toDetails(/Sports massage/);
    await booking.getByLabel('First name').fill('Grace');
    await booking.getByLabel('Last name').fill('Hopper');
    await booking.getByLabel('Email address').fill('grace@example.org');
    await booking.getByLabel('Phone number').fill('+1 202 555 0143');
    await booking.getByLabel('Date of birth').fill('1976-12-09');
    await booking.getByRole('button', { name: 'Review booking' }).click();
    await booking.getByRole('button', { name: 'Confirm booking' }).click();
    await booking.getByRole('heading', { name: 'Enter the code we sent you' }).waitFor();
    await booking.getByText('g•••@example.org', { exact: false }).waitFor();

    const inbox = await env.browser.newPage();
    await inbox.goto(`${env.demo.url}outbox/`);
    const code = (await inbox.locator('li.message[data-kind="verification_code"] .message__code').first().textContent())!.replace(/\D/g, '');
    await inbox.close();
    await booking.getByLabel('Code', { exact: true }).fill(code);
    await booking.getByRole('button', { name: 'Confirm booking' }).click();

    await booking.getByRole('heading', { name: 'You’re booked' }).waitFor();
    assert.equal(env.api.simulator.state().appointments.at(-1)!.patient?.email, 'grace@example.org');
  });
});
