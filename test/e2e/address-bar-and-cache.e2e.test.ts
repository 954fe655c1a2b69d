// Two things only a real browser over real HTTP shows: the appointment link's access token
// leaving the address bar while a reload in the same tab still opens the appointment, and API
// answers kept out of the HTTP cache, so that after a cached permanent redirect Try again still
// reaches the server. Through the built bundle, in Chromium.
import { after, before, describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { patientAppUrl } from '../../src/links/index.js';
import { seedAppointments } from '../../src/mocks/index.js';
import { startAll } from './support/servers.js';

describe('the address bar and the HTTP cache', () => {
  let env: Awaited<ReturnType<typeof startAll>>;

  before(async () => {
    env = await startAll();
  });
  after(() => env.close());

  it('the token leaves the address bar; a reload in the same tab opens the appointment; no storage holds it; another tab with the address does not', async () => {
    const { id, token } = seedAppointments.formsDue;
    const context = await env.browser.newContext();
    const page = await context.newPage();
    const link = patientAppUrl(`${env.site.url}/patient/`, { kind: 'appointment', appointmentId: id, token });
    const heading = () => page.locator('circle-appointment #heading').waitFor();

    await page.goto(link);
    await heading();
    const shown = page.url();
    await page.reload();
    await heading();
    const afterReload = page.url();
    const stored = await page.evaluate(() => JSON.stringify([{ ...localStorage }, { ...sessionStorage }, document.cookie]));
    const other = await context.newPage();
    await other.goto(shown);
    await other.locator('circle-patient-app [part=invalid]').waitFor();

    assert.ok(!shown.includes(token), shown);
    assert.ok(!afterReload.includes(token), afterReload);
    assert.ok(shown.includes(`appointment=${id}`), shown);
    assert.ok(!stored.includes(token));
    await context.close();
  });

  it('after a permanent redirect the browser could cache, Try again reaches the server again', async () => {
    // A proxy in front of the API that answers its first request with a cacheable 308.
    let asked = 0;
    const proxy: Server = createServer(async (request, response) => {
      asked++;
      const cors = { 'Access-Control-Allow-Origin': '*', 'Access-Control-Allow-Headers': '*' };
      if (request.method === 'OPTIONS') return void response.writeHead(204, cors).end();
      if (asked === 1) {
        return void response
          .writeHead(308, { ...cors, Location: `${env.api.url}${request.url!.replace(/^\/api/, '')}`, 'Cache-Control': 'public, max-age=86400' })
          .end();
      }
      const answer = await fetch(`${env.api.url}${request.url!.replace(/^\/api/, '')}`, { headers: { Accept: 'application/json' } });
      response.writeHead(answer.status, { ...cors, 'Content-Type': answer.headers.get('Content-Type') ?? 'application/json' }).end(await answer.text());
    });
    await new Promise<void>((resolve) => proxy.listen(0, '127.0.0.1', resolve));
    const apiBase = `http://127.0.0.1:${(proxy.address() as AddressInfo).port}/api`;
    const page = await env.browser.newPage();
    await page.goto(`${env.site.url}/book-service.html`);
    // The same page, its element pointed at the proxy.
    await page.evaluate((base) => {
      const element = document.createElement('circle-book-service');
      element.setAttribute('service-id', 'svc_physio');
      element.setAttribute('api-base', base);
      element.id = 'through-proxy';
      document.body.append(element);
    }, apiBase);
    const booking = page.locator('#through-proxy');

    const outcome = await Promise.race([
      booking
        .getByRole('heading', { name: 'What would you like to book?' })
        .waitFor({ timeout: 20_000 })
        .then(() => 'loaded'),
      booking
        .locator('[part=error]')
        .getByRole('button', { name: 'Try again' })
        .waitFor({ timeout: 20_000 })
        .then(() => 'error'),
    ]);
    if (outcome === 'error') await booking.locator('[part=error]').getByRole('button', { name: 'Try again' }).click();
    await booking.getByRole('heading', { name: 'What would you like to book?' }).waitFor({ timeout: 10_000 });

    assert.ok(asked >= 2, `the proxy was asked ${asked} time(s)`);
    await page.close();
    proxy.closeAllConnections();
    await new Promise((resolve) => proxy.close(resolve));
  });
});
