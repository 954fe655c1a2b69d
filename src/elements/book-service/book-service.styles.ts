import { css } from 'lit';

export const styles = css`
  :host {
    max-width: var(--circle-book-service-max-width, 40rem);
  }
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
