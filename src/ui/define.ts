/**
 * Registers a custom element unless its tag is taken. A page may load two copies of the
 * library: two versions, or two script-tag files (dist/circle-booking.js, dist/circle-<element>.js),
 * which share nothing, not even the booking flow's inner elements. A second `define` would throw
 * and stop the page's script, so the copy that comes second uses the first one's elements and
 * says so in one console warning, naming every tag it left alone. Loading one entry twice, or
 * two dist/elements/ entries (they share their chunks), defines each class once and says nothing.
 */
let skipped: string[] | undefined;

export function defineElement(tag: string, element: CustomElementConstructor): void {
  const existing = customElements.get(tag);
  if (!existing) {
    customElements.define(tag, element);
    return;
  }
  if (existing === element) return;
  if (!skipped) {
    const tags: string[] = (skipped = []);
    // A copy's modules all run before this microtask, so their tags arrive in one warning.
    queueMicrotask(() => {
      skipped = undefined;
      console.warn(
        `circle-booking: another copy of the library is already on this page and defined ${tags.map((name) => `<${name}>`).join(', ')}; ` +
          'this copy uses those. Load circle-booking once per page, in one version: one script-tag file (dist/circle-booking.js or one dist/circle-<element>.js) or the dist/elements/ entries.',
      );
    });
  }
  skipped.push(tag);
}
