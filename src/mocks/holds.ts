/**
 * Held times: a slot kept for one patient while they type their details. Plain state on the
 * simulator's clock; a hold ends by itself at `until`, when it is booked, or when released.
 * Nobody else can hold or book a held slot (see the simulator's `hold` and `book`).
 */
import type { Hold } from '../api/holds.js';
import { formatInstant } from '../time/instants.js';
import { slotKey } from './schedule.js';

export interface HoldRecord {
  id: string;
  variantId: string;
  locationId: string;
  /** Epoch milliseconds of the slot's start and end. */
  start: number;
  end: number;
  /** Epoch milliseconds when the hold ends. */
  until: number;
}

/** How long a hold lasts when the simulator is not told otherwise: ten minutes, as clinic systems often keep one. */
export const defaultHoldSeconds = 600;

export class HoldBook {
  private holds = new Map<string, HoldRecord>();

  /** The hold with this id, if it has not ended by `now`. */
  active(id: string | undefined, now: number): HoldRecord | undefined {
    const hold = id === undefined ? undefined : this.holds.get(id);
    return hold && hold.until > now ? hold : undefined;
  }

  /** The keys (`slotKey`) of the slots held at `now`, but for the hold `except` (the patient's own). */
  heldKeys(now: number, except?: string): Set<string> {
    const keys = new Set<string>();
    for (const hold of this.holds.values()) {
      if (hold.until > now && hold.id !== except) keys.add(slotKey(hold.variantId, hold.locationId, new Date(hold.start)));
    }
    return keys;
  }

  add(hold: Omit<HoldRecord, 'id'>): HoldRecord {
    const record = { id: `hold_${randomHex(16)}`, ...hold };
    this.holds.set(record.id, record);
    return record;
  }

  /** Ends the hold; true when there was one to end. */
  release(id: string): boolean {
    return this.holds.delete(id);
  }

  clear(): void {
    this.holds.clear();
  }
}

/** A hold as the contract answers it, its instants in the location's time zone. */
export function holdView(hold: HoldRecord, zone: string, now: number): Hold {
  return {
    id: hold.id,
    variantId: hold.variantId,
    locationId: hold.locationId,
    start: formatInstant(new Date(hold.start), zone),
    end: formatInstant(new Date(hold.end), zone),
    heldUntil: formatInstant(new Date(hold.until), zone),
    expiresInSeconds: Math.max(1, Math.round((hold.until - now) / 1000)),
  };
}

function randomHex(bytes: number): string {
  return Array.from(crypto.getRandomValues(new Uint8Array(bytes)), (byte) => byte.toString(16).padStart(2, '0')).join('');
}
