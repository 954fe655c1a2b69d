import { css } from 'lit';

export const styles = css`
  :host {
    max-width: var(--circle-patient-app-max-width, 40rem);
    /* The element paints its own surface, so its text colours always sit on the background they were chosen for (docs/accessibility.md). */
    background: var(--_surface);
  }
  .invalid h2 {
    margin: 0 0 0.5rem;
    font-size: 1.375em;
  }
  .invalid p {
    margin: 0;
  }
`;
