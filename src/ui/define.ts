/**
 * Registers a custom element unless its tag is taken. A page may load two copies of the
 * library (two versions, or the one-script bundle beside a bundled app); a second `define`
 * would throw and stop the page's script, so warn once instead.
 */
export function defineElement(tag: string, element: CustomElementConstructor): void {
  if (!customElements.get(tag)) {
    customElements.define(tag, element);
  } else if (customElements.get(tag) !== element) {
    console.warn(`circle-booking: <${tag}> is already defined by another copy of the library; this copy's is not used.`);
  }
}
