/**
 * Loading, error and empty states, rendered the same way by every element (STYLE.md: "one
 * function renders them"). Include `statusStyles` (after `tokens` and `buttons`) in the
 * element's styles.
 */
import { html, nothing, type TemplateResult } from 'lit';
import { msg, str } from '@lit/localize';
import { ApiError, ProblemError } from '../api/errors.js';
import type { ClinicContact } from '../api/schemas.js';
import { telHref } from '../flow/contact.js';
import { plural } from '../i18n/plural.js';

export { statusStyles } from './status.styles.js';

/** What an error is about, for "not found" and "not bookable" wording. */
export type ErrorSubject = 'service' | 'variant' | 'appointment' | 'times';

export interface ErrorContext {
  /** How the patient can reach the clinic instead; shown as tel:/mailto: links. */
  clinic?: ClinicContact;
  subject?: ErrorSubject;
}

export interface ErrorDescription {
  title: string;
  body: string;
  /** Whether trying the same thing again may help. */
  retry: boolean;
  /** The typed error's code (`network`, `slot_unavailable`, …), or `unknown`. */
  code: string;
}

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

/** "Call Clinic on 020 …", "Email Clinic at …", or a plain "contact the clinic". */
function contactSentence(clinic: ClinicContact | undefined): string {
  if (clinic?.phone) return msg(str`Call ${clinic.name} on ${clinic.phone}.`);
  if (clinic?.email) return msg(str`Email ${clinic.name} at ${clinic.email}.`);
  if (clinic) return msg(str`Please contact ${clinic.name}.`);
  return msg('Please contact the clinic.');
}

/** A message from the clinic's API, when it is usable text; only conflict and validation use it. */
function serverMessage(error: ApiError): string | undefined {
  const text = typeof error.message === 'string' ? error.message.trim() : '';
  return text && text.length <= 500 ? text : undefined;
}

function waitText(seconds: number | undefined): string {
  if (seconds === undefined || !Number.isFinite(seconds) || seconds <= 0) return msg('Too many attempts. Please wait a moment and try again.');
  if (seconds < 60) {
    const n = Math.ceil(seconds);
    return plural(n, {
      one: () => msg(str`Too many attempts. Please wait ${n} second and try again.`),
      zero: () => msg(str`Too many attempts. Please wait ${n} seconds and try again.`, { id: 'wait-seconds.zero' }),
      two: () => msg(str`Too many attempts. Please wait ${n} seconds and try again.`, { id: 'wait-seconds.two' }),
      few: () => msg(str`Too many attempts. Please wait ${n} seconds and try again.`, { id: 'wait-seconds.few' }),
      many: () => msg(str`Too many attempts. Please wait ${n} seconds and try again.`, { id: 'wait-seconds.many' }),
      other: () => msg(str`Too many attempts. Please wait ${n} seconds and try again.`),
    });
  }
  const minutes = Math.ceil(seconds / 60);
  return plural(minutes, {
    one: () => msg('Too many attempts. Please wait a minute and try again.'),
    zero: () => msg(str`Too many attempts. Please wait ${minutes} minutes and try again.`, { id: 'wait-minutes.zero' }),
    two: () => msg(str`Too many attempts. Please wait ${minutes} minutes and try again.`, { id: 'wait-minutes.two' }),
    few: () => msg(str`Too many attempts. Please wait ${minutes} minutes and try again.`, { id: 'wait-minutes.few' }),
    many: () => msg(str`Too many attempts. Please wait ${minutes} minutes and try again.`, { id: 'wait-minutes.many' }),
    other: () => msg(str`Too many attempts. Please wait ${minutes} minutes and try again.`),
  });
}

function notFoundTitle(subject: ErrorSubject | undefined): string {
  switch (subject) {
    case 'service':
      return msg("We couldn't find this service");
    case 'variant':
      return msg("We couldn't find this type of appointment");
    case 'appointment':
      return msg("We couldn't find this appointment");
    case 'times':
      return msg("We couldn't find times for this appointment");
    default:
      return msg("We couldn't find what you were looking for");
  }
}

function notBookableTitle(subject: ErrorSubject | undefined): string {
  switch (subject) {
    case 'variant':
      return msg("This type of appointment can't be booked online right now");
    case 'appointment':
      return msg("This appointment can't be changed online right now");
    default:
      return msg("This service can't be booked online right now");
  }
}

/**
 * Human words for any error: a title, a body and whether Try again can help. Only typed
 * `ApiError`s are read; anything else gets the generic message. The server's own message is
 * used only for `conflict` and `validation` (plain text, rendered as text).
 */
export function describeError(error: unknown, context: ErrorContext = {}): ErrorDescription {
  const generic = {
    title: msg('Something went wrong'),
    body: msg('Please try again. If it keeps happening, contact the clinic.'),
    retry: true,
  };
  if (!(error instanceof ApiError)) return { ...generic, code: 'unknown' };
  const { clinic, subject } = context;
  const code = error.code;
  const described = (title: string, body: string, retry: boolean) => ({ title, body, retry, code });
  switch (code) {
    case 'network':
      return described(msg('You seem to be offline'), msg("We couldn't reach the clinic's booking system. Check your connection and try again."), true);
    case 'timeout':
      return described(msg('This is taking too long'), msg("The clinic's booking system didn't answer in time. Check your connection and try again."), true);
    case 'aborted':
      return described(msg('This was cancelled'), msg('The request stopped before it finished. Please try again.'), true);
    case 'malformed_response':
      return described(msg('Something went wrong on our side'), msg("The booking system sent an answer we couldn't read. Please try again."), true);
    case 'http_error':
      return described(generic.title, generic.body, true);
    case 'server_error':
      return described(msg("The booking system isn't working right now"), msg('This is a problem on our side. Please try again in a few minutes.'), true);
    case 'rate_limited':
      return described(msg('Please wait a moment'), waitText(error instanceof ProblemError ? error.retryAfterSeconds : undefined), true);
    case 'not_found':
      return described(notFoundTitle(subject), `${msg('The link may be out of date.')} ${contactSentence(clinic)}`, false);
    case 'not_bookable':
      return described(notBookableTitle(subject), contactSentence(clinic), false);
    case 'link_expired':
    case 'unauthorized':
      return described(
        msg('This link has expired'),
        clinic ? msg(str`Ask ${clinic.name} for a new link.`) : msg('Ask the clinic for a new link.'),
        false,
      );
    case 'slot_unavailable':
      return described(msg('That time was just taken'), msg('Someone else booked it a moment ago. Please choose another time.'), false);
    case 'conflict':
      return described(msg("This can't be done right now"), serverMessage(error) ?? msg('Something changed in the meantime. Please reload the page and try again.'), false);
    case 'validation':
      return described(msg('Some details need checking'), serverMessage(error) ?? msg('Please check what you entered and try again.'), false);
    case 'idempotency_key_reused':
      return described(msg("We couldn't send this booking"), msg('Please reload the page and try again.'), false);
    default:
      return { ...generic, code };
  }
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

/** What a screen reader is told of an error, through the element's live region (live-region.ts). */
export function errorAnnouncement(error: unknown, context: ErrorContext = {}): string {
  const { title, body } = describeError(error, context);
  return `${title}. ${body}`;
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
