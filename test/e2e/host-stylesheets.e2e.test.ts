// Every element on a clinic page under the global CSS clinic themes ship, at a 390 px phone
// and a 1280 px desktop: Bootstrap 5's reboot, Tailwind's preflight and normalize.css (the real
// packages' files), and the single rules themes add (`* { box-sizing: content-box }`,
// `html { font-size: 62.5% }`, `button, input { all: unset }`, `body { direction: rtl }` on an
// English page, `body { zoom: 1.25 }`). Each flow is completed by clicks that Playwright makes
// only on what is visible and not covered; nothing may reach past the screen's edge, no control
// may be smaller than a 44 px touch target, and no text field's text smaller than 16 px (iOS
// zooms the page on focusing one).
import { after, before, describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { mkdirSync } from 'node:fs';
import type { Page } from 'playwright-core';
import { seedAppointments } from '../../src/mocks/index.js';
import { startAll } from './support/servers.js';
import { chooseAssessmentAtMitte, fillDetails, grace, reviewAndConfirm } from './support/booking.js';

const shots = 'test-results/e2e/host-css';
mkdirSync(shots, { recursive: true });

const sheets = ['content-box', 'font-size-62.5', 'bootstrap-reboot', 'tailwind-preflight', 'normalize', 'all-unset', 'rtl-body', 'zoom-1.25'];
const widths = [390, 1280];

interface LayoutProblem {
  element: string;
  what: string;
  problem: string;
}

/**
 * What is wrong with the elements' layout now: a control or text past the screen's edge, a
 * control under 44 × 44 px, a text field's text under 16 px, or the page scrolling sideways.
 */
function layoutProblems(page: Page): Promise<LayoutProblem[]> {
  // A string, not a function: tsx's helpers do not exist in the page.
  return page.evaluate<LayoutProblem[]>(`(() => {
    const problems = [];
    const width = document.documentElement.clientWidth;
    const zoom = parseFloat(getComputedStyle(document.body).zoom) || 1;
    if (document.documentElement.scrollWidth > width) problems.push({ element: 'page', what: 'html', problem: 'scrolls sideways by ' + (document.documentElement.scrollWidth - width) + ' px' });
    const hosts = [...document.querySelectorAll('circle-book-service, circle-book-variant, circle-appointment, circle-share-menu, circle-patient-app, circle-book-button')];
    const below = (root) => [...root.querySelectorAll('*')].flatMap((node) => [node, ...(node.shadowRoot ? below(node.shadowRoot) : [])]);
    for (const host of hosts) {
      for (const node of below(host.shadowRoot)) {
        const style = getComputedStyle(node);
        if (style.visibility === 'hidden' || node.closest('.visually-hidden, [aria-hidden=true]') || node.checkVisibility?.() === false) continue;
        const box = node.getBoundingClientRect();
        if (box.width < 1 || box.height < 1) continue;
        const name = node.localName + (node.id ? '#' + node.id : '') + (node.getAttribute('part') ? '[part=' + node.getAttribute('part') + ']' : '') + ' "' + (node.textContent || node.getAttribute('aria-label') || '').trim().slice(0, 30) + '"';
        // Rectangles are in the page's CSS pixels; under body's zoom the screen is clientWidth wide all the same.
        if (box.right > width * (node.closest ? 1 : 1) + 1 || box.left < -1) problems.push({ element: host.localName, what: name, problem: 'reaches past the screen: ' + Math.round(box.left) + '..' + Math.round(box.right) + ' of ' + width });
        const control = node.matches('button, a[href], select, textarea, input:not([type=radio]):not([type=checkbox]), [role=menuitem], [role=gridcell], td[tabindex], label:has(input[type=radio])');
        if (control && (box.height * zoom < 43.5 || box.width * zoom < 43.5) && !node.matches('[part=error] a, .contact a, p a, dd a, li a')) problems.push({ element: host.localName, what: name, problem: 'a touch target of ' + Math.round(box.width * zoom) + ' x ' + Math.round(box.height * zoom) + ' px' });
        if (node.matches('input:not([type=radio]):not([type=checkbox]), select, textarea') && parseFloat(style.fontSize) * zoom < 16) problems.push({ element: host.localName, what: name, problem: 'text of ' + style.fontSize });
      }
    }
    return problems;
  })()`);
}

describe("host pages' global CSS", () => {
  let env: Awaited<ReturnType<typeof startAll>>;

  before(async () => {
    env = await startAll();
  });
  after(() => env.close());

  for (const sheet of sheets) {
    for (const width of widths) {
      it(`${sheet} at ${width} px: every element completes its flow, nothing past the edge or too small`, async () => {
        env.api.simulator.reset();
        const { id, token } = seedAppointments.formsDue;
        const page = await env.browser.newPage({ viewport: { width, height: 844 } });
        const errors: string[] = [];
        page.on('pageerror', (error) => errors.push(error.message));
        await page.goto(`${env.site.url}/hostile/host-css.html?sheet=${sheet}#appointment=${id}&token=${token}`);
        const problems: LayoutProblem[] = [];
        const check = async (when: string) =>
          problems.push(...(await layoutProblems(page)).map((problem) => ({ ...problem, what: `${when}: ${problem.what}` })));

        // Every element as it first shows.
        const booking = page.locator('circle-book-service');
        const appointment = page.locator('circle-appointment');
        await booking.getByRole('radio', { name: /Initial assessment/ }).waitFor();
        await page.locator('circle-book-variant').getByRole('radio').first().waitFor();
        await appointment.getByRole('button', { name: 'Change time' }).waitFor();
        await page.locator('circle-patient-app').getByRole('heading', { name: 'Nothing to show here yet' }).waitFor();
        await check('first view');

        // A booking, made.
        await chooseAssessmentAtMitte(booking);
        await booking.getByRole('radio').first().check();
        await check('times');
        await booking.getByRole('button', { name: 'Continue' }).click();
        await fillDetails(booking, grace);
        await check('details');
        await reviewAndConfirm(booking);
        await check('confirmation');

        // The appointment's calendar, and back.
        await appointment.getByRole('button', { name: 'Change time' }).click();
        await appointment.getByRole('button', { name: 'Keep current time' }).waitFor();
        await check('choosing a new time');
        await appointment.getByRole('button', { name: 'Keep current time' }).click();

        // The share menu.
        const menu = page.locator('circle-share-menu');
        await menu.getByRole('button', { name: 'Actions' }).click();
        await menu.getByRole('menuitem', { name: 'Copy share link' }).waitFor();
        await check('share menu');
        await page.keyboard.press('Escape');

        // The popup, from a link on the page (the floating button steps aside while a booking
        // element passes under it, and this page is all booking elements).
        await page.evaluate(() => window.scrollTo(0, 0));
        await page.getByRole('link', { name: 'Book in a popup' }).click();
        await page.locator('circle-book-dialog[open]').getByRole('heading', { name: 'What would you like to book?' }).waitFor();
        await check('popup');
        await page.screenshot({ path: `${shots}/${sheet}-${width}.png` });
        await page.keyboard.press('Escape');

        assert.deepEqual(errors, []);
        assert.deepEqual(problems, []);
        await page.close();
      });
    }
  }
});
