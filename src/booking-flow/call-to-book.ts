/**
 * Times inside the minimum notice: free, but booked by phone. Shown under a day's times (never
 * hidden, never a control), with the clinic's phone as a tel: link, so a day with only such
 * times says what the patient can do. Rendered inside `<circle-time-list>`'s shadow root.
 */
import { css, html, nothing, type TemplateResult } from 'lit';
import { msg } from '../i18n/localization.js';
import { telHref } from '../flow/contact.js';

/** `times`: the times as shown ("9:00 AM"); `phone`: the clinic's, when the API gave one. */
export function renderCallToBook(times: readonly string[], phone: string | undefined): TemplateResult | typeof nothing {
  if (times.length === 0) return nothing;
  const tel = phone ? telHref(phone) : undefined;
  // A named group, not a region: a list of several days has one on each, and landmarks must differ.
  return html`<div class="call" part="call-to-book" role="group" aria-labelledby="call-title">
    <p class="call-title" id="call-title">${msg('Call to book')}</p>
    <ul>
      ${times.map((time) => html`<li>${time}</li>`)}
    </ul>
    <p>
      ${
        tel
          ? html`${msg('These times are booked by phone:')} <a href=${tel} dir="ltr">${phone}</a>`
          : msg('These times are booked by phone: please call the clinic.')
      }
    </p>
  </div>`;
}

export const callToBookStyles = css`
  .call {
    display: grid;
    gap: 0.5rem;
    margin-block-start: 1rem;
  }
  .call-title {
    color: inherit;
    font-weight: 600;
  }
  .call ul {
    display: flex;
    flex-wrap: wrap;
    gap: 0.5rem;
    margin: 0;
    padding: 0;
    list-style: none;
  }
  .call li {
    padding: 0.25rem 0.5rem;
    border: 1px dashed var(--_border);
    border-radius: var(--_radius);
    color: var(--_muted);
    font-variant-numeric: tabular-nums;
  }
  /* At least 24 px tall (WCAG 2.2, 2.5.8). */
  .call a {
    display: inline-block;
    min-block-size: 1.5rem;
    color: var(--_accent);
    font-weight: 600;
  }
`;
