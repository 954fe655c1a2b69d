/**
 * How a visit takes place, in words (issue #23): the booking flow and `<circle-appointment>` both
 * say "Video call" or "We'll call you" where an address would go, and name the mode beside a
 * variant.
 */
import { html, type TemplateResult } from 'lit';
import { msg } from '../i18n/localization.js';
import type { Location, VisitMode } from '../api/schemas.js';
import { formatAddress } from '../i18n/format.js';

/** The mode beside a variant's duration and price: "Video call", "Phone call"; nothing for a visit in person. */
export function modeLabel(mode: VisitMode | undefined): string | undefined {
  return mode === 'video' ? msg('Video call') : mode === 'phone' ? msg('Phone call') : undefined;
}

/** The "Where" of a visit: the location and its address in person, else how it takes place. */
export function renderWhere(mode: VisitMode | undefined, location: Pick<Location, 'name' | 'address'>): TemplateResult {
  if (mode === 'video') return html`<span data-mode="video">${msg('Video call')}</span>`;
  if (mode === 'phone') return html`<span data-mode="phone">${msg('We’ll call you')}</span>`;
  return html`<bdi>${location.name}</bdi><br /><bdi class="muted">${formatAddress(location.address)}</bdi>`;
}
