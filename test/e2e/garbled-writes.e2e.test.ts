// A write the API commits but whose answer the browser cannot read: a proxy's HTML page in its
// place, or JSON with a status the contract does not know. Through the built bundle, in
// Chromium, against the simulator over real HTTP, faults switched on through its HTTP control
// route as any test outside this repository would. What must hold: the patient is told the
// outcome is unknown, Try again sends the same Idempotency-Key, and the API holds one booking,
// one move and one cancellation.
import { after, before, describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { mkdirSync } from 'node:fs';
import type { Page } from 'playwright-core';
import type { Fault } from '../../src/mocks/index.js';
import { startAll } from './support/servers.js';
import { chooseAssessmentAtMitte, fillDetails, ada } from './support/booking.js';

const shots = 'test-results/e2e';
mkdirSync(shots, { recursive: true });

describe('writes that commit and then answer garbage, over HTTP', () => {
  let env: Awaited<ReturnType<typeof startAll>>;
  let page: Page;
  const problems: string[] = [];
  /** Idempotency-Key of each write the page sent, by path. */
  const keys: Array<{ path: string; key: string }> = [];

  const fault = async (...faults: Fault[]) => {
    const answer = await fetch(`${env.api.url}/__simulator/faults`, {
      method: 'POST',
      headers: { 'Content-Type': 'application/json' },
      body: JSON.stringify(faults),
    });
    assert.equal(answer.status, 200);
  };
  const ownRecords = () => env.api.simulator.state().appointments.filter((record) => record.patient?.email === ada.email);
  const keysFor = (suffix: string) => keys.filter(({ path }) => path.endsWith(suffix)).map(({ key }) => key);

  before(async () => {
    env = await startAll();
    page = await env.browser.newPage();
    page.on('pageerror', (error) => problems.push(`pageerror: ${error.message}`));
    page.on('request', (request) => {
      if (request.method() === 'POST') keys.push({ path: new URL(request.url()).pathname, key: request.headers()['idempotency-key'] ?? '' });
    });
  });
  after(() => env.close());

  it('booking: "We couldn\'t confirm your booking", then Try again confirms the one booking', async () => {
    await page.goto(`${env.site.url}/book-service.html`);
    const booking = page.locator('circle-book-service');
    await chooseAssessmentAtMitte(booking);
    // Next month: far enough ahead that the clinic still lets it be moved and cancelled online.
    await booking.getByRole('radio').first().waitFor();
    await booking.locator('circle-day-picker [part~=next]').click();
    await booking.locator('circle-day-picker td.available').first().click();
    await booking.getByRole('radio').first().check();
    await booking.getByRole('button', { name: 'Continue' }).click();
    await fillDetails(booking);
    await booking.getByRole('button', { name: 'Review booking' }).click();
    await fault({ route: 'createBooking', garbleResponse: 'html', times: 1 });

    await booking.getByRole('button', { name: 'Confirm booking' }).click();
    const error = booking.locator('[part=error]');
    await error.getByText("We couldn't confirm your booking").waitFor();
    assert.match(await error.innerText(), /Try again: you won't be booked twice\./);
    await page.screenshot({ path: `${shots}/garbled-booking.png`, fullPage: true });
    assert.equal(ownRecords().length, 1, 'the API booked before the garbage');
    await error.getByRole('button', { name: 'Try again' }).click();

    await booking.getByRole('heading', { name: 'You’re booked' }).waitFor();
    assert.equal(ownRecords().length, 1);
    const sent = keysFor('/bookings');
    assert.equal(sent.length, 2);
    assert.equal(sent[0], sent[1], 'Try again sent the same Idempotency-Key');
  });

  it('moving it: a status the contract does not know, then Try again moves it once', async () => {
    await page.locator('circle-book-service').getByRole('link', { name: 'View or change your booking' }).click();
    const appointment = page.locator('circle-appointment');
    await appointment.getByRole('button', { name: 'Change time' }).click();
    await appointment.getByRole('radio').first().waitFor();
    await appointment.locator('circle-day-picker [part~=next]').click();
    await appointment.locator('circle-day-picker td.available').first().click();
    await appointment.getByRole('radio').nth(1).check();
    const chosen = await appointment.getByRole('radio').nth(1).getAttribute('value');
    await appointment.getByRole('button', { name: 'Continue' }).click();
    await fault({ route: 'rescheduleAppointment', garbleResponse: 'pending', times: 1 });

    await appointment.getByRole('button', { name: 'Yes, move it' }).click();
    const error = appointment.locator('[part=error]');
    await error.getByText("We couldn't confirm that your appointment was moved").waitFor();
    await page.screenshot({ path: `${shots}/garbled-move.png`, fullPage: true });
    await error.getByRole('button', { name: 'Try again' }).click();

    await appointment.locator('.announcement').getByText('Your appointment is now on').waitFor();
    const records = ownRecords();
    assert.equal(records.length, 1);
    assert.equal(Date.parse(records[0]!.start), Date.parse(chosen!));
    const sent = keysFor('/reschedule');
    assert.deepEqual([sent.length, sent[0] === sent[1]], [2, true]);
  });

  it('cancelling: a proxy page under a bare 400, then Try again cancels it once', async () => {
    const appointment = page.locator('circle-appointment');
    await appointment.getByRole('button', { name: 'Cancel appointment' }).click();
    await fault({ route: 'cancelAppointment', garbleResponse: 'html', status: 400, times: 1 });

    await appointment.getByRole('button', { name: 'Yes, cancel' }).click();
    const error = appointment.locator('[part=error]');
    await error.getByText("We couldn't confirm that your appointment is cancelled").waitFor();
    await error.getByRole('button', { name: 'Try again' }).click();

    await appointment.locator('.announcement').getByText('Your appointment is cancelled.').waitFor();
    assert.equal(ownRecords()[0]!.status, 'cancelled');
    const sent = keysFor('/cancel');
    assert.deepEqual([sent.length, sent[0] === sent[1]], [2, true]);
  });

  it('threw nothing on the page', () => {
    assert.deepEqual(problems, []);
  });
});
