/**
 * Idempotency keys: a write runs once per key. The same key with the same request replays the
 * first answer exactly; the same key with another request is refused.
 */
import type { RouteName } from '../api/routes.js';
import { problem, type SimResult } from './problems.js';

export class IdempotencyStore {
  private answers = new Map<string, { fingerprint: string; result: SimResult }>();

  /** `scope` tells requests to one route apart beyond their body, e.g. the appointment id. */
  run(route: RouteName, scope: string, key: string | undefined, body: unknown, write: () => SimResult): SimResult {
    if (!key) return problem(422, 'validation', 'Send an Idempotency-Key header with every write.');
    const fingerprint = `${route} ${scope} ${canonicalJson(body)}`;
    const stored = this.answers.get(key);
    if (stored) {
      return stored.fingerprint === fingerprint
        ? structuredClone(stored.result)
        : problem(422, 'idempotency_key_reused', 'This Idempotency-Key was already used for a different request.');
    }
    const result = write();
    this.answers.set(key, { fingerprint, result: structuredClone(result) });
    return result;
  }

  clear(): void {
    this.answers.clear();
  }
}

/** JSON with object keys sorted, so two equal bodies compare equal whatever their key order. */
function canonicalJson(value: unknown): string {
  const sorted = JSON.stringify(value, (_key, inner: unknown) =>
    inner && typeof inner === 'object' && !Array.isArray(inner) ? Object.fromEntries(Object.entries(inner).sort(([a], [b]) => (a < b ? -1 : 1))) : inner,
  );
  return sorted ?? 'undefined';
}
