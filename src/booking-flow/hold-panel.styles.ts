import { css } from 'lit';

/**
 * The held time's line and the lost-time screen (hold-panel.ts). Only what the flow's own
 * styles lack: the screen is a `.notice`, its times `.choices` of `.choice` cards.
 */
export const holdPanelStyles = css`
  .hold {
    color: var(--_muted);
  }
  .hold-lost {
    display: grid;
    gap: 0.75rem;
    justify-items: start;
  }
  .hold-lost h3 {
    margin: 0;
    font-size: 1.0625em;
  }
  .near-times {
    display: flex;
    flex-wrap: wrap;
  }
  /* The same practitioner's times, then the others': each group a row of its own. */
  .near-group {
    display: flex;
    flex-wrap: wrap;
    flex-basis: 100%;
  }
  .near-group legend {
    margin-block-end: 0.25rem;
    font-weight: 600;
  }
`;
