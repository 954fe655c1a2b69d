/**
 * The "Who" step: the patient's name, contact details, date of birth and an optional note.
 * Controlled: the parent passes `value` (the draft, kept as typed) and `serverErrors`, and
 * hears `patient-input` with the whole new draft after every keystroke; the parent calls
 * `validate()` when the patient wants to go on. Validation uses the contract's own schema, so
 * what passes here passes at the API.
 */
import { html, nothing, type PropertyValues } from 'lit';
import { property, state } from 'lit/decorators.js';
import { live } from 'lit/directives/live.js';
import { msg, str } from '../i18n/localization.js';
import { isolate } from '../i18n/format.js';
import { checkField, fieldsOf, isOptional, parsedDraft, type FormDraft, type FormField, type FormMode } from './patient-fields.js';
import { relationshipLabel, relationships } from '../ui/booked-by.js';
import type { MatchField } from '../flow/who-books.js';
import { plural } from '../i18n/plural.js';
import { tokens } from '../styles/tokens.js';
import { defineElement } from '../ui/define.js';
import { LiveRegion } from '../ui/live-region.js';
import { styles } from './patient-form.styles.js';
import { LocalizedElement } from '../controllers/localized-element.js';
import type { Question } from '../api/schemas.js';
import { answerKey, answerProblem, type ClinicField } from '../flow/clinic-questions.js';
import type { QuestionContext } from './clinic-questions.js';
import { loadQuestionView, questionView } from './question-loader.js';

/** A field of the form: the patient's, the booker's, or one that finds a returning patient's record. */
export type PatientField = FormField;
/** What was typed, field by field, kept as typed until it validates. */
export type PatientDraft = FormDraft;
/** Messages per field, keyed by field name (`email`, not `patient.email`). */
export type PatientErrors = Partial<Record<string, string>>;

const noteMax = 1000;

/** Enter in a field submits a form only when the form has a submit button: a hidden one. */
// eslint-disable-next-line lit-a11y/accessible-name -- hidden: never in the accessibility tree, so it needs no name
const submitButton = html`<button type="submit" hidden></button>`;

/** Today in the patient's own calendar, `YYYY-MM-DD`: the latest date of birth the picker offers. */
function localToday(): string {
  const now = new Date();
  // toISOString speaks UTC: shift by the zone's offset so it gives the local date.
  now.setMinutes(now.getMinutes() - now.getTimezoneOffset());
  return now.toISOString().slice(0, 10);
}

/**
 * @summary The patient's details: name, email, phone, date of birth and an optional note; or, when
 * someone else books, the patient's (`mode="dependant"`) or the booker's (`mode="booker"`).
 * @fires patient-input - Internal (bubbles, not composed). After each keystroke; the form's `value` is the whole draft.
 * @fires patient-submit - Internal (bubbles, not composed). Enter was pressed in a field.
 * @csspart error - A field's error message, and server messages that belong to no field.
 * @internal The package's own, not its API: left out of custom-elements.json.
 */
export class CirclePatientForm extends LocalizedElement {
  static override styles = [tokens, styles];

  /** Fields the patient has typed in (and answers, by `answers.<id>`): only those are validated on blur. */
  private typed = new Set<string>();
  /** The draft as it was when `serverErrors` arrived: a server error shows while its field holds that value. */
  private serverErrorsFor: PatientDraft = {};
  private readonly live = new LiveRegion(this);

  /** Errors found here (on blur, or by `validate()`); cleared as soon as the field is valid. */
  @state() private errors: Partial<Record<string, string>> = {};
  /** How many fields the last `validate()` found wrong, and how often it was called, for the live region. */
  @state() private attention = { count: 0, times: 0 };
  /** "Did you mean …?" for the email as it was when the field was left; shown while the field still holds `typed`. */
  @state() private emailSuggestion?: { typed: string; address: string };

  /** What the patient has typed so far; the form shows it as is. */
  @property({ attribute: false }) value: PatientDraft = {};
  /** Messages from the API's validation, per field name without `patient.`; shown like the form's own. */
  @property({ attribute: false }) serverErrors: PatientErrors = {};
  /** The locale for numbers (the note's counter). Defaults to the page's (the nearest `lang`), then the browser's. */
  @property() locale?: string;
  /** Whose details: the patient's own, the patient's when someone else books, or that someone's. */
  @property() mode: FormMode = 'self';
  /** For a returning patient, the fields the API asks to find their record. */
  @property({ attribute: false }) matchFields: readonly MatchField[] = [];
  /** The clinic's own questions (the variant's `questions`); answers are kept in `value` as `answers.<id>`. */
  @property({ attribute: false }) questions: readonly Question[] = [];
  /** The patient fields the variant lets the patient leave out (its `patientFields`). */
  @property({ attribute: false }) optionalFields: readonly ClinicField[] = [];

  private get fields(): FormField[] {
    return fieldsOf(this.mode, this.matchFields);
  }

  protected override willUpdate(changed: PropertyValues<this>): void {
    if (changed.has('serverErrors')) this.serverErrorsFor = { ...this.value };
    if (this.questions.length > 0) loadQuestionView(() => this.requestUpdate());
    // Every field fixed: "5 fields need attention" no longer holds, so the status region empties.
    if (this.attention.count && Object.keys(this.errors).length === 0) {
      this.attention = { count: 0, times: this.attention.times };
      this.live.clear();
    }
  }

  private errorOf = (field: string): string | undefined => {
    if (this.errors[field]) return this.errors[field];
    const server = this.serverErrors[field];
    const key = field as keyof PatientDraft;
    return server && this.value[key] === this.serverErrorsFor[key] ? server : undefined;
  };

  /** Every field and answer the form checks, by the name its control carries. */
  private get keys(): string[] {
    return [...this.fields, ...this.questions.map(answerKey)];
  }

  /** The error of a field or an answer as it stands, or undefined when it can go. */
  private check(key: string, draft: PatientDraft): string | undefined {
    const question = this.questions.find((candidate) => answerKey(candidate) === key);
    if (!question) return checkField(key as PatientField, draft, this.mode, this.optionalFields);
    const problem = answerProblem(question, draft[key as keyof PatientDraft]);
    // The questions' view words it; before it arrives (the questions are not on screen yet), a plain word.
    return problem && (questionView?.answerMessage(question, problem, this.localization.locale) ?? msg('Enter your answer'));
  }

  private onInput = (event: Event) => {
    const input = event.target as HTMLInputElement | HTMLTextAreaElement | HTMLSelectElement;
    const field = input.name;
    const draft = { ...this.value, [field]: input.value };
    this.value = draft;
    this.typed.add(field);
    // An error shown on a field goes as soon as the field is valid; new errors wait for blur.
    if (this.errors[field] && !this.check(field, draft)) this.setError(field, undefined);
    // The parent reads the new draft from `value`.
    this.dispatchEvent(new Event('patient-input', { bubbles: true }));
  };

  private onBlur = (event: FocusEvent) => {
    const field = (event.target as HTMLInputElement).name;
    // Leaving for a button (Review booking, Back): its own action follows, and an error shown
    // now would push the button down between press and release, so the click would miss it.
    if (event.relatedTarget instanceof HTMLButtonElement) return;
    if (this.typed.has(field)) this.setError(field, this.check(field, this.value));
    if (field === 'email') this.suggestEmail(this.value.email ?? '');
  };

  /** Looks for a likely typo once the field is left, not on every keystroke; the check is fetched then, off the first render. */
  private suggestEmail(typed: string): void {
    void import('../flow/email-suggestion.js').then(({ suggestEmail }) => {
      const address = suggestEmail(typed);
      this.emailSuggestion = address ? { typed, address } : undefined;
    });
  }

  /** One tap takes the suggestion: the field holds it, and focus goes back to the field the button sat under. */
  private acceptEmailSuggestion = () => {
    const address = this.emailSuggestion?.address;
    if (!address) return;
    this.emailSuggestion = undefined;
    this.value = { ...this.value, email: address };
    this.typed.add('email');
    if (this.errors.email && !this.check('email', this.value)) this.setError('email', undefined);
    this.dispatchEvent(new Event('patient-input', { bubbles: true }));
    this.renderRoot.querySelector<HTMLInputElement>('#email')?.focus();
  };

  private onSubmit = (event: SubmitEvent) => {
    event.preventDefault();
    // The parent decides what follows (usually `validate()`).
    this.dispatchEvent(new Event('patient-submit', { bubbles: true }));
  };

  private setError(field: string, message: string | undefined): void {
    const errors = { ...this.errors };
    if (message) errors[field] = message;
    else delete errors[field];
    this.errors = errors;
  }

  /**
   * Checks every field with the contract's schema, shows every error, moves focus to the
   * first invalid field and announces how many need attention. Returns the parsed (trimmed)
   * details, without an empty note, or undefined when something needs fixing.
   */
  validate(): PatientDraft | undefined {
    const { fields, keys } = this;
    const errors: Partial<Record<string, string>> = {};
    for (const key of keys) {
      const message = this.check(key, this.value);
      if (message) errors[key] = message;
    }
    this.errors = errors;
    // Server errors are shown but do not block: the server may accept the same value next time.
    const invalid = keys.filter((key) => errors[key]);
    if (invalid.length === 0) {
      this.attention = { count: 0, times: this.attention.times };
      const answers = Object.fromEntries(this.questions.map(answerKey).map((key) => [key, this.value[key]]));
      return { ...parsedDraft(fields, this.value, this.mode), ...answers };
    }
    this.attention = { count: invalid.length, times: this.attention.times + 1 };
    // Focus once the errors are in the DOM, so the field is read out with its error.
    void this.updateComplete.then(() => this.renderRoot.querySelector<HTMLElement>(`[name="${invalid[0]}"]`)?.focus());
    return undefined;
  }

  protected override render() {
    const note = this.value.note ?? '';
    const number = new Intl.NumberFormat(this.localization.locale);
    const { fields, mode, keys } = this;
    const others = Object.entries(this.serverErrors).filter(([key, message]) => message && !keys.includes(key));
    const theirs = mode === 'dependant';
    // Someone else's details must not be filled in with the booker's own from the browser.
    const auto = (token: string) => (theirs ? 'off' : token);
    const optional = (label: string, field: PatientField) =>
      isOptional(field, mode, this.optionalFields) && field !== 'note' ? msg(str`${label} (optional)`) : label;
    const inputs: Record<Exclude<PatientField, 'note'>, () => unknown> = {
      givenName: () => nothing,
      familyName: () => nothing,
      email: () =>
        this.renderInput(
          'email',
          optional(theirs ? msg('Their email address') : msg('Email address'), 'email'),
          'email',
          auto('email'),
          theirs ? msg('We write to you about the visit; add theirs only if they want messages too.') : msg("We'll send your confirmation here."),
        ),
      phone: () => this.renderInput('phone', optional(theirs ? msg('Their phone number') : msg('Phone number'), 'phone'), 'tel', auto('tel')),
      dateOfBirth: () => this.renderInput('dateOfBirth', optional(msg('Date of birth'), 'dateOfBirth'), 'date', auto('bday')),
      relationship: () => this.renderRelationship(),
      postalCode: () => this.renderInput('postalCode', msg('Postal code'), 'text', theirs ? 'off' : 'postal-code', msg('The one the clinic has on record.')),
      patientNumber: () => this.renderInput('patientNumber', msg('Patient number'), 'text', 'off', msg('On letters and invoices from the clinic.')),
    };
    return html`
      <form novalidate @submit=${this.onSubmit}>
        <p>${msg('All fields are required unless marked optional.')}</p>
        ${others.map(([, message]) => html`<p class="error" part="error">${message}</p>`)}
        <div class="names">
          ${this.renderInput('givenName', msg('First name'), 'text', auto('given-name'))}
          ${this.renderInput('familyName', msg('Last name'), 'text', auto('family-name'))}
        </div>
        ${fields.filter((field) => field !== 'givenName' && field !== 'familyName' && field !== 'note').map((field) => inputs[field as Exclude<PatientField, 'note'>]())}
        ${questionView ? this.questions.map((question) => questionView!.renderQuestion(question, this.questionContext())) : nothing}
        ${
          fields.includes('note')
            ? this.renderField(
                'note',
                msg('Note for the clinic (optional)'),
                msg('Anything the clinic should know before your visit.'),
                (describedBy, invalid) => html`
          <textarea
            id="note" name="note" part="input"
            aria-invalid=${invalid}
            aria-describedby="${describedBy} note-counter"
            .value=${live(note)}
            @input=${this.onInput}
            @blur=${this.onBlur}
          ></textarea>
          <p id="note-counter" class="counter ${note.length > noteMax ? 'over' : ''}">
            ${msg(str`${number.format(note.length)} of ${number.format(noteMax)} characters`)}
          </p>
        `,
              )
            : nothing
        }
        ${submitButton}
      </form>
      ${this.live.render(this.suggestionShown() ? { key: `suggestion:${this.emailSuggestion!.typed}`, text: this.suggestionText() } : { key: `attention:${this.attention.times}`, text: this.renderAttention() })}
    `;
  }

  private questionContext(): QuestionContext {
    return { value: this.value, locale: this.localization.locale, errorOf: this.errorOf, onInput: this.onInput, onBlur: this.onBlur };
  }

  /** How the booker is related to the patient: a native select, so every platform's own picker serves it. */
  private renderRelationship() {
    const value = this.value.relationship ?? '';
    return this.renderField(
      'relationship',
      msg('Your relationship to the patient'),
      undefined,
      (describedBy, invalid) => html`
      <select
        id="relationship" name="relationship"
        required
        aria-invalid=${invalid}
        aria-describedby=${describedBy || nothing}
        .value=${live(value)}
        @change=${this.onInput}
        @blur=${this.onBlur}
      >
        <option value="" ?selected=${value === ''}>${msg('Choose…')}</option>
        ${relationships.map((relationship) => html`<option value=${relationship} ?selected=${value === relationship}>${relationshipLabel(relationship)}</option>`)}
      </select>
    `,
    );
  }

  /** "2 fields need attention" after `validate()` found something; each call is announced (live-region.ts). */
  private renderAttention(): string {
    const { count } = this.attention;
    if (count === 0) return '';
    return plural(count, {
      one: () => msg(str`${count} field needs attention`),
      zero: () => msg(str`${count} fields need attention`, { id: 'fields-need-attention.zero' }),
      two: () => msg(str`${count} fields need attention`, { id: 'fields-need-attention.two' }),
      few: () => msg(str`${count} fields need attention`, { id: 'fields-need-attention.few' }),
      many: () => msg(str`${count} fields need attention`, { id: 'fields-need-attention.many' }),
      other: () => msg(str`${count} fields need attention`),
    });
  }

  /** While the field holds what was typed when the suggestion was made. A suggestion, never an error: Continue works with or without it. */
  private suggestionShown(): boolean {
    return !!this.emailSuggestion && this.value.email === this.emailSuggestion.typed;
  }

  /** The address is kept left to right inside a right-to-left sentence. */
  private suggestionText(): string {
    return msg(str`Did you mean ${isolate(this.emailSuggestion!.address)}?`);
  }

  /** A one-line field; what it asks for (`type`) decides its keyboard, capitals and direction. */
  private renderInput(field: PatientField, label: string, type: 'text' | 'email' | 'tel' | 'date', autocomplete: string, hint?: string) {
    // Email addresses and phone numbers get their own keyboard, and read left to right on right-to-left pages too.
    const address = type === 'email' || type === 'tel';
    return this.renderField(
      field,
      label,
      hint,
      (describedBy, invalid) => html`
      <input
        id=${field} name=${field} part="input"
        type=${type}
        autocomplete=${autocomplete}
        inputmode=${address ? type : nothing}
        autocapitalize=${type === 'text' ? 'words' : 'none'}
        dir=${address ? 'ltr' : nothing}
        spellcheck="false"
        max=${type === 'date' ? localToday() : nothing}
        ?required=${!isOptional(field, this.mode, this.optionalFields)}
        aria-invalid=${invalid}
        aria-describedby=${describedBy || nothing}
        .value=${live(this.value[field] ?? '')}
        @input=${this.onInput}
        @blur=${this.onBlur}
      />
      ${field === 'email' && this.suggestionShown() ? html`<p class="suggestion"><button type="button" @click=${this.acceptEmailSuggestion}>${this.suggestionText()}</button></p>` : nothing}
    `,
    );
  }

  /** Label, hint, error (between label and input, where it is seen and read first) and the control. */
  private renderField(field: PatientField, label: string, hint: string | undefined, control: (describedBy: string, invalid: 'true' | 'false') => unknown) {
    const error = this.errorOf(field);
    const describedBy = [hint ? `${field}-hint` : '', error ? `${field}-error` : ''].filter(Boolean).join(' ');
    return html`
      <div class="field">
        <label for=${field} part="label">${label}</label>
        ${hint ? html`<p id="${field}-hint" class="hint">${hint}</p>` : nothing}
        ${error ? html`<p id="${field}-error" class="error" part="error">${error}</p>` : nothing}
        ${control(describedBy, error ? 'true' : 'false')}
      </div>
    `;
  }
}

defineElement('circle-patient-form', CirclePatientForm);

declare global {
  interface HTMLElementTagNameMap {
    'circle-patient-form': CirclePatientForm;
  }
  interface HTMLElementEventMap {
    /** The draft changed; the form's `value` is the whole new draft. Bubbles; does not leave the parent's shadow root. */
    'patient-input': Event;
    /** The patient pressed Enter in a field. Bubbles; does not leave the parent's shadow root. */
    'patient-submit': Event;
  }
}
