import { css } from 'lit';

export const styles = css`
  :host {
    --_offset-block: var(--circle-book-button-offset-block, 1.5rem);
    --_offset-inline: var(--circle-book-button-offset-inline, 1.5rem);
    position: fixed;
    z-index: var(--circle-book-button-z-index, 1000);
    inset-block-end: max(var(--_offset-block), env(safe-area-inset-bottom));
    inset-inline-end: max(var(--_offset-inline), env(safe-area-inset-right));
  }
  :host([corner^='top']) {
    inset-block-start: max(var(--_offset-block), env(safe-area-inset-top));
    inset-block-end: auto;
  }
  :host([corner$='start']) {
    inset-inline-start: max(var(--_offset-inline), env(safe-area-inset-left));
    inset-inline-end: auto;
  }
  /* Right to left, the inline end is the screen's left edge, and its own safe area. */
  :host(:dir(rtl)) {
    inset-inline-end: max(var(--_offset-inline), env(safe-area-inset-left));
  }
  :host(:dir(rtl)[corner$='start']) {
    inset-inline-start: max(var(--_offset-inline), env(safe-area-inset-right));
    inset-inline-end: auto;
  }
  /* While its dialog is open the button steps aside; set at once, so focus can come back to it on close. */
  :host([dialog-open]),
  :host([over-content]) {
    visibility: hidden;
  }
  .button {
    gap: 0.5rem;
    min-height: max(3.25rem, 52px);
    padding-inline: 1.25rem 1.5rem;
    border-radius: 999px;
    box-shadow: 0 0.5rem 1.5rem rgb(0 0 0 / 0.25);
    font-weight: 600;
  }
  svg {
    flex: none;
  }
`;
