/**
 * One small page API over the three engines' drivers, for the end-to-end file that runs in all
 * of them (engines.e2e.test.ts): Chromium through playwright-core, Firefox through
 * puppeteer-core over WebDriver BiDi, WebKit (WebKitGTK's MiniBrowser) through webdriverio over
 * W3C WebDriver. Clicks and keys are real input (pointer and key actions), never `el.click()`.
 * Elements are found in the page through open shadow roots by CSS selector and name (see
 * `Target`), the way a patient finds them: by what they say.
 */
import { writeFile } from 'node:fs/promises';
import type { Browser as PlaywrightBrowser, Page as PlaywrightPage } from 'playwright-core';
import type { Browser as PuppeteerBrowser, Page as PuppeteerPage } from 'puppeteer-core';
import { launchChromium } from './servers.js';
// @ts-expect-error: a plain .mjs script without types
import { findFirefox, selectedEngines, startWebKitDriver } from '../../../scripts/engines.mjs';

export type EngineName = 'chromium' | 'firefox' | 'webkit';

/** The engines this run tests in: BROWSERS, else all three (see scripts/engines.mjs). */
export const enginesToTest: EngineName[] = selectedEngines();

/** What to find: elements matching `selector` below `within`, whose name matches `name`. */
export interface Target {
  /** A CSS selector for the host element to search below (through shadow roots). */
  within?: string;
  selector: string;
  /** Matched against the element's name: aria-label, its label's text, or its own text. */
  name?: string | RegExp;
  /** Which match, when several do (0 first, the default). */
  nth?: number;
}

export interface EnginePage {
  readonly engine: EngineName;
  goto(url: string): Promise<void>;
  setViewport(width: number, height: number): Promise<void>;
  /** Runs `fn` in the page with one JSON argument; `fn` must be self-contained. */
  evaluate<A, R>(fn: (arg: A) => R | Promise<R>, arg: A): Promise<R>;
  /** Pointer click at viewport coordinates. */
  clickAt(x: number, y: number): Promise<void>;
  /** A key by playwright's name ("Enter", "Tab", "ArrowDown", "Space"), or a single character. */
  press(key: string): Promise<void>;
  type(text: string): Promise<void>;
  screenshot(path: string): Promise<void>;
  close(): Promise<void>;
}

/** WebDriver's codes for named keys (W3C WebDriver, "Keyboard actions"). */
const webdriverKeys: Record<string, string> = {
  Backspace: '\uE003',
  Tab: '\uE004',
  Enter: '\uE007',
  Shift: '\uE008',
  Escape: '\uE00C',
  Space: ' ',
  End: '\uE010',
  Home: '\uE011',
  ArrowLeft: '\uE012',
  ArrowUp: '\uE013',
  ArrowRight: '\uE014',
  ArrowDown: '\uE015',
};

/**
 * `fn` called with `arg`, as source for the page. tsx compiles the tests keeping function
 * names, through a `__name` helper that exists only in Node: the page gets a stand-in.
 */
function expression<A, R>(fn: (arg: A) => R | Promise<R>, arg: A): string {
  return `((__name) => (${fn.toString()})(${JSON.stringify(arg ?? null)}))((target) => target)`;
}

function fromPlaywright(engine: EngineName, page: PlaywrightPage, close: () => Promise<void>): EnginePage {
  return {
    engine,
    goto: async (url) => void (await page.goto(url)),
    setViewport: (width, height) => page.setViewportSize({ width, height }),
    evaluate: (fn, arg) => page.evaluate(expression(fn, arg)) as never,
    clickAt: (x, y) => page.mouse.click(x, y),
    press: (key) => page.keyboard.press(key),
    type: (text) => page.keyboard.type(text),
    screenshot: async (path) => void (await page.screenshot({ path })),
    close,
  };
}

function fromPuppeteer(engine: EngineName, page: PuppeteerPage, close: () => Promise<void>): EnginePage {
  return {
    engine,
    goto: async (url) => void (await page.goto(url)),
    setViewport: (width, height) => page.setViewport({ width, height }),
    evaluate: (fn, arg) => page.evaluate(expression(fn, arg)) as never,
    clickAt: (x, y) => page.mouse.click(x, y),
    // WebDriver BiDi's keyboard in puppeteer knows the space bar only as " ".
    press: (key) => page.keyboard.press((key === 'Space' ? ' ' : key) as never),
    type: (text) => page.keyboard.type(text),
    screenshot: async (path) => void (await page.screenshot({ path })),
    close,
  };
}

/** The part of webdriverio's browser object used here. */
interface WebdriverBrowser {
  url(url: string): Promise<unknown>;
  setWindowRect(x: number | null, y: number | null, width: number, height: number): Promise<unknown>;
  execute(script: string, ...args: unknown[]): Promise<unknown>;
  performActions(actions: object[]): Promise<void>;
  releaseActions(): Promise<void>;
  takeScreenshot(): Promise<string>;
  deleteSession(): Promise<void>;
}

function fromWebdriver(browser: WebdriverBrowser, close: () => Promise<void>): EnginePage {
  const keys = async (values: string[]) =>
    browser.performActions([
      {
        type: 'key',
        id: 'keyboard',
        actions: values.flatMap((value) => [
          { type: 'keyDown', value },
          { type: 'keyUp', value },
        ]),
      },
    ]);
  return {
    engine: 'webkit',
    goto: async (url) => void (await browser.url(url)),
    setViewport: async (width, height) => void (await browser.setWindowRect(null, null, width, height)),
    evaluate: (fn, arg) => browser.execute(`return ${expression(fn, arg)};`) as never,
    clickAt: (x, y) =>
      browser.performActions([
        {
          type: 'pointer',
          id: 'mouse',
          parameters: { pointerType: 'mouse' },
          actions: [
            { type: 'pointerMove', duration: 0, origin: 'viewport', x: Math.round(x), y: Math.round(y) },
            { type: 'pointerDown', button: 0 },
            { type: 'pointerUp', button: 0 },
          ],
        },
      ]),
    press: (key) => keys([webdriverKeys[key] ?? key]),
    type: (text) => keys([...text]),
    screenshot: async (path) => writeFile(path, Buffer.from(await browser.takeScreenshot(), 'base64')),
    close,
  };
}

/** Starts the engine and opens one page in it, `width` × `height`. */
export async function openEngine(engine: EngineName, width: number, height: number): Promise<EnginePage> {
  if (engine === 'chromium') {
    const browser: PlaywrightBrowser = await launchChromium();
    const page = await browser.newPage({ viewport: { width, height } });
    return fromPlaywright(engine, page, () => browser.close());
  }
  if (engine === 'firefox') {
    const puppeteer = await import('puppeteer-core');
    const browser: PuppeteerBrowser = await puppeteer.launch({ browser: 'firefox', executablePath: findFirefox(), headless: true });
    const page = await browser.newPage();
    await page.setViewport({ width, height });
    return fromPuppeteer(engine, page, () => browser.close());
  }
  const { remote } = await import('webdriverio');
  const server = await startWebKitDriver();
  try {
    const browser = (await remote({
      hostname: '127.0.0.1',
      port: server.port,
      capabilities: server.capabilities,
      logLevel: 'error',
    })) as unknown as WebdriverBrowser;
    await browser.setWindowRect(null, null, width, height);
    return fromWebdriver(browser, async () => {
      await browser.deleteSession().catch(() => undefined);
      await server.close();
    });
  } catch (error) {
    await server.close();
    throw error;
  }
}

/**
 * In the page: the element `target` names, scrolled to the middle of the viewport, and the
 * point to click it at (a radio's or checkbox's label where it has one, as a finger would).
 * Self-contained: it is sent to the page as source.
 */
function locateInPage(target: { within?: string; selector: string; name?: string; flags?: string; nth?: number }) {
  // Below `root`, its own shadow root included.
  const deep = (root: ParentNode, selector: string): Element[] => {
    const found = [...root.querySelectorAll(selector)];
    const hosts = [...(root instanceof Element ? [root] : []), ...root.querySelectorAll('*')];
    for (const element of hosts) if (element.shadowRoot) found.push(...deep(element.shadowRoot, selector));
    return found;
  };
  const fold = (text: string | null | undefined) => (text ?? '').replace(/\s+/g, ' ').trim();
  const nameOf = (element: Element) => {
    const input = element as HTMLInputElement;
    return fold(element.getAttribute('aria-label')) || fold(input.labels?.[0]?.textContent) || fold(element.textContent);
  };
  const roots: ParentNode[] = target.within ? deep(document, target.within) : [document];
  const pattern = target.name === undefined ? undefined : new RegExp(target.name, target.flags);
  const matches = roots
    .flatMap((root) => deep(root, target.selector))
    .filter((element) => {
      const box = element.getBoundingClientRect();
      const label = (element as HTMLInputElement).labels?.[0]?.getBoundingClientRect();
      return (box.width > 0 && box.height > 0) || (label && label.width > 0);
    })
    .filter((element) => !pattern || pattern.test(nameOf(element)));
  const element = matches[target.nth ?? 0];
  if (!element) return undefined;
  element.scrollIntoView({ block: 'center', inline: 'nearest' });
  const input = element as HTMLInputElement;
  const clickable = (input.type === 'radio' || input.type === 'checkbox') && input.labels?.[0] ? input.labels[0] : element;
  const box = clickable.getBoundingClientRect();
  return {
    x: box.left + box.width / 2,
    y: box.top + box.height / 2,
    name: nameOf(element),
    value: (element as HTMLInputElement).value,
    disabled: element.getAttribute('aria-disabled') === 'true' || (element as HTMLButtonElement).disabled === true,
  };
}

export interface Located {
  x: number;
  y: number;
  name: string;
  /** A field's value. */
  value: string | undefined;
  disabled: boolean;
}

function serialize(target: Target) {
  const { name } = target;
  return {
    ...target,
    name: name instanceof RegExp ? name.source : name === undefined ? undefined : `^${name.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}$`,
    flags: name instanceof RegExp ? name.flags : '',
  };
}

function describeTarget(target: Target): string {
  return `${target.within ? `${target.within} ` : ''}${target.selector}${target.name ? ` named ${String(target.name)}` : ''}`;
}

/** Waits until `target` is on screen (and, with `enabled`, not disabled); gives its point. */
export async function waitFor(page: EnginePage, target: Target, { timeout = 15_000, enabled = false } = {}): Promise<Located> {
  const deadline = Date.now() + timeout;
  for (;;) {
    // A page being replaced (after a link's click) has nothing to evaluate in: look again.
    const found = await page.evaluate(locateInPage, serialize(target)).catch(() => undefined);
    if (found && (!enabled || !found.disabled)) return found;
    if (Date.now() > deadline) throw new Error(`${page.engine}: never found ${describeTarget(target)}${found ? ' enabled' : ''}`);
    await new Promise((resolve) => setTimeout(resolve, 100));
  }
}

/**
 * Waits for `target`, enabled and standing still (a popup may open first and be placed a
 * moment later, as Playwright's own clicks wait for), and clicks it with the pointer.
 */
export async function click(page: EnginePage, target: Target): Promise<void> {
  let found = await waitFor(page, target, { enabled: true });
  for (let attempt = 0; attempt < 50; attempt++) {
    await new Promise((resolve) => setTimeout(resolve, 100));
    const again = await waitFor(page, target, { enabled: true });
    const still = again.x === found.x && again.y === found.y;
    found = again;
    if (still) break;
  }
  await page.clickAt(found.x, found.y);
}

/** Waits until `fn` returns true in the page. */
export async function waitUntil<A>(page: EnginePage, fn: (arg: A) => boolean, arg: A, what: string, timeout = 15_000): Promise<void> {
  const deadline = Date.now() + timeout;
  while (!(await page.evaluate(fn, arg).catch(() => false))) {
    if (Date.now() > deadline) throw new Error(`${page.engine}: timed out waiting until ${what}`);
    await new Promise((resolve) => setTimeout(resolve, 100));
  }
}
