import { css } from 'lit';

export const styles = css`
  :host {
    max-width: var(--circle-book-service-max-width, 60rem);
    /* The element paints its own surface, so its text colours always sit on the background they were chosen for (docs/accessibility.md). */
    background: var(--_surface);
  }
`;
