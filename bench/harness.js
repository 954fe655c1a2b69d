// Runs in the benchmark's page (bench/run.ts drives it): mounts an element, waits for what a
// figure measures and times it with performance.now(). Plain JavaScript, served as it is.

/** Every shadow root under `root`, `root` first. */
function* shadowRoots(root) {
  yield root;
  for (const element of root.querySelectorAll('*')) if (element.shadowRoot) yield* shadowRoots(element.shadowRoot);
}

function deepAll(root, selector) {
  return [...shadowRoots(root)].flatMap((each) => [...each.querySelectorAll(selector)]);
}

/** The Lit elements in `host`'s tree, `host` first. */
function litElements(host) {
  return [host, ...deepAll(host.shadowRoot ?? host, '*')].filter((element) => 'updateComplete' in element);
}

/** Every Lit element in `host`'s tree has finished updating; then style and layout are flushed. */
async function settle(host) {
  for (let round = 0; round < 20; round++) {
    const elements = litElements(host);
    const done = await Promise.all(elements.map((element) => element.updateComplete));
    if (done.every(Boolean) && !elements.some((element) => element.isUpdatePending)) break;
  }
  void document.body.offsetHeight;
}

/**
 * Times `act` from its start to its update laid out. It waits on the Lit elements found before
 * `act` rather than walking the tree after it, as `settle` does: walking a day of 200 times in
 * shadow roots takes longer than the update it waits for, and the figure is the element's work.
 * Throws if an element appeared during the update, whose own update the time might miss.
 */
async function timeUpdate(host, act) {
  await settle(host);
  const known = litElements(host);
  const start = performance.now();
  act();
  for (let round = 0; round < 20; round++) {
    for (const element of known) await element.updateComplete;
    if (!known.some((element) => element.isUpdatePending)) break;
  }
  void document.body.offsetHeight;
  const ms = performance.now() - start;
  if (litElements(host).some((element) => !known.includes(element))) throw new Error('an element appeared during the timed update');
  return ms;
}

/**
 * Checks `test()` once a frame, in the frame's animation callbacks, until it is truthy:
 * what is in the DOM then is in that frame. Once a frame rather than in a tight loop, so that
 * watching costs the page almost nothing. Rejects after `timeoutMs`.
 */
function waitFor(test, timeoutMs = 20_000) {
  const deadline = performance.now() + timeoutMs;
  return new Promise((resolve, reject) => {
    const check = () => {
      const value = test();
      if (value) return resolve(value);
      if (performance.now() > deadline) return reject(new Error('timed out'));
      requestAnimationFrame(check);
    };
    check();
  });
}

const nextFrame = () => new Promise((resolve) => requestAnimationFrame(() => resolve()));

/** The free-time radios on screen: ours are inside <circle-time-list>, the floor's in its own root. */
function timeRadios(host) {
  if (host.localName === 'floor-times') return [...host.shadowRoot.querySelectorAll('input[type=radio]')];
  return deepAll(host.shadowRoot, 'circle-time-list').flatMap((list) => [...list.shadowRoot.querySelectorAll('input[type=radio]')]);
}

function mount(tag, attributes = {}, properties = {}) {
  const element = document.createElement(tag);
  for (const [name, value] of Object.entries(attributes)) element.setAttribute(name, value);
  Object.assign(element, properties);
  document.body.append(element);
  return element;
}

/** The floor fetches the month itself: from today to the month's end, in UTC (the bench clinic's zone). */
function floorMonth() {
  const today = new Date().toISOString().slice(0, 10);
  const [year, month] = today.split('-').map(Number);
  const last = new Date(Date.UTC(year, month, 0)).toISOString().slice(0, 10);
  return { from: today, to: last };
}

let floorDays;
/** The element the last `bookable` mounted, for `chooseDay` and `chooseTime`. */
let current;

// The default buffer (250 entries) fills within a few mount cycles.
performance.setResourceTimingBufferSize(100_000);

async function mountBookable({ tag, attributes, apiBase, ids }) {
  if (tag === 'floor-times') {
    const floor = await import('/bench/.build/floor.js');
    const element = mount('floor-times', { 'time-zone': 'UTC' });
    floorDays = await floor.loadDays(apiBase, { variantId: ids.variantId, locationId: ids.locationId, ...floorMonth() });
    element.slots = floorDays.values().next().value ?? [];
    await settle(element);
    // Timed to the frame the times are in, as ours are (waitFor checks once a frame).
    await nextFrame();
    return element;
  }
  const element = mount(tag, attributes);
  await waitFor(() => timeRadios(element).length > 0);
  return element;
}

window.harness = {
  /** Module start to the element's first render laid out, with no API answer (its API never answers). */
  async scriptCost({ entry, tag, attributes, properties }) {
    const start = performance.now();
    await import(entry);
    const element = mount(tag, attributes, properties);
    await settle(element);
    return performance.now() - start;
  },

  /** Choosing another day with free times: from the click to the update laid out. */
  async chooseDay() {
    const element = current;
    if (element.localName === 'floor-times') {
      const ms = await timeUpdate(element, () => (element.slots = [...floorDays.values()][1] ?? []));
      return { ms, times: timeRadios(element).length };
    }
    await settle(element);
    const picker = deepAll(element.shadowRoot, 'circle-day-picker')[0];
    const day = picker.shadowRoot.querySelector('td.available:not([aria-selected])');
    if (!day) throw new Error('no other day with free times');
    const ms = await timeUpdate(element, () => day.click());
    // A click that chose nothing would time an update that never happened.
    if (!day.hasAttribute('aria-selected')) throw new Error('the day clicked was not chosen');
    return { ms, times: timeRadios(element).length };
  },

  /** Choosing a time in the middle of the day: from the click to the update laid out. */
  async chooseTime() {
    const element = current;
    await settle(element);
    const radios = timeRadios(element);
    const radio = radios[Math.floor(radios.length / 2)];
    const ms = await timeUpdate(element, () => radio.click());
    // Past 1,440 a day the bench clinic repeats starts (rooms): one radio of that start is checked.
    if (!timeRadios(element).some((each) => each.checked && each.value === radio.value)) throw new Error('the time was not chosen');
    return { ms };
  },

  /** Mounts until bookable, then leaves the element on the page (for idle, long-task and script figures). */
  async bookable({ entry, tag, attributes, apiBase, ids }) {
    await import(entry);
    current = await mountBookable({ tag, attributes, apiBase, ids });
    await settle(current);
    return timeRadios(current).length;
  },

  /**
   * Waits until `count` API requests have ended and then until no other has ended for `quietMs`:
   * a month's answer is followed by the next month's request once it is grouped.
   */
  async apiQuiet(apiBase, count, quietMs = 500) {
    const ended = () => performance.getEntriesByType('resource').filter((entry) => entry.name.startsWith(apiBase)).length;
    await waitFor(() => ended() >= count);
    for (let seen = -1; seen !== ended();) {
      seen = ended();
      await new Promise((resolve) => setTimeout(resolve, quietMs));
    }
  },

  /** `cycles` times: mount, wait until bookable, remove. */
  async cycles({ entry, tag, attributes, apiBase, ids, cycles }) {
    await import(entry);
    for (let i = 0; i < cycles; i++) {
      const element = await mountBookable({ tag, attributes, apiBase, ids });
      element.remove();
    }
    floorDays = undefined;
    // Our own bookkeeping, not the element's: a few hundred resource timing entries.
    performance.clearResourceTimings();
  },

  async importOnly(entry) {
    await import(entry);
  },
};
