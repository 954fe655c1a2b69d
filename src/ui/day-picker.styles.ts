import { css } from 'lit';

export const styles = css`
  :host {
    /* --circle-day-picker-day-size: see the element's JSDoc. */
    --_day-size: var(--circle-day-picker-day-size, 2.75rem);
    min-inline-size: 0;
  }

  .header {
    display: flex;
    align-items: center;
    gap: 0.5rem;
    margin-block-end: 0.5rem;
  }
  .month {
    flex: 1;
    text-align: center;
    font-weight: 600;
  }
  .nav {
    padding: 0;
    border-color: transparent;
  }
  .nav svg {
    display: block;
  }
  .next svg,
  :host(:dir(rtl)) .nav:not(.next) svg {
    transform: scaleX(-1);
  }
  :host(:dir(rtl)) .next svg {
    transform: none;
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
    text-align: center;
    overflow: hidden;
    text-overflow: ellipsis;
    white-space: nowrap;
  }
  td {
    padding: 1px;
    text-align: center;
  }
  td:focus {
    outline: none;
  }
  td[data-date] {
    cursor: default;
  }
  td.available {
    cursor: pointer;
  }

  .day {
    position: relative;
    display: grid;
    place-items: center;
    block-size: var(--_day-size);
    inline-size: 100%;
    max-inline-size: var(--_day-size);
    margin-inline: auto;
    border: 2px solid transparent;
    border-radius: var(--_radius);
    font-variant-numeric: tabular-nums;
  }
  td:focus-visible .day {
    outline: var(--_focus-ring);
    outline-offset: 1px;
  }

  /* Available: bold, accent and a dot, so it does not rest on colour alone. */
  .available .day {
    color: var(--_accent);
    font-weight: 700;
  }
  .available .day::after {
    content: '';
    position: absolute;
    inset-inline: 0;
    inset-block-end: 0.25rem;
    inline-size: 0.3125rem;
    block-size: 0.3125rem;
    margin-inline: auto;
    border-radius: 50%;
    background: currentColor;
  }
  @media (hover: hover) {
    .available:hover .day {
      background: var(--_accent-soft);
    }
  }
  .unavailable .day {
    color: var(--_muted);
  }
  .disabled .day {
    color: var(--_muted);
    opacity: 0.55;
  }
  .today .day {
    border-color: var(--_border);
  }
  .selected .day,
  .selected:hover .day {
    background: var(--_accent);
    border-color: var(--_accent);
    color: var(--_on-accent);
  }

  /* Forced colours would turn the transparent day borders into a box around every day. */
  @media (forced-colors: active) {
    .day {
      forced-color-adjust: none;
      background: Canvas;
      border-color: Canvas;
      color: CanvasText;
    }
    .available .day,
    .unavailable .day {
      color: CanvasText;
    }
    .available .day::after {
      background: CanvasText;
    }
    .available:hover .day {
      background: Canvas;
      border-color: Highlight;
    }
    .today .day {
      border-color: CanvasText;
    }
    .disabled .day {
      color: GrayText;
      opacity: 1;
    }
    .selected .day,
    .selected:hover .day {
      background: Highlight;
      border-color: Highlight;
      color: HighlightText;
    }
    .selected .day::after {
      background: HighlightText;
    }
    td:focus-visible .day {
      outline-color: CanvasText;
    }
  }
`;
