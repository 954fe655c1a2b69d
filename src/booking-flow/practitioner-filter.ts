/**
 * Who the patient sees, above the day picker: a native select ("Any available practitioner",
 * then each practitioner of the variant), one Tab stop and the phone's own picker, then the
 * chosen practitioner's card: photo (or initials), name, title, the languages they speak and
 * their short introduction. A variant with one practitioner shows only the card.
 */
import { css, html, nothing, type TemplateResult } from 'lit';
import { msg, str } from '../i18n/localization.js';
import type { Practitioner } from '../api/schemas.js';
import type { BookingCatalog, BookingFlowState } from '../flow/booking-flow.js';
import { practitionerOf, practitionersFor } from '../flow/practitioners.js';
import { formatLanguages } from '../i18n/format.js';

export interface PractitionerFilterView {
  catalog: BookingCatalog;
  state: BookingFlowState;
  locale?: string | undefined;
  /** One practitioner, or anyone with `undefined`. */
  choosePractitioner(practitionerId: string | undefined): void;
}

/** "AW" for Anna Weber: the avatar without a photo, or while it fails to load. */
function initials(name: string): string {
  const words = name.split(/\s+/).filter(Boolean);
  return [words[0], words.length > 1 ? words.at(-1) : undefined].map((word) => word?.[0] ?? '').join('');
}

function renderCard(practitioner: Practitioner, locale: string | undefined): TemplateResult {
  const { displayName, title, photoUrl, languages, bio } = practitioner;
  // The name is beside the picture, which adds nothing a screen reader needs. A photo that
  // fails to load is hidden, leaving the initials under it.
  return html`<div class="person" part="practitioner-card">
    <span class="avatar" aria-hidden="true"
      >${initials(displayName)}${
        photoUrl
          ? html`<img src=${photoUrl} alt="" loading="lazy" referrerpolicy="no-referrer" @error=${(event: Event) => ((event.target as HTMLElement).hidden = true)} />`
          : nothing
      }</span
    >
    <p>
      <bdi class="choice-name">${displayName}</bdi><br /><bdi class="muted">${title}</bdi>
      ${languages.length ? html`<br /><span class="muted">${msg(str`Speaks ${formatLanguages(languages, locale)}`)}</span>` : nothing}
      ${bio ? html`<br /><span class="muted" dir="auto">${bio}</span>` : nothing}
    </p>
  </div>`;
}

export function renderPractitionerFilter(view: PractitionerFilterView): TemplateResult | typeof nothing {
  const { catalog, state, locale } = view;
  const list = practitionersFor(catalog, state);
  if (list.length === 0) return nothing;
  const chosen = practitionerOf(catalog, state);
  return html`<div class="practitioner" part="practitioner">
    ${
      list.length > 1
        ? html`<label for="practitioner">${msg('Practitioner')}</label>
          <select id="practitioner" @change=${(event: Event) => view.choosePractitioner((event.target as HTMLSelectElement).value || undefined)}>
            <option value="" ?selected=${!state.practitionerId}>${msg('Any available practitioner')}</option>
            ${list.map((practitioner) => html`<option value=${practitioner.id} ?selected=${practitioner.id === state.practitionerId}>${practitioner.displayName}</option>`)}
          </select>`
        : nothing
    }
    ${chosen ? renderCard(chosen, locale) : nothing}
  </div>`;
}

export const practitionerStyles = css`
  .practitioner {
    display: grid;
    gap: 0.5rem;
    margin-block-end: 1rem;
  }
  .practitioner select {
    max-inline-size: 24rem;
    min-block-size: 44px;
    padding-inline: 0.5rem;
    border: 1px solid var(--_border);
    border-radius: var(--_radius);
    background: var(--_surface);
    color: inherit;
    font: inherit;
    /* Never smaller than 16 px: on a page whose root font is 10 px, and so that iOS does not zoom on focus. */
    font-size: max(1rem, 16px);
  }
  .person {
    display: flex;
    gap: 0.75rem;
  }
  .person p {
    margin: 0;
    overflow-wrap: anywhere;
  }
  /* The photo lies over the initials, in the same grid cell. */
  .avatar {
    display: grid;
    flex: none;
    place-items: center;
    inline-size: 3rem;
    block-size: 3rem;
    overflow: hidden;
    border-radius: 50%;
    background: var(--_accent-soft);
    color: var(--_accent);
    font-weight: 700;
  }
  .avatar img {
    grid-area: 1 / 1;
    inline-size: 100%;
    block-size: 100%;
    object-fit: cover;
  }
`;
