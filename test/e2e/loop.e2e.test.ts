// The whole product loop on the demo, as `npm start` serves it: the staff dashboard at a desk
// (1200 px), the patient on a phone (390 px), the built bundle against the simulator over real
// HTTP. Staff share a link, the patient books, reschedules and cancels, and the dashboard shows
// each change. A screenshot of every step goes to test-results/e2e/loop/.
import { after, before, describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { mkdirSync } from 'node:fs';
import type { BrowserContext, Locator, Page } from 'playwright-core';
import { startDemo, type DemoEnvironment } from './support/servers.js';
import { chooseAssessmentAtMitte, fillDetails, reviewAndConfirm } from './support/booking.js';
import { tabTo } from './support/keyboard.js';

const shots = 'test-results/e2e/loop';
mkdirSync(shots, { recursive: true });

describe('the loop: staff share, the patient books and changes, the dashboard follows', () => {
  let env: DemoEnvironment;
  let staff: BrowserContext;
  let phone: BrowserContext;
  let dashboard: Page;
  const problems: string[] = [];
  let shot = 0;

  before(async () => {
    env = await startDemo();
    staff = await env.browser.newContext({ viewport: { width: 1200, height: 900 } });
    await staff.grantPermissions(['clipboard-read', 'clipboard-write'], { origin: env.demo.url });
    phone = await env.browser.newContext({ viewport: { width: 390, height: 844 }, deviceScaleFactor: 2, hasTouch: true, isMobile: true });
    for (const context of [staff, phone]) {
      context.on('console', (message) => {
        if (message.type() === 'error' || message.type() === 'warning') problems.push(`${message.type()}: ${message.text()}`);
      });
      context.on('weberror', (error) => problems.push(`pageerror: ${error.error().message}`));
    }
    dashboard = await staff.newPage();
    await dashboard.goto(`${env.demo.url}staff/`);
  });
  after(() => env.close());

  async function screenshot(page: Page, name: string): Promise<void> {
    await page.screenshot({ path: `${shots}/${String(++shot).padStart(2, '0')}-${name}.png`, fullPage: true });
  }

  /** Actions → Copy share link → Copy Patient App URL, on a staff page; gives back the copied URL. */
  async function copyLink(page: Page, name: string): Promise<string> {
    const menu = page.locator('circle-share-menu');
    await menu.getByRole('button', { name: 'Actions' }).click();
    await menu.getByRole('menuitem', { name: 'Copy share link' }).click();
    const copy = menu.getByRole('menuitem', { name: /Copy Patient App URL/ });
    await assertEnabled(copy);
    await screenshot(page, name);
    await copy.click();
    await menu.getByText('Link copied').first().waitFor({ state: 'attached' });
    return page.evaluate(() => navigator.clipboard.readText());
  }

  async function assertEnabled(item: Locator): Promise<void> {
    await item.waitFor();
    // The item is disabled until the API says the link is ready.
    await item.page().waitForFunction((element) => element?.getAttribute('aria-disabled') !== 'true', await item.elementHandle());
  }

  /** The dashboard's row of one booking, once it shows `text`. */
  async function dashboardRow(id: string, text: RegExp): Promise<Locator> {
    const row = dashboard.locator(`li.booking[data-id="${id}"]`);
    await row.filter({ hasText: text }).waitFor({ timeout: 10_000 });
    return row;
  }

  /**
   * A day next month, so the visit stays open to changes (they close 24 hours before), then
   * one of its free times.
   */
  async function chooseTimeNextMonth(flow: Locator, nth: number): Promise<void> {
    await flow.getByRole('button', { name: 'Next month' }).click();
    // The grid's cells are its days; `available` marks those with free times, once they loaded.
    await flow.locator('td.available').nth(nth).click();
    const times = flow.getByRole('radio');
    await times.first().waitFor();
    await times.nth(1).check();
  }

  let appointmentId = '';
  let patient: Page;

  it('staff copy a service link; the patient opens it on a phone, books, and is asked for the intake forms', async () => {
    const servicePage = await staff.newPage();
    await servicePage.goto(`${env.demo.url}staff/service.html?id=svc_physio`);
    await servicePage.getByRole('heading', { level: 1, name: 'Physiotherapy' }).waitFor();
    const url = await copyLink(servicePage, 'staff-service-share');
    await servicePage.close();
    assert.equal(url, `${env.demo.url}patient/?circle=book-service&service=svc_physio`);

    patient = await phone.newPage();
    await patient.goto(url);
    const booking = patient.locator('circle-book-service');
    await booking.getByRole('heading', { name: 'What would you like to book?' }).waitFor();
    await screenshot(patient, 'patient-service-link');
    await chooseAssessmentAtMitte(booking);
    await booking.getByRole('heading', { name: 'Choose a day and time' }).waitFor();
    await chooseTimeNextMonth(booking, 2);
    await screenshot(patient, 'patient-time');
    await booking.getByRole('button', { name: 'Continue' }).click();
    await fillDetails(booking);
    await reviewAndConfirm(booking);
    await screenshot(patient, 'patient-booked');

    assert.ok(await booking.getByRole('link', { name: 'Complete intake forms' }).isVisible());
    appointmentId = env.api.simulator.state().appointments.at(-1)!.id;
  });

  it('the booking appears in the dashboard, marked new', async () => {
    const row = await dashboardRow(appointmentId, /New/);
    await screenshot(dashboard, 'dashboard-new');

    assert.match((await row.textContent()) ?? '', /Ada Lovelace.*Initial assessment/s);
    assert.match((await row.textContent()) ?? '', /Forms due/);
  });

  let appointmentUrl = '';
  it('staff open the booking and copy its appointment link', async () => {
    await dashboard.locator(`li.booking[data-id="${appointmentId}"]`).getByRole('link', { name: 'Ada Lovelace' }).click();
    await dashboard.getByRole('heading', { level: 1, name: 'Ada Lovelace' }).waitFor();
    appointmentUrl = await copyLink(dashboard, 'staff-booking-share');

    assert.equal(new URL(appointmentUrl).searchParams.get('appointment'), appointmentId);
    assert.match(new URL(appointmentUrl).hash, /^#token=./);
    await dashboard.goto(`${env.demo.url}staff/`);
  });

  it('the patient opens it and moves the visit; the dashboard shows it moved', async () => {
    await patient.goto(appointmentUrl);
    const appointment = patient.locator('circle-appointment');
    await appointment.getByRole('button', { name: 'Change time' }).click();
    await appointment.getByRole('heading', { name: 'Choose a new time' }).waitFor();
    await chooseTimeNextMonth(appointment, 4);
    await screenshot(patient, 'patient-reschedule');
    await appointment.getByRole('button', { name: 'Continue' }).click();
    await appointment.getByRole('button', { name: 'Yes, move it' }).click();
    await appointment.getByRole('button', { name: 'Cancel appointment' }).waitFor();
    await screenshot(patient, 'patient-moved');

    await dashboardRow(appointmentId, /Moved/);
    await screenshot(dashboard, 'dashboard-moved');
  });

  it('the patient cancels; the dashboard shows it cancelled', async () => {
    const appointment = patient.locator('circle-appointment');
    await appointment.getByRole('button', { name: 'Cancel appointment' }).click();
    await appointment.getByRole('button', { name: 'Yes, cancel' }).click();
    await appointment
      .getByText(/cancelled/i)
      .first()
      .waitFor();
    await screenshot(patient, 'patient-cancelled');

    const row = await dashboardRow(appointmentId, /Cancelled/);
    await screenshot(dashboard, 'dashboard-cancelled');
    assert.match((await row.getAttribute('class')) ?? '', /booking--cancelled/);
    assert.equal(env.api.simulator.state().appointments.find((record) => record.id === appointmentId)?.status, 'cancelled');
  });

  it('a variant link opens the variant flow', async () => {
    const variantPage = await staff.newPage();
    await variantPage.goto(`${env.demo.url}staff/variant.html?id=var_checkup`);
    await variantPage.getByRole('heading', { level: 1, name: 'Check-up with a GP' }).waitFor();
    const url = await copyLink(variantPage, 'staff-variant-share');
    await variantPage.close();

    await patient.goto(url);
    // One location offers it, so the flow opens on the times.
    await patient.locator('circle-book-variant').getByRole('heading', { name: 'Choose a day and time' }).waitFor();
    await screenshot(patient, 'patient-variant-link');
  });

  it('a hidden service cannot be shared, and the menu says why', async () => {
    const hidden = await staff.newPage();
    await hidden.goto(`${env.demo.url}staff/service.html?id=svc_hidden`);
    const menu = hidden.locator('circle-share-menu');
    await menu.getByRole('button', { name: 'Actions' }).click();
    await menu.getByRole('menuitem', { name: 'Copy share link' }).click();
    const copy = menu.getByRole('menuitem', { name: /Copy Patient App URL/ });
    await copy.filter({ hasText: /not offered online/ }).waitFor();
    await screenshot(hidden, 'staff-hidden-service');

    assert.equal(await copy.getAttribute('aria-disabled'), 'true');
    await hidden.close();
  });

  it('fits a 390 px phone: neither the patient app nor the dashboard scrolls sideways', async () => {
    const phoneDashboard = await phone.newPage();
    await phoneDashboard.goto(`${env.demo.url}staff/`);
    await phoneDashboard.locator('li.booking').first().waitFor();
    await screenshot(phoneDashboard, 'dashboard-phone');

    for (const page of [patient, phoneDashboard]) {
      const overflow = await page.evaluate(() => document.documentElement.scrollWidth - document.documentElement.clientWidth);
      assert.equal(overflow, 0, page.url());
    }
    await phoneDashboard.close();
  });

  it('books on the clinic website by keyboard alone', async () => {
    const site = await phone.newPage();
    await site.goto(`${env.demo.url}`);
    const before = env.api.simulator.state().appointments.length;
    const flow = site.locator('circle-book-variant');
    await flow.getByRole('heading', { name: 'Choose a day and time' }).waitFor();
    await flow.getByRole('radio').first().waitFor();
    await site.locator('#checkup-title').evaluate((heading) => {
      heading.setAttribute('tabindex', '-1');
      (heading as HTMLElement).focus();
    });

    await tabTo(site, (e) => e.type === 'radio', 'a free time');
    await site.keyboard.press('Space');
    await tabTo(site, (e) => e.text === 'Continue', 'Continue');
    await site.keyboard.press('Enter');
    await flow.getByRole('heading', { name: 'Your details' }).waitFor();
    const details: Array<[string, string]> = [
      ['givenName', 'Grace'],
      ['familyName', 'Hopper'],
      ['email', 'grace@example.org'],
      ['phone', '+1 212 555 0100'],
      ['dateOfBirth', '12091966'],
    ];
    for (const [field, value] of details) {
      await tabTo(site, (e) => e.id === field, field);
      await site.keyboard.type(value);
    }
    await tabTo(site, (e) => e.text === 'Review booking', 'Review booking');
    await site.keyboard.press('Enter');
    await tabTo(site, (e) => e.text === 'Confirm booking', 'Confirm booking');
    await site.keyboard.press('Enter');
    await flow.getByRole('heading', { name: 'You’re booked' }).waitFor();
    await screenshot(site, 'clinic-keyboard-booked');

    const appointments = env.api.simulator.state().appointments;
    assert.equal(appointments.length, before + 1);
    assert.equal(appointments.at(-1)?.patient?.familyName, 'Hopper');
    await site.close();
  });

  it('ran under a strict CSP with Trusted Types: HTML from a string is refused', async () => {
    // A page of its own: the refusal is logged, and this test's error is not one the others should see.
    const probe = await env.browser.newPage();
    await probe.goto(`${env.demo.url}staff/`);
    const refused = await probe.evaluate(() => {
      try {
        document.createElement('div').innerHTML = '<b>not trusted</b>';
        return false;
      } catch (error) {
        return error instanceof TypeError;
      }
    });
    await probe.close();

    assert.equal(refused, true);
  });

  it('logged no errors or warnings, CSP violations included', () => {
    assert.deepEqual(problems, []);
  });
});
