/**
 * Keeps a view fresh: loads at once, then again every few seconds while the tab is visible and
 * as soon as it becomes visible again. One request at a time; a failed refresh keeps the last
 * answer on screen and says so.
 */
export interface PollOptions<T> {
  load: (signal: AbortSignal) => Promise<T>;
  onData: (data: T) => void;
  onError: (error: unknown, hasData: boolean) => void;
  intervalMs?: number;
}

export interface Poller {
  /** Loads now, e.g. from a Retry button. */
  refresh(): void;
}

export function poll<T>({ load, onData, onError, intervalMs = 2000 }: PollOptions<T>): Poller {
  let timer: ReturnType<typeof setTimeout> | undefined;
  let running: AbortController | undefined;
  let hasData = false;

  const run = async () => {
    clearTimeout(timer);
    running?.abort();
    const controller = (running = new AbortController());
    try {
      const data = await load(controller.signal);
      if (controller.signal.aborted) return;
      hasData = true;
      onData(data);
    } catch (error) {
      if (controller.signal.aborted) return;
      onError(error, hasData);
    }
    if (!document.hidden) timer = setTimeout(() => void run(), intervalMs);
  };

  document.addEventListener('visibilitychange', () => {
    if (!document.hidden) void run();
  });
  void run();
  return { refresh: () => void run() };
}
