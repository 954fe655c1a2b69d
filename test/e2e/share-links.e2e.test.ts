// Staff copy the Patient App URL of a service, a variant and a booking from the share menu;
// the patient opens each in <circle-patient-app> and lands in the matching flow. The built
// bundle in Chromium, against the simulator over real HTTP.
import { after, before, describe, it } from 'node:test';
import assert from 'node:assert/strict';
import type { BrowserContext } from 'playwright-core';
import { seedAppointments } from '../../src/mocks/index.js';
import { startAll } from './support/servers.js';

describe('a link copied from the share menu opens the right flow', () => {
  let env: Awaited<ReturnType<typeof startAll>>;
  let context: BrowserContext;

  before(async () => {
    env = await startAll();
    context = await env.browser.newContext({ viewport: { width: 1200, height: 800 } });
    await context.grantPermissions(['clipboard-read', 'clipboard-write'], { origin: env.site.url });
  });
  after(() => env.close());

  async function copyPatientAppUrl(kind: string, record: string): Promise<string> {
    const staff = await context.newPage();
    await staff.goto(`${env.site.url}/staff.html?kind=${kind}&record=${encodeURIComponent(record)}`);
    const menu = staff.locator('circle-share-menu');
    await menu.getByRole('button', { name: 'Actions' }).click();
    await menu.getByRole('menuitem', { name: 'Copy share link' }).click();
    await menu.getByRole('menuitem', { name: /Copy Patient App URL/ }).click();
    await menu.getByText('Link copied').first().waitFor({ state: 'attached' });
    const url = await staff.evaluate(() => navigator.clipboard.readText());
    await staff.close();
    return url;
  }

  it('a service link opens the service booking', async () => {
    const url = await copyPatientAppUrl('service', 'svc_physio');
    assert.match(url, /\/patient\/\?circle=book-service&service=svc_physio$/);

    const patient = await context.newPage();
    await patient.goto(url);
    await patient.locator('circle-book-service').getByRole('heading', { name: 'What would you like to book?' }).waitFor();
    await patient.close();
  });

  it('a variant link opens the variant booking', async () => {
    const url = await copyPatientAppUrl('variant', 'var_physio_initial');

    const patient = await context.newPage();
    await patient.goto(url);
    await patient.locator('circle-book-variant').getByRole('heading', { name: 'Where would you like to go?' }).waitFor();
    await patient.close();
  });

  it('a booking link opens that appointment, its token carried in the fragment', async () => {
    const { id } = seedAppointments.formsDue;
    const url = await copyPatientAppUrl('appointment', id);
    assert.equal(new URL(url).searchParams.get('appointment'), id);
    assert.match(new URL(url).hash, /^#token=./);

    const patient = await context.newPage();
    await patient.goto(url);
    await patient.locator('circle-appointment').getByRole('button', { name: 'Cancel appointment' }).waitFor();
    await patient.close();
  });

  it('a hidden service cannot be shared, and the menu says why', async () => {
    const staff = await context.newPage();
    await staff.goto(`${env.site.url}/staff.html?kind=service&record=svc_hidden`);
    const menu = staff.locator('circle-share-menu');
    await menu.getByRole('button', { name: 'Actions' }).click();
    await menu.getByRole('menuitem', { name: 'Copy share link' }).click();
    const copy = menu.getByRole('menuitem', { name: /Copy Patient App URL/ });
    // The menu asks the API as soon as it is on the page; on a busy machine the answer may
    // come after the submenu opens, which shows "Loading…" until then.
    await copy.filter({ hasText: /not offered online/ }).waitFor();

    assert.equal(await copy.getAttribute('aria-disabled'), 'true');
    assert.match((await copy.textContent()) ?? '', /not offered online/);
    await staff.close();
  });
});
