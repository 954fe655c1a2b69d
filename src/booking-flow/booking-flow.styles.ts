import { css } from 'lit';

/**
 * The steps' look. Space between blocks comes from the grids' gaps, so text blocks have no
 * margins of their own. The step heading's focus ring is the shared `:focus-visible` one
 * (tokens.ts): a heading focused by a mouse user's click on Continue shows none.
 */
export const styles = css`
  :host {
    container-type: inline-size;
  }
  p,
  h2,
  dl,
  dd,
  fieldset {
    margin: 0;
  }
  .flow,
  .when {
    display: grid;
    gap: var(--_space);
  }
  header {
    display: grid;
    gap: 0.25rem;
  }
  .service,
  .progress {
    color: var(--_muted);
    font-size: 0.875em;
  }
  .service {
    font-weight: 600;
    color: var(--_accent-text);
  }
  h2 {
    font-size: 1.375em;
    line-height: 1.25;
  }
  .zone-name,
  .zone-note {
    display: block;
  }
  .description,
  .hint,
  .zone-name,
  .zone-note {
    color: var(--_muted);
    white-space: pre-line;
  }
  .choices {
    display: grid;
    gap: 0.5rem;
    padding: 0;
    border: 0;
    min-inline-size: 0;
  }
  .choice {
    display: flex;
    gap: 0.75rem;
    align-items: flex-start;
    padding: 0.875rem 1rem;
    border: 1px solid var(--_border);
    border-radius: var(--_radius);
    background: var(--_surface);
    cursor: pointer;
  }
  .choice:has(:checked) {
    border-color: var(--_accent);
    background: var(--_accent-soft);
    box-shadow: inset 0 0 0 1px var(--_accent);
  }
  /* The whole card shows the radio's focus. */
  .choice:has(:focus-visible) {
    outline: var(--_focus-ring);
    outline-offset: 2px;
  }
  .choice input {
    margin: 0.25rem 0 0;
    inline-size: 1.25rem;
    block-size: 1.25rem;
    accent-color: var(--_accent);
    flex: none;
    outline: none;
  }
  .choice-text {
    display: grid;
  }
  .choice-name {
    font-weight: 600;
  }
  .muted {
    color: var(--_muted);
    font-size: 0.9375em;
  }
  /* Calendar beside the times once the flow's own container is wide enough (about 720 px). */
  @container (min-width: 45rem) {
    .month {
      /* Room for seven 44 px days. */
      grid-template-columns: minmax(max(18rem, 7 * 44px), 1fr) minmax(14rem, 1fr);
      align-items: start;
    }
  }
  .notice {
    padding: 0.75rem 1rem;
    border-inline-start: 4px solid var(--_danger);
    background: var(--_surface-raised);
    border-radius: var(--_radius);
  }
  /* Back, then the step's action: drawn in the order Tab reaches them, at every width. */
  .actions {
    display: flex;
    flex-flow: row wrap;
    gap: 0.75rem;
  }
  .actions .hint {
    flex-basis: 100%;
    margin: 0;
  }
  /* Under 480 px: one column, full-width actions, the step's action last, nearest the thumb. */
  @container (width < 30rem) {
    .actions {
      flex-flow: column;
    }
    .actions .hint {
      flex-basis: auto;
    }
  }
  .summary {
    border: 1px solid var(--_border);
    border-radius: var(--_radius);
  }
  .summary > div {
    display: grid;
    grid-template-columns: 4.5rem 1fr;
    gap: 0.25rem 0.75rem;
    padding: 0.75rem 1rem;
    align-items: baseline;
  }
  .summary > div + div {
    border-block-start: 1px solid var(--_border);
  }
  dt {
    font-weight: 600;
  }
  dd {
    display: flex;
    flex-wrap: wrap;
    justify-content: space-between;
    align-items: baseline;
    gap: 0 0.75rem;
    overflow-wrap: anywhere;
  }
  @container (max-width: 24rem) {
    .summary > div {
      grid-template-columns: 1fr;
    }
  }
  .link-button {
    min-block-size: max(2.75rem, 44px);
    padding: 0 0.25rem;
    border: 0;
    background: none;
    color: var(--_accent-text);
    font-weight: 600;
    text-decoration: underline;
    cursor: pointer;
  }
  .success {
    color: var(--_success);
    font-weight: 600;
  }
  .callout {
    padding: 1rem;
    border: 2px solid var(--_accent);
    border-radius: var(--_radius);
    background: var(--_accent-soft);
  }
  .callout p {
    margin-block-end: 0.5rem;
  }
  /* Undo a booking just made: the time left, then the button. */
  .undo {
    display: flex;
    flex-flow: row wrap;
    align-items: center;
    gap: 0.5rem 0.75rem;
    margin-block-end: 1rem;
  }
  .undo .hint {
    margin: 0;
  }
`;
