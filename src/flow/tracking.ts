/**
 * Campaign (UTM) parameters of the host page, read when a booking is confirmed and sent with
 * it as `tracking` (see docs/api.md), and nowhere else.
 */
import { Tracking } from '../api/schemas.js';

const fields = ['source', 'medium', 'campaign', 'term', 'content'] as const;

/**
 * The `utm_*` parameters of a query string, each checked by the contract's own schema; a value
 * that does not pass is left out. Undefined when none is left.
 */
export function trackingFromQuery(search: string): Tracking | undefined {
  const params = new URLSearchParams(search);
  const tracking: Tracking = {};
  for (const field of fields) {
    const checked = Tracking.shape[field].safeParse(params.get(`utm_${field}`) ?? undefined);
    if (checked.success && checked.data !== undefined) tracking[field] = checked.data;
  }
  return Object.keys(tracking).length > 0 ? tracking : undefined;
}
