// @web/test-runner launchers for the three engines (see scripts/engines.mjs for where each
// comes from). Each presents the page API wtr's built-in commands (sendKeys, sendMouse,
// setViewport, emulateMedia) already know, so the tests call the same commands everywhere.
import { chromeLauncher } from '@web/test-runner-chrome';
import { playwrightLauncher } from '@web/test-runner-playwright';
import { WebdriverLauncher } from '@web/test-runner-webdriver';
import * as puppeteer from 'puppeteer-core';
import { chromiumArgs } from './find-chromium.mjs';
import { requireEngines, selectedEngines, startWebKitDriver } from './engines.mjs';

/** Playwright's key names that puppeteer's WebDriver BiDi keyboard does not know. */
const bidiKeys = { Space: ' ' };

/**
 * Firefox over WebDriver BiDi (its own remote agent), through puppeteer-core. Its keyboard
 * takes playwright's names and combinations ("Shift+Tab"), as the tests write them.
 */
function firefoxLauncher(executablePath) {
  const launcher = chromeLauncher({
    puppeteer,
    launchOptions: { browser: 'firefox', executablePath, headless: true },
  });
  const getPage = launcher.getPage.bind(launcher);
  launcher.getPage = (sessionId) => {
    const page = getPage(sessionId);
    const { keyboard } = page;
    const name = (key) => bidiKeys[key] ?? key;
    const keys = {
      press: async (combination) => {
        const parts = combination.length > 1 ? combination.split('+').map(name) : [combination];
        for (const key of parts) await keyboard.down(key);
        for (const key of parts.reverse()) await keyboard.up(key);
      },
      down: (key) => keyboard.down(name(key)),
      up: (key) => keyboard.up(name(key)),
      type: (text) => keyboard.type(text),
    };
    return new Proxy(page, {
      get(target, property) {
        if (property === 'keyboard') return keys;
        const value = Reflect.get(target, property, target);
        // The page's methods use private fields: call them on the page, not on this proxy.
        return typeof value === 'function' ? value.bind(target) : value;
      },
    });
  };
  return launcher;
}

/** WebDriver's codes for the named keys the tests press (W3C WebDriver, "Keyboard actions"). */
const webdriverKeys = {
  Backspace: '\uE003',
  Tab: '\uE004',
  Enter: '\uE007',
  Shift: '\uE008',
  Control: '\uE009',
  Alt: '\uE00A',
  Escape: '\uE00C',
  Space: ' ',
  PageUp: '\uE00E',
  PageDown: '\uE00F',
  End: '\uE010',
  Home: '\uE011',
  ArrowLeft: '\uE012',
  ArrowUp: '\uE013',
  ArrowRight: '\uE014',
  ArrowDown: '\uE015',
  Delete: '\uE017',
  Meta: '\uE03D',
};

function webdriverKey(name) {
  const code = webdriverKeys[name] ?? (name.length === 1 ? name : undefined);
  if (code === undefined) throw new Error(`No WebDriver code for the key "${name}"`);
  return code;
}

/** "Shift+Tab" as key actions: modifiers down, the key down and up, modifiers up. */
function pressActions(combination) {
  const keys = combination.split('+').map(webdriverKey);
  return [...keys.map((value) => ({ type: 'keyDown', value })), ...keys.reverse().map((value) => ({ type: 'keyUp', value }))];
}

const buttons = { left: 0, middle: 1, right: 2 };

/**
 * WebKitGTK's MiniBrowser under WebKitWebDriver, which this launcher starts (with its Xvfb
 * display) and stops. The tests run in the top-level page (concurrency 1), so the window's
 * size is the viewport's.
 */
class WebKitLauncher extends WebdriverLauncher {
  constructor() {
    super({ capabilities: { browserName: 'MiniBrowser' }, hostname: '127.0.0.1', port: 0, logLevel: 'error' });
  }

  async initialize(config, testFiles) {
    if (config.concurrency !== 1) throw new Error('The WebKit launcher runs test files one at a time: set concurrency: 1.');
    this.server = await startWebKitDriver();
    this.options.port = this.server.port;
    this.options.capabilities = this.server.capabilities;
    await super.initialize(config, testFiles);
    this.name = 'WebKit';
    // wtr's commands drive a page of this shape (see getPage).
    this.type = 'playwright';
  }

  async stop() {
    await super.stop();
    await this.server?.close();
  }

  /** The few page methods wtr's commands call, as W3C WebDriver actions. */
  getPage() {
    const driver = () => {
      if (!this.driver) throw new Error('WebKit is not started');
      return this.driver;
    };
    const keyActions = (actions) => driver().performActions([{ type: 'key', id: 'keyboard', actions }]);
    const pointer = (actions) => driver().performActions([{ type: 'pointer', id: 'mouse', parameters: { pointerType: 'mouse' }, actions }]);
    const pointerState = { x: 0, y: 0 };
    return {
      keyboard: {
        press: (key) => keyActions(pressActions(key)),
        down: (key) => keyActions([{ type: 'keyDown', value: webdriverKey(key) }]),
        up: (key) => keyActions([{ type: 'keyUp', value: webdriverKey(key) }]),
        type: (text) =>
          keyActions(
            [...text].flatMap((value) => [
              { type: 'keyDown', value },
              { type: 'keyUp', value },
            ]),
          ),
      },
      mouse: {
        move: (x, y) => {
          Object.assign(pointerState, { x: Math.round(x), y: Math.round(y) });
          return pointer([{ type: 'pointerMove', duration: 0, origin: 'viewport', ...pointerState }]);
        },
        click: (x, y, { button = 'left' } = {}) => {
          Object.assign(pointerState, { x: Math.round(x), y: Math.round(y) });
          return pointer([
            { type: 'pointerMove', duration: 0, origin: 'viewport', ...pointerState },
            { type: 'pointerDown', button: buttons[button] },
            { type: 'pointerUp', button: buttons[button] },
          ]);
        },
        down: ({ button = 'left' } = {}) => pointer([{ type: 'pointerDown', button: buttons[button] }]),
        up: ({ button = 'left' } = {}) => pointer([{ type: 'pointerUp', button: buttons[button] }]),
      },
      setViewportSize: ({ width, height }) => driver().setWindowRect(null, null, width, height),
      emulateMedia: () => {
        throw new Error('WebKitWebDriver cannot emulate media features (prefers-color-scheme, forced-colors, reduced motion).');
      },
    };
  }
}

/**
 * The launchers for the engines asked for (BROWSERS, else all three), by engine name
 * (`chromium`, `firefox`, `webkit`); exits saying how to install any missing.
 */
export function engineLaunchers() {
  let found;
  try {
    found = requireEngines(selectedEngines());
  } catch (error) {
    console.error(`\n${error instanceof Error ? error.message : String(error)}\n`);
    process.exit(1);
  }
  const launcherFor = {
    chromium: () =>
      playwrightLauncher({
        product: 'chromium',
        launchOptions: { executablePath: found.chromium, headless: true, args: chromiumArgs },
        // Each file gets a browser context of its own (focus emulated, its own service
        // worker), so two run side by side: much of a file's time is spent waiting.
        concurrency: 2,
      }),
    firefox: () => firefoxLauncher(found.firefox),
    webkit: () => new WebKitLauncher(),
  };
  return Object.fromEntries(Object.keys(found).map((name) => [name, launcherFor[name]()]));
}
