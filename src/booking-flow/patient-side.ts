/**
 * The patient's side of a booking, as questions in the flow: "Have you been to us before?" on
 * the treatment step, when the answer changes what can be booked, with why a treatment is
 * missing; and "Who is this visit for?" on the details step.
 */
import { css, html, nothing, type TemplateResult } from 'lit';
import { msg, str } from '../i18n/localization.js';
import { isolate } from '../i18n/format.js';
import type { Variant } from '../api/schemas.js';
import { missingVariants, type MissingReason, type VisitFor } from '../flow/who-books.js';

export interface ReturningView {
  variants: readonly Variant[];
  returning: boolean | undefined;
  answerReturning(returning: boolean): void;
}

function missingNote(name: string, reason: MissingReason): string {
  return reason === 'new-patients-only' ? msg(str`${isolate(name)} is for new patients only.`) : msg(str`${isolate(name)} is for returning patients only.`);
}

/** The question, and a note for each treatment the answer leaves out. */
export function renderReturningQuestion(view: ReturningView): TemplateResult {
  const missing = missingVariants(view.variants, view.returning);
  const option = (value: boolean, label: string) => html`<label class="inline-choice">
    <input type="radio" name="returning" .checked=${view.returning === value} @change=${() => view.answerReturning(value)} />
    ${label}
  </label>`;
  return html`<fieldset class="question">
      <legend>${msg('Have you been to us before?')}</legend>
      <div class="inline-choices">${option(true, msg('Yes, I have'))} ${option(false, msg('No, this is my first visit'))}</div>
    </fieldset>
    ${
      missing.length > 0
        ? html`<ul class="missing">
          ${missing.map(({ variant, reason }) => html`<li>${missingNote(variant.name, reason)}</li>`)}
        </ul>`
        : nothing
    }`;
}

/** A variant's tag for whom it is, shown beside its name before the question is answered. */
export function forPatientsTag(variant: Variant): TemplateResult | typeof nothing {
  if (variant.forPatients === 'new') return html`<span class="tag">${msg('For new patients')}</span>`;
  if (variant.forPatients === 'returning') return html`<span class="tag">${msg('For returning patients')}</span>`;
  return nothing;
}

export interface VisitForView {
  visitFor: VisitFor;
  chooseVisitFor(visitFor: VisitFor): void;
}

export function renderVisitForQuestion(view: VisitForView): TemplateResult {
  const option = (value: VisitFor, label: string, hint?: string) => html`<label class="inline-choice">
    <input type="radio" name="visit-for" .checked=${view.visitFor === value} @change=${() => view.chooseVisitFor(value)} />
    <span>${label}${hint ? html`<span class="muted block">${hint}</span>` : nothing}</span>
  </label>`;
  return html`<fieldset class="question">
    <legend>${msg('Who is this visit for?')}</legend>
    <div class="inline-choices">
      ${option('me', msg('Me'))}
      ${option('someone-else', msg('Someone else'), msg('A child, or a person I care for'))}
    </div>
  </fieldset>`;
}

export const patientSideStyles = css`
  .question {
    display: grid;
    gap: 0.5rem;
    margin: 0;
    padding: 0;
    border: 0;
    min-inline-size: 0;
  }
  .question legend {
    padding: 0;
    margin-block-end: 0.5rem;
    font-weight: 600;
  }
  .inline-choices {
    display: flex;
    flex-wrap: wrap;
    gap: 0.5rem 1.25rem;
  }
  /* Each answer is a card with its own border, as the treatments are: a boundary in forced colours too. */
  .inline-choice {
    display: flex;
    gap: 0.5rem;
    align-items: flex-start;
    box-sizing: border-box;
    min-block-size: max(2.75rem, 44px);
    padding: 0.625rem 0.875rem;
    border: 1px solid var(--_border);
    border-radius: var(--_radius);
    background: var(--_surface);
    cursor: pointer;
  }
  .inline-choice:has(:checked) {
    border-color: var(--_accent);
    background: var(--_accent-soft);
    box-shadow: inset 0 0 0 1px var(--_accent);
  }
  .inline-choice:has(:focus-visible) {
    outline: var(--_focus-ring);
    outline-offset: 2px;
  }
  .inline-choice input {
    margin: 0.125rem 0 0;
    inline-size: 1.25rem;
    block-size: 1.25rem;
    accent-color: var(--_accent);
    flex: none;
    outline: none;
  }
  .block {
    display: block;
  }
  .form-heading {
    margin: 0;
    font-size: 1.125em;
  }
  .missing {
    margin: 0;
    padding-inline-start: 1.25rem;
    color: var(--_muted);
  }
  .tag {
    justify-self: start;
    padding: 0 0.5rem;
    border-radius: 1rem;
    background: var(--_accent-soft);
    font-size: 0.875em;
  }
`;
