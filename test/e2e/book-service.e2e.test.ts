// The built script-tag file for this element alone (dist/circle-book-service.js) on a plain HTML
// page, in Chromium, against the simulator over real HTTP: a patient on a 390 px wide phone books a visit. Screenshots of each step go to
// test-results/e2e/ for people to look at.
import { after, before, describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { mkdirSync } from 'node:fs';
import type { Page } from 'playwright-core';
import { startAll } from './support/servers.js';
import { fillDetails } from './support/booking.js';

const shots = 'test-results/e2e';
mkdirSync(shots, { recursive: true });

describe('a patient books on a phone, the page loading dist/circle-book-service.js alone', () => {
  let env: Awaited<ReturnType<typeof startAll>>;
  let page: Page;
  const problems: string[] = [];
  const scripts: string[] = [];

  before(async () => {
    env = await startAll();
    page = await env.browser.newPage({ viewport: { width: 390, height: 844 }, deviceScaleFactor: 2, hasTouch: true });
    page.on('console', (message) => {
      if (message.type() === 'error' || message.type() === 'warning') problems.push(`${message.type()}: ${message.text()}`);
    });
    page.on('pageerror', (error) => problems.push(`pageerror: ${error.message}`));
    page.on('request', (request) => {
      if (request.resourceType() === 'script') scripts.push(new URL(request.url()).pathname);
    });
  });
  after(() => env.close());

  it('books, and the booking is in the API', async () => {
    const before = env.api.simulator.state().appointments.length;
    await page.goto(`${env.site.url}/book-service.html`);
    const booking = page.locator('circle-book-service');

    await booking.getByRole('heading', { name: 'What would you like to book?' }).waitFor();
    await page.screenshot({ path: `${shots}/1-variant.png`, fullPage: true });
    await booking.getByRole('radio', { name: /Initial assessment/ }).check();
    await booking.getByRole('button', { name: 'Continue' }).click();

    await booking.getByRole('heading', { name: 'Where would you like to go?' }).waitFor();
    await booking.getByRole('radio', { name: /Circle Health Mitte/ }).check();
    await booking.getByRole('button', { name: 'Continue' }).click();

    await booking.getByRole('heading', { name: 'Choose a day and time' }).waitFor();
    const firstTime = booking.getByRole('radio').first();
    await firstTime.waitFor();
    await page.screenshot({ path: `${shots}/2-time.png`, fullPage: true });
    await firstTime.check();
    await booking.getByRole('button', { name: 'Continue' }).click();

    await booking.getByRole('heading', { name: 'Your details' }).waitFor();
    await fillDetails(booking);
    await page.screenshot({ path: `${shots}/3-details.png`, fullPage: true });
    await booking.getByRole('button', { name: 'Review booking' }).click();

    await booking.getByRole('heading', { name: 'Check and confirm' }).waitFor();
    await page.screenshot({ path: `${shots}/4-review.png`, fullPage: true });
    await booking.getByRole('button', { name: 'Confirm booking' }).click();

    await booking.getByRole('heading', { name: 'You’re booked' }).waitFor();
    await page.screenshot({ path: `${shots}/5-done.png`, fullPage: true });
    assert.ok(await booking.getByRole('link', { name: 'Complete intake forms' }).isVisible());

    const appointments = env.api.simulator.state().appointments;
    assert.equal(appointments.length, before + 1);
    assert.equal(appointments.at(-1)!.variantId, 'var_physio_initial');
  });

  it('fetched one script file for the first render, and the patient form, the hold and the email check after it', () => {
    // The patient form is fetched once the flow is on screen, with the fields' rules and styles it
    // shares with the waitlist form, and so is the hold controller; the email check when the email
    // field is first left (docs/performance.md).
    assert.equal(scripts[0], '/dist/circle-book-service.js');
    assert.deepEqual(
      scripts
        .slice(1)
        .map((path) => path.replace(/-[\w-]{8}\.js$/, '.js'))
        .sort(),
      ['/dist/chunks/email-suggestion.js', '/dist/chunks/hold.controller.js', '/dist/chunks/patient-form.js', '/dist/chunks/patient-form.styles.js'],
    );
  });

  it('fits the phone: nothing scrolls sideways', async () => {
    const overflow = await page.evaluate(() => document.documentElement.scrollWidth - document.documentElement.clientWidth);
    assert.equal(overflow, 0);
  });

  it('logged no errors or warnings', () => {
    assert.deepEqual(problems, []);
  });
});
