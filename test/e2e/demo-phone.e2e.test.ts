// The demo as a patient and as staff see it, where it went wrong before: on a 390 px phone the
// floating "Book an appointment" button must never cover the bottom of the details form or the
// confirmation's "View or change your booking"; the dashboard's "Upcoming (N)" counts only
// visits still booked. Screenshots go to test-results/e2e/ for people to look at.
import { after, before, describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { mkdirSync } from 'node:fs';
import type { Locator, Page } from 'playwright-core';
import { startDemo, type DemoEnvironment } from './support/servers.js';
import { chooseAssessmentAtMitte, fillDetails } from './support/booking.js';

const shots = 'test-results/e2e';
mkdirSync(shots, { recursive: true });

/**
 * Whether the floating button hides any of `target` once it is scrolled to the bottom of the
 * screen, where the button floats: what is drawn at its corners and centre is the target.
 */
async function coveredAtBottom(page: Page, target: Locator): Promise<string[]> {
  await target.evaluate((element) => element.scrollIntoView({ block: 'end' }));
  await page.evaluate(() => new Promise((resolve) => requestAnimationFrame(() => requestAnimationFrame(resolve))));
  await page.waitForTimeout(100);
  return target.evaluate((element) => {
    const box = element.getBoundingClientRect();
    const points: Array<[number, number]> = [
      [box.left + 2, box.bottom - 2],
      [box.right - 2, box.bottom - 2],
      [box.left + box.width / 2, box.top + box.height / 2],
      [box.right - 2, box.top + 2],
    ];
    const covered: string[] = [];
    for (const [x, y] of points) {
      let hit = document.elementFromPoint(x, y);
      while (hit?.shadowRoot?.elementFromPoint(x, y) && hit.shadowRoot.elementFromPoint(x, y) !== hit) hit = hit.shadowRoot.elementFromPoint(x, y);
      for (let node: Node | null = hit; node; node = node.parentNode ?? (node as ShadowRoot).host ?? null) {
        if ((node as Element).localName === 'circle-book-button') covered.push(`(${Math.round(x)}, ${Math.round(y)})`);
      }
    }
    return covered;
  });
}

describe('the demo on a phone', () => {
  let env: DemoEnvironment;

  before(async () => {
    env = await startDemo();
  });
  after(() => env.close());

  it("the floating button never covers the details form's end or the confirmation's link at 390 px", async () => {
    const page = await env.browser.newPage({ viewport: { width: 390, height: 844 }, deviceScaleFactor: 2 });
    await page.goto(env.demo.url);
    const booking = page.locator('circle-book-service');
    const floating = page.locator('circle-book-button');
    await floating.getByRole('button').waitFor();

    await chooseAssessmentAtMitte(booking);
    await booking.getByRole('radio').first().check();
    await booking.getByRole('button', { name: 'Continue' }).click();
    await booking.getByRole('heading', { name: 'Your details' }).waitFor();
    await fillDetails(booking);
    const review = booking.getByRole('button', { name: 'Review booking' });
    assert.deepEqual(await coveredAtBottom(page, review), [], "the details form's Review booking");
    await page.screenshot({ path: `${shots}/demo-phone-details-end.png` });

    await review.click();
    await booking.getByRole('button', { name: 'Confirm booking' }).click();
    const manage = booking.getByRole('link', { name: 'View or change your booking' });
    await manage.waitFor();
    assert.deepEqual(await coveredAtBottom(page, manage), [], "the confirmation's link");
    await page.screenshot({ path: `${shots}/demo-phone-confirmation.png` });

    // Away from the booking, the button is back.
    await page.evaluate(() => window.scrollTo(0, 0));
    await page.waitForTimeout(200);
    assert.equal(await floating.getByRole('button').isVisible(), true);
    await page.close();
  });

  it('the dashboard\'s "Upcoming (N)" counts only visits still booked', async () => {
    const page = await env.browser.newPage({ viewport: { width: 1200, height: 900 } });
    await page.goto(`${env.demo.url}staff/`);
    const heading = page.getByRole('heading', { name: /^Upcoming \(\d+\)$/ });
    await heading.waitFor();
    await page.locator('li.booking').first().waitFor();

    const now = Date.now();
    const cancelledAhead = env.api.simulator.state().appointments.filter((record) => record.status === 'cancelled' && Date.parse(record.start) > now);
    const listed = page.locator('h3.list-heading + ol > li.booking');
    const shown = Number((await heading.textContent())!.match(/\((\d+)\)/)![1]);

    assert.ok(cancelledAhead.length > 0, 'the seed has an upcoming cancelled visit to leave out');
    assert.equal(await page.locator('h3.list-heading + ol > li.booking--cancelled').count(), 0, 'no cancelled visit listed as upcoming');
    assert.equal(shown, await listed.count());
    assert.equal(shown, await page.locator('h3.list-heading + ol > li.booking--booked').count());
    await page.close();
  });
});
