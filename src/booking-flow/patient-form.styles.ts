import { css } from 'lit';

/**
 * One column on a phone; first and last name side by side once there is room. Inputs are at
 * least 44 px tall with 16 px text (smaller text makes iOS zoom in on focus). Space between
 * blocks comes from the grids' gaps, so paragraphs have no margins.
 */
export const styles = css`
  form,
  .names {
    display: grid;
    gap: var(--_space);
  }
  .names {
    grid-template-columns: repeat(auto-fit, minmax(min(100%, 12rem), 1fr));
  }
  .field {
    display: grid;
    gap: 0.25rem;
    min-inline-size: 0;
  }
  p {
    margin: 0;
    color: var(--_muted);
  }
  label {
    font-weight: 600;
  }
  .hint,
  .counter {
    font-size: 0.9375rem;
  }
  .error,
  .over {
    color: var(--_danger);
    font-weight: 600;
  }
  /* Not colour alone: a bar at the start of the message (on the right in right-to-left). */
  .error::before {
    content: '';
    display: inline-block;
    inline-size: 0.25rem;
    block-size: 1em;
    margin-inline-end: 0.5rem;
    vertical-align: -0.125em;
    background: currentColor;
    border-radius: 1px;
  }
  input,
  select,
  textarea {
    inline-size: 100%;
    min-block-size: max(2.75rem, 44px);
    padding: 0.5rem 0.75rem;
    border: 1px solid var(--_border);
    border-radius: var(--circle-input-radius, var(--_radius));
    background: var(--_surface);
    font-size: max(1rem, 16px);
  }
  textarea {
    min-block-size: 6rem;
    resize: vertical;
  }
  /* A date field whose calendar button has focus matches neither :focus nor :focus-visible in
     Chromium, only :focus-within; the shared :focus-visible ring covers the rest. */
  input:focus-within {
    outline: var(--_focus-ring);
    outline-offset: 2px;
  }
  input[type='date'] {
    /* Chromium sizes the date control by its content; keep it as wide as the others. */
    display: block;
    min-inline-size: 0;
  }
  [aria-invalid='true'] {
    border: 2px solid var(--_danger);
  }
  /* "Did you mean …?": a text button, as tall as a fingertip, that wraps a long address. */
  .suggestion button {
    min-block-size: max(2.75rem, 44px);
    padding: 0;
    border: 0;
    background: none;
    color: var(--_accent-text);
    font: inherit;
    font-weight: 600;
    text-align: start;
    text-decoration: underline;
    overflow-wrap: anywhere;
    cursor: pointer;
  }
  /* The clinic's own questions (clinic-questions.ts): radio groups. */
  .question-group {
    margin: 0;
    padding: 0;
    border: 0;
  }
  .question-group legend {
    padding: 0;
    margin-block-end: 0.25rem;
    font-weight: 600;
  }
  .answers {
    display: grid;
    gap: 0.5rem;
  }
  .answers.inline {
    display: flex;
    flex-wrap: wrap;
    gap: 0.5rem 1.25rem;
  }
  .answer {
    display: flex;
    gap: 0.5rem;
    align-items: center;
    min-block-size: max(2.75rem, 44px);
    font-weight: 400;
    cursor: pointer;
  }
  .answer input {
    inline-size: 1.25rem;
    min-block-size: 1.25rem;
    block-size: 1.25rem;
    margin: 0;
    padding: 0;
    accent-color: var(--_accent);
    flex: none;
  }
  @media (forced-colors: active) {
    .error::before {
      background: CanvasText;
    }
    [aria-invalid='true'] {
      border-style: double;
      border-width: 3px;
    }
  }
`;
