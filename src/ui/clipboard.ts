/**
 * Copies text to the clipboard from a user's click or key press.
 *
 * Call `copyText` directly in the event handler, before any `await`: browsers let a page write
 * to the clipboard only during a user gesture. It tries the asynchronous Clipboard API first;
 * where that is missing (plain-http pages, old browsers) or refused (permission denied,
 * document not focused), it falls back to selecting the text in a hidden textarea and
 * `document.execCommand('copy')`. It never throws: it resolves whether the text is on the
 * clipboard, and the caller should offer it for copying by hand when it is not.
 */

export interface CopyOptions {
  /**
   * Where the fallback's textarea goes for the moment it is selected. Give a node next to the
   * control the user activated (an element's shadow root): inside a modal `<dialog>`, anything
   * outside the dialog is inert and cannot be selected. Default: `document.body`.
   */
  container?: Node;
}

export function copyText(text: string, options: CopyOptions = {}): Promise<boolean> {
  const fallback = () => copyBySelection(text, options.container ?? document.body);
  const clipboard = typeof navigator === 'undefined' ? undefined : navigator.clipboard;
  if (typeof clipboard?.writeText !== 'function') return Promise.resolve(fallback());
  let writing: Promise<void>;
  try {
    // Synchronously, still inside the user's gesture.
    writing = clipboard.writeText(text);
  } catch {
    return Promise.resolve(fallback());
  }
  return writing.then(
    () => true,
    // The gesture's activation lasts a few seconds, so the fallback may still copy.
    fallback,
  );
}

/** The legacy way: select the text in a textarea and ask the browser to copy the selection. */
function copyBySelection(text: string, container: Node): boolean {
  const previous = deepActiveElement();
  const textarea = document.createElement('textarea');
  textarea.value = text;
  textarea.readOnly = true; // no on-screen keyboard on phones
  textarea.tabIndex = -1;
  textarea.setAttribute('aria-hidden', 'true');
  Object.assign(textarea.style, {
    position: 'fixed',
    top: '0',
    left: '0',
    width: '1px',
    height: '1px',
    padding: '0',
    border: '0',
    opacity: '0',
    pointerEvents: 'none',
  });
  container.appendChild(textarea);
  try {
    textarea.focus({ preventScroll: true });
    textarea.select();
    textarea.setSelectionRange(0, text.length);
    // Deprecated, and still the only synchronous way where the Clipboard API is unavailable.
    return document.execCommand('copy');
  } catch {
    return false;
  } finally {
    textarea.remove();
    previous?.focus({ preventScroll: true });
  }
}

/** The focused element, inside shadow roots too, to give focus back after the textarea took it. */
function deepActiveElement(): HTMLElement | undefined {
  let active = document.activeElement;
  while (active?.shadowRoot?.activeElement) active = active.shadowRoot.activeElement;
  return active instanceof HTMLElement ? active : undefined;
}
