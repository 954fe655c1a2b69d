// The popup and the floating button from the built `dist/embed.js`, on a plain clinic page, in
// Chromium against the simulator over real HTTP: a patient arriving from a newsletter link on a
// phone books a check-up in the popup, and the campaign reaches the API with the booking.
// Screenshots go to test-results/e2e/ for people to look at.
import { after, before, describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { mkdirSync } from 'node:fs';
import type { Page } from 'playwright-core';
import { launchChromium, startAll, startDemo } from './support/servers.js';
import { chooseAssessmentAtMitte, reviewAndConfirm } from './support/booking.js';

const shots = 'test-results/e2e';
mkdirSync(shots, { recursive: true });

describe('popups from dist/embed.js', () => {
  let env: Awaited<ReturnType<typeof startAll>>;
  const problems: string[] = [];

  before(async () => {
    env = await startAll();
  });
  after(() => env.close());

  async function open(viewport: { width: number; height: number }, query = ''): Promise<Page> {
    const page = await env.browser.newPage({ viewport, deviceScaleFactor: 2 });
    page.on('console', (message) => {
      if (message.type() === 'error' || message.type() === 'warning') problems.push(`${message.type()}: ${message.text()}`);
    });
    page.on('pageerror', (error) => problems.push(`pageerror: ${error.message}`));
    await page.goto(`${env.site.url}/embed.html${query}`);
    return page;
  }

  it('books a check-up in a full-screen popup on a phone, prefilled and with the campaign', async () => {
    const page = await open({ width: 390, height: 844 }, '?utm_source=newsletter&utm_campaign=winter-checkups&name=Ada%20Lovelace&email=ada%40example.org');
    const floating = page.getByRole('button', { name: 'Book an appointment' });
    await floating.waitFor();
    await page.screenshot({ path: `${shots}/embed-1-page-phone.png` });
    const banner = await page.getByRole('region', { name: 'Cookies' }).boundingBox();
    const button = await floating.boundingBox();
    assert.ok(button!.y + button!.height <= banner!.y, 'the floating button stays above the cookie banner');

    await page.getByRole('button', { name: 'Book a check-up' }).click();
    // The booking element is slotted into the <dialog>: a flat-tree child, so look from the host.
    const dialog = page.locator('circle-book-dialog[open]');
    await dialog.getByRole('heading', { name: 'Choose a day and time' }).waitFor();
    await dialog.getByRole('radio').first().waitFor();
    assert.deepEqual(await page.getByRole('dialog', { name: 'Book an appointment' }).boundingBox(), { x: 0, y: 0, width: 390, height: 844 });
    await page.screenshot({ path: `${shots}/embed-2-popup-phone.png` });

    await dialog.getByRole('radio').first().check();
    await dialog.getByRole('button', { name: 'Continue' }).click();
    await dialog.getByRole('heading', { name: 'Your details' }).waitFor();
    assert.equal(await dialog.getByLabel(/first name/i).inputValue(), 'Ada');
    await dialog.getByLabel(/phone/i).fill('+44 20 7946 0958');
    await dialog.getByLabel(/date of birth/i).fill('1985-12-10');
    await reviewAndConfirm(dialog);

    const booked = env.api.simulator.state().appointments.at(-1)!;
    assert.deepEqual(booked.tracking, { source: 'newsletter', campaign: 'winter-checkups' });
    assert.equal(booked.patient?.email, 'ada@example.org');
    await dialog.getByRole('button', { name: 'Close' }).click();
    assert.equal(await page.getByRole('button', { name: 'Book a check-up' }).evaluate((element) => element === document.activeElement), true);
    await page.close();
  });

  it("keeps the popup's title, Close button and last button clear of a notched phone's insets", async () => {
    const page = await open({ width: 390, height: 844 });
    // An iPhone's notch and home indicator, as `env(safe-area-inset-*)` reports them on a page with viewport-fit=cover.
    const insets = { top: 47, bottom: 34, left: 0, right: 0 };
    await (await page.context().newCDPSession(page)).send('Emulation.setSafeAreaInsetsOverride', { insets });
    await page.getByRole('button', { name: 'Book a check-up' }).click();
    const dialog = page.locator('circle-book-dialog[open]');
    await dialog.getByRole('radio').first().waitFor();

    const close = (await dialog.getByRole('button', { name: 'Close' }).boundingBox())!;
    const title = (await dialog.getByRole('heading', { name: 'Book an appointment' }).boundingBox())!;
    assert.ok(close.y >= insets.top && title.y >= insets.top, `title at ${title.y}, Close at ${close.y}, under the notch's ${insets.top} px`);
    const last = dialog.getByRole('button', { name: 'Continue' });
    // Scrolled to the end, as a patient's thumb would: the body's own padding then shows below the last button.
    await page.locator('circle-book-dialog[open]').evaluate((dialog) => {
      const body = dialog.shadowRoot!.querySelector('.body')!;
      body.scrollTop = body.scrollHeight;
    });
    await page.waitForTimeout(100);
    const end = (await last.boundingBox())!;
    assert.ok(end.y + end.height <= 844 - insets.bottom, `Continue ends at ${end.y + end.height}, over the home indicator below ${844 - insets.bottom}`);
    await page.screenshot({ path: `${shots}/embed-notched-phone.png` });
    await page.close();
  });

  it("opens the floating button's popup on a desktop, calendar beside the times, and resumes it", async () => {
    const page = await open({ width: 1280, height: 800 });
    await page.getByRole('button', { name: 'Book an appointment' }).click();
    const dialog = page.locator('circle-book-dialog[open]');
    await chooseAssessmentAtMitte(dialog);
    await dialog.getByRole('radio').first().waitFor();
    const grid = await dialog.getByRole('grid').boundingBox();
    const times = await dialog.getByRole('radio').first().boundingBox();
    assert.ok(times!.x > grid!.x + grid!.width, 'the times beside the calendar');
    await page.screenshot({ path: `${shots}/embed-3-popup-desktop.png` });

    await page.keyboard.press('Escape');
    await page.getByRole('link', { name: 'Book physiotherapy' }).click();
    await dialog.getByRole('heading', { name: 'Choose a day and time' }).waitFor();
    await page.close();
    assert.deepEqual(problems, []);
  });

  it('covers the whole window at phone width where scrollbars take room, and keeps a wide page still behind it', async () => {
    // A desktop browser showing scrollbars, zoomed to 200 % or in a narrow window, gets the phone layout.
    const browser = await launchChromium({ scrollbars: true });
    try {
      const page = await browser.newPage({ viewport: { width: 390, height: 844 } });
      await page.goto(`${env.site.url}/embed.html`);
      const scrollbar = await page.evaluate(() => window.innerWidth - document.documentElement.clientWidth);
      assert.ok(scrollbar > 0, 'the page shows a scrollbar that takes room');
      await page.getByRole('button', { name: 'Book a check-up' }).click();
      const popup = page.getByRole('dialog', { name: 'Book an appointment' });
      await page.locator('circle-book-dialog[open]').getByRole('radio').first().waitFor();
      assert.deepEqual(await popup.boundingBox(), { x: 0, y: 0, width: 390, height: 844 }, 'no strip of the page beside the popup');
      await page.screenshot({ path: `${shots}/embed-4-popup-phone-scrollbars.png` });

      // Wide enough for the centred popup: the scrollbar's room is kept, so the page does not shift.
      await page.keyboard.press('Escape');
      await popup.waitFor({ state: 'hidden' });
      await page.setViewportSize({ width: 1024, height: 768 });
      // The page scrolls again once the closed popup has given it back its scrollbar.
      await page.waitForFunction(() => window.innerWidth > document.documentElement.clientWidth);
      const pageWidth = () => page.evaluate(() => document.body.getBoundingClientRect().width);
      const before = await pageWidth();
      await page.getByRole('button', { name: 'Book a check-up' }).click();
      await page.locator('circle-book-dialog[open]').getByRole('radio').first().waitFor();
      assert.equal(await pageWidth(), before, 'the page behind keeps its width, so nothing on it moves');
    } finally {
      await browser.close();
    }
  });
});

describe('the embedding modes on the demo clinic website', () => {
  let env: Awaited<ReturnType<typeof startDemo>>;

  before(async () => {
    env = await startDemo();
  });
  after(() => env.close());

  it("opens the hero's button in a popup, prefilled from a newsletter link, and books with its campaign", async () => {
    const page = await env.browser.newPage({ viewport: { width: 1280, height: 800 } });
    await page.goto(`${env.demo.url}?utm_source=newsletter&utm_campaign=winter-physio&name=Ada%20Lovelace&email=ada%40example.org`);
    await page.locator('circle-book-variant').locator('.week-day').first().waitFor();
    assert.ok(await page.getByRole('button', { name: 'Book an appointment' }).isVisible(), 'the floating button');

    await page.getByRole('link', { name: 'Book physiotherapy' }).click();
    const dialog = page.locator('circle-book-dialog[open]');
    await dialog.getByRole('radio', { name: /Follow-up/ }).check();
    await dialog.getByRole('button', { name: 'Continue' }).click();
    await dialog.getByRole('radio', { name: /Mitte/ }).check();
    await dialog.getByRole('button', { name: 'Continue' }).click();
    await dialog.locator('circle-time-list').getByRole('radio').first().check();
    await dialog.getByRole('button', { name: 'Continue' }).click();
    assert.equal(await dialog.getByLabel(/last name/i).inputValue(), 'Lovelace');
    await dialog.getByLabel(/phone/i).fill('+44 20 7946 0958');
    await dialog.getByLabel(/date of birth/i).fill('1985-12-10');
    await reviewAndConfirm(dialog);

    assert.deepEqual(env.api.simulator.state().appointments.at(-1)?.tracking, { source: 'newsletter', campaign: 'winter-physio' });
    await page.close();
  });
});
