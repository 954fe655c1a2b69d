/**
 * The way onto the waitlist (issue #23, part 2): "Tell me if an earlier time opens", on the
 * times (a full day or month) and on the confirmation (a time later than the patient wanted).
 * The form itself (waitlist-form.ts) is fetched when first asked for: most patients never open it.
 */
import { css, html, nothing, type TemplateResult } from 'lit';
import { msg } from '../i18n/localization.js';
import type { ApiClient } from '../api/client.js';
import type { BookingCatalog, BookingFlowState } from '../flow/booking-flow.js';
import { addDays } from '../time/zoned.js';

/** What the entry reads from the flow element. */
export interface WaitlistView {
  catalog: BookingCatalog;
  state: BookingFlowState;
  client: ApiClient;
  today: string;
  locale?: string | undefined;
  waitlistOpen: boolean;
  openWaitlist(): void;
  closeWaitlist(): void;
}

let formLoaded = false;

/** Fetches the form's element once; `loaded` renders again when it is defined. */
export function loadWaitlistForm(loaded: () => void): void {
  if (formLoaded) return;
  void import('./waitlist-form.js').then(() => {
    formLoaded = true;
    loaded();
  });
}

/** The button that opens the form, or the form once open; nothing before a variant and location are chosen. */
export function renderWaitlist(view: WaitlistView): TemplateResult | typeof nothing {
  const { state, catalog } = view;
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
  // After booking, the days that suit are those before the booked one; before, the next four weeks.
  const booked = state.confirmation?.appointment;
  const until = booked ? booked.start.slice(0, 10) : addDays(view.today, 27);
  return html`<div class="waitlist" part="waitlist">
    ${
      formLoaded
        ? html`<circle-waitlist-form
            exportparts="label, input, field-error, error, waitlist-join-button"
            .client=${view.client}
            .serviceId=${catalog.service.id}
            .variantId=${variantId}
            .locationId=${locationId}
            .appointmentId=${booked?.id ?? ''}
            .prefill=${state.patient}
            .fromDate=${view.today}
            .toDate=${until < view.today ? view.today : until}
            .today=${view.today}
            .locale=${view.locale}
            @waitlist-close=${view.closeWaitlist}
          ></circle-waitlist-form>`
        : html`<p role="status" class="muted">${msg('Loading…')}</p>`
    }
  </div>`;
}

export const waitlistStyles = css`
  .waitlist {
    margin-block-start: var(--_space);
    padding-block-start: var(--_space);
    border-block-start: 1px solid var(--_border);
  }
`;
