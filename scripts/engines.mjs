// The three browser engines the tests drive, found on this machine, never downloaded (the test
// tools cannot download browsers here; CI installs Debian's, see .ci/run):
// - Chromium: Debian's `chromium` (scripts/find-chromium.mjs), driven by playwright-core.
// - Firefox: Debian's `firefox-esr`, driven over WebDriver BiDi by puppeteer-core (Firefox's
//   own remote agent; no geckodriver).
// - WebKit: WebKitGTK's MiniBrowser under WebKitWebDriver (W3C WebDriver), on an Xvfb display
//   this module starts and stops.
// `node scripts/engines.mjs [chromium firefox webkit]` prints what it found, or for each engine
// missing how to install it, and exits 1.
import { spawn } from 'node:child_process';
import { existsSync, readdirSync } from 'node:fs';
import { createServer } from 'node:net';
import { delimiter, join } from 'node:path';
import { findChromium, isMainModule } from './find-chromium.mjs';

export const engineNames = /** @type {const} */ (['chromium', 'firefox', 'webkit']);

/** What to install, on Debian as root, to get each engine. */
export const installCommands = {
  chromium: 'apt-get install -y chromium',
  firefox: 'apt-get install -y firefox-esr',
  webkit: 'apt-get install -y webkit2gtk-driver xvfb',
};

/**
 * The engines to test in: BROWSERS (comma-separated, e.g. `BROWSERS=chromium npm test` for a
 * quick local run), else all three.
 */
export function selectedEngines(value = process.env.BROWSERS) {
  if (!value) return [...engineNames];
  const names = value
    .split(',')
    .map((name) => name.trim().toLowerCase())
    .filter(Boolean);
  const unknown = names.filter((name) => !engineNames.includes(name));
  if (unknown.length > 0) throw new Error(`BROWSERS names ${unknown.join(', ')}; known engines: ${engineNames.join(', ')}.`);
  return names;
}

function onPath(name) {
  for (const folder of (process.env.PATH ?? '').split(delimiter)) {
    const path = join(folder, name);
    if (folder && existsSync(path)) return path;
  }
  return undefined;
}

function missing(engine, what, variable) {
  const set = variable ? `Set ${variable}, or on` : 'On';
  return new Error(`${engine}: no ${what} found. ${set} Debian as root: ${installCommands[engine.toLowerCase()]}`);
}

/** Firefox (ESR or release): FIREFOX_PATH if it exists, else the system's. */
export function findFirefox() {
  const fromEnv = process.env.FIREFOX_PATH;
  if (fromEnv && existsSync(fromEnv)) return fromEnv;
  const found = ['/usr/lib/firefox-esr/firefox-esr', '/usr/bin/firefox-esr', '/usr/bin/firefox'].find((path) => existsSync(path));
  if (found) return found;
  throw missing('Firefox', 'firefox-esr', 'FIREFOX_PATH');
}

/** WebKitGTK's MiniBrowser, WebKitWebDriver and Xvfb, all three needed. */
export function findWebKit() {
  const driver = process.env.WEBKIT_WEBDRIVER ?? onPath('WebKitWebDriver');
  if (!driver || !existsSync(driver)) throw missing('WebKit', 'WebKitWebDriver', 'WEBKIT_WEBDRIVER');
  const libs = existsSync('/usr/lib') ? readdirSync('/usr/lib').map((name) => join('/usr/lib', name)) : [];
  const miniBrowser = ['/usr/lib', ...libs]
    .flatMap((folder) => ['webkit2gtk-4.1', 'webkitgtk-6.0', 'webkit2gtk-4.0'].map((name) => join(folder, name, 'MiniBrowser')))
    .find((path) => existsSync(path));
  if (!miniBrowser) throw missing('WebKit', "WebKitGTK's MiniBrowser");
  const xvfb = onPath('Xvfb');
  if (!xvfb) throw missing('WebKit', 'Xvfb (a display for it)');
  return { driver, miniBrowser, xvfb };
}

/** Paths for each engine asked for, or the errors saying how to install those missing. */
export function checkEngines(names = selectedEngines()) {
  const found = {};
  const problems = [];
  for (const name of names) {
    try {
      found[name] = name === 'chromium' ? findChromium() : name === 'firefox' ? findFirefox() : findWebKit();
    } catch (error) {
      problems.push(name === 'chromium' ? `Chromium: ${error.message}` : error.message);
    }
  }
  return { found, problems };
}

/** Throws one error naming every missing engine and how to get it. */
export function requireEngines(names = selectedEngines()) {
  const { found, problems } = checkEngines(names);
  if (problems.length > 0) {
    throw new Error(
      `The tests run in ${names.join(', ')}; missing:\n  ${problems.join('\n  ')}\n` +
        'Or test in fewer engines for now, e.g. BROWSERS=chromium npm test (CI runs all three).',
    );
  }
  return found;
}

/** A TCP port free on 127.0.0.1 now. */
export function freePort() {
  return new Promise((resolve, reject) => {
    const server = createServer();
    server.once('error', reject);
    server.listen(0, '127.0.0.1', () => {
      const { port } = server.address();
      server.close(() => resolve(port));
    });
  });
}

/**
 * Children to kill if this process ends before their `close()` (a run stopped with Ctrl+C or
 * a CI time-out): Xvfb and WebKitWebDriver would otherwise outlive it, MiniBrowser with them.
 */
const children = new Set();
let exitHooked = false;

function track(child) {
  children.add(child);
  child.once('exit', () => children.delete(child));
  if (exitHooked) return;
  exitHooked = true;
  process.once('exit', () => children.forEach((running) => running.kill('SIGKILL')));
  for (const signal of ['SIGINT', 'SIGTERM', 'SIGHUP']) {
    process.once(signal, () => {
      children.forEach((running) => running.kill('SIGKILL'));
      process.kill(process.pid, signal);
    });
  }
}

function stopChild(child) {
  return new Promise((resolve) => {
    if (child.exitCode !== null || child.signalCode !== null) return resolve();
    child.once('exit', () => resolve());
    child.kill('SIGTERM');
    setTimeout(() => child.kill('SIGKILL'), 3000).unref();
  });
}

/** Starts Xvfb on a display number it picks itself (so parallel runs never collide). */
export async function startXvfb(xvfb = findWebKit().xvfb) {
  const child = spawn(xvfb, ['-displayfd', '3', '-screen', '0', '1280x1024x24', '-nolisten', 'tcp'], {
    stdio: ['ignore', 'ignore', 'pipe', 'pipe'],
  });
  track(child);
  let stderr = '';
  child.stderr.on('data', (chunk) => (stderr += chunk));
  const display = await new Promise((resolve, reject) => {
    child.stdio[3].once('data', (data) => resolve(`:${String(data).trim()}`));
    child.once('exit', (code) => reject(new Error(`Xvfb stopped (${code}) before it was ready: ${stderr.trim()}`)));
  });
  return { display, close: () => stopChild(child) };
}

/**
 * Starts Xvfb and WebKitWebDriver on it. `capabilities` open a MiniBrowser session; it runs
 * full screen, since its header bar would otherwise keep the window at least 447 px wide, and
 * full screen the window's size is the viewport's (390 px is 390 px).
 */
export async function startWebKitDriver() {
  const { driver, miniBrowser, xvfb } = findWebKit();
  const screen = await startXvfb(xvfb);
  const port = await freePort();
  const child = spawn(driver, [`--port=${port}`], { env: { ...process.env, DISPLAY: screen.display }, stdio: ['ignore', 'ignore', 'pipe'] });
  track(child);
  let stderr = '';
  child.stderr.on('data', (chunk) => (stderr += chunk));
  const url = `http://127.0.0.1:${port}`;
  const close = async () => {
    await stopChild(child);
    await screen.close();
  };
  for (let attempt = 0; ; attempt++) {
    try {
      if ((await fetch(`${url}/status`)).ok) break;
    } catch {
      // not listening yet
    }
    if (attempt > 100 || child.exitCode !== null) {
      await close();
      throw new Error(`WebKitWebDriver did not answer on ${url}: ${stderr.trim()}`);
    }
    await new Promise((resolve) => setTimeout(resolve, 100));
  }
  const capabilities = {
    // webdriverio would ask for WebDriver BiDi, which WebKitWebDriver does not speak.
    'wdio:enforceWebDriverClassic': true,
    'webkitgtk:browserOptions': { binary: miniBrowser, args: ['--automation', '--full-screen'] },
  };
  return { url, port, display: screen.display, capabilities, close };
}

if (isMainModule(import.meta.url)) {
  try {
    const names = process.argv.length > 2 ? selectedEngines(process.argv.slice(2).join(',')) : selectedEngines();
    const { found, problems } = checkEngines(names);
    for (const [name, where] of Object.entries(found)) console.log(`${name}: ${typeof where === 'string' ? where : Object.values(where).join(', ')}`);
    for (const problem of problems) console.error(problem);
    process.exit(problems.length > 0 ? 1 : 0);
  } catch (error) {
    console.error(error instanceof Error ? error.message : String(error));
    process.exit(1);
  }
}
