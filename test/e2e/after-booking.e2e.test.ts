// After booking (issue #23), with the built script-tag files against the simulator over real
// HTTP: undoing a booking within its window and after it; a video visit's join button as the
// browser's and the simulator's clocks move together; a page with a stub Google Tag Manager
// data layer receiving the booking's events, with no patient data, while the host page's click
// ids travel with the booking and nowhere else.
import { after, before, beforeEach, describe, it } from 'node:test';
import assert from 'node:assert/strict';
import type { Page } from 'playwright-core';
import { seedAppointments } from '../../src/mocks/index.js';
import { patientAppUrl } from '../../src/links/index.js';
import { startAll } from './support/servers.js';
import { ada, chooseAssessmentAtMitte, fillDetails, reviewAndConfirm } from './support/booking.js';

const minute = 60_000;

describe('after booking', () => {
  let env: Awaited<ReturnType<typeof startAll>>;
  let page: Page;
  const problems: string[] = [];

  before(async () => {
    env = await startAll();
  });
  after(() => env.close());
  beforeEach(async () => {
    await page?.close();
    problems.length = 0;
    env.api.simulator.setNow(() => new Date());
    env.api.simulator.reset();
    page = await env.browser.newPage({ viewport: { width: 390, height: 844 } });
    page.on('pageerror', (error) => problems.push(`pageerror: ${error.message}`));
  });

  /** Books an initial assessment at Mitte on `path`, up to the confirmation. */
  async function book(path: string) {
    await page.goto(`${env.site.url}${path}`);
    const booking = page.locator('circle-book-service');
    await chooseAssessmentAtMitte(booking);
    await booking.getByRole('radio').first().check();
    await booking.getByRole('button', { name: 'Continue' }).click();
    await fillDetails(booking);
    await reviewAndConfirm(booking);
    return booking;
  }

  describe('undo', () => {
    it('within the window: the booking is cancelled as undone and the patient is back at the times, details kept', async () => {
      const booking = await book('/book-service.html');
      const undone = page.evaluate(
        () =>
          new Promise((resolve) =>
            document.addEventListener('circle-booking-undone', (event) => resolve(JSON.stringify((event as CustomEvent).detail)), { once: true }),
          ),
      );

      assert.match((await booking.getByRole('timer').textContent()) ?? '', /You can undo this booking for [23]:\d\d more\./);
      await booking.getByRole('button', { name: 'Undo this booking' }).click();

      await booking.getByRole('heading', { name: 'Choose a day and time' }).waitFor();
      await booking.locator('[part=notice]').getByText('Your booking is undone. Your details are kept; choose another time.').waitFor();
      assert.doesNotMatch(String(await undone), /Ada|Lovelace|ada@example|7946|tok_|token/);
      const record = env.api.simulator.state().appointments.at(-1)!;
      assert.equal(record.status, 'cancelled');
      assert.equal(record.cancellation?.undone, true);
      // Every detail kept: choose a time again and the form is filled in.
      await booking.getByRole('radio').first().check();
      await booking.getByRole('button', { name: 'Continue' }).click();
      assert.equal(await booking.getByLabel(/email/i).inputValue(), ada.email);
      assert.deepEqual(problems, []);
    });

    it('after the window: refused, said so, and the booking stands', async () => {
      const booking = await book('/book-service.html');
      env.api.simulator.setNow(() => new Date(Date.now() + 4 * minute));

      await booking.getByRole('button', { name: 'Undo this booking' }).click();

      await booking
        .locator('[part=error]')
        .getByText(/The time to undo this booking has passed/)
        .waitFor();
      assert.equal(await booking.getByRole('heading', { name: 'You’re booked' }).count(), 1);
      assert.equal(env.api.simulator.state().appointments.at(-1)!.status, 'booked');
    });
  });

  describe('a video visit', () => {
    it('opens its join button as the clocks reach 10 minutes before, and closes it at the end, without a reload', async () => {
      const simulator = env.api.simulator;
      const { id, token } = seedAppointments.videoCall;
      const start = Date.parse(simulator.state().appointments.find((record) => record.id === id)!.start);
      const at = (instant: number) => simulator.setNow(new Date(instant));
      await page.clock.install({ time: new Date(start - 20 * minute) });
      at(start - 20 * minute);
      let loads = 0;
      page.on('load', () => loads++);

      await page.goto(patientAppUrl(`${env.site.url}/patient/`, { kind: 'appointment', appointmentId: id, token }));
      const appointment = page.locator('circle-appointment');
      const join = appointment.getByRole('link', { name: /Join video visit/ });
      await join.waitFor();
      assert.equal(await join.getAttribute('aria-disabled'), 'true');
      await appointment.getByText(/10 minutes before the start/).waitFor();

      await page.clock.fastForward(10 * minute + 1000);
      at(start - 10 * minute + 1000);
      await appointment.locator('[part=join-video-link][href]').waitFor();
      assert.match((await join.getAttribute('href'))!, /^https:\/\//);
      assert.equal(await join.getAttribute('rel'), 'noopener noreferrer');
      assert.equal(await join.getAttribute('target'), '_blank');

      await page.clock.fastForward(40 * minute);
      at(start + 30 * minute + 1000);
      await appointment.getByText('This video visit has ended.').waitFor();
      assert.equal(await join.count(), 0);
      assert.equal(loads, 1, 'the page was never reloaded');
    });
  });

  describe('a page with a stub Google Tag Manager data layer', () => {
    it('receives the steps, the booking and its undoing, with ids of what was booked and no patient data, token or click id', async () => {
      const query = '?gclid=Cj0KCQ-test_gclid&fbclid=IwAR-test.fbclid&utm_source=ads&email=ada%40example.org';
      const booking = await book(`/data-layer.html${query}`);
      await booking.getByRole('button', { name: 'Undo this booking' }).click();
      await booking.getByRole('heading', { name: 'Choose a day and time' }).waitFor();

      const layer = await page.evaluate(() => JSON.stringify((window as unknown as { dataLayer: unknown[] }).dataLayer));
      const events = (JSON.parse(layer) as { event: string }[]).map((entry) => entry.event);
      assert.deepEqual([...new Set(events)], ['circle_step_changed', 'circle_booking_created', 'circle_booking_undone']);
      assert.deepEqual(
        JSON.parse(layer).find((entry: { event: string }) => entry.event === 'circle_booking_created'),
        {
          event: 'circle_booking_created',
          circle_service_id: 'svc_physio',
          circle_variant_id: 'var_physio_initial',
        },
      );
      assert.doesNotMatch(layer, /Ada|Lovelace|ada@example|7946|1985|tok_|token|apt_|gclid|fbclid|Cj0KCQ|IwAR/);
      // The click ids went with the booking, as the UTM values do.
      const booked = env.api.simulator.state().appointments.at(-1)!;
      assert.deepEqual(booked.tracking, { source: 'ads', gclid: 'Cj0KCQ-test_gclid', fbclid: 'IwAR-test.fbclid' });
    });
  });
});
