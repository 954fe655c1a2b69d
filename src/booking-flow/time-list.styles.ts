import { css } from 'lit';

/* A time is a label (the chip's box) holding its radio and, above it, the span that shows it. */
export const styles = css`
  fieldset {
    min-inline-size: 0;
    margin: 0;
    padding: 0;
    border: 0;
  }
  legend {
    padding: 0;
    margin-block-end: 0.5rem;
    font-weight: 600;
  }
  fieldset fieldset {
    margin-block-start: 0.75rem;
  }
  fieldset fieldset legend {
    margin-block-end: 0.375rem;
    color: var(--_muted);
    font-size: 0.875rem;
  }
  p {
    margin: 0;
    color: var(--_muted);
  }
  [part='zone-note'] {
    margin-block-end: 0.75rem;
  }

  /* --circle-time-list-min-chip: see the element's JSDoc. Chips wrap as flex items rather than
     fill grid columns: a column counted from the narrowest chip overflowed the list wherever a
     time is wider than that (Firefox's and WebKit's fonts, "11:00 a. m.", wider text spacing),
     while a flex item is never narrower than its time and moves to the next row instead. */
  div {
    display: flex;
    flex-wrap: wrap;
    gap: 0.5rem;
  }
  label {
    position: relative;
    flex: 1 0 var(--circle-time-list-min-chip, 5.5rem);
    max-inline-size: calc(2 * var(--circle-time-list-min-chip, 5.5rem));
  }
  /* The radio stays in the accessibility tree and takes focus; the chip shows it. */
  input {
    position: absolute;
    inset: 0;
    inline-size: 100%;
    block-size: 100%;
    margin: 0;
    opacity: 0;
    cursor: pointer;
  }
  span {
    display: flex;
    align-items: center;
    justify-content: center;
    min-block-size: max(2.75rem, 44px);
    padding: 0.25rem 0.5rem;
    border: 1px solid var(--_border);
    border-radius: var(--_radius);
    background: var(--_surface);
    font-variant-numeric: tabular-nums;
    white-space: nowrap;
    /* Never narrower than its time: under wider text spacing (WCAG 1.4.12) the chip grows rather than the text crossing its border. */
    min-inline-size: max-content;
    pointer-events: none;
  }
  @media (hover: hover) {
    label:hover span {
      border-color: var(--_accent);
      background: var(--_accent-soft);
    }
  }
  input:checked + span {
    border-color: var(--_accent);
    background: var(--_accent);
    color: var(--_on-accent);
    font-weight: 700;
  }
  :focus-visible + span {
    outline: var(--_focus-ring);
    outline-offset: 2px;
  }

  @media (forced-colors: active) {
    span {
      border-color: ButtonText;
    }
    input:checked + span {
      forced-color-adjust: none;
      border-color: Highlight;
      background: Highlight;
      color: HighlightText;
    }
    :focus-visible + span {
      outline-color: CanvasText;
    }
  }
`;
