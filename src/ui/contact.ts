/** The clinic's contact line and time-zone notes, shown by every patient-facing element. */
import { css, html, nothing, type TemplateResult } from 'lit';
import { msg, str } from '../i18n/localization.js';
import type { ClinicContact } from '../api/schemas.js';
import { telHref } from '../flow/contact.js';
import { formatTimeZone, patientTimeZone } from '../i18n/format.js';
import { offsetMinutes } from '../time/zoned.js';

/** "Circle Health Clinic · +49 30 … · hello@…", the phone and email as links. */
export function renderContact(clinic: ClinicContact): TemplateResult {
  const tel = clinic.phone ? telHref(clinic.phone) : undefined;
  return html`<p class="contact">
    <span>${clinic.name}</span>
    ${clinic.phone && tel ? html`<a href=${tel} dir="ltr">${clinic.phone}</a>` : nothing}
    ${clinic.email ? html`<a href="mailto:${clinic.email}" dir="ltr">${clinic.email}</a>` : nothing}
  </p>`;
}

/** Whether the patient's clock reads differently from the clinic's at `instant`. */
export function zoneDiffers(timeZone: string, instant: number = Date.now()): boolean {
  return offsetMinutes(instant, patientTimeZone()) !== offsetMinutes(instant, timeZone);
}

/** Names the clinic's zone above a list of times when it is not the patient's: the visit happens where the clinic is. */
export function renderClinicZoneNote(timeZone: string, locale?: string): TemplateResult | typeof nothing {
  if (!zoneDiffers(timeZone)) return nothing;
  return html`<p class="zone-note" part="zone-note">${msg(str`Times are in ${formatTimeZone(timeZone, new Date(), locale)}, where the clinic is.`)}</p>`;
}

export const contactStyles = css`
  .contact {
    display: flex;
    flex-wrap: wrap;
    gap: 0.25rem 0.75rem;
    margin: 0;
    overflow-wrap: anywhere;
  }
  /* At least 24 px tall targets (WCAG 2.2, 2.5.8). */
  .contact a {
    display: inline-block;
    min-block-size: 1.5rem;
    color: var(--_accent);
  }
`;
