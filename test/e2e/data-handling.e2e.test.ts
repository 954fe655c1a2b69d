// Where the patient's details and access token may go: only to the API. After complete flows
// (book, open the link, reschedule; staff copy the link; cancel) every event detail, console
// message, storage (local, session, cookies, IndexedDB, Cache Storage) and every URL the page
// requested is scanned for them, and every request must go to the API base or the page's own files.
import { after, before, describe, it } from 'node:test';
import assert from 'node:assert/strict';
import type { BrowserContext, Page } from 'playwright-core';
import { startAll } from './support/servers.js';
import { chooseAssessmentAtMitte, fillDetails, reviewAndConfirm } from './support/booking.js';

const patient = {
  givenName: 'Philippa',
  familyName: 'Fawcett-Secret',
  email: 'philippa.secret@example.org',
  phone: '+44 20 7946 0321',
  dateOfBirth: '1968-04-04',
};

describe('tokens and patient details go to the API only', () => {
  let env: Awaited<ReturnType<typeof startAll>>;
  let context: BrowserContext;
  const events: string[] = [];
  const consoleText: string[] = [];
  const requested: string[] = [];

  before(async () => {
    env = await startAll();
    context = await env.browser.newContext({ viewport: { width: 1200, height: 900 } });
    await context.grantPermissions(['clipboard-read', 'clipboard-write'], { origin: env.site.url });
    await context.addInitScript({ path: 'test/e2e/pages/hostile/record-events.js' });
    context.on('console', (message) => consoleText.push(`${message.type()}: ${message.text()}`));
    context.on('request', (request) => requested.push(request.url()));
  });
  after(() => env.close());

  async function collectEvents(page: Page): Promise<void> {
    events.push(...(await page.evaluate(() => (window as unknown as { __events: string[] }).__events)));
  }

  /** What each page kept: its storage, cookies, IndexedDB databases and caches. */
  async function storageOf(page: Page): Promise<string> {
    const inPage = await page.evaluate(async () => ({
      local: Object.entries(localStorage),
      session: Object.entries(sessionStorage),
      cookie: document.cookie,
      indexedDB: (await indexedDB.databases()).map((database) => database.name),
      caches: await caches.keys(),
    }));
    return JSON.stringify({ ...inPage, cookies: await context.cookies() });
  }

  it('after booking, opening the link, rescheduling, cancelling and copying the link, none of them holds a secret', async () => {
    // A patient books.
    const page = await context.newPage();
    await page.goto(`${env.site.url}/book-service.html`);
    const booking = page.locator('circle-book-service');
    await chooseAssessmentAtMitte(booking);
    // A day next month, so the visit can still be moved and cancelled online (not within 24 hours).
    await booking.getByRole('radio').first().waitFor();
    await booking.locator('circle-day-picker [part~=next]').click();
    await booking.locator('circle-day-picker td.available').last().click();
    await booking.getByRole('radio').first().check();
    await booking.getByRole('button', { name: 'Continue' }).click();
    await fillDetails(booking, patient);
    await reviewAndConfirm(booking);
    const link = await booking.getByRole('link', { name: 'View or change your booking' }).getAttribute('href');
    const record = env.api.simulator.state().appointments.find((candidate) => candidate.patient?.email === patient.email)!;
    assert.ok(link?.includes(record.token), 'the patient sees their own link');
    await collectEvents(page);
    const stored = [await storageOf(page)];

    // They open their link and move the visit.
    const own = await context.newPage();
    await own.goto(link!);
    const appointment = own.locator('circle-appointment');
    await appointment.getByRole('button', { name: 'Change time' }).click();
    await appointment.getByRole('radio').first().waitFor();
    await appointment.locator('circle-day-picker [part~=next]').click();
    await appointment.locator('circle-day-picker td.available').first().click();
    await appointment.getByRole('radio').last().check();
    await appointment.getByRole('button', { name: 'Continue' }).click();
    await appointment.getByRole('button', { name: 'Yes, move it' }).click();
    await appointment.locator('.announcement').getByText('Your appointment is now on').waitFor();

    // Staff copy the booking's link (a cancelled one has none to share).
    const staff = await context.newPage();
    await staff.goto(`${env.site.url}/staff.html?kind=appointment&record=${record.id}`);
    const menu = staff.locator('circle-share-menu');
    await menu.getByRole('button', { name: 'Actions' }).click();
    await menu.getByRole('menuitem', { name: 'Copy share link' }).click();
    await menu.getByRole('menuitem', { name: /Copy Patient App URL/ }).click();
    await menu.getByText('Link copied').first().waitFor({ state: 'attached' });
    await collectEvents(staff);
    stored.push(await storageOf(staff));

    // The patient cancels, giving a reason that names them.
    await appointment.getByRole('button', { name: 'Cancel appointment' }).click();
    await appointment.getByLabel('Reason (optional)').fill(`Moving away, ${patient.familyName}`);
    await appointment.getByRole('button', { name: 'Yes, cancel' }).click();
    await appointment.locator('.announcement').getByText('Your appointment is cancelled.').waitFor();
    await collectEvents(own);
    stored.push(await storageOf(own));

    const secrets = [
      record.token,
      ...Object.values(patient),
      patient.familyName.toLowerCase(),
      encodeURIComponent(patient.email),
      patient.phone.replaceAll(' ', ''),
    ];
    const appointmentEvents = events.filter((event) => /circle-(booking-created|appointment-rescheduled|appointment-cancelled|link-copied)/.test(event));
    assert.equal(appointmentEvents.length, 4, events.join('\n'));
    const apiBase = env.api.url;
    const notToTheApi = requested.filter((url) => !url.startsWith(`${apiBase}/`));
    for (const [where, text] of [
      ['event details', events.join('\n')],
      ['console output', consoleText.join('\n')],
      ['storage, cookies, IndexedDB and caches', stored.join('\n')],
      ['URLs requested', requested.join('\n')],
    ] as const) {
      for (const secret of secrets) assert.ok(!text.includes(secret), `${where} hold "${secret}":\n${text.slice(0, 2000)}`);
    }
    // Nothing goes anywhere but the API and the page's own files.
    for (const url of notToTheApi) assert.ok(url.startsWith(`${env.site.url}/`), `a request elsewhere: ${url}`);
    assert.ok(
      requested.some((url) => url.startsWith(`${apiBase}/bookings`)),
      'the booking went to the API',
    );
    await Promise.all([page.close(), own.close(), staff.close()]);
  });
});
