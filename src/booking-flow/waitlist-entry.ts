/**
 * The way onto the waitlist (issue #23, part 2): "Tell me if an earlier time opens", on the
 * times (a full day or month) and on the confirmation (a time later than the patient wanted).
 * The form itself (waitlist-form.ts) is fetched when first asked for: most patients never open it.
 */
import { html, nothing, type TemplateResult } from 'lit';
import { msg } from '../i18n/localization.js';
import type { WaitlistView } from './waitlist-view.js';

export type { WaitlistView } from './waitlist-view.js';

/** The form, once fetched. */
let formModule: typeof import('./waitlist-form.js') | undefined;

/** Fetches the form once; `loaded` renders again when it is here. */
export function loadWaitlistForm(loaded: () => void): void {
  if (formModule) return;
  void import('./waitlist-form.js').then((module) => {
    formModule = module;
    loaded();
  });
}

/** The button that opens the form, or the form once open; nothing before a variant and location are chosen. */
export function renderWaitlist(view: WaitlistView): TemplateResult | typeof nothing {
  const { state } = view;
  const variantId = state.variantId ?? state.confirmation?.appointment.variant.id;
  const locationId = state.locationId ?? state.confirmation?.appointment.location.id;
  if (!variantId || !locationId) return nothing;
  if (!view.waitlistOpen) {
    return html`<div class="waitlist" part="waitlist">
      <button type="button" class="link-button" part="waitlist-button" aria-expanded="false" @click=${view.openWaitlist}>
        ${state.step === 'done' ? msg('Want an earlier time? Tell me if one opens') : msg('No time that suits you? Tell me if one opens')}
      </button>
    </div>`;
  }
  return html`<div class="waitlist" part="waitlist">${formModule ? formModule.renderWaitlistForm(view, variantId, locationId) : nothing}</div>`;
}
