/**
 * The clinic's own questions on the details form, and their answers on the review: labels,
 * hints and options come from the API and are rendered as text. Each control is wired to its
 * label, hint and error as the patient's own fields are (`patient-form.ts` holds the state, and
 * the styles, in patient-form.styles.ts). Fetched only for a variant with questions (question-loader.ts).
 */
import { html, nothing, type TemplateResult } from 'lit';
import { live } from 'lit/directives/live.js';
import { msg, str } from '../i18n/localization.js';
import { formatDate } from '../i18n/format.js';
import type { Question } from '../api/schemas.js';
import { answerKey, defaultTextMax, type AnswerDraft, type AnswerProblem } from '../flow/clinic-questions.js';

/** More options than this make a select rather than a list of radio buttons. */
const mostRadios = 5;

/** What a question's control needs from the form that holds it. */
export interface QuestionContext {
  value: AnswerDraft;
  locale: string | undefined;
  errorOf(key: string): string | undefined;
  onInput(event: Event): void;
  onBlur(event: FocusEvent): void;
}

/** The patient's words for what is wrong with an answer. */
export function answerMessage(question: Question, problem: AnswerProblem, locale: string | undefined): string {
  const date = (value: string | undefined) => (value ? formatDate(value, locale, 'medium') : '');
  switch (problem) {
    case 'missing':
      if (question.type === 'text') return msg('Enter your answer');
      if (question.type === 'date') return msg('Enter a date');
      return msg('Choose an answer');
    case 'too-long': {
      const count = new Intl.NumberFormat(locale).format(question.type === 'text' ? (question.maxLength ?? defaultTextMax) : defaultTextMax);
      return msg(str`Keep your answer to ${count} characters or fewer`);
    }
    case 'not-a-date':
      return msg('Enter a real date');
    case 'too-early': {
      const earliest = date(question.type === 'date' ? question.min : undefined);
      return msg(str`Enter a date on or after ${earliest}`);
    }
    case 'too-late': {
      const latest = date(question.type === 'date' ? question.max : undefined);
      return msg(str`Enter a date on or before ${latest}`);
    }
    case 'not-an-option':
      return msg('Choose one of the answers offered');
  }
}

/** A question's label, with "(optional)" when it may be left out: the form says all others are required. */
function labelOf({ label, required }: Question): string {
  return required ? label : msg(str`${label} (optional)`);
}

/** Ids of the question's hint and error, for `aria-describedby`. */
function describedBy(id: string, question: Question, error: string | undefined): string {
  return [question.hint ? `${id}-hint` : '', error ? `${id}-error` : ''].filter(Boolean).join(' ');
}

function hintAndError(id: string, question: Question, error: string | undefined) {
  return html`${question.hint ? html`<p id="${id}-hint" class="hint">${question.hint}</p>` : nothing}
  ${error ? html`<p id="${id}-error" class="error" part="error">${error}</p>` : nothing}`;
}

/** One question: a text or date field, a select, or a group of radio buttons. */
export function renderQuestion(question: Question, context: QuestionContext): TemplateResult {
  const key = answerKey(question);
  const id = `answer-${question.id}`;
  const error = context.errorOf(key);
  const value = context.value[key] ?? '';
  const invalid = error ? 'true' : 'false';
  const described = describedBy(id, question, error) || nothing;
  if (question.type === 'yes_no' || (question.type === 'choice' && (question.options?.length ?? 0) <= mostRadios)) {
    const options =
      question.type === 'yes_no'
        ? [
            { id: 'yes', label: msg('Yes') },
            { id: 'no', label: msg('No') },
          ]
        : (question.options ?? []);
    return html`<fieldset class="field question-group" aria-describedby=${described}>
      <legend part="label">${labelOf(question)}</legend>
      ${hintAndError(id, question, error)}
      <div class=${question.type === 'yes_no' ? 'answers inline' : 'answers'}>
        ${options.map(
          (option) => html`<label class="answer">
            <input
              type="radio"
              name=${key}
              value=${option.id}
              ?required=${question.required}
              aria-invalid=${invalid}
              .checked=${live(value === option.id)}
              @change=${context.onInput}
            />
            <span>${option.label}</span>
          </label>`,
        )}
      </div>
    </fieldset>`;
  }
  const control =
    question.type === 'choice'
      ? html`<select id=${id} name=${key} ?required=${question.required} aria-invalid=${invalid} aria-describedby=${described} .value=${live(value)} @change=${context.onInput} @blur=${context.onBlur}>
          <option value="" ?selected=${value === ''}>${msg('Choose…')}</option>
          ${(question.options ?? []).map((option) => html`<option value=${option.id} ?selected=${value === option.id}>${option.label}</option>`)}
        </select>`
      : html`<input
          id=${id}
          name=${key}
          part="input"
          type=${question.type === 'date' ? 'date' : 'text'}
          autocomplete="off"
          min=${question.type === 'date' && question.min ? question.min : nothing}
          max=${question.type === 'date' && question.max ? question.max : nothing}
          ?required=${question.required}
          aria-invalid=${invalid}
          aria-describedby=${described}
          .value=${live(value)}
          @input=${context.onInput}
          @blur=${context.onBlur}
        />`;
  return html`<div class="field">
    <label for=${id} part="label">${labelOf(question)}</label>
    ${hintAndError(id, question, error)} ${control}
  </div>`;
}

/** The answer to a question as typed, for the review: the option's label, yes or no as a code, or the text. */
function answerShown(question: Question, raw: string | undefined): { kind: 'text' | 'date'; value: string } | { kind: 'yes' | 'no' } | undefined {
  const value = raw?.trim() ?? '';
  if (value === '') return undefined;
  switch (question.type) {
    case 'choice': {
      const option = question.options?.find((candidate) => candidate.id === value);
      return option ? { kind: 'text', value: option.label } : undefined;
    }
    case 'yes_no':
      return value === 'yes' ? { kind: 'yes' } : { kind: 'no' };
    case 'date':
      return { kind: 'date', value };
    case 'text':
      return { kind: 'text', value };
  }
}

/** The answers given, for the review: each question with its answer; nothing when none was answered. */
export function renderAnswers(questions: readonly Question[], draft: AnswerDraft, locale: string | undefined): TemplateResult | typeof nothing {
  const answered = questions.flatMap((question) => {
    const shown = answerShown(question, draft[answerKey(question)]);
    if (!shown) return [];
    const words =
      'value' in shown ? (shown.kind === 'date' ? formatDate(shown.value, locale, 'medium') : shown.value) : shown.kind === 'yes' ? msg('Yes') : msg('No');
    return [html`<span class="block"><span class="muted">${question.label}</span> <bdi>${words}</bdi></span>`];
  });
  if (answered.length === 0) return nothing;
  // Styled by the flow's own sheet (.block, .muted): one line per answer.
  return html`<div>
    <dt>${msg('Your answers')}</dt>
    <dd><span>${answered}</span></dd>
  </div>`;
}
