/**
 * Stops a @lit/task's run when its host leaves the page, and runs it again if the host comes
 * back. @lit/task aborts a run only when a newer one starts, so without this an element taken
 * off the page mid-load keeps its request (and the answer, and itself) alive until the API
 * answers; a page that mounts and unmounts elements (a single-page app, a popup) piles them up.
 */
import type { ReactiveController, ReactiveControllerHost } from 'lit';
import { TaskStatus, type Task } from '@lit/task';

export class AbortOnLeaveController implements ReactiveController {
  /** The run was stopped by leaving, so it is owed again on return. */
  private stopped = false;

  constructor(
    private readonly host: ReactiveControllerHost & { readonly isConnected: boolean },
    // A function: the task is usually made after this controller, in the same constructor.
    private readonly task: () => Task<readonly unknown[], unknown>,
  ) {
    host.addController(this);
  }

  hostConnected(): void {
    if (!this.stopped) return;
    this.stopped = false;
    void this.task().run();
  }

  hostDisconnected(): void {
    this.stop();
  }

  /** An update still due when the host left (one waiting for its language, say) may start a run: stop that too. */
  hostUpdated(): void {
    if (!this.host.isConnected) this.stop();
  }

  private stop(): void {
    const task = this.task();
    if (task.status !== TaskStatus.PENDING) return;
    this.stopped = true;
    task.abort();
  }
}
