/**
 * Campaign (UTM) parameters and ad click ids of the host page, read when a booking is confirmed
 * and sent with it as `tracking` (see docs/api.md), and nowhere else: not in events, not in
 * the data layer, not in storage.
 */
import { Tracking, clickIdNames } from '../api/schemas.js';

const fields = ['source', 'medium', 'campaign', 'term', 'content'] as const;

/**
 * The `utm_*` parameters and the click ids (`gclid`, `gbraid`, `wbraid`, `fbclid`, `msclkid`)
 * of a query string, each checked by the contract's own schema; a value that does not pass is
 * left out. Undefined when none is left.
 */
export function trackingFromQuery(search: string): Tracking | undefined {
  const params = new URLSearchParams(search);
  const tracking: Tracking = {};
  const read = (field: keyof Tracking, param: string) => {
    const checked = Tracking.shape[field].safeParse(params.get(param) ?? undefined);
    if (checked.success && checked.data !== undefined) tracking[field] = checked.data;
  };
  for (const field of fields) read(field, `utm_${field}`);
  for (const name of clickIdNames) read(name, name);
  return Object.keys(tracking).length > 0 ? tracking : undefined;
}
