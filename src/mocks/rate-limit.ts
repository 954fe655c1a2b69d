/**
 * An optional request budget, so the simulator can show a back end's rate limiting: at most
 * `requests` answers per `windowSeconds`, after which every request is answered 429 with a
 * `Retry-After` of the seconds left in the window. Counted on the real clock, not the
 * simulator's (which a test may have fixed), since it is about how fast requests really come.
 */
import { problemForStatus, type SimResult } from './problems.js';

export interface RateLimit {
  /** Answers allowed per window. */
  requests: number;
  /** The window's length, in seconds. */
  windowSeconds: number;
}

export class RateLimiter {
  private windowStart = 0;
  private count = 0;

  constructor(
    private readonly limit: RateLimit,
    private readonly clock: () => number = () => Date.now(),
  ) {}

  /** Undefined when the request may go on; else the 429 to answer. */
  admit(): SimResult | undefined {
    const now = this.clock();
    const windowMs = this.limit.windowSeconds * 1000;
    if (now - this.windowStart >= windowMs) {
      this.windowStart = now;
      this.count = 0;
    }
    this.count += 1;
    if (this.count <= this.limit.requests) return undefined;
    return problemForStatus(429, Math.max(1, Math.ceil((this.windowStart + windowMs - now) / 1000)));
  }

  reset(): void {
    this.windowStart = 0;
    this.count = 0;
  }
}
