// The built bundle books the seeded Berlin clinic from patients on both sides of the date line
// (UTC+14 and UTC−11, set per browser context through CDP's Emulation.setTimezoneOverride),
// on the first working day after each of Berlin's clock changes, with the browser's and the
// simulator's clocks a few days before it. The instant booked must be the slot chosen, shown in
// the clinic's time with the zone named.
import { after, before, describe, it } from 'node:test';
import assert from 'node:assert/strict';
import type { Locator, Page } from 'playwright-core';
import { formatDateTime, formatTime } from '../../src/i18n/format.js';
import { startAll } from './support/servers.js';
import { chooseAssessmentAtMitte, fillDetails, reviewAndConfirm } from './support/booking.js';

const clinicZone = 'Europe/Berlin';

/** Berlin's clock changes within the simulator's 180-day horizon of `now`, and the next day it is open. */
const transitions = [
  { name: 'spring forward (28 March 2027)', now: '2027-03-24T07:00:00Z', day: '2027-03-29', offsetAfter: 120 },
  { name: 'fall back (31 October 2027)', now: '2027-10-27T07:00:00Z', day: '2027-11-01', offsetAfter: 60 },
];
const patients = [
  { zone: 'Pacific/Kiritimati', label: 'UTC+14, west of the date line' },
  { zone: 'Pacific/Pago_Pago', label: 'UTC−11, east of the date line' },
];

describe('booking across time zones and clock changes', () => {
  let env: Awaited<ReturnType<typeof startAll>>;

  before(async () => {
    env = await startAll();
  });
  after(() => env.close());

  for (const transition of transitions) {
    for (const patient of patients) {
      it(`books the slot chosen from ${patient.zone} (${patient.label}) after the ${transition.name}`, async () => {
        env.api.simulator.setNow(new Date(transition.now));
        env.api.simulator.reset();
        const context = await env.browser.newContext({ timezoneId: patient.zone, viewport: { width: 390, height: 844 } });
        const page = await context.newPage();
        await page.clock.setFixedTime(new Date(transition.now));
        const problems: string[] = [];
        page.on('pageerror', (error) => problems.push(error.message));
        try {
          assert.equal(await page.evaluate(() => Intl.DateTimeFormat().resolvedOptions().timeZone), patient.zone);
          await page.goto(`${env.site.url}/book-service.html`);
          const booking = page.locator('circle-book-service');
          await chooseAssessmentAtMitte(booking);
          await booking.getByRole('heading', { name: 'Choose a day and time' }).waitFor();

          await expectZoneNamed(booking);
          await chooseDay(page, booking, transition.day);
          const slot = booking.getByRole('radio').first();
          await slot.waitFor();
          const start = await slot.inputValue();
          const shown = (await slot.locator('xpath=..').innerText()).trim();
          assert.equal(shown, formatTime(start, clinicZone, 'en'), 'the time is shown in the clinic’s zone');
          assert.equal(offsetMinutes(start), transition.offsetAfter, `${start} carries Berlin's offset after the change`);
          await slot.check();
          await booking.getByRole('button', { name: 'Continue' }).click();

          await fillDetails(booking);
          await reviewAndConfirm(booking);

          const booked = env.api.simulator.state().appointments.at(-1)!;
          assert.equal(Date.parse(booked.start), Date.parse(start), 'the booked instant is the slot chosen');
          assert.deepEqual(problems, []);
        } finally {
          await context.close();
        }
      });
    }
  }
});

/** The clinic's zone is named, since it is not the patient's. */
async function expectZoneNamed(booking: Locator): Promise<void> {
  const note = booking.locator('[part~=zone-note]');
  await note.waitFor();
  assert.match(await note.innerText(), /Central European/);
}

/** Pages the day picker to `date`'s month and chooses it. */
async function chooseDay(page: Page, booking: Locator, date: string): Promise<void> {
  const picker = booking.locator('circle-day-picker');
  const cell = picker.locator(`td[data-date="${date}"]`);
  for (let pages = 0; pages < 3 && !(await cell.count()); pages++) await picker.locator('[part=next]').click();
  await cell.click();
  await page.waitForFunction((wanted) => {
    const flow = document.querySelector('circle-book-service')?.shadowRoot?.querySelector('circle-booking-flow') as { state?: { date?: string } } | null;
    return flow?.state?.date === wanted;
  }, date);
}

/** The UTC offset an ISO instant with an offset carries, in minutes; Z counts as 0. */
function offsetMinutes(iso: string): number {
  const match = /([+-])(\d{2}):(\d{2})$/.exec(iso);
  if (!match) return 0;
  const minutes = Number(match[2]) * 60 + Number(match[3]);
  return match[1] === '-' ? -minutes : minutes;
}

/**
 * What the patient is told about the time, with the browser's zone set apart from the clinic's
 * (Berlin) and its clock a few days before each clock change: the zone is named as it is on the
 * visit's day, and whether "where you are" notes appear is decided by the offsets on that day.
 * Lagos keeps UTC+1 all year, so it reads as Berlin in winter and an hour behind in summer;
 * New York changes its clocks two to three weeks apart from Berlin.
 */
const told = [
  { patient: 'Africa/Lagos', now: '2027-03-24T07:00:00Z', day: '2027-03-26', clinic: 'Central European Standard Time' },
  { patient: 'Africa/Lagos', now: '2027-03-24T07:00:00Z', day: '2027-03-29', clinic: 'Central European Summer Time', own: 'West Africa Time' },
  { patient: 'Africa/Lagos', now: '2027-10-27T07:00:00Z', day: '2027-10-29', clinic: 'Central European Summer Time', own: 'West Africa Time' },
  { patient: 'Africa/Lagos', now: '2027-10-27T07:00:00Z', day: '2027-11-01', clinic: 'Central European Standard Time' },
  { patient: 'America/New_York', now: '2027-03-10T14:00:00Z', day: '2027-03-12', clinic: 'Central European Standard Time', own: 'Eastern Standard Time' },
  { patient: 'America/New_York', now: '2027-03-10T14:00:00Z', day: '2027-03-15', clinic: 'Central European Standard Time', own: 'Eastern Daylight Time' },
  { patient: 'America/New_York', now: '2027-11-03T14:00:00Z', day: '2027-11-05', clinic: 'Central European Standard Time', own: 'Eastern Daylight Time' },
  { patient: 'America/New_York', now: '2027-11-03T14:00:00Z', day: '2027-11-08', clinic: 'Central European Standard Time', own: 'Eastern Standard Time' },
];

describe('what the patient is told about the time', () => {
  let env: Awaited<ReturnType<typeof startAll>>;

  before(async () => {
    env = await startAll();
  });
  after(() => env.close());

  for (const { patient, now, day, clinic, own } of told) {
    it(`from ${patient}, on ${day} seen from ${now.slice(0, 10)}: ${clinic}${own ? `, and the time in ${own}` : ', no note'}`, async () => {
      env.api.simulator.setNow(new Date(now));
      env.api.simulator.reset();
      const context = await env.browser.newContext({ timezoneId: patient, viewport: { width: 1280, height: 900 } });
      const page = await context.newPage();
      await page.clock.setFixedTime(new Date(now));
      try {
        await page.goto(`${env.site.url}/book-service.html`);
        const booking = page.locator('circle-book-service');
        await chooseAssessmentAtMitte(booking);
        await chooseDay(page, booking, day);
        const slot = booking.getByRole('radio').first();
        await slot.waitFor();
        const start = await slot.inputValue();
        const note = booking.locator('[part~=zone-note]');
        if (own) {
          assert.equal((await note.innerText()).trim(), `Times are in ${clinic}, where the clinic is.`);
          // Tabbing into the times reads the note.
          const group = booking.locator('circle-time-list [part=group]');
          const describedBy = await group.getAttribute('aria-describedby');
          assert.equal(await note.getAttribute('id'), describedBy, 'the times are described by the zone note');
        } else {
          assert.equal(await note.count(), 0, 'no zone note where both clocks read the same on that day');
        }
        await slot.check();
        await booking.getByRole('button', { name: 'Continue' }).click();
        await fillDetails(booking);
        await booking.getByRole('button', { name: 'Review booking' }).click();

        const expectWhen = async (where: string) => {
          const norm = (text: string) => text.replace(/\s+/g, ' ');
          const when = norm(await booking.locator('[part~=summary] div', { hasText: 'When' }).innerText());
          assert.ok(when.includes(norm(formatDateTime(start, clinicZone, 'en'))), `${where}: the clinic's time in "${when}"`);
          assert.ok(when.includes(clinic), `${where}: the clinic's zone in "${when}"`);
          if (own) {
            const ownTime = norm(formatDateTime(start, patient, 'en'));
            assert.ok(when.includes(`That is ${ownTime} where you are (${own}).`), `${where}: the patient's time in "${when}"`);
          } else {
            assert.ok(!when.includes('where you are'), `${where}: no patient's time in "${when}"`);
          }
        };
        await expectWhen('review');
        await booking.getByRole('button', { name: 'Confirm booking' }).click();
        await booking.getByRole('heading', { name: 'You’re booked' }).waitFor();
        await expectWhen('confirmation');
      } finally {
        await context.close();
      }
    });
  }
});
