/**
 * Loads what an element shows (the booking catalog, an appointment) through the API, and says
 * where that stands: pending (keeping the last value, if any), complete or failed.
 *
 * A run starts before a render whenever `args` changed, and aborts the run under way through its
 * AbortSignal. Leaving the page aborts it too, and the run is owed again on return: without
 * that, an element taken off the page mid-load keeps its request, the answer and itself alive
 * until the API answers, and a page that mounts and unmounts elements (a single-page app, a
 * popup) piles them up. A run stopped that way leaves nothing behind: no error, no event.
 */
import type { ReactiveController, ReactiveControllerHost } from 'lit';

export interface Load<A extends readonly unknown[], T> {
  /** What to load, read before each render; undefined when there is nothing to load. */
  args: () => A | undefined;
  load: (args: A, signal: AbortSignal) => Promise<T>;
  onComplete?: (value: T) => void;
  /** Told of each failed run; never of one aborted by a newer run or by leaving the page. */
  onError?: (error: unknown) => void;
}

/** @internal The package's own, not its API: left out of custom-elements.json. */
export class LoadController<A extends readonly unknown[], T> implements ReactiveController {
  status: 'pending' | 'complete' | 'error' = 'pending';
  /** The last run's value; kept while the next one is pending. */
  value?: T;
  error?: unknown;
  /** The arguments of the last run; undefined before one, and after one was stopped by leaving. */
  private args?: A | undefined;
  /** Aborts the run under way; set only while one is. */
  private running?: AbortController | undefined;

  constructor(
    private readonly host: ReactiveControllerHost & { readonly isConnected: boolean },
    private readonly options: Load<A, T>,
  ) {
    host.addController(this);
  }

  hostUpdate(): void {
    const args = this.options.args();
    if (args && this.args?.every((arg, i) => arg === args[i])) return;
    this.running?.abort();
    this.running = undefined;
    this.args = args;
    if (args) void this.run();
  }

  /** Back on the page after a run was stopped by leaving: run it again. */
  hostConnected(): void {
    if (!this.args) this.host.requestUpdate();
  }

  hostDisconnected(): void {
    this.leave();
  }

  /** An update still due when the host left (one waiting for its language, say) may start a run: stop that too. */
  hostUpdated(): void {
    if (!this.host.isConnected) this.leave();
  }

  /** Loads again with the same arguments: Try again, or a refresh after a change was refused. */
  async run(): Promise<void> {
    this.running?.abort();
    const running = (this.running = new AbortController());
    this.status = 'pending';
    this.host.requestUpdate();
    try {
      const value = await this.options.load(this.args!, running.signal);
      if (running.signal.aborted) return;
      this.options.onComplete?.(value);
      this.status = 'complete';
      this.value = value;
    } catch (error) {
      if (running.signal.aborted) return;
      this.options.onError?.(error);
      this.status = 'error';
      this.value = undefined;
      this.error = error;
    }
    this.running = undefined;
    this.host.requestUpdate();
  }

  /** Stops the run under way and forgets what was loaded: nothing of it stays in memory. */
  forget(): void {
    this.leave();
    this.args = this.value = this.error = undefined;
    this.status = 'pending';
  }

  /** Stops the run under way, if any, and forgets its arguments, so that it runs again on return. */
  private leave(): void {
    if (!this.running) return;
    this.running.abort();
    this.running = undefined;
    this.args = undefined;
  }
}
