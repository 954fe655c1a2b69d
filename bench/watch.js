// Added to every page the benchmark navigates to, before the page's own scripts (bench/run.ts,
// `addInitScript`). It notes the long tasks from navigation on, and the moment a free time can
// first be clicked: a radio on screen, in the page, in a shadow root or in a same-origin frame
// that is not hidden. Checked once a frame, in the frame's animation callbacks, so the moment is
// the frame the times are in, and watching costs the page almost nothing.
if (window === window.top) {
  const watch = (window.__bench = { bookableAt: undefined, longTasks: [], stop: false });
  new PerformanceObserver((list) => {
    for (const entry of list.getEntries()) watch.longTasks.push({ start: entry.startTime, duration: entry.duration });
  }).observe({ type: 'longtask', buffered: true });

  /** Every document and shadow root under `root` that is on screen, `root` first. */
  function* roots(root) {
    yield root;
    for (const element of root.querySelectorAll('*')) {
      if (element.shadowRoot) yield* roots(element.shadowRoot);
      if (element.localName === 'iframe' && getComputedStyle(element).visibility !== 'hidden') {
        let inner;
        try {
          inner = element.contentDocument;
        } catch {
          inner = undefined; // another origin: not ours to look into
        }
        if (inner?.body) yield* roots(inner);
      }
    }
  }

  // `stop` ends the watching on a page that shows no times (the idle figure's empty page).
  const check = () => {
    if (watch.stop) return;
    if (document.body) {
      for (const root of roots(document)) {
        const radio = root.querySelector('input[type=radio]');
        if (radio && radio.getClientRects().length > 0) {
          watch.bookableAt = performance.now();
          return;
        }
      }
    }
    requestAnimationFrame(check);
  };
  requestAnimationFrame(check);
}
