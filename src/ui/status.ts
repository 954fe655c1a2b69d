/**
 * Loading, error and empty states, rendered the same way by every element (STYLE.md: "one
 * function renders them"). Include `statusStyles` (after `tokens` and `buttons`) in the
 * element's styles.
 */
import { html, nothing, type TemplateResult } from 'lit';
import { msg, str } from '@lit/localize';
import type { ClinicContact } from '../api/schemas.js';
import { telHref } from '../flow/contact.js';
import { describeError, type ErrorContext } from './describe-error.js';

export { statusStyles } from './status.styles.js';

export interface ErrorOptions extends ErrorContext {
  /** Shows a Try again button when the error is one retrying can help. */
  onRetry?: () => void;
  /**
   * Renders the title as a heading of this level. Default: a paragraph, because an embedded
   * element cannot know the host page's outline; pass the level below the heading the error
   * sits under (e.g. 3 inside a step headed by an h2) when there is one.
   */
  headingLevel?: 2 | 3 | 4 | 5 | 6;
}

/** The body as text, with the clinic's phone number and email address in it made links. */
function renderBody(body: string, clinic: ClinicContact | undefined): { content: unknown; linked: Set<string> } {
  const links = [
    clinic?.phone ? { text: clinic.phone, href: telHref(clinic.phone) } : undefined,
    clinic?.email ? { text: clinic.email, href: `mailto:${clinic.email}` } : undefined,
  ].filter((link): link is { text: string; href: string } => !!link?.href);
  const linked = new Set<string>();
  let parts: unknown[] = [body];
  for (const link of links) {
    parts = parts.flatMap((part) => {
      if (typeof part !== 'string' || !part.includes(link.text)) return [part];
      linked.add(link.text);
      const pieces = part.split(link.text);
      return pieces.flatMap((piece, i) => (i === 0 ? [piece] : [html`<a href=${link.href} dir="ltr">${link.text}</a>`, piece]));
    });
  }
  return { content: parts, linked };
}

function renderTitle(title: string, level: ErrorOptions['headingLevel']): TemplateResult {
  switch (level) {
    case 2:
      return html`<h2 class="title">${title}</h2>`;
    case 3:
      return html`<h3 class="title">${title}</h3>`;
    case 4:
      return html`<h4 class="title">${title}</h4>`;
    case 5:
      return html`<h5 class="title">${title}</h5>`;
    case 6:
      return html`<h6 class="title">${title}</h6>`;
    default:
      return html`<p class="title">${title}</p>`;
  }
}

/**
 * An error as the patient sees it: `<div part="error">` with a title, a body,
 * the clinic's phone and email as links when given, and Try again when retrying can help and
 * `onRetry` is given. Text only: nothing from the error is rendered as HTML.
 */
export function renderError(error: unknown, options: ErrorOptions = {}): TemplateResult {
  const { clinic, onRetry } = options;
  const { title, body, retry } = describeError(error, options);
  const { content, linked } = renderBody(body, clinic);
  const tel = clinic?.phone && !linked.has(clinic.phone) ? telHref(clinic.phone) : undefined;
  const mail = clinic?.email && !linked.has(clinic.email) ? clinic.email : undefined;
  return html`
    <div class="status error" part="error">
      ${renderTitle(title, options.headingLevel)}
      <p class="body">${content}</p>
      ${clinic && (tel || mail)
        ? html`<p class="contact">
            ${msg(str`You can also contact ${clinic.name}:`)}
            ${tel ? html`<a href=${tel} dir="ltr">${clinic.phone}</a>` : nothing}
            ${mail ? html`<a href="mailto:${mail}" dir="ltr">${mail}</a>` : nothing}
          </p>`
        : nothing}
      ${retry && onRetry ? html`<button type="button" class="button primary" @click=${() => onRetry()}>${msg('Try again')}</button>` : nothing}
    </div>
  `;
}

/**
 * A skeleton while something loads for the first time, named by `label` for screen readers
 * (the element's live region announces it)
 * ("Loading free times…"). `lines` suits text, `grid` a list of times. Its height is fixed
 * by the shape, so the content that replaces it jumps little.
 */
export function renderLoading(label: string, shape: 'lines' | 'grid' = 'lines'): TemplateResult {
  const bones = shape === 'grid' ? 9 : 4;
  return html`
    <div class="status loading" part="loading" aria-busy="true">
      <span class="visually-hidden">${label}</span>
      <div class="skeleton ${shape}" aria-hidden="true">
        ${Array.from({ length: bones }, () => html`<span class="bone"></span>`)}
      </div>
    </div>
  `;
}

/**
 * Nothing to show, with a way forward: "No free times this month" with "Go to the next free
 * day". Announced politely when it appears in place of a loading state.
 */
export function renderEmpty(title: string, body: string, action?: { label: string; onClick: () => void }): TemplateResult {
  return html`
    <div class="status empty" part="empty">
      <p class="title">${title}</p>
      <p class="body">${body}</p>
      ${action ? html`<button type="button" class="button primary" @click=${() => action.onClick()}>${action.label}</button>` : nothing}
    </div>
  `;
}
