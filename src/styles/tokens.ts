/**
 * Design tokens: every colour, radius and space an element uses, as CSS custom properties a
 * clinic can set on the element or any ancestor (`--circle-color-accent: #8a2be2`). Private
 * `--_` copies hold the resolved values inside the shadow root. Light or dark follows the
 * page's own `color-scheme` through `light-dark()`, so a light clinic page never shows a dark
 * widget; a page that declares `color-scheme: light dark` gets the patient's preference. The
 * font is the host page's: elements inherit it.
 */
import { css } from 'lit';

export const tokens = css`
  :host {
    /** @cssprop --circle-color-accent - Buttons, selection and focus. Default: #0b6e69. */
    --_accent: var(--circle-color-accent, light-dark(#0b6e69, #5cc8c0));
    --_on-accent: var(--circle-color-on-accent, light-dark(#ffffff, #0a1f1e));
    --_accent-soft: var(--circle-color-accent-soft, color-mix(in srgb, var(--_accent) 12%, transparent));
    --_surface: var(--circle-color-surface, light-dark(#ffffff, #161b20));
    --_surface-raised: var(--circle-color-surface-raised, light-dark(#f4f6f8, #20272e));
    --_text: var(--circle-color-text, light-dark(#1b2530, #e8edf2));
    --_muted: var(--circle-color-muted, light-dark(#4f5d6b, #a9b4bf));
    --_border: var(--circle-color-border, light-dark(#8795a1, #5d6b78));
    --_danger: var(--circle-color-danger, light-dark(#b42318, #ff9a8f));
    --_success: var(--circle-color-success, light-dark(#146c2e, #7ddc95));
    --_radius: var(--circle-radius, 0.5rem);
    --_space: var(--circle-space, 1rem);
    --_focus-ring: 2px solid var(--_accent);

    display: block;
    box-sizing: border-box;
    color: var(--_text);
    font: inherit;
    line-height: 1.5;
    -webkit-tap-highlight-color: transparent;
  }
  :host([hidden]) {
    display: none;
  }
  /* Set, not inherited from the host: a page rule "* { box-sizing: content-box }" matches the host too. */
  *,
  *::before,
  *::after {
    box-sizing: border-box;
  }
  :focus-visible {
    outline: var(--_focus-ring);
    outline-offset: 2px;
  }
  button,
  input,
  select,
  textarea {
    font: inherit;
    color: inherit;
  }
  /* At least 16 px, so that focusing a field does not zoom the page on iOS. */
  input,
  select,
  textarea {
    font-size: max(1em, 16px);
  }
  .visually-hidden {
    position: absolute !important;
    width: 1px;
    height: 1px;
    overflow: hidden;
    clip-path: inset(50%);
    white-space: nowrap;
  }
  @media (prefers-reduced-motion: reduce) {
    *,
    *::before,
    *::after {
      animation-duration: 0.01ms !important;
      transition-duration: 0.01ms !important;
    }
  }
`;

/** Buttons every element shares: primary (filled), secondary (outlined) and link-like. */
export const buttons = css`
  .button {
    display: inline-flex;
    align-items: center;
    justify-content: center;
    gap: 0.5em;
    min-height: max(2.75rem, 44px);
    min-width: max(2.75rem, 44px);
    padding: 0.5rem 1.125rem;
    border: 1px solid var(--_accent);
    border-radius: var(--_radius);
    background: var(--_surface);
    color: var(--_accent);
    font-weight: 600;
    text-decoration: none;
    cursor: pointer;
  }
  .button.primary {
    background: var(--_accent);
    color: var(--_on-accent);
  }
  .button:hover {
    background: var(--_accent-soft);
  }
  .button.primary:hover {
    background: color-mix(in srgb, var(--_accent) 88%, black);
  }
  .button[disabled],
  .button[aria-disabled='true'] {
    cursor: not-allowed;
    opacity: 0.6;
  }
  @media (forced-colors: active) {
    .button {
      border-color: ButtonText;
    }
  }
`;
