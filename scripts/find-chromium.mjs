// Finds a Chromium the test tools can drive. Nothing here downloads a browser: on these
// machines the test tools cannot, so CI installs Debian's `chromium` (see .ci/run).
// `node scripts/find-chromium.mjs` prints the path, or one line on stderr and exits 1.
import { existsSync, realpathSync } from 'node:fs';
import { fileURLToPath } from 'node:url';

/** Where Chromium or Chrome lives, best first. The first avoids the Debian wrapper's noise. */
export const chromiumCandidates = [
  '/usr/lib/chromium/chromium',
  '/usr/bin/chromium',
  '/usr/bin/chromium-browser',
  '/usr/bin/google-chrome',
  '/usr/bin/google-chrome-stable',
  '/Applications/Google Chrome.app/Contents/MacOS/Google Chrome',
];

/** Flags for headless runs in containers; root needs --no-sandbox. */
export const chromiumArgs = [
  '--no-sandbox',
  '--disable-gpu',
  '--disable-dev-shm-usage',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
  '--no-first-run',
  '--disable-quic',
];

export const noChromiumMessage = 'No Chromium found. Set CHROME_PATH, or on Debian as root: apt-get install -y chromium';

/** The path of the Chromium to use: CHROME_PATH if it exists, else the first candidate found. */
export function findChromium() {
  const fromEnv = process.env.CHROME_PATH;
  if (fromEnv && existsSync(fromEnv)) return fromEnv;
  const found = chromiumCandidates.find((path) => existsSync(path));
  if (found) return found;
  throw new Error(noChromiumMessage);
}

/** Whether the module at `moduleUrl` (its `import.meta.url`) is the script Node was started with. */
export function isMainModule(moduleUrl) {
  try {
    return realpathSync(process.argv[1] ?? '') === realpathSync(fileURLToPath(moduleUrl));
  } catch {
    return false;
  }
}

if (isMainModule(import.meta.url)) {
  try {
    console.log(findChromium());
  } catch (error) {
    console.error(error instanceof Error ? error.message : String(error));
    process.exit(1);
  }
}
