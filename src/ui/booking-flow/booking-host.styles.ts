/**
 * The look of what both booking elements render around the flow (src/controllers/booking-catalog.controller.ts).
 */
import { css } from 'lit';

/** The unavailable screen's look, shared by both booking elements. */
export const bookingHostStyles = css`
  .unavailable h2 {
    margin: 0 0 0.5rem;
    font-size: 1.375em;
  }
  .unavailable p {
    margin: 0 0 0.5rem;
  }
  a {
    color: var(--_accent);
  }
`;
