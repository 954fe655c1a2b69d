import { css } from 'lit';

/**
 * Phone first: one column at 320 px; logical properties throughout, so right-to-left mirrors.
 * Focus rings come from the tokens' `:focus-visible`; in forced colours the browser draws every
 * border in the system's colour, so the coloured edges stay visible without rules of their own.
 */
export const styles = css`
  :host {
    container-type: inline-size;
    max-width: var(--circle-appointment-max-width, 40rem);
    /* The element paints its own surface, so its text colours always sit on the background they were chosen for (docs/accessibility.md). */
    background: var(--_surface);
  }
  .appointment {
    display: grid;
    gap: var(--_space);
  }
  [aria-busy='true'] :is(.actions, .details) {
    opacity: 0.7;
  }
  p,
  dl,
  dd,
  h2,
  h3 {
    margin: 0;
  }
  a {
    color: var(--_accent-text);
    text-underline-offset: 0.15em;
  }
  /* Links in text are at least 24 px tall targets (WCAG 2.2, 2.5.8). */
  p a {
    display: inline-block;
    min-block-size: 1.5rem;
  }

  header {
    display: grid;
    justify-items: start;
    gap: 0.25rem;
  }
  .service {
    color: var(--_accent-text);
    font-size: 0.875em;
    font-weight: 600;
  }
  h2,
  h3 {
    line-height: 1.25;
    overflow-wrap: anywhere;
  }
  h2 {
    font-size: 1.375em;
  }
  h3 {
    font-size: 1.125em;
  }
  .badge {
    padding: 0.125rem 0.625rem;
    border: 1px solid;
    border-radius: 999px;
    color: var(--_muted);
    font-size: 0.875em;
    font-weight: 600;
  }
  [data-phase='upcoming'] {
    color: var(--_success);
  }
  [data-phase='cancelled'],
  [data-phase='missed'] {
    color: var(--_danger);
  }

  .announcement:empty {
    display: none;
  }
  .announcement,
  .notice,
  .closed {
    padding: 0.75rem 1rem;
    border-inline-start: 0.375rem solid var(--_success);
    border-radius: var(--_radius);
    background: var(--_surface-raised);
  }
  .announcement {
    font-weight: 600;
  }
  .notice {
    border-color: var(--_danger);
  }
  .closed {
    border: 1px solid var(--_border);
    border-inline-start-width: 0.375rem;
  }

  .details,
  .change,
  .step,
  textarea {
    border: 1px solid var(--_border);
    border-radius: var(--_radius);
  }
  .details,
  .change {
    display: grid;
  }
  .details > div,
  .change > div {
    display: grid;
    gap: 0 0.75rem;
    padding: 0.75rem 1rem;
  }
  .details > div + div,
  .change > div + div {
    border-block-start: 1px solid var(--_border);
  }
  @container (min-width: 26rem) {
    .details > div,
    .change > div {
      grid-template-columns: 7rem 1fr;
      align-items: baseline;
    }
  }
  dt,
  label {
    font-weight: 600;
  }
  dd {
    display: grid;
    gap: 0.25rem;
    overflow-wrap: anywhere;
  }
  .muted,
  .zone-note,
  .hint {
    color: var(--_muted);
    font-size: 0.9375em;
  }
  .struck {
    text-decoration: line-through;
  }

  /* Cancellation terms: stated above the actions; a late fee ticked before "Yes". */
  .terms {
    grid-column: 1 / -1;
    margin: 0;
  }
  .fee {
    display: grid;
    gap: 0.5rem;
    padding: 0.75rem 1rem;
    border: 1px solid var(--_border);
    border-inline-start: 0.375rem solid var(--_danger);
    border-radius: var(--_radius);
  }
  .fee p {
    margin: 0;
  }
  .check {
    display: flex;
    gap: 0.5rem;
    align-items: center;
    min-block-size: 44px;
  }
  .check input {
    inline-size: 1.25rem;
    block-size: 1.25rem;
    margin: 0;
    accent-color: var(--_accent);
  }

  .note,
  .callout,
  .step {
    display: grid;
    gap: 0.5rem;
    padding: var(--_space);
    border-radius: var(--_radius);
    background: var(--_surface-raised);
  }
  .note q {
    overflow-wrap: anywhere;
  }
  .callout {
    justify-items: start;
    border: 2px solid var(--_accent);
    background: var(--_accent-soft);
  }
  .callout-title,
  .action-title {
    font-weight: 700;
  }

  .actions {
    display: grid;
    gap: 0.75rem;
  }
  .action {
    display: grid;
    justify-items: start;
    gap: 0.375rem;
  }
  .danger-outline {
    border-color: var(--_danger);
    color: var(--_danger);
  }
  .danger-outline:hover {
    background: color-mix(in srgb, var(--_danger) 10%, transparent);
  }
  .button.danger {
    border-color: var(--_danger);
    background: var(--_danger);
    color: var(--_surface);
  }
  .button.danger:hover {
    background: color-mix(in srgb, var(--_danger) 88%, black);
  }

  .step {
    gap: 0.75rem;
    background: var(--_surface);
  }
  .field {
    display: grid;
    gap: 0.25rem;
  }
  .widen {
    display: flex;
    gap: 0.5rem;
    align-items: center;
    min-block-size: 44px;
  }
  .widen input {
    flex: none;
    inline-size: 1.25rem;
    block-size: 1.25rem;
    margin: 0;
  }
  textarea {
    inline-size: 100%;
    min-block-size: 5rem;
    padding: 0.5rem 0.75rem;
    background: var(--_surface);
    resize: vertical;
  }
  .when {
    display: grid;
    gap: var(--_space);
  }
  @container (min-width: 40rem) {
    .when {
      /* Room for seven 44 px days. */
      grid-template-columns: minmax(max(18rem, 7 * 44px), 1fr) minmax(12rem, 1fr);
      align-items: start;
    }
  }
  .buttons {
    display: flex;
    flex-wrap: wrap;
    gap: 0.75rem;
  }
  .buttons .hint {
    flex-basis: 100%;
  }

  /* On a phone every button takes the whole width: big targets, nothing to aim at. */
  @container (max-width: 30rem) {
    .action,
    .callout {
      justify-items: stretch;
    }
    .buttons {
      flex-direction: column;
    }
    /* In a wrapping column a 100% basis would start a second column beside the buttons. */
    .buttons .hint {
      flex-basis: auto;
    }
    .button {
      inline-size: 100%;
    }
  }
  /* A video visit's "Join video visit", and when it opens. */
  .video-join {
    display: grid;
    justify-items: start;
    gap: 0.25rem;
    margin-block: 1rem;
  }
  .video-join [aria-disabled='true'] {
    opacity: 0.6;
    cursor: not-allowed;
  }
`;
