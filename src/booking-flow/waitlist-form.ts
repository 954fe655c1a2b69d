/**
 * The waitlist form (issue #23, part 2): the patient's contact and the days that suit them,
 * sent once (an Idempotency-Key per attempt, repeated by its retries), then "You're on the
 * waitlist". Fetched by waitlist-entry.ts when the patient first asks for it.
 */
import { css, html, nothing, type TemplateResult } from 'lit';
import { property, state } from 'lit/decorators.js';
import { live } from 'lit/directives/live.js';
import { msg, str } from '../i18n/localization.js';
import type { ApiClient } from '../api/client.js';
import { newIdempotencyKey } from '../api/client.js';
import { WaitlistContact, joinWaitlist, type JoinWaitlistRequest } from '../api/waitlist.js';
import type { PatientDraft } from '../flow/booking-flow.js';
import { formatDate } from '../i18n/format.js';
import { buttons, tokens } from '../styles/tokens.js';
import { defineElement } from '../ui/define.js';
import { renderError, statusStyles } from '../ui/status.js';
import { LocalizedElement } from '../controllers/localized-element.js';
import { checkField } from './patient-fields.js';
import { styles as formStyles } from './patient-form.styles.js';
import { WaitlistJoinedEvent } from './booking-flow.events.js';
import { addDays } from '../time/zoned.js';
import type { WaitlistView } from './waitlist-view.js';

type Field = 'givenName' | 'familyName' | 'email' | 'phone' | 'fromDate' | 'toDate';
type Draft = Record<Field, string>;

/**
 * @summary The waitlist form: contact and the days that suit, then the place confirmed.
 * @fires circle-waitlist-joined - The patient joined the waitlist. detail: { serviceId, variantId }
 * @fires waitlist-close - Internal. The patient closed the form without joining, or after.
 * @internal The package's own, not its API: left out of custom-elements.json.
 */
export class CircleWaitlistForm extends LocalizedElement {
  static override styles = [
    tokens,
    buttons,
    statusStyles,
    formStyles,
    css`
    :host {
      display: block;
      margin-block-start: var(--_space);
      padding-block-start: var(--_space);
      border-block-start: 1px solid var(--_border);
    }
    h3 {
      margin: 0;
      font-size: 1.125rem;
    }
    .actions {
      display: flex;
      flex-wrap: wrap;
      gap: 0.5rem;
    }
  `,
  ];

  @property({ attribute: false }) client!: ApiClient;
  @property({ attribute: false }) serviceId = '';
  @property({ attribute: false }) variantId = '';
  @property({ attribute: false }) locationId = '';
  /** The booking just made, when the patient joins after booking to move it earlier. */
  @property({ attribute: false }) appointmentId = '';
  @property({ attribute: false }) prefill: PatientDraft = {};
  @property({ attribute: false }) fromDate = '';
  @property({ attribute: false }) toDate = '';
  @property({ attribute: false }) today = '';
  @property() locale?: string;

  @state() private draft?: Draft;
  @state() private errors: Partial<Record<Field, string>> = {};
  @state() private sending = false;
  @state() private failure: unknown;
  @state() private joined?: { email: string; fromDate: string; toDate: string };
  /** The attempt's key, with the request it was made for: a retry of the same request repeats it. */
  private attempt?: { key: string; body: string };

  private get value(): Draft {
    const { givenName = '', familyName = '', email = '', phone = '' } = this.prefill;
    return this.draft ?? { givenName, familyName, email, phone, fromDate: this.fromDate, toDate: this.toDate };
  }

  private onInput = (event: Event) => {
    const input = event.target as HTMLInputElement;
    this.draft = { ...this.value, [input.name]: input.value };
    if (this.errors[input.name as Field]) this.errors = { ...this.errors, [input.name]: undefined };
  };

  /** What is wrong, field by field, in the same words as the booking's own form. */
  private check(draft: Draft): Partial<Record<Field, string>> {
    const errors: Partial<Record<Field, string>> = {};
    for (const field of ['givenName', 'familyName', 'email', 'phone'] as const) {
      const message = checkField(field, draft, 'self');
      if (message) errors[field] = message;
    }
    if (!draft.fromDate) errors.fromDate = msg('Choose the earliest day that suits you');
    if (!draft.toDate) errors.toDate = msg('Choose the latest day that suits you');
    else if (draft.fromDate && draft.toDate < draft.fromDate) errors.toDate = msg('Choose a day on or after the earliest one');
    return errors;
  }

  private onSubmit = (event: Event) => {
    event.preventDefault();
    void this.send();
  };

  private async send(): Promise<void> {
    if (this.sending) return;
    const draft = this.value;
    this.errors = this.check(draft);
    const firstWrong = Object.keys(this.errors).find((field) => this.errors[field as Field]);
    if (firstWrong) {
      await this.updateComplete;
      this.renderRoot.querySelector<HTMLInputElement>(`#wl-${firstWrong}`)?.focus();
      return;
    }
    const contact = WaitlistContact.parse({ givenName: draft.givenName, familyName: draft.familyName, email: draft.email, phone: draft.phone });
    const request: JoinWaitlistRequest = {
      variantId: this.variantId,
      locationId: this.locationId,
      contact,
      fromDate: draft.fromDate,
      toDate: draft.toDate,
      ...(this.appointmentId ? { appointmentId: this.appointmentId } : {}),
    };
    const body = JSON.stringify(request);
    if (this.attempt?.body !== body) this.attempt = { key: newIdempotencyKey(), body };
    this.sending = true;
    this.failure = undefined;
    try {
      await joinWaitlist(this.client, request, { idempotencyKey: this.attempt.key });
      this.joined = { email: contact.email, fromDate: draft.fromDate, toDate: draft.toDate };
      this.dispatchEvent(new WaitlistJoinedEvent({ serviceId: this.serviceId, variantId: this.variantId }));
      await this.updateComplete;
      this.renderRoot.querySelector<HTMLElement>('#wl-heading')?.focus();
    } catch (error) {
      this.failure = error;
    } finally {
      this.sending = false;
    }
  }

  private close = () => this.dispatchEvent(new Event('waitlist-close', { bubbles: true }));

  protected override render() {
    if (this.joined) {
      const { email, fromDate, toDate } = this.joined;
      return html`<div role="status">
        <h3 id="wl-heading" tabindex="-1">${msg('You’re on the waitlist')}</h3>
        <p>
          ${msg(str`If a time opens between ${formatDate(fromDate, this.locale)} and ${formatDate(toDate, this.locale)}, we’ll write to ${email}. The first patient to book it gets it.`)}
        </p>
      </div>`;
    }
    return html`<form novalidate aria-labelledby="wl-heading" @submit=${this.onSubmit}>
      <h3 id="wl-heading" tabindex="-1">${msg('Tell me if an earlier time opens')}</h3>
      <p>${msg('Leave your contact and the days that suit you. When a visit on one of those days is cancelled, we’ll write to you.')}</p>
      <div class="names">${this.renderInput('givenName', msg('First name'), 'text', 'given-name')} ${this.renderInput('familyName', msg('Last name'), 'text', 'family-name')}</div>
      ${this.renderInput('email', msg('Email address'), 'email', 'email')} ${this.renderInput('phone', msg('Phone number'), 'tel', 'tel')}
      <div class="names">
        ${this.renderInput('fromDate', msg('Earliest day that suits you'), 'date', 'off')} ${this.renderInput('toDate', msg('Latest day that suits you'), 'date', 'off')}
      </div>
      ${this.failure ? renderError(this.failure, { onRetry: () => void this.send() }) : nothing}
      <div class="actions">
        <button type="submit" class="button primary" part="waitlist-join-button" aria-disabled=${this.sending ? 'true' : 'false'}>
          ${this.sending ? msg('Joining…') : msg('Join the waitlist')}
        </button>
        <button type="button" class="button" @click=${this.close}>${msg('Not now')}</button>
      </div>
    </form>`;
  }

  private renderInput(field: Field, label: string, type: string, autocomplete: string): TemplateResult {
    const error = this.errors[field];
    const date = type === 'date';
    return html`<div class="field">
      <label for="wl-${field}" part="label">${label}</label>
      <input
        id="wl-${field}"
        name=${field}
        type=${type}
        part="input"
        autocomplete=${autocomplete}
        min=${date ? this.today : nothing}
        aria-invalid=${error ? 'true' : 'false'}
        aria-describedby=${error ? `wl-${field}-error` : nothing}
        .value=${live(this.value[field])}
        @input=${this.onInput}
      />
      ${error ? html`<p class="error" part="field-error" id="wl-${field}-error">${error}</p>` : nothing}
    </div>`;
  }
}

defineElement('circle-waitlist-form', CircleWaitlistForm);

declare global {
  interface HTMLElementTagNameMap {
    'circle-waitlist-form': CircleWaitlistForm;
  }
}

/** The open form, as the waitlist entry shows it: after booking, the days before the booked one; before, the next four weeks. */
export function renderWaitlistForm(view: WaitlistView, variantId: string, locationId: string): TemplateResult {
  const { state, today } = view;
  const booked = state.confirmation?.appointment;
  const until = booked ? booked.start.slice(0, 10) : addDays(today, 27);
  return html`<circle-waitlist-form
    exportparts="label, input, field-error, error, waitlist-join-button"
    .client=${view.client}
    .serviceId=${view.catalog.service.id}
    .variantId=${variantId}
    .locationId=${locationId}
    .appointmentId=${booked?.id ?? ''}
    .prefill=${state.patient}
    .fromDate=${today}
    .toDate=${until < today ? today : until}
    .today=${today}
    .locale=${view.locale}
    @waitlist-close=${view.closeWaitlist}
  ></circle-waitlist-form>`;
}
