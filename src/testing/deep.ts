/**
 * Finding things inside the elements' open shadow roots, and waiting for them, in any DOM: a
 * browser, jsdom, happy-dom. `document.querySelector` stops at a shadow root; these go through.
 */

/**
 * Every element matching `selector` below `root`, in every open shadow root on the way: the
 * root's own (`deepQueryAll(bookingElement, 'button')`) and those of the elements below it.
 */
export function deepQueryAll<T extends Element = HTMLElement>(root: ParentNode, selector: string): T[] {
  const own = (root as Partial<Element>).shadowRoot;
  const found: T[] = own ? deepQueryAll<T>(own, selector) : [];
  found.push(...root.querySelectorAll<T>(selector));
  for (const element of root.querySelectorAll('*')) {
    if (element.shadowRoot) found.push(...deepQueryAll<T>(element.shadowRoot, selector));
  }
  return found;
}

/** The first element matching `selector` in `root` or any open shadow root below it. */
export function deepQuery<T extends Element = HTMLElement>(root: ParentNode, selector: string): T | undefined {
  return deepQueryAll<T>(root, selector)[0];
}

/**
 * The text below `node`, shadow roots included, whitespace folded: what a patient reads, for
 * `expect(deepText(booking)).toContain('You’re booked')`. Style sheets are left out.
 */
export function deepText(node: Node): string {
  const parts: string[] = [];
  const walk = (current: Node) => {
    if (current.nodeType === 3) parts.push(current.textContent ?? ''); // a text node
    if (current.nodeName === 'STYLE' || current.nodeName === 'SCRIPT') return;
    const shadow = (current as Element).shadowRoot;
    if (shadow) walk(shadow);
    current.childNodes.forEach(walk);
  };
  walk(node);
  return parts.join(' ').replace(/\s+/g, ' ').trim();
}

export interface WaitOptions {
  /** How long to wait before failing, in milliseconds. Default 5000. */
  timeout?: number;
}

/**
 * Calls `lookup` until it returns something other than `undefined`, `null` or `false`, and
 * returns that; fails with `what` after the timeout. The elements load from the API, so what a
 * test looks for appears a few tasks later, never at once.
 */
export async function waitFor<T>(lookup: () => T | undefined | null | false, what: string, { timeout = 5000 }: WaitOptions = {}): Promise<T> {
  const until = Date.now() + timeout;
  for (;;) {
    const found = lookup();
    if (found !== undefined && found !== null && found !== false) return found;
    if (Date.now() > until) throw new Error(`Timed out after ${timeout} ms waiting for ${what}`);
    await new Promise((resolve) => setTimeout(resolve, 20));
  }
}
