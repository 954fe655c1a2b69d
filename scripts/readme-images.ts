// `npm run docs:images`: the README's pictures of each element, taken from the demo (the built
// bundle against the simulator) in headless Chromium, into docs/images/. Run `npm run build`
// first. Small on purpose: CSS pixels, one element each, PNG.
import { mkdirSync } from 'node:fs';
import type { Locator, Page } from 'playwright-core';
import { patientAppUrl } from '../src/links/index.js';
import { seedAppointments } from '../src/mocks/index.js';
import { startDemo } from '../test/e2e/support/servers.js';

const out = 'docs/images';
mkdirSync(out, { recursive: true });
const env = await startDemo();
const patientApp = `${env.demo.url}patient/`;

async function page(path: string, width: number, height = 900): Promise<Page> {
  const tab = await env.browser.newPage({ viewport: { width, height }, deviceScaleFactor: 1 });
  await tab.goto(new URL(path, env.demo.url).href);
  return tab;
}

async function save(target: Page | Locator, name: string): Promise<void> {
  await target.screenshot({ path: `${out}/${name}.png`, animations: 'disabled' });
  console.log(`${out}/${name}.png`);
}

try {
  const clinic = await page('/', 1200);
  // The floating button would sit over the elements' pictures; the page's picture shows it.
  const floating = clinic.locator('circle-book-button');
  await floating.evaluate((button) => button.setAttribute('hidden', ''));
  const service = clinic.locator('circle-book-service');
  await service.getByRole('radio').first().waitFor();
  await save(clinic.locator('#physio .booking-card'), 'book-service');
  const variant = clinic.locator('circle-book-variant');
  await variant.locator('circle-time-list').getByRole('radio').first().waitFor();
  await save(clinic.locator('#checkup .booking-card'), 'book-variant');
  await floating.evaluate((button) => button.removeAttribute('hidden'));
  await clinic.setViewportSize({ width: 1200, height: 640 });
  await clinic.evaluate(() => window.scrollTo(0, 0));
  await save(clinic, 'demo-clinic');

  const { id, token } = seedAppointments.formsDue;
  const appointment = await page(patientAppUrl(patientApp, { kind: 'appointment', appointmentId: id, token }), 420, 1200);
  await appointment.locator('circle-appointment').getByRole('button', { name: 'Cancel appointment' }).waitFor();
  await save(appointment.locator('main'), 'appointment');

  const app = await page(patientAppUrl(patientApp, { kind: 'book-service', serviceId: 'svc_physio' }), 390, 760);
  await app.locator('circle-book-service').getByRole('radio').first().waitFor();
  await save(app, 'patient-app');

  const staff = await page(`/staff/booking.html?id=${id}`, 900, 420);
  const menu = staff.locator('circle-share-menu');
  await menu.getByRole('button', { name: 'Actions' }).click();
  await menu.getByRole('menuitem', { name: 'Copy share link' }).click();
  await menu.getByRole('menuitem', { name: /Copy Patient App URL/ }).waitFor();
  await staff.waitForFunction(() => !document.querySelector('circle-share-menu')?.shadowRoot?.querySelector('[aria-disabled="true"][role="menuitem"]'));
  await save(staff, 'share-menu');

  const dashboard = await page('/staff/', 1200, 760);
  await dashboard.locator('li.booking').first().waitFor();
  await save(dashboard, 'demo-dashboard');
} finally {
  await env.close();
}
