/** The checker's output: one line per check as it ends, a failure's details under it, a summary. */
import type { CheckResult } from './probe.js';
import { interrupted, unreachable } from './session.js';
import type { CheckApiReport } from './run.js';

const marks = { pass: 'PASS', fail: 'FAIL', skip: 'SKIP' } as const;

/** The lines of one check's result. */
export function formatResult(result: CheckResult): string {
  const head = `${marks[result.status]}  ${result.title}  [${result.id}]`;
  if (result.status === 'skip') return `${head}\n        skipped: ${result.note ?? ''}`;
  if (result.status === 'pass') return result.note ? `${head}  (${result.note})` : head;
  return [
    head,
    ...(result.request ? [`        request:  ${result.request}`] : []),
    `        expected: ${result.expected ?? ''}`,
    `        got:      ${result.got ?? ''}`,
  ].join('\n');
}

export function formatHeading(baseUrl: string): string {
  return `Checking ${baseUrl} against the circle-booking API contract\n`;
}

export function formatSummary(report: CheckApiReport): string {
  const { passed, failed, skipped } = report.summary;
  const notRun = report.checks.filter((check) => check.note === unreachable).length;
  const cut = report.checks.filter((check) => check.note === interrupted).length;
  const stopped =
    (notRun ? `\nStopped: ${report.baseUrl} could not be reached, so ${notRun} checks did not run.` : '') +
    (cut ? `\nInterrupted: ${cut} checks did not run.` : '');
  const verdict = report.ok
    ? 'The API meets every check that ran.'
    : 'The API does not meet the contract: see FAIL above, and docs/integrating.md for each check.';
  return `${stopped}\n${passed} passed, ${failed} failed, ${skipped} skipped. ${verdict}`;
}
