import { css } from 'lit';

export const styles = css`
  :host {
    max-width: var(--circle-book-service-max-width, 60rem);
  }
`;
