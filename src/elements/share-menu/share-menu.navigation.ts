/**
 * Moving through a menu's items, as the WAI-ARIA APG menu pattern asks: Down and Up move to
 * the next and previous item and wrap, Home and End (and Page Up and Page Down) go to the first
 * and last, and typing a character moves to the next item whose label starts with it. What
 * the other keys do (Enter, Space, the submenu's arrows, Escape, Tab) is the element's.
 */

/** The item a navigation key moves to from `current`, or undefined when the key does not move. */
export function itemForKey(items: readonly HTMLElement[], current: HTMLElement, key: string): HTMLElement | undefined {
  const index = items.indexOf(current);
  const last = items.length - 1;
  switch (key) {
    case 'ArrowDown':
      return items[index < last ? index + 1 : 0];
    case 'ArrowUp':
      return items[index > 0 ? index - 1 : last];
    case 'Home':
    case 'PageUp':
      return items[0];
    case 'End':
    case 'PageDown':
      return items[last];
  }
  // Typeahead takes one visible character (`a`, `é`, `7`), not a named key nor a space.
  if ([...key].length > 1 || !/\S/u.test(key)) return undefined;
  const wanted = key.toLocaleLowerCase();
  // From the item after `current`, wrapping, `current` itself last.
  return [...items.slice(index + 1), ...items.slice(0, index + 1)].find((item) => labelOf(item).toLocaleLowerCase().startsWith(wanted));
}

/** What a menu item is called, for typeahead: its `aria-label`, else its `.label`, else its text. */
function labelOf(item: HTMLElement): string {
  return (item.getAttribute('aria-label') ?? item.querySelector('.label')?.textContent ?? item.textContent ?? '').trim();
}

/** The menu item an event came from (the innermost), built in or slotted. */
export function menuItemOf(event: Event): HTMLElement | null {
  return (event.target as Element).closest<HTMLElement>('[role=menuitem]');
}

/** The host's slotted elements that are menu items, in order; hidden ones are skipped. */
export function slottedMenuItems(slot: HTMLSlotElement): HTMLElement[] {
  return slot.assignedElements({ flatten: true }).filter((element): element is HTMLElement => element.matches('[role=menuitem]:not([hidden])'));
}
