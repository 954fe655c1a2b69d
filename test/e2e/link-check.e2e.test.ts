// Staff check a patient link on the dashboard before they send it: a good link, a cancelled
// booking's link and a link damaged on its way each get their own verdict.
import { after, before, describe, it } from 'node:test';
import assert from 'node:assert/strict';
import type { Page } from 'playwright-core';
import { seedAppointments } from '../../src/mocks/index.js';
import { startDemo, type DemoEnvironment } from './support/servers.js';

describe('Check a patient link, on the dashboard', () => {
  let env: DemoEnvironment;
  let page: Page;
  const link = (key: keyof typeof seedAppointments) =>
    `${env.demo.url}patient/?circle=appointment&appointment=${seedAppointments[key].id}#token=${seedAppointments[key].token}`;

  before(async () => {
    env = await startDemo();
    page = await env.browser.newPage({ viewport: { width: 1200, height: 900 } });
    await page.goto(`${env.demo.url}staff/`);
  });
  after(() => env.close());

  async function check(url: string) {
    await page.getByLabel('Patient link', { exact: true }).fill(url);
    await page.getByRole('button', { name: 'Check', exact: true }).click();
    const state = page.locator('.link-check__state');
    await state.waitFor();
    return { state: await state.getAttribute('data-state'), text: (await page.locator('.link-check__result').textContent()) ?? '' };
  }

  it('a good link works, opens its booking, and lists what the patient can do', async () => {
    const { state, text } = await check(link('formsDue'));

    assert.equal(state, 'works');
    assert.match(text, /Opens: Booking apt_forms_due: Initial assessment/);
    assert.match(text, /Cancel.*Change time.*Intake forms/s);
  });

  it("a cancelled booking's link says the booking is cancelled", async () => {
    const { state, text } = await check(link('cancelled'));

    assert.equal(state, 'cancelled');
    assert.match(text, /The booking is cancelled/);
  });

  it('a damaged link says it was changed on its way', async () => {
    const { state, text } = await check(`${link('formsDue')}\u201D`);

    assert.equal(state, 'damaged');
    assert.match(text, /changed on its way/);
  });
});
