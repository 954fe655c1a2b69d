import { css } from 'lit';

export const styles = css`
  :host {
    max-width: var(--circle-book-variant-max-width, 60rem);
  }
`;
