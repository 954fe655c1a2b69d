/** What both booking elements render around the flow (booking-catalog.ts). */
import { css } from 'lit';

/** The "not bookable online" screen's look. */
export const bookingHostStyles = css`
  .unavailable h2 {
    margin: 0 0 0.5rem;
    font-size: 1.375em;
  }
  .unavailable p {
    margin: 0 0 0.5rem;
  }
  a {
    color: var(--_accent-text);
  }
`;
