/**
 * Design tokens: every colour, radius, space and font an element uses, as CSS custom properties
 * a clinic can set on the element or any ancestor (`--circle-color-accent: #8a2be2`). Private
 * `--_` copies hold the resolved values. Light or dark follows the page's own `color-scheme`
 * through `light-dark()`, so a light clinic page never shows a dark widget; a page that
 * declares `color-scheme: light dark` gets the patient's preference. The font is the host
 * page's: elements inherit it.
 *
 * The copies are resolved on every element of a shadow root, not once on the host, so a token
 * set on one part re-themes that part and what is inside it:
 * `circle-book-service::part(summary) { --circle-color-muted: #333 }`.
 *
 * The global tokens, each public element's (custom-elements.json gets them from this list,
 * see scripts/cem-global-tokens.mjs):
 * @cssprop --circle-color-accent - Filled buttons, the chosen day and time, borders of outlined buttons. Default: light-dark(#0b6e69, #5cc8c0).
 * @cssprop --circle-color-accent-text - The accent as text: links, outlined buttons' text, days with free times. Default: the accent.
 * @cssprop --circle-color-on-accent - Text on the accent colour. Default: light-dark(#ffffff, #0a1f1e).
 * @cssprop --circle-color-accent-soft - The tint behind chosen options, days and times, focused menu items and call-outs. Default: the accent at 12 %.
 * @cssprop --circle-color-focus-ring - The keyboard focus ring. Default: the accent.
 * @cssprop --circle-color-surface - The elements' background, the menus' background. Default: light-dark(#ffffff, #161b20).
 * @cssprop --circle-color-surface-raised - Cards, the summary, skeletons. Default: light-dark(#f4f6f8, #20272e).
 * @cssprop --circle-color-text - Text. Default: light-dark(#1b2530, #e8edf2).
 * @cssprop --circle-color-muted - Secondary text, disabled items. Default: light-dark(#4f5d6b, #a9b4bf).
 * @cssprop --circle-color-border - Borders of inputs, cards and menus. Default: light-dark(#8795a1, #5d6b78).
 * @cssprop --circle-color-danger - Errors, cancelling. Default: light-dark(#b42318, #ff9a8f).
 * @cssprop --circle-color-success - Confirmations, "Link copied". Default: light-dark(#146c2e, #7ddc95).
 * @cssprop --circle-radius - Corner radius of buttons and cards. Default: 0.5rem.
 * @cssprop --circle-input-radius - Corner radius of the form's fields. Default: the radius.
 * @cssprop --circle-space - The base spacing. Default: 1rem.
 * @cssprop --circle-font-heading - The font of headings. Default: the page's font.
 */
import { css } from 'lit';

export const tokens = css`
  :host,
  * {
    --_accent: var(--circle-color-accent, light-dark(#0b6e69, #5cc8c0));
    --_accent-text: var(--circle-color-accent-text, var(--_accent));
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
    --_focus-ring: 2px solid var(--circle-color-focus-ring, var(--_accent));
  }
  :host {
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
  /* Unset, the declaration is invalid at computed-value time and headings keep the page's font. */
  h1,
  h2,
  h3 {
    font-family: var(--circle-font-heading);
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
    color: var(--_accent-text);
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
