/** Finding things inside the elements' (nested, open) shadow roots, and waiting for them. */
import { waitUntil } from '@open-wc/testing';
import { sendKeys } from '@web/test-runner-commands';

/** Every element matching `selector` in `root` and in every shadow root below it. */
export function queryAllDeep<T extends Element = HTMLElement>(root: ParentNode, selector: string): T[] {
  const found: T[] = [...root.querySelectorAll<T>(selector)];
  for (const element of root.querySelectorAll('*')) {
    if (element.shadowRoot) found.push(...queryAllDeep<T>(element.shadowRoot, selector));
  }
  return found;
}

export function queryDeep<T extends Element = HTMLElement>(root: ParentNode, selector: string): T | undefined {
  return queryAllDeep<T>(root, selector)[0];
}

/** The first button or link whose text matches, anywhere below `root`. */
export function control(root: ParentNode, text: string | RegExp): HTMLElement | undefined {
  const matches = (value: string) => (typeof text === 'string' ? value.trim() === text : text.test(value));
  return queryAllDeep(root, 'button, a').find((element) => matches(element.textContent ?? ''));
}

/**
 * `waitUntil` giving the condition 8 s unless told otherwise (its own default is 1 s): on CI
 * three engines share two cores, and a frame or a lazy module can take seconds there.
 */
export function until(predicate: () => unknown, message: string, options: { interval?: number; timeout?: number } = {}): Promise<void> {
  return waitUntil(predicate, message, { timeout: 8000, ...options });
}

/**
 * Waits for `find` to return something, and returns it. The default wait allows for a lazily
 * loaded step in WebKit beside two other engines on two cores (over 4 s seen there).
 */
export async function find<T>(lookup: () => T | undefined | null, message: string, timeout = 8000): Promise<T> {
  let found: T | undefined | null;
  await until(() => (found = lookup()) != null, message, { timeout });
  return found!;
}

/** The focused element, through shadow roots. */
export function deepActiveElement(): Element | null {
  let active = document.activeElement;
  while (active?.shadowRoot?.activeElement) active = active.shadowRoot.activeElement;
  return active;
}

/** Presses Tab until the focused element matches, as a keyboard user would move. */
export async function tabTo(matches: (element: Element) => boolean, description: string, limit = 40): Promise<Element> {
  for (let presses = 0; presses < limit; presses++) {
    await sendKeys({ press: 'Tab' });
    const active = deepActiveElement();
    if (active && matches(active)) return active;
  }
  throw new Error(`Tab never reached ${description}; focus is on ${deepActiveElement()?.outerHTML.slice(0, 100)}`);
}

/** The text a patient sees below `root`, shadow roots included, whitespace folded. */
export function visibleText(root: Element | ShadowRoot): string {
  const parts: string[] = [];
  const walk = (node: Node) => {
    if (node.nodeType === Node.TEXT_NODE) parts.push(node.textContent ?? '');
    const element = node as Element;
    if (element.shadowRoot) walk(element.shadowRoot);
    node.childNodes.forEach(walk);
  };
  walk(root);
  return parts.join(' ').replace(/\s+/g, ' ').trim();
}

/** What the live regions of the one helper (src/ui/live-region.ts) below `root` say now. */
export function spokenNow(root: ParentNode): string {
  return queryAllDeep(root, '[part=live-region]')
    .map((region) => region.textContent ?? '')
    .join(' ')
    .replace(/\s+/g, ' ')
    .trim();
}

/**
 * Clicks a link and resolves with the address the browser would then follow, without following
 * it: stands in for a download. Handlers on the link may cancel a click and click again.
 */
export function followLink(link: HTMLAnchorElement): Promise<string> {
  const root = link.getRootNode() as ParentNode & EventTarget;
  return new Promise((resolve) => {
    const onClick = (event: Event) => {
      if (event.target !== link || event.defaultPrevented) return;
      event.preventDefault();
      root.removeEventListener('click', onClick);
      resolve(link.href);
    };
    root.addEventListener('click', onClick);
    link.click();
  });
}
