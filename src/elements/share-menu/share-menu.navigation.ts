/**
 * The keyboard inside a menu, as the WAI-ARIA APG menu pattern asks: Down and Up move to the
 * next and previous item and wrap, Home and End go to the first and last, typing a character
 * moves to the next item whose label starts with it; Enter and Space activate; Right (Left in
 * right-to-left text) opens a submenu and Left (Right) or Escape closes it; Escape closes the
 * menu; Tab leaves it.
 */

export type MenuCommand =
  | { do: 'activate' }
  | { do: 'open-submenu' }
  | { do: 'close-submenu' }
  | { do: 'close-menu' }
  /** Close the menu and let Tab move on from the menu button. */
  | { do: 'leave' }
  | { do: 'focus'; item: HTMLElement };

export interface MenuPosition {
  /** The items of the menu `item` is in, in order. */
  items: readonly HTMLElement[];
  item: HTMLElement;
  inSubmenu: boolean;
  /** Whether `item` opens a submenu. */
  opensSubmenu: boolean;
  rtl: boolean;
}

/** What a key press inside a menu does, or undefined when the menu leaves the key alone. */
export function menuCommand(event: KeyboardEvent, { items, item, inSubmenu, opensSubmenu, rtl }: MenuPosition): MenuCommand | undefined {
  const forward = rtl ? 'ArrowLeft' : 'ArrowRight';
  const back = rtl ? 'ArrowRight' : 'ArrowLeft';
  switch (event.key) {
    case 'Tab':
      return { do: 'leave' };
    case 'Enter':
    case ' ':
      return { do: 'activate' };
    case 'Escape':
      return { do: inSubmenu ? 'close-submenu' : 'close-menu' };
    case forward:
      return opensSubmenu ? { do: 'open-submenu' } : undefined;
    case back:
      return inSubmenu ? { do: 'close-submenu' } : undefined;
  }
  if (event.altKey || event.ctrlKey || event.metaKey) return undefined;
  const next = itemForKey(items, item, event.key);
  return next ? { do: 'focus', item: next } : undefined;
}

/** The item a navigation key moves to from `current`, or undefined when the key does not move. */
export function itemForKey(items: readonly HTMLElement[], current: HTMLElement, key: string): HTMLElement | undefined {
  if (items.length === 0) return undefined;
  const index = items.indexOf(current);
  switch (key) {
    case 'ArrowDown':
      return items[(index + 1) % items.length];
    case 'ArrowUp':
      return items[(Math.max(index, 0) - 1 + items.length) % items.length];
    case 'Home':
    case 'PageUp':
      return items[0];
    case 'End':
    case 'PageDown':
      return items[items.length - 1];
    default:
      return isPrintableCharacter(key) ? nextStartingWith(items, index, key) : undefined;
  }
}

/** What a menu item is called, for typeahead: its `aria-label`, else its `.label`, else its text. */
export function labelOf(item: HTMLElement): string {
  return (item.getAttribute('aria-label') ?? item.querySelector('.label')?.textContent ?? item.textContent ?? '').trim();
}

/** The next item after `index` (wrapping, `index` itself last) whose label starts with `character`. */
function nextStartingWith(items: readonly HTMLElement[], index: number, character: string): HTMLElement | undefined {
  const wanted = character.toLocaleLowerCase();
  for (let step = 1; step <= items.length; step++) {
    const item = items[(index + step + items.length) % items.length]!;
    if (labelOf(item).toLocaleLowerCase().startsWith(wanted)) return item;
  }
  return undefined;
}

/** One visible character (`a`, `é`, `7`), not a named key (`Enter`, `ArrowDown`) nor a space. */
function isPrintableCharacter(key: string): boolean {
  return [...key].length === 1 && /\S/u.test(key);
}

/** The menu item an event came from (the innermost), built in or slotted. */
export function menuItemOf(event: Event): HTMLElement | undefined {
  return event.composedPath().find((node): node is HTMLElement => node instanceof HTMLElement && node.getAttribute('role') === 'menuitem');
}

/** The host's slotted elements that are menu items, in order; hidden ones are skipped. */
export function slottedMenuItems(slot: HTMLSlotElement | null | undefined): HTMLElement[] {
  return (slot?.assignedElements({ flatten: true }) ?? []).filter(
    (element): element is HTMLElement => element instanceof HTMLElement && element.getAttribute('role') === 'menuitem' && !element.hidden,
  );
}
