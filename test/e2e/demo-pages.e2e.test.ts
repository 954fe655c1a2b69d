// Every demo page, as `npm start` serves it, checked with axe (WCAG 2.2 A and AA) in its
// loaded state and with the booking API unreachable, and for sideways scrolling at 320 px.
import { after, before, describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { createRequire } from 'node:module';
import type { Browser, Page } from 'playwright-core';
import { startDemoSite, type DemoSite } from '../../scripts/demo-server.js';
import { startDemo, type DemoEnvironment } from './support/servers.js';

const axePath = createRequire(import.meta.url).resolve('axe-core/axe.min.js');

const pages: Array<[name: string, path: string, ready: (page: Page) => Promise<unknown>]> = [
  ['the clinic website', '', (page) => page.locator('circle-book-service').getByRole('radio').first().waitFor()],
  ['the dashboard', 'staff/', (page) => page.locator('li.booking').first().waitFor()],
  ['a service page', 'staff/service.html?id=svc_physio', (page) => page.locator('li.booking').first().waitFor()],
  ['a variant page with no bookings', 'staff/variant.html?id=var_hydro', (page) => page.getByText('No bookings yet').waitFor()],
  ['a practitioner page', 'staff/practitioner.html?service=svc_physio&id=prac_anna', (page) => page.locator('li.booking').first().waitFor()],
  ['a booking page', 'staff/booking.html?id=apt_forms_due', (page) => page.getByRole('heading', { level: 1, name: 'Maria Schmidt' }).waitFor()],
  [
    "a booking page with the answers to the clinic's questions",
    'staff/booking.html?id=apt_no_show',
    (page) => page.getByText('How did you hear about us?').waitFor(),
  ],
  ['the patient app without a link', 'patient/', (page) => page.getByRole('heading', { name: 'In this demo' }).waitFor()],
  ['the outbox', 'outbox/', (page) => page.locator('li.message').first().waitFor()],
  [
    'the patient app on an appointment',
    'patient/?circle=appointment&appointment=apt_forms_due#token=tok_forms_due_4f1c9a',
    (page) => page.getByRole('button', { name: 'Cancel appointment' }).waitFor(),
  ],
];

/** axe's violations on the page, as "rule: target" lines. The page must allow the injected script. */
async function violations(page: Page): Promise<string[]> {
  await page.addScriptTag({ path: axePath });
  return page.evaluate(async () => {
    const axe = (
      window as unknown as {
        axe: { run: (context: Document, options: object) => Promise<{ violations: Array<{ id: string; nodes: Array<{ target: unknown }> }> }> };
      }
    ).axe;
    const result = await axe.run(document, { runOnly: { type: 'tag', values: ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa'] } });
    return result.violations.flatMap((violation) => violation.nodes.map((node) => `${violation.id}: ${JSON.stringify(node.target)}`));
  });
}

describe('the demo pages', () => {
  let env: DemoEnvironment;
  let browser: Browser;
  let unreachable: DemoSite;

  before(async () => {
    env = await startDemo();
    browser = env.browser;
    unreachable = await startDemoSite({ apiBase: 'http://127.0.0.1:9/api' });
  });
  after(async () => {
    await unreachable.close();
    await env.close();
  });

  for (const [name, path, ready] of pages) {
    it(`${name}: axe finds nothing, and nothing scrolls sideways at 320 px`, async () => {
      // bypassCSP only lets the test inject axe; the pages' own policy is tested in the loop.
      const page = await browser.newPage({ viewport: { width: 1200, height: 900 }, bypassCSP: true });
      await page.goto(`${env.demo.url}${path}`);
      await ready(page);

      assert.deepEqual(await violations(page), []);
      await page.setViewportSize({ width: 320, height: 640 });
      assert.equal(await page.evaluate(() => document.documentElement.scrollWidth - document.documentElement.clientWidth), 0);
      await page.close();
    });
  }

  it('the dashboard with the booking API unreachable: a designed error, axe finds nothing', async () => {
    const page = await browser.newPage({ viewport: { width: 1200, height: 900 }, bypassCSP: true });
    await page.goto(`${unreachable.url}staff/`);
    const alerts = page.getByRole('alert');
    await alerts.first().waitFor({ timeout: 20_000 });

    assert.match((await alerts.first().textContent()) ?? '', /cannot be reached/);
    assert.ok(await page.getByRole('button', { name: 'Try again' }).first().isVisible());
    assert.deepEqual(await violations(page), []);
    await page.close();
  });
});
