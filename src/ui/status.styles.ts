import { css } from 'lit';

/**
 * Loading, error and empty states. Uses the tokens' private `--_` properties and the shared
 * `.button` and `.visually-hidden` classes, so list it after `tokens` and `buttons`.
 *
 * @cssprop --circle-status-min-block-size - The least height of every state, so swapping one
 *   for another does not move what follows. Default: 8rem.
 */
export const statusStyles = css`
  .status {
    display: grid;
    align-content: start;
    justify-items: start;
    gap: 0.5rem;
    min-block-size: var(--circle-status-min-block-size, 8rem);
    overflow-wrap: anywhere;
  }
  .status > * {
    margin: 0;
  }
  .status .title {
    font-size: 1.125rem;
    font-weight: 700;
    line-height: 1.3;
  }
  .status .contact {
    display: flex;
    flex-wrap: wrap;
    gap: 0.25rem 0.75rem;
  }
  .status a {
    color: var(--_accent-text);
    /* Links are at least 24 px tall targets (WCAG 2.2, 2.5.8). */
    display: inline-block;
    min-block-size: 1.5rem;
    text-underline-offset: 0.15em;
  }
  .status .button {
    margin-block-start: 0.5rem;
  }
  .status.error,
  .status.empty {
    padding: var(--_space);
    border-radius: var(--_radius);
    background: var(--_surface-raised);
  }
  .status.error {
    border: 1px solid var(--_danger);
    border-inline-start-width: 0.375rem;
    background: var(--_surface);
  }

  .skeleton {
    display: grid;
    gap: 0.75rem;
    inline-size: 100%;
  }
  .skeleton.lines .bone {
    block-size: 1rem;
  }
  .skeleton.lines .bone:first-child {
    block-size: 1.5rem;
    inline-size: 60%;
  }
  .skeleton.lines .bone:last-child {
    inline-size: 80%;
  }
  .skeleton.grid {
    grid-template-columns: repeat(auto-fill, minmax(5.5rem, 1fr));
    gap: 0.5rem;
  }
  .skeleton.grid .bone {
    block-size: 2.75rem;
  }
  .bone {
    display: block;
    border-radius: var(--_radius);
    background: linear-gradient(90deg, transparent, color-mix(in srgb, var(--_surface) 60%, transparent), transparent)
      0 0 / 200% 100% no-repeat,
      color-mix(in srgb, var(--_text) 9%, var(--_surface));
    animation: circle-shimmer 1.5s ease-in-out infinite;
  }
  /* The shimmer runs one way in both directions of text: it is decoration, not reading order. */
  @keyframes circle-shimmer {
    from {
      background-position: 150% 0, 0 0;
    }
    to {
      background-position: -50% 0, 0 0;
    }
  }
  @media (prefers-reduced-motion: reduce) {
    .bone {
      /* The tokens shorten animations; an infinite one that short would flicker, so stop it. */
      animation: none !important;
    }
  }
  @media (forced-colors: active) {
    .bone {
      border: 1px solid GrayText;
    }
    .status.error {
      border-color: CanvasText;
    }
  }
`;
