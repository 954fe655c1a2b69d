/**
 * Long waits without waiting: while installed, every `setTimeout` of `threshold` ms or more
 * (the simulator's latency, the client's 15 s time limit, Retry-After, backoff) waits on a
 * virtual clock that `advance()` moves, while short timers (polling, the test runner's own)
 * stay real. So a test of a 10-second latency or of a timed-out request takes milliseconds.
 *
 * `Date` is left alone: the elements and the simulator read the real clock.
 */

interface Waiting {
  id: number;
  /** How long it was asked to wait. */
  ms: number;
  at: number;
  run: () => void;
}

/** Real time for the page to act on what a fired timer started (a fetch through the service worker). */
function settle(ms = 25): Promise<void> {
  return new Promise((resolve) => realSetTimeout(resolve, ms));
}

const realSetTimeout = globalThis.setTimeout.bind(globalThis);
const realClearTimeout = globalThis.clearTimeout.bind(globalThis);

export class VirtualWaits {
  /** Virtual milliseconds since `install()`. */
  now = 0;
  private waiting: Waiting[] = [];
  private nextId = -1;

  constructor(private readonly threshold = 100) {}

  install(): this {
    const fake = (handler: TimerHandler, ms = 0, ...args: unknown[]): number => {
      if (ms < this.threshold || typeof handler !== 'function') return realSetTimeout(handler, ms, ...args);
      const id = this.nextId--;
      this.waiting.push({ id, ms, at: this.now + ms, run: () => (handler as (...a: unknown[]) => void)(...args) });
      return id;
    };
    globalThis.setTimeout = fake as typeof setTimeout;
    globalThis.clearTimeout = ((id?: number) => {
      if (typeof id === 'number' && id < 0) this.waiting = this.waiting.filter((waiting) => waiting.id !== id);
      else realClearTimeout(id);
    }) as typeof clearTimeout;
    return this;
  }

  uninstall(): void {
    globalThis.setTimeout = realSetTimeout;
    globalThis.clearTimeout = realClearTimeout;
    this.waiting = [];
  }

  /** How many virtual waits are pending. */
  get pending(): number {
    return this.waiting.length;
  }

  /** Moves the virtual clock by `ms`, firing what falls due in order, with real time after each for what it starts. */
  async advance(ms: number): Promise<void> {
    const target = this.now + ms;
    for (;;) {
      await settle();
      const due = this.waiting.filter((waiting) => waiting.at <= target).sort((a, b) => a.at - b.at || b.id - a.id)[0];
      if (!due) break;
      this.waiting = this.waiting.filter((waiting) => waiting !== due);
      this.now = due.at;
      due.run();
    }
    this.now = target;
    await settle();
  }

  /**
   * Advances `step` ms at a time until `condition` holds: for chains of waits (retries after
   * time-outs) whose next wait begins only once a real round trip has ended.
   */
  async advanceUntil(condition: () => unknown, step = 1000, limit = 300_000): Promise<void> {
    const end = this.now + limit;
    while (!condition()) {
      if (this.now >= end) throw new Error(`Nothing happened within ${limit} virtual ms`);
      await this.advance(step);
    }
  }

  /**
   * Waits (really) until a virtual wait of `ms` is pending (any, when left out): the request
   * reached the simulator's latency, or the client began the wait a Retry-After asked for.
   */
  async untilWaiting(ms?: number, limit = 4000): Promise<void> {
    const end = performance.now() + limit;
    while (!this.waiting.some((waiting) => ms === undefined || waiting.ms === ms)) {
      if (performance.now() > end) throw new Error(`No virtual wait${ms === undefined ? '' : ` of ${ms} ms`} began within ${limit} ms`);
      await settle(5);
    }
  }
}
