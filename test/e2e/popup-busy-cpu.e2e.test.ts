// The popup's open, Escape and close on a busy machine: Chromium's CPU slowed four times
// (CDP Emulation.setCPUThrottlingRate), keys and clicks pressed quickly one after another.
// However fast they come, every closing is reported once (circle-dialog-closed), every opening
// once, and focus goes back to what opened the popup, never staying inside it.
import { after, before, describe, it } from 'node:test';
import assert from 'node:assert/strict';
import type { Page } from 'playwright-core';
import { startAll } from './support/servers.js';

/** The focused element through shadow roots, as "tag#id.text". */
function focused(page: Page): Promise<string> {
  return page.evaluate(`(() => {
    let active = document.activeElement;
    while (active && active.shadowRoot && active.shadowRoot.activeElement) active = active.shadowRoot.activeElement;
    const host = active && active.getRootNode() && active.getRootNode().host;
    return (host ? host.localName + ' > ' : '') + active.localName + ' ' + (active.textContent || '').replace(/\\s+/g, ' ').trim().slice(0, 40);
  })()`);
}

const counts = (page: Page) =>
  page.evaluate<{ opened: number; closed: number; open: boolean }>(
    `({ opened: window.__opened, closed: window.__closed, open: !!document.querySelector('circle-book-dialog[open]') })`,
  );

/** Waits until nothing is left to run: the popup's events and focus have settled. */
async function settled(page: Page): Promise<void> {
  await page.evaluate(() => new Promise((resolve) => setTimeout(() => requestAnimationFrame(() => setTimeout(resolve, 50)), 300)));
}

describe('the popup at 4x CPU throttling', () => {
  let env: Awaited<ReturnType<typeof startAll>>;

  before(async () => {
    env = await startAll();
  });
  after(() => env.close());

  async function busyPage(): Promise<Page> {
    const page = await env.browser.newPage({ viewport: { width: 1280, height: 800 } });
    await page.addInitScript(`
      window.__opened = 0; window.__closed = 0;
      document.addEventListener('circle-dialog-opened', () => window.__opened++);
      document.addEventListener('circle-dialog-closed', () => window.__closed++);
    `);
    const cdp = await page.context().newCDPSession(page);
    await cdp.send('Emulation.setCPUThrottlingRate', { rate: 4 });
    await page.goto(`${env.site.url}/embed.html`);
    await page.locator('circle-book-button button').waitFor();
    return page;
  }

  const floating = 'circle-book-button > button Book an appointment';

  it('Escape right after opening, three times: three openings, three closings, focus back on the floating button', async () => {
    const page = await busyPage();
    for (let round = 1; round <= 3; round++) {
      await page.locator('circle-book-button button').click();
      await page.locator('circle-book-dialog[open]').waitFor();
      await page.keyboard.press('Escape');
      await settled(page);

      assert.deepEqual(await counts(page), { opened: round, closed: round, open: false }, `round ${round}`);
      assert.equal(await focused(page), floating, `round ${round}`);
    }
    await page.close();
  });

  it('Escape once the booking has loaded inside: focus back on the floating button, not on a heading in the popup', async () => {
    const page = await busyPage();
    for (let round = 1; round <= 3; round++) {
      await page.locator('circle-book-button button').click();
      // Escape while the booking element is still loading and rendering, then once it is shown.
      if (round === 1) await page.waitForTimeout(30);
      else await page.locator('circle-book-dialog[open]').getByRole('radio').first().waitFor();
      await page.keyboard.press('Escape');
      await settled(page);
      await page.waitForTimeout(round === 1 ? 1500 : 0); // let a late render inside the popup happen

      assert.equal(await focused(page), floating, `round ${round}`);
      assert.deepEqual(await counts(page), { opened: round, closed: round, open: false }, `round ${round}`);
    }
    await page.close();
  });

  it('open, close button, open again, Escape, pressed without waiting: every closing reported once', async () => {
    const page = await busyPage();
    const button = page.locator('circle-book-button button');
    await button.click();
    await page.locator('circle-book-dialog[open]').waitFor();
    await page.locator('circle-book-dialog').getByRole('button', { name: 'Close' }).click();
    await button.click();
    await page.keyboard.press('Escape');
    await button.click();
    await page.keyboard.press('Escape');
    await settled(page);

    const { opened, closed, open } = await counts(page);
    assert.equal(open, false);
    assert.equal(closed, opened, `${opened} openings, ${closed} closings reported`);
    assert.equal(opened, 3);
    assert.equal(await focused(page), floating);
    await page.close();
  });

  it('closed and opened again before the browser reports the closing: the new opening stays open, each reported once', async () => {
    const page = await busyPage();
    await page.locator('circle-book-button button').click();
    await page.locator('circle-book-dialog[open]').waitFor();
    // The close button, then a trigger on the page, before the closing's "close" event has run.
    await page.evaluate(`(async () => {
      const dialog = document.querySelector('circle-book-dialog');
      dialog.close();
      await dialog.updateComplete;
      dialog.show();
      await dialog.updateComplete;
    })()`);
    await settled(page);

    assert.deepEqual(await counts(page), { opened: 2, closed: 1, open: true });
    assert.equal(await page.evaluate(`document.querySelector('circle-book-dialog').shadowRoot.querySelector('dialog').open`), true);
    await page.keyboard.press('Escape');
    await settled(page);
    assert.deepEqual(await counts(page), { opened: 2, closed: 2, open: false });
    assert.equal(await focused(page), floating);
    await page.close();
  });

  it('closed by Escape and opened from a script before the closing is reported: opens again, each reported once', async () => {
    const page = await busyPage();
    await page.locator('circle-book-button button').click();
    await page.locator('circle-book-dialog[open]').waitFor();
    await page.evaluate(`(() => {
      const dialog = document.querySelector('circle-book-dialog');
      dialog.shadowRoot.querySelector('dialog').requestClose?.() ?? dialog.shadowRoot.querySelector('dialog').close();
      dialog.show();
    })()`);
    await settled(page);

    assert.deepEqual(await counts(page), { opened: 2, closed: 1, open: true });
    await page.close();
  });
});
