/**
 * Loading, error and empty states, rendered the same way by every element (STYLE.md: "one
 * function renders them"). Include `statusStyles` (after `tokens` and `buttons`) in the
 * element's styles.
 */
import { html, nothing, type TemplateResult } from 'lit';
import { msg, str } from '../i18n/localization.js';
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

interface ContactLink {
  text: string;
  href: string;
}

/** The clinic's phone number (when it is dialable) and email address, as links. */
function contactLinks(clinic: ClinicContact | undefined): ContactLink[] {
  const links: ContactLink[] = [];
  const tel = clinic?.phone && telHref(clinic.phone);
  if (tel) links.push({ text: clinic.phone!, href: tel });
  if (clinic?.email) links.push({ text: clinic.email, href: `mailto:${clinic.email}` });
  return links;
}

function renderLink({ text, href }: ContactLink): TemplateResult {
  return html`<a href=${href} dir="ltr">${text}</a>`;
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
  const links = contactLinks(clinic);
  // The body as text, with the phone number or email address it names made a link.
  let content: unknown[] = [body];
  for (const link of links) {
    content = content.flatMap((part) =>
      typeof part === 'string' ? part.split(link.text).flatMap((piece, i) => (i ? [renderLink(link), piece] : [piece])) : [part],
    );
  }
  // The ways of contact the body does not name, after it.
  const others = links.filter((link) => !body.includes(link.text));
  return html`
    <div class="status error" part="error">
      ${renderTitle(title, options.headingLevel)}
      <p class="body">${content}</p>
      ${
        clinic && others.length
          ? html`<p class="contact">${msg(str`You can also contact ${clinic.name}:`)} ${others.map((link) => html` ${renderLink(link)}`)}</p>`
          : nothing
      }
      ${retry && onRetry ? html`<button type="button" class="button primary" @click=${onRetry}>${msg('Try again')}</button>` : nothing}
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
 * day", and the clinic's phone and email where given. Announced politely when it appears in
 * place of a loading state.
 */
export function renderEmpty(title: string, body: string, action?: { label: string; onClick: () => void }, clinic?: ClinicContact): TemplateResult {
  const links = contactLinks(clinic);
  return html`
    <div class="status empty" part="empty">
      <p class="title">${title}</p>
      <p class="body">${body}</p>
      ${clinic && links.length ? html`<p class="contact"><bdi>${clinic.name}</bdi>: ${links.map((link) => html` ${renderLink(link)}`)}</p>` : nothing}
      ${action ? html`<button type="button" class="button primary" @click=${action.onClick}>${action.label}</button>` : nothing}
    </div>
  `;
}
