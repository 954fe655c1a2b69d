// The built bundle on host pages we do not control, in Chromium, against the simulator over
// real HTTP: a strict Content-Security-Policy with Trusted Types, aggressive global CSS, and
// two copies of the library on one page.
import { after, before, describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { mkdirSync } from 'node:fs';
import type { Page } from 'playwright-core';
import { seedAppointments } from '../../src/mocks/index.js';
import { startAll } from './support/servers.js';
import { chooseAssessmentAtMitte, fillDetails, grace, reviewAndConfirm } from './support/booking.js';

const shots = 'test-results/e2e';
mkdirSync(shots, { recursive: true });

/** The policy the issue names, with the simulator's origin as the only place to connect to. */
function strictPolicy(apiBase: string): string {
  const api = new URL(apiBase).origin;
  return `default-src 'self'; script-src 'self'; style-src 'self'; connect-src ${api}; require-trusted-types-for 'script'`;
}

describe('host pages we do not control', () => {
  let env: Awaited<ReturnType<typeof startAll>>;

  before(async () => {
    env = await startAll({ headersFor: (path) => (path.endsWith('strict-csp.html') ? { 'Content-Security-Policy': strictPolicy(env.api.url) } : undefined) });
  });
  after(() => env.close());

  /** A page whose console errors, warnings and uncaught exceptions are collected. */
  async function open(path: string, viewport = { width: 1200, height: 900 }): Promise<{ page: Page; problems: string[]; warnings: string[]; policy: string }> {
    const page = await env.browser.newPage({ viewport });
    const problems: string[] = [];
    const warnings: string[] = [];
    page.on('console', (message) => {
      if (message.type() === 'error') problems.push(`console.error: ${message.text()}`);
      if (message.type() === 'warning') warnings.push(message.text());
    });
    page.on('pageerror', (error) => problems.push(`uncaught: ${error.message}`));
    const response = await page.goto(`${env.site.url}${path}`);
    return { page, problems, warnings, policy: response?.headers()['content-security-policy'] ?? '' };
  }

  describe('a strict Content-Security-Policy with Trusted Types', () => {
    it('every element works, and the browser reports no violation', async () => {
      const { id, token } = seedAppointments.formsDue;
      const { page, problems, warnings, policy } = await open(`/hostile/strict-csp.html#appointment=${id}&token=${token}`);
      assert.match(
        policy,
        /^default-src 'self'; script-src 'self'; style-src 'self'; connect-src http:\/\/127\.0\.0\.1:\d+; require-trusted-types-for 'script'$/,
      );

      // Book a visit.
      const booking = page.locator('circle-book-service');
      await chooseAssessmentAtMitte(booking);
      await booking.getByRole('radio').first().check();
      await booking.getByRole('button', { name: 'Continue' }).click();
      await fillDetails(booking);
      await reviewAndConfirm(booking);

      // The variant flow loads its times.
      await page.locator('circle-book-variant').getByRole('radio').first().waitFor();

      // Cancel the appointment opened from the link.
      const appointment = page.locator('circle-appointment');
      await appointment.getByRole('button', { name: 'Cancel appointment' }).click();
      await appointment.getByRole('button', { name: 'Yes, cancel' }).click();
      await appointment.locator('.announcement').getByText('Your appointment is cancelled.').waitFor();

      // The share menu opens, places its popups and offers the link.
      const menu = page.locator('circle-share-menu');
      await menu.getByRole('button', { name: 'Actions' }).click();
      await menu.getByRole('menuitem', { name: 'Copy share link' }).click();
      await menu.getByRole('menuitem', { name: 'Open patient view' }).waitFor();
      await page.keyboard.press('Escape');
      await page.keyboard.press('Escape');

      // The floating button opens the booking popup.
      await page.locator('circle-book-button').getByRole('button').first().click();
      // The booking element is slotted into the popup's <dialog>: look from the host.
      await page.locator('circle-book-dialog[open]').getByRole('heading', { name: 'What would you like to book?' }).waitFor();
      await page.keyboard.press('Escape');

      // The patient app, opened without a link, says what to do.
      await page.locator('circle-patient-app').getByRole('heading', { name: 'Nothing to show here yet' }).waitFor();
      await page.screenshot({ path: `${shots}/strict-csp.png`, fullPage: true });

      assert.equal(env.api.simulator.state().appointments.find((record) => record.id === id)!.status, 'cancelled');
      assert.deepEqual(await page.evaluate(() => (window as unknown as { __violations: string[] }).__violations), []);
      assert.deepEqual(problems, []);
      assert.deepEqual(
        warnings.filter((text) => /Content Security Policy|Trusted Type/i.test(text)),
        [],
      );
      await page.close();
    });
  });

  describe('aggressive global CSS', () => {
    it('does not reach inside the elements: a booking can be made; the page font comes through', async () => {
      const { page, problems } = await open('/hostile/aggressive-css.html');
      const booking = page.locator('circle-book-service');
      await booking.getByRole('radio', { name: /Initial assessment/ }).check();
      const proceed = booking.getByRole('button', { name: 'Continue' });
      assert.ok(await proceed.isVisible(), 'Continue is visible');
      const box = (await proceed.boundingBox())!;
      assert.ok(box.width >= 24 && box.height >= 24, `Continue is ${box.width}×${box.height}`);
      await proceed.click();
      await booking.getByRole('radio', { name: /Circle Health Mitte/ }).check();
      await booking.getByRole('button', { name: 'Continue' }).click();
      await booking.getByRole('radio').first().check();
      await page.screenshot({ path: `${shots}/aggressive-css.png`, fullPage: true });
      await booking.getByRole('button', { name: 'Continue' }).click();
      await fillDetails(booking, grace);
      await reviewAndConfirm(booking);

      const font = await booking.getByRole('heading', { name: 'You’re booked' }).evaluate((heading) => getComputedStyle(heading).fontFamily);
      assert.match(font, /Georgia/);
      const menu = page.locator('circle-share-menu');
      await menu.getByRole('button', { name: 'Actions' }).click();
      assert.ok(await menu.getByRole('menuitem', { name: 'Copy share link' }).isVisible(), 'the menu opens');
      const overflow = await page.evaluate(() => document.documentElement.scrollWidth - document.documentElement.clientWidth);
      assert.equal(overflow, 0, 'nothing scrolls sideways');
      assert.deepEqual(problems, []);
      await page.close();
    });
  });

  describe('two copies of the library on one page', () => {
    it('nothing throws; one console warning says so; the elements work', async () => {
      const { page, problems, warnings } = await open('/hostile/two-copies.html');
      await page.locator('circle-book-service').getByRole('heading', { name: 'What would you like to book?' }).waitFor();

      assert.deepEqual(problems, []);
      const ours = warnings.filter((text) => text.includes('circle-booking'));
      assert.equal(ours.length, 1, ours.join('\n'));
      assert.match(ours[0]!, /another copy/);
      assert.match(ours[0]!, /<circle-book-service>/);
      await page.close();
    });

    it("an element's own entry beside the self-contained bundle: the first to register a tag keeps it, configure() reaches both", async () => {
      const { page, problems, warnings } = await open('/hostile/bundle-and-element.html');
      // <circle-book-service> from dist/elements/book-service.js, <circle-share-menu> from the bundle.
      await page.locator('circle-book-service').getByRole('heading', { name: 'What would you like to book?' }).waitFor();
      const menu = page.locator('circle-share-menu');
      await menu.getByRole('button', { name: 'Actions' }).click();
      await menu.getByRole('menuitem', { name: 'Copy share link' }).click();
      const copy = menu.getByRole('menuitem', { name: /Copy Patient App URL/ });
      await copy.waitFor();
      await page.waitForFunction(() => {
        const item = [...document.querySelector('circle-share-menu')!.shadowRoot!.querySelectorAll('[role="menuitem"]')].find((node) =>
          /Copy Patient App URL/.test(node.textContent ?? ''),
        );
        return item?.getAttribute('aria-disabled') !== 'true';
      });

      assert.deepEqual(problems, []);
      const ours = warnings.filter((text) => text.includes('circle-booking'));
      assert.equal(ours.length, 1, ours.join('\n'));
      assert.match(ours[0]!, /another copy/);
      assert.match(ours[0]!, /<circle-book-service>/);
      assert.doesNotMatch(ours[0]!, /<circle-share-menu>/);
      await page.close();
    });
  });
});
