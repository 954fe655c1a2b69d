// Two patients, each in their own browser (two contexts: no shared storage or connections),
// pick the same time on the clinic's page at the same moment, against the simulator over real
// HTTP, and type their details while the API answers their holds (slowed, so the answers come
// while they type). One holds the time and books it; the other is told on the details step,
// keeps every detail typed, is offered the free times nearest the lost one, and books one.
import { after, before, describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { mkdirSync } from 'node:fs';
import type { BrowserContext, Locator, Page } from 'playwright-core';
import { startAll } from './support/servers.js';
import { ada, chooseAssessmentAtMitte, detailFields, fillDetails, grace, reviewAndConfirm, type Patient } from './support/booking.js';

const shots = 'test-results/e2e';
mkdirSync(shots, { recursive: true });

/** Picks the first free time, goes on and types the patient's details; returns that time's value. */
async function pickAndType(booking: Locator, patient: Patient): Promise<string> {
  await booking.getByRole('heading', { name: 'What would you like to book?' }).waitFor();
  await chooseAssessmentAtMitte(booking);
  await booking.getByRole('heading', { name: 'Choose a day and time' }).waitFor();
  const firstTime = booking.getByRole('radio').first();
  await firstTime.check();
  const chosen = await firstTime.evaluate((radio) => (radio as HTMLInputElement).value);
  await booking.getByRole('button', { name: 'Continue' }).click();
  await booking.getByRole('heading', { name: 'Your details' }).waitFor();
  await fillDetails(booking, patient);
  return chosen;
}

describe('two patients in two browsers pick the same time', () => {
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

  it('one holds and books it; the other keeps every detail and books one of the nearest times', async () => {
    const before = env.api.simulator.state().appointments.length;
    // The holds answer after the patients have started typing.
    env.api.simulator.addFault({ route: 'createHold', latencyMs: 1500, times: 2 });
    await Promise.all(pages.map((page) => page.goto(`${env.site.url}/book-service.html`)));
    const bookings = pages.map((page) => page.locator('circle-book-service'));
    const [adaTime, graceTime] = await Promise.all([pickAndType(bookings[0]!, ada), pickAndType(bookings[1]!, grace)]);
    assert.equal(graceTime, adaTime, 'both picked the same time');

    const outcomes = await Promise.all(
      bookings.map(async (booking) => {
        const held = booking.locator('[part=hold]').filter({ hasText: 'for you until' });
        const lost = booking.locator('[part=hold-lost]');
        await held.or(lost).waitFor();
        return (await held.isVisible()) ? 'held' : 'lost';
      }),
    );
    assert.deepEqual([...outcomes].sort(), ['held', 'lost']);
    const loserIndex = outcomes.indexOf('lost');
    const [winner, loser] = [bookings[1 - loserIndex]!, bookings[loserIndex]!];
    const loserPatient = loserIndex === 0 ? ada : grace;
    await pages[loserIndex]!.screenshot({ path: `${shots}/two-tabs-lost.png`, fullPage: true });

    // Still on the details step, every detail as typed.
    await loser.getByRole('heading', { name: 'Your details' }).waitFor();
    const inputs = detailFields(loser);
    for (const key of Object.keys(inputs) as Array<keyof Patient>) assert.equal(await inputs[key].inputValue(), loserPatient[key], `${key} kept`);

    // Offered the nearest free times, the contested one (held by the other patient) not among them.
    const near = loser.locator('[part=near-times]').getByRole('radio');
    await near.first().waitFor();
    const offered = await near.evaluateAll((radios) => radios.map((radio) => (radio as HTMLInputElement).value));
    assert.ok(offered.length >= 1 && offered.length <= 4, `${offered.length} times offered`);
    assert.ok(!offered.includes(adaTime), 'the contested time is not offered');
    const distance = (start: string) => Math.abs(Date.parse(start) - Date.parse(adaTime));
    assert.ok(
      offered.every((start) => distance(start) <= 3 * 86_400_000),
      'the times offered are near the lost one',
    );

    await near.first().click();
    await loser.locator('[part=hold]').filter({ hasText: 'for you until' }).waitFor();
    await Promise.all([reviewAndConfirm(winner), reviewAndConfirm(loser)]);

    const booked = env.api.simulator.state().appointments.slice(before);
    assert.equal(booked.length, 2);
    assert.equal(booked.filter((record) => Date.parse(record.start) === Date.parse(adaTime)).length, 1, 'exactly one booking of the contested time');
    const contested = booked.find((record) => Date.parse(record.start) === Date.parse(adaTime))!;
    assert.notEqual(contested.patient?.givenName, loserPatient.givenName, 'the contested time went to the patient who held it');
    const other = booked.find((record) => record !== contested)!;
    assert.ok(
      offered.some((start) => Date.parse(start) === Date.parse(other.start)),
      'the other patient booked one of the times offered',
    );
  });

  it("logged no errors or warnings but the browser's note of the 409 the lost hold was told", () => {
    const conflict = /^page \d error: Failed to load resource: the server responded with a status of 409 \(Conflict\)$/;
    assert.equal(problems.filter((problem) => conflict.test(problem)).length, 1);
    assert.deepEqual(
      problems.filter((problem) => !conflict.test(problem)),
      [],
    );
  });
});
