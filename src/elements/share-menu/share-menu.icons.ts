/** The menu's icons: decoration only (hidden from assistive technology), drawn in currentColor. */
import { svg } from 'lit';

const icon = (path: ReturnType<typeof svg>, directional = false) =>
  svg`<svg class="icon${directional ? ' directional' : ''}" viewBox="0 0 24 24" aria-hidden="true">${path}</svg>`;

export const chevronDown = icon(svg`<path d="m6 9 6 6 6-6" />`);
/** Points at the submenu: right, or left in right-to-left text. */
export const chevronEnd = icon(svg`<path d="m9 6 6 6-6 6" />`, true);
export const linkIcon = icon(
  svg`<path d="M10 13a5 5 0 0 0 7.5.5l3-3a5 5 0 0 0-7-7l-1.7 1.7" /><path d="M14 11a5 5 0 0 0-7.5-.5l-3 3a5 5 0 0 0 7 7l1.7-1.7" />`,
);
export const copyIcon = icon(svg`<rect x="9" y="9" width="12" height="12" rx="2" /><path d="M5 15H4a1 1 0 0 1-1-1V4a1 1 0 0 1 1-1h10a1 1 0 0 1 1 1v1" />`);
export const externalIcon = icon(
  svg`<path d="M14 4h6v6" /><path d="M20 4 10 14" /><path d="M18 14v5a1 1 0 0 1-1 1H5a1 1 0 0 1-1-1V7a1 1 0 0 1 1-1h5" />`,
  true,
);
export const retryIcon = icon(svg`<path d="M20 11a8 8 0 1 0-2.3 5.7" /><path d="M20 4v7h-7" />`);
export const checkIcon = icon(svg`<path d="m5 12 5 5 9-10" />`);
