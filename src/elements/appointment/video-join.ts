/**
 * "Join video visit" on `<circle-appointment>` (issue #23): a link to the API's https room,
 * opening in a new tab without giving the room the page (`rel="noopener noreferrer"`), from 10
 * minutes before the start until the end (src/flow/video-visit.ts). Before that it is shown
 * disabled, saying when it opens; after, that the visit has ended. The element wakes itself
 * at each change, so none of this needs a reload.
 */
import { html, nothing, type TemplateResult } from 'lit';
import { msg, str } from '../../i18n/localization.js';
import { videoJoin } from '../../flow/video-visit.js';
import { formatShortDateTime } from '../../i18n/format.js';
import type { Appointment } from '../../api/schemas.js';

export function renderVideoJoin(appointment: Appointment, now: number, locale: string | undefined): TemplateResult | typeof nothing {
  const join = videoJoin(appointment, now);
  if (!join) return nothing;
  if (join.state === 'over') return html`<p class="hint" part="video-join" data-state="over">${msg('This video visit has ended.')}</p>`;
  if (join.state === 'open') {
    return html`<div class="video-join" part="video-join" data-state="open">
      <a class="button primary" part="join-video-link" href=${join.url} target="_blank" rel="noopener noreferrer"
        >${msg('Join video visit')}<span class="visually-hidden"> ${msg('(opens in a new tab)')}</span></a
      >
    </div>`;
  }
  const opens = formatShortDateTime(join.opensAt, appointment.location.timeZone, locale, true);
  // A link without href is not followed and says it is disabled; it stays in the reading order with why.
  /* eslint-disable lit-a11y/anchor-is-valid -- the link is disabled until it opens, so it has no href yet */
  return html`<div class="video-join" part="video-join" data-state="not-open">
    <a class="button" part="join-video-link" role="link" aria-disabled="true" aria-describedby="video-opens">${msg('Join video visit')}</a>
    <p class="hint" id="video-opens">${msg(str`Opens ${opens}, 10 minutes before the start.`)}</p>
  </div>`;
  /* eslint-enable lit-a11y/anchor-is-valid */
}
