import { css } from 'lit';

/**
 * The menu button, its menu and submenu, and the toast. The popups are `popover="manual"`: in
 * the top layer, placed by FloatingController with `position: fixed`, so the UA's centring of
 * popovers (`inset: 0; margin: auto`) is undone here, and so is their `fit-content` size:
 * WebKit stretches a fixed grid box whose height is `fit-content` to the viewport's height,
 * and a width that fits the room left of where the popup is placed changes with each place.
 * Each popup is as wide as its content up to its `max-inline-size`, wherever it goes, and as
 * tall as its content. They inherit the tokens from the host.
 */
export const styles = css`
  :host {
    display: inline-block;
  }

  .trigger {
    /* Narrower than the booking buttons (it sits among a dashboard's page actions), a 44 px touch target all the same. */
    min-height: max(2.75rem, 44px);
    padding-inline: 0.875rem 0.625rem;
  }
  .icon {
    flex: none;
    inline-size: 1.125em;
    block-size: 1.125em;
    fill: none;
    stroke: currentColor;
    stroke-width: 2;
    stroke-linecap: round;
    stroke-linejoin: round;
  }
  :host(:dir(rtl)) .icon.directional {
    transform: scaleX(-1);
  }
  /* The open submenu's parent item points at it, on whichever side it found room. */
  #share[data-submenu='left'] > .directional {
    transform: scaleX(-1);
  }
  #share[data-submenu='right'] > .directional {
    transform: none;
  }
  #share[data-submenu='bottom'] > .directional {
    transform: rotate(90deg);
  }
  #share[data-submenu='top'] > .directional {
    transform: rotate(-90deg);
  }

  .popup {
    display: none;
    position: fixed;
    inset: auto;
    inline-size: max-content;
    block-size: auto;
    margin: 0;
    padding: 0.25rem;
    border: 1px solid var(--_border);
    border-radius: var(--_radius);
    background: var(--_surface);
    color: var(--_text); /* not the UA's CanvasText for popovers */
    box-shadow: 0 0.5rem 1.5rem color-mix(in srgb, black 18%, transparent);
    overflow: visible;
    /* Only where the Popover API is missing; the top layer needs no z-index. */
    z-index: 1000;
  }
  .popup[data-open] {
    display: grid;
  }
  [role='menu'] {
    min-inline-size: min(15rem, calc(100vw - 1rem));
    max-inline-size: min(22rem, calc(100vw - 1rem));
    gap: 0.125rem;
  }
  .group {
    display: contents;
  }

  .item,
  ::slotted([role='menuitem']) {
    display: flex;
    align-items: center;
    gap: 0.625rem;
    box-sizing: border-box;
    inline-size: 100%;
    /* Well over the 24 px a target needs (WCAG 2.2, 2.5.8). */
    min-block-size: max(2.75rem, 44px);
    margin: 0;
    padding: 0.5rem 0.75rem;
    border: 0;
    border-radius: calc(var(--_radius) - 0.125rem);
    background: transparent;
    color: inherit;
    font: inherit;
    text-align: start;
    text-decoration: none;
    cursor: pointer;
    user-select: none;
  }
  /* Focus moves with the arrow keys and with the pointer: mark the item either way. */
  .item:focus,
  ::slotted([role='menuitem']:focus) {
    outline: none;
  }
  /* The focused item, and the button or item whose menu is open. */
  .item:focus,
  ::slotted([role='menuitem']:focus),
  [aria-expanded='true'] {
    background: var(--_accent-soft);
  }
  .item:focus-visible,
  ::slotted([role='menuitem']:focus-visible) {
    outline: var(--_focus-ring);
    outline-offset: -2px;
  }
  .item[aria-disabled='true'] {
    cursor: not-allowed;
    color: var(--_muted);
  }
  /* With a reason under its label, the icon stays level with the label's first line. */
  .item:has(.reason) {
    align-items: flex-start;
  }
  .item:has(.reason) > .icon {
    margin-block-start: 0.2em;
  }
  .text {
    display: grid;
    flex: 1;
    gap: 0.125rem;
  }
  .label {
    flex: 1;
  }
  .reason {
    color: var(--_muted);
    font-size: 0.875em;
    line-height: 1.35;
    overflow-wrap: anywhere;
  }
  .error-reason {
    color: var(--_danger);
  }

  .toast {
    max-inline-size: min(24rem, calc(100vw - 1rem));
    gap: 0.5rem;
    padding: 0.5rem 0.75rem;
  }
  .toast.copied {
    border-color: var(--_success);
    font-weight: 600;
  }
  .copied-mark {
    display: flex;
    align-items: center;
    gap: 0.375rem;
  }
  .toast.copied .icon {
    color: var(--_success);
  }
  .toast.failed {
    border-color: var(--_danger);
    border-inline-start-width: 0.375rem;
  }
  .toast p {
    margin: 0;
  }
  .toast label {
    font-size: 0.875em;
    font-weight: 600;
  }
  .toast input {
    inline-size: 100%;
    min-block-size: max(2.75rem, 44px);
    padding: 0.5rem;
    border: 1px solid var(--_border);
    border-radius: calc(var(--_radius) - 0.125rem);
    background: var(--_surface);
  }
  .toast .button {
    justify-self: end;
    min-height: max(2.75rem, 44px);
  }

  @media (forced-colors: active) {
    .item:focus,
    ::slotted([role='menuitem']:focus) {
      outline: 2px solid Highlight;
      outline-offset: -2px;
    }
    .item[aria-disabled='true'] {
      color: GrayText;
    }
    .trigger[aria-expanded='true'] {
      outline: 2px solid Highlight;
    }
    /* The open submenu's parent, marked without a background (forced colours drop it). */
    .item[aria-expanded='true']:not(:focus) {
      outline: 1px dashed CanvasText;
      outline-offset: -2px;
    }
  }
`;
