import { css } from 'lit';

export const styles = css`
  :host {
    container-type: inline-size;
  }
  .flow {
    display: grid;
    gap: var(--_space);
  }
  header {
    display: grid;
    gap: 0.25rem;
  }
  .service,
  .progress {
    margin: 0;
    color: var(--_muted);
    font-size: 0.875em;
  }
  .service {
    font-weight: 600;
    color: var(--_accent);
  }
  h2 {
    margin: 0;
    font-size: 1.375em;
    line-height: 1.25;
  }
  h2:focus {
    outline: none;
  }
  h2:focus-visible {
    outline: var(--_focus-ring);
  }
  .description,
  .hint,
  .zone-note {
    margin: 0;
    color: var(--_muted);
    white-space: pre-line;
  }
  fieldset {
    margin: 0;
    padding: 0;
    border: 0;
    min-width: 0;
  }
  .choices {
    display: grid;
    gap: 0.5rem;
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
  .choice:has(input:checked) {
    border-color: var(--_accent);
    background: var(--_accent-soft);
    box-shadow: inset 0 0 0 1px var(--_accent);
  }
  .choice:has(input:focus-visible) {
    outline: var(--_focus-ring);
    outline-offset: 2px;
  }
  .choice input {
    margin: 0.25rem 0 0;
    width: 1.25rem;
    height: 1.25rem;
    accent-color: var(--_accent);
    flex: none;
  }
  .choice input:focus-visible {
    outline: none;
  }
  .choice-text {
    display: grid;
  }
  .choice-name {
    font-weight: 600;
  }
  .choice-facts,
  .muted {
    color: var(--_muted);
    font-size: 0.9375em;
  }
  .when {
    display: grid;
    gap: var(--_space);
  }
  /* Calendar beside the times once the flow's own container is wide enough (about 720 px). */
  @container (min-width: 45rem) {
    .month {
      grid-template-columns: minmax(18rem, 1fr) minmax(14rem, 1fr);
      align-items: start;
    }
  }
  .notice {
    margin: 0;
    padding: 0.75rem 1rem;
    border-inline-start: 4px solid var(--_danger);
    background: var(--_surface-raised);
    border-radius: var(--_radius);
  }
  .actions {
    display: flex;
    flex-wrap: wrap;
    flex-direction: row-reverse;
    justify-content: flex-end;
    gap: 0.75rem;
  }
  /* Under 480 px: one column, full-width actions, a stepper for the thumb. */
  @container (width < 30rem) {
    .actions {
      flex-direction: column;
    }
    .actions .button {
      width: 100%;
    }
  }
  .summary {
    display: grid;
    gap: 0;
    margin: 0;
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
    border-top: 1px solid var(--_border);
  }
  .summary dt {
    font-weight: 600;
  }
  .summary dd {
    display: flex;
    flex-wrap: wrap;
    justify-content: space-between;
    align-items: baseline;
    gap: 0 0.75rem;
    margin: 0;
    overflow-wrap: anywhere;
  }
  @container (max-width: 24rem) {
    .summary > div {
      grid-template-columns: 1fr;
    }
  }
  .link-button {
    min-height: 2.75rem;
    padding: 0 0.25rem;
    border: 0;
    background: none;
    color: var(--_accent);
    font-weight: 600;
    text-decoration: underline;
    cursor: pointer;
  }
  .success {
    margin: 0;
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
    margin: 0 0 0.5rem;
  }
`;
