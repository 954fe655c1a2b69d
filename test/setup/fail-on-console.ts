/**
 * Fails a browser test that logs `console.error` or `console.warn` — Lit's dev-mode warnings
 * included — as STYLE.md asks. web-test-runner.config.mjs prepends an import of this module to
 * every browser test file, so it runs after mocha is set up and before Lit loads.
 *
 * Messages are still printed (wtr shows them under "Browser logs"). A test that expects a
 * message calls `allowConsole(/pattern/)`: matching messages are neither recorded nor printed,
 * until the test ends.
 */

export interface ConsoleMessage {
  level: 'error' | 'warn';
  text: string;
}

const logged: ConsoleMessage[] = [];
let allowed: RegExp[] = [];

// Lit announces "Lit is in dev mode" once per page; under wtr that is expected (the
// `development` export condition). Lit skips any warning whose code is already in this set.
const lit = globalThis as { litIssuedWarnings?: Set<string> };
function resetLitWarnings() {
  lit.litIssuedWarnings = new Set(['dev-mode']);
}
resetLitWarnings();

function describeArgument(value: unknown): string {
  if (typeof value === 'string') return value;
  if (value instanceof Error) return value.stack ?? `${value.name}: ${value.message}`;
  try {
    return JSON.stringify(value) ?? String(value);
  } catch {
    return String(value);
  }
}

for (const level of ['error', 'warn'] as const) {
  const original = console[level].bind(console);
  console[level] = (...args: unknown[]) => {
    const text = args.map(describeArgument).join(' ');
    if (allowed.some((pattern) => pattern.test(text))) return; // expected: keep the log quiet
    logged.push({ level, text });
    original(...args);
  };
}

/** Lets the current test log messages matching these patterns. */
export function allowConsole(...patterns: RegExp[]): void {
  allowed.push(...patterns);
}

/** Returns and forgets what was logged since the last call. */
export function takeConsoleMessages(): ConsoleMessage[] {
  return logged.splice(0);
}

// A root-level hook: it runs after every test of the file, and what the file logs while it
// loads fails its first test. `this.test` is the hook itself; `Hook#error(err)` makes mocha
// fail the *current test* with err and go on with the next one, where throwing from the hook
// would abort the rest of the suite.
afterEach(function failOnConsole() {
  allowed = [];
  resetLitWarnings(); // so the same Lit warning fails every test that causes it, not only the first
  const messages = takeConsoleMessages();
  if (messages.length === 0) return;
  const list = messages.map((m) => `  console.${m.level}: ${m.text}`).join('\n');
  // Hook#error exists in mocha but is missing from @types/mocha.
  (this.test as (Mocha.Runnable & { error(error: unknown): void }) | undefined)?.error(
    new Error(`The test logged ${messages.length} console message(s):\n${list}`),
  );
});
