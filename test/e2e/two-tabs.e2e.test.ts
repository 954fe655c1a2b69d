// Two patients, each in their own browser (two contexts: no shared storage or connections),
// book the same time on the clinic's page at the same moment, against the simulator over real
// HTTP. One booking wins; the other patient is told the time was taken, is back at the times
// with that time gone, and still has every detail they typed, so booking another is one click.
import { after, before, describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { mkdirSync } from 'node:fs';
import type { BrowserContext, Locator, Page } from 'playwright-core';
import { startAll } from './support/servers.js';
import { ada, chooseAssessmentAtMitte, detailFields, fillDetails, grace, reviewAndConfirm, type Patient } from './support/booking.js';

const shots = 'test-results/e2e';
mkdirSync(shots, { recursive: true });

/** Books up to the review step with the first free time; returns that time's value. */
async function untilReview(booking: Locator, patient: Patient): Promise<string> {
  await booking.getByRole('heading', { name: 'What would you like to book?' }).waitFor();
  await chooseAssessmentAtMitte(booking);
  await booking.getByRole('heading', { name: 'Choose a day and time' }).waitFor();
  const firstTime = booking.getByRole('radio').first();
  await firstTime.check();
  const chosen = await firstTime.evaluate((radio) => (radio as HTMLInputElement).value);
  await booking.getByRole('button', { name: 'Continue' }).click();
  await booking.getByRole('heading', { name: 'Your details' }).waitFor();
  await fillDetails(booking, patient);
  await booking.getByRole('button', { name: 'Review booking' }).click();
  await booking.getByRole('heading', { name: 'Check and confirm' }).waitFor();
  return chosen;
}

describe('two patients in two browsers book the same time', () => {
  let env: Awaited<ReturnType<typeof startAll>>;
  const contexts: BrowserContext[] = [];
  const pages: Page[] = [];
  const problems: string[] = [];

  before(async () => {
    env = await startAll();
    for (let i = 0; i < 2; i++) {
      const context = await env.browser.newContext({ viewport: { width: 800, height: 900 } });
      const page = await context.newPage();
      page.on('console', (message) => {
        if (message.type() === 'error' || message.type() === 'warning') problems.push(`page ${i + 1} ${message.type()}: ${message.text()}`);
      });
      page.on('pageerror', (error) => problems.push(`page ${i + 1} pageerror: ${error.message}`));
      contexts.push(context);
      pages.push(page);
    }
  });
  after(async () => {
    for (const context of contexts) await context.close();
    await env.close();
  });

  it('one is booked; the other is told, keeps their details, and books another time', async () => {
    const before = env.api.simulator.state().appointments.length;
    await Promise.all(pages.map((page) => page.goto(`${env.site.url}/book-service.html`)));
    const bookings = pages.map((page) => page.locator('circle-book-service'));
    const [adaTime, graceTime] = await Promise.all([untilReview(bookings[0]!, ada), untilReview(bookings[1]!, grace)]);
    assert.equal(graceTime, adaTime, 'both chose the same time');

    // Both press Confirm at once; the simulator takes one booking at a time.
    await Promise.all(bookings.map((booking) => booking.getByRole('button', { name: 'Confirm booking' }).click()));
    const outcomes = await Promise.all(
      bookings.map(async (booking) => {
        const booked = booking.getByRole('heading', { name: 'You’re booked' });
        const taken = booking.locator('[part=notice]').filter({ hasText: 'just taken' });
        await booked.or(taken).waitFor();
        return (await booked.isVisible()) ? 'booked' : 'taken';
      }),
    );
    assert.deepEqual([...outcomes].sort(), ['booked', 'taken']);
    const loserIndex = outcomes.indexOf('taken');
    const loser = bookings[loserIndex]!;
    const loserPatient = loserIndex === 0 ? ada : grace;
    await pages[loserIndex]!.screenshot({ path: `${shots}/two-tabs-taken.png`, fullPage: true });
    await pages[1 - loserIndex]!.screenshot({ path: `${shots}/two-tabs-booked.png`, fullPage: true });

    const taken = env.api.simulator.state().appointments.slice(before);
    assert.equal(taken.length, 1, 'exactly one booking of the contested time');
    assert.equal(taken[0]!.patient?.givenName, loserIndex === 0 ? grace.givenName : ada.givenName);

    // Back at the times, the taken one no longer offered.
    await loser.getByRole('heading', { name: 'Choose a day and time' }).waitFor();
    const firstTime = loser.getByRole('radio').first();
    await firstTime.waitFor();
    const offered = await loser.getByRole('radio').evaluateAll((radios) => radios.map((radio) => (radio as HTMLInputElement).value));
    assert.ok(!offered.includes(adaTime), 'the taken time is not offered again');

    await firstTime.check();
    await loser.getByRole('button', { name: 'Continue' }).click();
    await loser.getByRole('heading', { name: 'Your details' }).waitFor();
    const inputs = detailFields(loser);
    for (const key of Object.keys(inputs) as Array<keyof Patient>) assert.equal(await inputs[key].inputValue(), loserPatient[key], `${key} kept`);

    await reviewAndConfirm(loser);
    const booked = env.api.simulator.state().appointments.slice(before);
    assert.equal(booked.length, 2);
    assert.notEqual(booked[0]!.start, booked[1]!.start);
  });

  it('logged no errors or warnings but the browser\'s note of the 409 it was told', () => {
    const conflict = /^page \d error: Failed to load resource: the server responded with a status of 409 \(Conflict\)$/;
    assert.equal(problems.filter((problem) => conflict.test(problem)).length, 1);
    assert.deepEqual(problems.filter((problem) => !conflict.test(problem)), []);
  });
});
