/**
 * `checkApi`: every check, in the order their ids depend on each other. Reads come first and
 * discover the ids the rest use; the test booking (with --writes) is made before the token
 * checks, which may read it, and moved, cancelled and cleaned up after them; the rate limit
 * comes last, since it spends the API's budget.
 */
import { checkAppointmentAccess, checkReads, checkStaffReads, type Known } from './checks-reads.js';
import { checkCors } from './checks-cors.js';
import { checkRateLimit } from './checks-rate-limit.js';
import { WriteChecks, skipWrites } from './checks-writes.js';
import { checkHolds, skipHolds } from './checks-holds.js';
import { checkOptional, skipOptional } from './checks-optional.js';
import type { CheckApiOptions } from './options.js';
import type { CheckResult } from './probe.js';
import { Session } from './session.js';

export interface CheckApiReport {
  baseUrl: string;
  /** True when no check failed. */
  ok: boolean;
  summary: { passed: number; failed: number; skipped: number };
  checks: CheckResult[];
}

export async function checkApi(
  options: Omit<CheckApiOptions, 'json' | 'headers' | 'timeoutMs'> & Partial<Pick<CheckApiOptions, 'headers' | 'timeoutMs'>>,
  onResult?: (result: CheckResult) => void,
  /** Interrupts the run: the checks left are skipped, but the test bookings are still cancelled. */
  signal?: AbortSignal,
): Promise<CheckApiReport> {
  const probeOptions = { baseUrl: options.baseUrl, timeoutMs: options.timeoutMs ?? 10_000, headers: options.headers ?? {}, ...(signal ? { signal } : {}) };
  const session = new Session(probeOptions, onResult);
  const known: Known = {
    ...(options.serviceId ? { serviceId: options.serviceId } : {}),
    ...(options.variantId ? { variantId: options.variantId } : {}),
    ...(options.appointment ? { appointment: options.appointment } : {}),
    ...(options.expired ? { expired: options.expired } : {}),
  };

  await checkReads(session, known);
  await checkStaffReads(session, known, options.staffToken);
  const writes = options.writes ? new WriteChecks(session, known) : undefined;
  if (writes) await writes.book();
  await checkAppointmentAccess(session, known);
  await checkCors(session, known, options.origin);
  if (writes) await writes.change();
  else skipWrites(session, 'give --writes with a test --service or --variant to check bookings');
  // Held times, after the test booking is gone, so a hold left by a failure cannot stand in its way.
  if (writes) await checkHolds(session, known);
  else skipHolds(session, 'give --writes with a test --service or --variant to check held times');
  // Undo and the waitlist (issue #23), optional in the contract: skipped where not offered.
  if (writes) await checkOptional(session, known);
  else skipOptional(session, 'give --writes with a test --service or --variant to check undo and the waitlist');
  await checkRateLimit(session, options.rateLimitRequests);

  const count = (status: CheckResult['status']) => session.results.filter((result) => result.status === status).length;
  const summary = { passed: count('pass'), failed: count('fail'), skipped: count('skip') };
  return { baseUrl: options.baseUrl, ok: summary.failed === 0, summary, checks: session.results };
}
