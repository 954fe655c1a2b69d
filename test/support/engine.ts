/**
 * Which engine a browser test runs in (Chromium runs every file; Firefox and WebKit those
 * scripts/browser-test-files.mjs lists). For the few tests that need a driver feature one engine lacks: each such
 * skip says why where it is, and docs/accessibility.md lists them.
 */
export type Engine = 'chromium' | 'firefox' | 'webkit';

export function engineOf(userAgent: string): Engine | undefined {
  if (/\bFirefox\/\d+/.test(userAgent)) return 'firefox';
  if (/\b(HeadlessChrome|Chrome|Chromium)\/\d+/.test(userAgent)) return 'chromium';
  if (/\bAppleWebKit\/[\d.]+/.test(userAgent) && /\bSafari\/[\d.]+/.test(userAgent)) return 'webkit';
  return undefined;
}

export const engine: Engine | undefined = engineOf(navigator.userAgent);

/**
 * WebKit's window (WebKitGTK's MiniBrowser under WebKitWebDriver) never gets narrower than
 * 334 px, whatever size it is asked for: a test of a narrower viewport cannot run there.
 */
export const narrowestViewport = engine === 'webkit' ? 334 : 0;

/** Skips the running test where the engine's window cannot be `width` px wide (see above). */
export function skipIfNarrowerThanWindow(test: Mocha.Context, width: number): void {
  if (width < narrowestViewport) test.skip();
}
