import { css } from 'lit';

/*
 * A day is a cell with a span in it: the cell is the grid's focusable gridcell, the span the
 * round-cornered day. Selected, today and disabled days are found by their ARIA attributes.
 */
export const styles = css`
  :host {
    /* --circle-day-picker-day-size: see the element's JSDoc. */
    --_day-size: var(--circle-day-picker-day-size, max(2.75rem, 44px));
    min-inline-size: 0;
  }

  .header {
    display: flex;
    align-items: center;
    gap: 0.5rem;
    margin-block-end: 0.5rem;
  }
  #month {
    flex: 1;
    text-align: center;
    font-weight: 600;
  }
  .header button {
    padding: 0;
    border-color: transparent;
  }
  svg {
    display: block;
  }
  /* The chevron points back: mirrored for the next month, and both buttons in right-to-left text. */
  [part='next'] svg,
  :host(:dir(rtl)) button {
    scale: -1 1;
  }

  table {
    inline-size: 100%;
    border-collapse: collapse;
    table-layout: fixed;
  }
  th {
    padding: 0 0 0.25rem;
    color: var(--_muted);
    font-size: 0.8125rem;
    font-weight: 600;
    overflow: hidden;
    text-overflow: ellipsis;
    white-space: nowrap;
  }
  td {
    padding: 1px;
    cursor: default;
  }
  td:focus {
    outline: none;
  }
  .available {
    cursor: pointer;
  }

  span {
    position: relative;
    display: grid;
    place-items: center;
    block-size: var(--_day-size);
    max-inline-size: var(--_day-size);
    margin-inline: auto;
    border: 2px solid transparent;
    border-radius: var(--_radius);
    font-variant-numeric: tabular-nums;
  }
  td:focus-visible span {
    outline: var(--_focus-ring);
    outline-offset: 1px;
  }

  /* Available: bold, accent and a dot, so it does not rest on colour alone. */
  .available span {
    color: var(--_accent-text);
    font-weight: 700;
  }
  .available span::after {
    content: '';
    position: absolute;
    inset: auto 0 0.25rem;
    inline-size: 0.3125rem;
    block-size: 0.3125rem;
    margin-inline: auto;
    border-radius: 50%;
    background: currentColor;
  }
  @media (hover: hover) {
    .available:hover span {
      background: var(--_accent-soft);
    }
  }
  .unavailable,
  td[aria-disabled] {
    color: var(--_muted);
  }
  td[aria-disabled] {
    opacity: 0.55;
  }
  [aria-current] span {
    border-color: var(--_border);
  }
  /* The current appointment's day: a dashed ring (a dot already marks a day with free times). */
  td[data-marked]:not(:focus-visible) span {
    outline: 2px dashed var(--_muted);
    outline-offset: -3px;
  }
  [aria-selected] span,
  [aria-selected]:hover span {
    background: var(--_accent);
    border-color: var(--_accent);
    color: var(--_on-accent);
  }

  /* Forced colours would turn the transparent day borders into a box around every day. */
  @media (forced-colors: active) {
    span,
    .available span {
      forced-color-adjust: none;
      background: Canvas;
      border-color: Canvas;
      color: CanvasText;
    }
    .available:hover span {
      background: Canvas;
      border-color: Highlight;
    }
    [aria-current] span {
      border-color: CanvasText;
    }
    td[aria-disabled] {
      opacity: 1;
    }
    td[aria-disabled] span {
      color: GrayText;
    }
    [aria-selected] span,
    [aria-selected]:hover span {
      background: Highlight;
      border-color: Highlight;
      color: HighlightText;
    }
    td:focus-visible span {
      outline-color: CanvasText;
    }
  }
  [part='max-note'] {
    margin: 0.5rem 0 0;
    color: var(--_muted);
  }
`;
