/** The clinic's contact line and the time-zone notes, shown by every patient-facing element. */
import { css, html, nothing, type TemplateResult } from 'lit';
import { msg, str } from '../i18n/localization.js';
import type { ClinicContact } from '../api/schemas.js';
import { telHref } from '../flow/contact.js';
import { formatDateTime, formatTimeZone, patientTimeZone } from '../i18n/format.js';
import { offsetMinutes } from '../time/zoned.js';

/** "Circle Health Clinic · +49 30 … · hello@…", the phone and email as links. */
export function renderContact(clinic: ClinicContact): TemplateResult {
  const tel = clinic.phone ? telHref(clinic.phone) : undefined;
  return html`<p class="contact">
    <bdi>${clinic.name}</bdi>
    ${clinic.phone && tel ? html`<a href=${tel} dir="ltr">${clinic.phone}</a>` : nothing}
    ${clinic.email ? html`<a href="mailto:${clinic.email}" dir="ltr">${clinic.email}</a>` : nothing}
  </p>`;
}

/**
 * Whether the patient's clock reads differently from the clinic's at any of `instants`: the
 * visit's own day decides, never today, since either zone may change its clocks in between.
 */
export function zoneDiffers(timeZone: string, instants: readonly (string | number)[]): boolean {
  const own = patientTimeZone();
  return instants.some((instant) => {
    const at = typeof instant === 'number' ? instant : Date.parse(instant);
    return offsetMinutes(at, own) !== offsetMinutes(at, timeZone);
  });
}

/**
 * When a visit is: the date and time where the clinic is, the clinic's zone as it is named on
 * that day, and, where the patient's clock reads otherwise, the time where they are.
 */
export function renderWhen(start: string, timeZone: string, locale?: string, struck = false): TemplateResult {
  return html`<span class=${struck ? 'struck' : ''}>${formatDateTime(start, timeZone, locale)}</span>
    <span class="muted zone-name">${formatTimeZone(timeZone, start, locale)}</span>
    ${struck ? nothing : renderPatientTime(start, timeZone, locale)}`;
}

/** The time in the patient's own zone, when it is not the clinic's: someone travelling should not be caught out. */
export function renderPatientTime(start: string, timeZone: string, locale?: string): TemplateResult | typeof nothing {
  const own = patientTimeZone();
  if (!zoneDiffers(timeZone, [start])) return nothing;
  return html`<span class="zone-note">${msg(str`That is ${formatDateTime(start, own, locale)} where you are (${formatTimeZone(own, start, locale)}).`)}</span>`;
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
    color: var(--_accent-text);
  }
`;
