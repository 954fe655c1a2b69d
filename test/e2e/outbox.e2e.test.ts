// The end of the loop the product exists for: patients come back through the links in the
// clinic's messages. On the demo's Outbox page, each message's link opens the patient app on
// the right screen: the confirmation and the reminder the booked appointment (a moved visit's
// reminder its new time), the forms message the intake forms, a cancellation a new booking.
import { after, before, describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { createRequire } from 'node:module';
import type { Page } from 'playwright-core';
import { Availability, BookingConfirmation } from '../../src/api/index.js';
import { addDays, localDate } from '../../src/time/zoned.js';
import { startDemo, type DemoEnvironment } from './support/servers.js';

const zone = 'Europe/Berlin';
const axePath = createRequire(import.meta.url).resolve('axe-core/axe.min.js');
const ada = { givenName: 'Ada', familyName: 'Lovelace', email: 'ada@example.org', phone: '+44 20 7946 0958', dateOfBirth: '1985-12-10' };

describe('the Outbox, and where its links lead', () => {
  let env: DemoEnvironment;
  let page: Page;
  let appointmentId = '';
  let token = '';

  function freeSlots(from: number, to: number) {
    const today = localDate(new Date(), zone);
    const answer = env.api.simulator.getAvailability({
      variantId: 'var_physio_followup',
      locationId: 'loc_berlin',
      from: addDays(today, from),
      to: addDays(today, to),
    });
    return Availability.parse(answer.body).slots;
  }

  /** The newest message of `kind` about the booking, on the Outbox page. */
  async function message(kind: string) {
    await page.goto(`${env.demo.url}outbox/`);
    const card = page.locator(`li.message[data-kind="${kind}"][data-appointment="${appointmentId}"]`).first();
    await card.waitFor();
    return card;
  }

  /** The visit's time as the patient app writes it in English, in the page's own Intl. */
  function shownTime(start: string): Promise<string> {
    return page.evaluate(
      ([instant, timeZone]) => new Intl.DateTimeFormat('en', { dateStyle: 'full', timeStyle: 'short', timeZone }).format(new Date(instant!)),
      [start, zone],
    );
  }

  before(async () => {
    env = await startDemo();
    page = await env.browser.newPage({ viewport: { width: 390, height: 844 } });
    const answer = env.api.simulator.createBooking(
      { variantId: 'var_physio_followup', locationId: 'loc_berlin', start: freeSlots(3, 20)[0]!.start, patient: ada },
      'outbox-e2e',
    );
    const confirmation = BookingConfirmation.parse(answer.body);
    appointmentId = confirmation.appointment.id;
    token = new URLSearchParams(new URL(confirmation.appointmentUrl).hash.slice(1)).get('token')!;
  });
  after(() => env.close());

  it("the confirmation's link opens the booked appointment", async () => {
    const start = env.api.simulator.state().appointments.find((record) => record.id === appointmentId)!.start;
    await (await message('confirmation')).getByRole('link', { name: 'Open your appointment' }).click();

    const appointment = page.locator('circle-appointment');
    await appointment.getByRole('button', { name: 'Cancel appointment' }).waitFor();
    assert.equal(new URL(page.url()).searchParams.get('appointment'), appointmentId);
    await appointment
      .getByText(await shownTime(start))
      .first()
      .waitFor();
  });

  it("the forms message's link opens the intake forms of that appointment", async () => {
    await (await message('intake_forms')).getByRole('link', { name: 'Fill in your forms' }).click();

    assert.equal(new URL(page.url()).searchParams.get('circle'), 'intake-forms');
    await page.locator('circle-appointment').getByRole('link', { name: 'Complete intake forms' }).waitFor();
  });

  it("after the visit moves, the reminder's link opens it at the new time", async () => {
    const later = freeSlots(21, 40)[0]!;
    assert.equal(env.api.simulator.rescheduleAppointment(appointmentId, token, { start: later.start }, 'outbox-e2e-move').status, 200);
    await page.goto(`${env.demo.url}outbox/`);
    await page.getByRole('button', { name: "Send tomorrow's reminders now" }).waitFor();
    assert.equal(env.api.simulator.sendReminders(appointmentId).status, 200);

    await (await message('reminder')).getByRole('link', { name: 'Open your appointment' }).click();

    const appointment = page.locator('circle-appointment');
    await appointment.getByRole('button', { name: 'Cancel appointment' }).waitFor();
    await appointment
      .getByText(await shownTime(later.start))
      .first()
      .waitFor();
  });

  it("the change notice's link shows the new time too", async () => {
    const start = env.api.simulator.state().appointments.find((record) => record.id === appointmentId)!.start;
    await (await message('rescheduled')).getByRole('link', { name: 'Open your appointment' }).click();

    await page.locator('circle-appointment').getByRole('button', { name: 'Cancel appointment' }).waitFor();
    await page
      .locator('circle-appointment')
      .getByText(await shownTime(start))
      .first()
      .waitFor();
  });

  it("the cancellation's link opens a new booking of the same treatment", async () => {
    assert.equal(env.api.simulator.cancelAppointment(appointmentId, token, {}, 'outbox-e2e-cancel').status, 200);

    await (await message('cancelled')).getByRole('link', { name: 'Book another time' }).click();

    await page.locator('circle-book-variant').getByRole('heading', { name: 'Choose a day and time' }).waitFor();
  });

  it('the reminders button sends what is due tomorrow, and says how many', async () => {
    await page.goto(`${env.demo.url}outbox/`);
    await page.getByRole('button', { name: "Send tomorrow's reminders now" }).click();

    await page
      .getByRole('status')
      .getByText(/^Sent \d+ reminders?\.$/)
      .waitFor();
  });

  it('axe finds nothing on the messages, and nothing scrolls sideways at 320 px', async () => {
    // bypassCSP only lets the test inject axe.
    const checked = await env.browser.newPage({ viewport: { width: 320, height: 640 }, bypassCSP: true });
    await checked.goto(`${env.demo.url}outbox/`);
    await checked.locator('li.message[data-kind="confirmation"]').first().waitFor();
    await checked.addScriptTag({ path: axePath });

    const violations = await checked.evaluate(async () => {
      const axe = (window as unknown as { axe: { run: (context: Document, options: object) => Promise<{ violations: Array<{ id: string }> }> } }).axe;
      const result = await axe.run(document, { runOnly: { type: 'tag', values: ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa'] } });
      return result.violations.map((violation) => violation.id);
    });

    assert.deepEqual(violations, []);
    assert.equal(await checked.evaluate(() => document.documentElement.scrollWidth - document.documentElement.clientWidth), 0);
    await checked.close();
  });
});
