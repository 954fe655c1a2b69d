/**
 * "Who would you like to see?": "Any available practitioner" first (the default), then each
 * practitioner of the variant with their photo (or initials), title, the languages they speak
 * and their short introduction. The same choice cards as the variant and location steps.
 */
import { css, html, nothing, type TemplateResult } from 'lit';
import { msg, str } from '../i18n/localization.js';
import type { Practitioner } from '../api/schemas.js';
import type { BookingCatalog, BookingFlowState } from '../flow/booking-flow.js';
import { practitionersFor } from '../flow/practitioners.js';
import { formatLanguages } from '../i18n/format.js';

export interface PractitionerChoiceView {
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

function renderAvatar({ displayName, photoUrl }: Practitioner): TemplateResult {
  // The name is beside it: the picture adds nothing a screen reader needs. A photo that fails
  // to load is hidden, leaving the initials under it.
  return html`<span class="avatar" aria-hidden="true"
    >${initials(displayName)}${photoUrl
      ? html`<img src=${photoUrl} alt="" loading="lazy" referrerpolicy="no-referrer" @error=${(event: Event) => ((event.target as HTMLElement).hidden = true)} />`
      : nothing}</span
  >`;
}

function renderChoice(view: PractitionerChoiceView, practitioner: Practitioner | undefined): TemplateResult {
  const id = practitioner?.id;
  return html`<label class="choice" part="choice">
    <input type="radio" name="practitioner" .checked=${view.state.practitionerId === id} @change=${() => view.choosePractitioner(id)} />
    ${practitioner
      ? html`${renderAvatar(practitioner)}<span class="choice-text">
            <bdi class="choice-name">${practitioner.displayName}</bdi>
            <bdi class="muted">${practitioner.title}</bdi>
            ${practitioner.languages.length
              ? html`<span class="muted">${msg(str`Speaks ${formatLanguages(practitioner.languages, view.locale)}`)}</span>`
              : nothing}
            ${practitioner.bio ? html`<span class="muted" dir="auto">${practitioner.bio}</span>` : nothing}
          </span>`
      : html`<span class="choice-text">
          <span class="choice-name">${msg('Any available practitioner')}</span>
          <span class="muted">${msg('The most free times')}</span>
        </span>`}
  </label>`;
}

export function renderPractitionerChoices(view: PractitionerChoiceView): TemplateResult {
  return html`<fieldset class="choices" part="choices">
    <legend class="visually-hidden">${msg('Practitioners')}</legend>
    ${renderChoice(view, undefined)} ${practitionersFor(view.catalog, view.state).map((practitioner) => renderChoice(view, practitioner))}
  </fieldset>`;
}

export const practitionerStyles = css`
  .avatar {
    position: relative;
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
    position: absolute;
    inset: 0;
    inline-size: 100%;
    block-size: 100%;
    object-fit: cover;
  }
`;
