/**
 * Copies text to the clipboard from a user's click or key press.
 *
 * Call `copyText` directly in the event handler, before any `await`: browsers let a page write
 * to the clipboard only during a user gesture. It tries the asynchronous Clipboard API first;
 * where that is missing (plain-http pages, old browsers) or refused (permission denied,
 * document not focused), it falls back to selecting the text in a hidden textarea and
 * `document.execCommand('copy')`. It never throws: it resolves whether the text is on the
 * clipboard, and the caller should offer it for copying by hand when it is not.
 *
 * `container` is where the fallback's textarea goes for the moment it is selected. Give a node
 * next to the control the user activated (an element's shadow root): inside a modal
 * `<dialog>`, anything outside the dialog is inert and cannot be selected.
 */
export function copyText(text: string, container: Node = document.body): Promise<boolean> {
  // The executor runs at once, still inside the user's gesture; a missing Clipboard API throws
  // there, and a refusal rejects: both go to the fallback, which the gesture's activation (it
  // lasts a few seconds) may still let copy.
  return new Promise<void>((resolve) => resolve(navigator.clipboard.writeText(text))).then(
    () => true,
    () => copyBySelection(text, container),
  );
}

/** The legacy way: select the text in a textarea and ask the browser to copy the selection. */
function copyBySelection(text: string, container: Node): boolean {
  const previous = deepActiveElement();
  const textarea = document.createElement('textarea');
  textarea.value = text;
  textarea.readOnly = true; // no on-screen keyboard on phones
  textarea.tabIndex = -1;
  textarea.ariaHidden = 'true';
  // Out of the layout and unseen for the moment it is on the page (CSSOM, which a strict CSP allows).
  textarea.style.cssText = 'position:fixed;top:0;opacity:0';
  container.appendChild(textarea);
  try {
    textarea.focus({ preventScroll: true });
    textarea.setSelectionRange(0, text.length); // select() leaves a read-only field unselected on iOS
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
