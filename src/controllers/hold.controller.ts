/**
 * Holds the time the patient picked while they type their details (issue 21, part 3): asks the
 * API to hold it, wakes the host twice (two minutes before the end, and at the end) rather than
 * every second, and lets the hold go when the patient does: another time, Back, the element
 * leaving the page, the popup around it closing (`circle-dialog-closed` from an ancestor), the
 * page itself closing (`pagehide`). Releases are best effort and never retried: a hold ends on
 * its own anyway; when the page may be closing they are sent with `keepalive`.
 *
 * The state and its rules are plain functions in flow/holds.ts; this only runs them. The booking
 * flow fetches this module once it is on screen (booking-flow.ts), with flow/holds.ts.
 */
import type { ReactiveController, ReactiveControllerHost } from 'lit';
import { newIdempotencyKey, type ApiClient } from '../api/client.js';
import { createHold, releaseHold } from '../api/holds.js';
import type { Slot } from '../api/schemas.js';
import * as holds from '../flow/holds.js';
import { noHold, type HoldState } from '../flow/hold-state.js';

/** Whether `outer` contains `inner`, looking out through shadow roots. */
function contains(outer: Node, inner: Node): boolean {
  for (let node: Node | null = inner; node; node = node.parentNode ?? (node instanceof ShadowRoot ? node.host : null)) {
    if (node === outer) return true;
  }
  return false;
}

export interface HoldTarget {
  variantId: string;
  locationId: string;
}

export class HoldController implements ReactiveController {
  /** Where the hold stands, as of the last wake-up. */
  state: HoldState = noHold;
  /** What screen readers were last to be told, with a key per occurrence (for the live region). */
  said?: { key: string; what: 'two-minutes' | 'ended' };
  private timer?: ReturnType<typeof setTimeout>;
  private lastWake = Date.now();
  private count = 0;
  /** The hold request under way, if any. */
  private pending?: Promise<void>;
  private readonly onPageHide = () => this.release(true);
  /** A popup closed: if it holds this element (through any shadow roots), the patient left the booking. */
  private readonly onDialogClosed = (event: Event) => {
    if (event.target instanceof Node && this.host instanceof Node && contains(event.target, this.host)) this.release();
  };

  constructor(
    private readonly host: ReactiveControllerHost,
    private readonly client: () => ApiClient | undefined,
    /** Told when the time is lost to someone else, as it is shown: the element fires circle-error. */
    private readonly onLost: (error: unknown) => void = () => {},
  ) {
    host.addController(this);
  }

  hostConnected(): void {
    addEventListener('pagehide', this.onPageHide);
    addEventListener('circle-dialog-closed', this.onDialogClosed);
  }

  hostDisconnected(): void {
    removeEventListener('pagehide', this.onPageHide);
    removeEventListener('circle-dialog-closed', this.onDialogClosed);
    // Perhaps the page is going: the release must outlive it.
    this.release(true);
  }

  /** Asks to hold `slot`, letting go of a hold on any other time first. */
  hold(target: HoldTarget, slot: Slot): void {
    const current = this.state;
    if ((current.status === 'holding' || current.status === 'held') && current.slot.start !== slot.start) this.release();
    const key = newIdempotencyKey();
    const next = holds.holding(this.state, slot, key);
    if (next === this.state || next.status !== 'holding') return;
    this.set(next);
    const client = this.client();
    if (!client) return this.set(holds.holdFailed(this.state, slot, undefined));
    const request = createHold(client, { ...target, start: slot.start }, { idempotencyKey: key }).then(
      (hold) => {
        if (this.state.status !== 'holding' || this.state.key !== key) {
          // Let go meanwhile (another time, Back): the hold that arrived is not wanted.
          void releaseHold(client, hold.id).catch(() => {});
          return;
        }
        this.set(holds.held(this.state, hold, Date.now()));
      },
      (error: unknown) => {
        if (this.state.status !== 'holding' || this.state.key !== key) return;
        const next = holds.holdFailed(this.state, slot, error);
        this.set(next);
        if (next.status === 'lost') this.onLost(error);
      },
    );
    this.pending = request;
    void request.finally(() => {
      if (this.pending === request) this.pending = undefined;
    });
  }

  /**
   * Resolves once the hold asked for has its answer: a booking confirmed meanwhile would go
   * without its hold, and be refused the very time this patient holds.
   */
  settled(): Promise<void> {
    return this.pending ?? Promise.resolve();
  }

  /** Lets the held time go (best effort); nothing is held afterwards. `keepalive` when the page may be closing. */
  release(keepalive = false): void {
    const { state, release } = holds.released(this.state);
    const client = this.client();
    if (release && client) void releaseHold(client, release, { keepalive }).catch(() => {});
    if (state !== this.state) this.set(state);
  }

  /** The booking went through: the API ended the hold itself. */
  booked(): void {
    this.set(holds.booked(this.state));
  }

  /** The lost or expired time was dealt with (the patient chose another): back to nothing held. */
  clear(): void {
    if (this.state.status === 'lost' || this.state.status === 'expired' || this.state.status === 'unheld') this.set(noHold);
  }

  /** The hold id to send with the booking of `slot`, if it is still held. */
  holdIdFor(slot: Slot | undefined): string | undefined {
    return holds.holdIdFor(this.state, slot, Date.now());
  }

  private set(state: HoldState): void {
    this.state = state;
    this.schedule();
    this.host.requestUpdate();
  }

  /** Wakes at the next moment worth a word: two minutes left, then the end. */
  private schedule(): void {
    clearTimeout(this.timer);
    this.timer = undefined;
    this.lastWake = Date.now();
    const { state } = this;
    if (state.status !== 'held') return;
    const warnAt = state.endsAt - holds.warnAtSeconds * 1000;
    const at = this.lastWake < warnAt ? warnAt : state.endsAt;
    this.timer = setTimeout(() => this.wake(), Math.max(0, at - this.lastWake));
  }

  private wake(): void {
    const now = Date.now();
    const what = holds.announcementBetween(this.state, this.lastWake - 1, now);
    if (what) this.said = { key: `${what}:${++this.count}`, what };
    this.set(holds.atTime(this.state, now));
  }
}
