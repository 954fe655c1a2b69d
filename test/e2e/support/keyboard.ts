/** Keyboard-only driving for end-to-end tests: Tab until focus, deep in shadow roots, matches. */
import type { Page } from 'playwright-core';

/** What has focus, looking through open shadow roots: its tag, id, type, text and checked state. */
export function focused(page: Page) {
  return page.evaluate(() => {
    let element = document.activeElement;
    while (element?.shadowRoot?.activeElement) element = element.shadowRoot.activeElement;
    return {
      tag: element?.localName ?? '',
      id: element?.id ?? '',
      type: element?.getAttribute('type') ?? '',
      role: element?.getAttribute('role') ?? '',
      text: element?.textContent?.trim() ?? '',
    };
  });
}

export type Focused = Awaited<ReturnType<typeof focused>>;

/** Presses Tab until `matches` holds for the focused element; fails after `limit` presses. */
export async function tabTo(page: Page, matches: (element: Focused) => boolean, what: string, limit = 60): Promise<void> {
  for (let presses = 0; presses < limit; presses++) {
    if (matches(await focused(page))) return;
    await page.keyboard.press('Tab');
  }
  throw new Error(`Tab never reached ${what} in ${limit} presses`);
}
