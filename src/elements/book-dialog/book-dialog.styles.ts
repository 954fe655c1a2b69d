import { css } from 'lit';

export const styles = css`
  :host {
    display: contents;
  }
  dialog {
    width: min(100% - 2rem, var(--circle-book-dialog-max-width, 56rem));
    max-width: none;
    max-height: calc(100dvh - 2rem);
    padding: 0;
    border: 0;
    border-radius: calc(var(--_radius) * 2);
    background: var(--_surface);
    color: var(--_text);
    box-shadow: 0 1.5rem 4rem rgb(0 0 0 / 0.3);
  }
  dialog[open] {
    display: flex;
    flex-direction: column;
  }
  dialog::backdrop {
    background: rgb(10 20 30 / 0.55);
  }
  .header {
    display: flex;
    align-items: center;
    gap: 0.75rem;
    padding: 0.5rem 0.5rem 0.5rem var(--_space);
    border-block-end: 1px solid var(--_border);
  }
  h2 {
    flex: 1;
    margin: 0;
    font-size: 1em;
    font-weight: 600;
  }
  .close {
    display: grid;
    place-items: center;
    width: max(2.75rem, 44px);
    height: max(2.75rem, 44px);
    padding: 0;
    border: 0;
    border-radius: var(--_radius);
    background: none;
    cursor: pointer;
  }
  .close:hover {
    background: var(--_surface-raised);
  }
  .body {
    overflow: auto;
    overscroll-behavior: contain;
    padding: var(--_space);
  }
  ::slotted(*) {
    max-width: none;
  }
  /* Phones (\`sheet\`, set while the window is at most 40rem wide): the whole screen, as a native sheet would be. */
  .sheet {
    width: 100%;
    height: 100dvh;
    max-height: none;
    margin: 0;
    border-radius: 0;
  }
  /* Clear of the notch, the rounded corners and the home indicator, upright or on its side. */
  .sheet .header {
    padding-block-start: max(0.5rem, env(safe-area-inset-top));
    padding-inline: max(var(--_space), env(safe-area-inset-left)) max(0.5rem, env(safe-area-inset-right));
  }
  .sheet .body {
    flex: 1;
    padding-block-end: max(var(--_space), env(safe-area-inset-bottom));
    padding-inline: max(var(--_space), env(safe-area-inset-left)) max(var(--_space), env(safe-area-inset-right));
  }
`;
