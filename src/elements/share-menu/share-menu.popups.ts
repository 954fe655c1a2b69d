/**
 * Showing and hiding the share menu's popups. Each is `popover="manual"`: shown, it is in the
 * top layer, so no `overflow`, `transform`, `z-index` or modal `<dialog>` around the element
 * clips or covers it, and the element (not the browser's light dismiss) decides when it
 * closes, as the APG menu pattern asks. `data-open` shows it where the Popover API is missing;
 * it then relies on `position: fixed` and a z-index.
 */
import type { FloatingController, FloatingOptions } from '../../controllers/floating.controller.js';

/** Shows `popup` and keeps it placed against `anchor` until `hidePopup`. */
export function showPopup(popup: HTMLElement, position: FloatingController, anchor: HTMLElement, options: FloatingOptions): void {
  if (!popup.isConnected) return;
  popup.toggleAttribute('data-open', true);
  // Optional: where the Popover API is missing, `data-open` alone shows it.
  popup.showPopover?.();
  void position.start(anchor, popup, options);
}

export function hidePopup(popup: HTMLElement, position: FloatingController): void {
  position.stop();
  popup.removeAttribute('data-open');
  popup.hidePopover?.();
}
