/**
 * Human words for an error: a title, a body, whether trying again can help, and its code. Its
 * own module, apart from the views in status.ts, so an element that only needs the words (the
 * share menu's disabled items, an announcement) does not load the views and their styles.
 */
import { msg, str } from '../i18n/localization.js';
import { ApiError, ProblemError } from '../api/errors.js';
import type { ClinicContact } from '../api/schemas.js';
import { plural } from '../i18n/plural.js';
import { outcomeUnknown } from '../flow/write-outcome.js';

/** What an error is about, for "not found" and "not bookable" wording. */
export type ErrorSubject = 'service' | 'variant' | 'appointment' | 'times';

/**
 * What failed: reading something (the default for a service, a variant and free times), or a
 * write whose outcome may be unknown: booking, cancelling, moving.
 */
export type ErrorAction = 'read' | 'book' | 'cancel' | 'reschedule';

export interface ErrorContext {
  /** How the patient can reach the clinic instead; shown as tel:/mailto: links. */
  clinic?: ClinicContact;
  subject?: ErrorSubject;
  action?: ErrorAction;
  /**
   * An earlier attempt of this write, with the same Idempotency-Key, may have been done: a
   * "that time is taken" may be the patient's own booking.
   */
  unconfirmed?: boolean;
}

export interface ErrorDescription {
  title: string;
  body: string;
  /** Whether trying the same thing again may help. */
  retry: boolean;
  /** The typed error's code (`network`, `slot_unavailable`, …), or `unknown`. */
  code: string;
}

/** "Call Clinic on 020 …", "Email Clinic at …", or a plain "contact the clinic". */
function contactSentence(clinic: ClinicContact | undefined): string {
  if (clinic?.phone) return msg(str`Call ${clinic.name} on ${clinic.phone}.`);
  if (clinic?.email) return msg(str`Email ${clinic.name} at ${clinic.email}.`);
  if (clinic) return msg(str`Please contact ${clinic.name}.`);
  return msg('Please contact the clinic.');
}

/**
 * A message from the clinic's API (a problem's `detail`), when it is clean short text: one
 * line of at most 300 characters with a letter in it, and no control, format (bidi overrides,
 * zero-width), private-use or unassigned characters, no replacement character and nothing
 * that looks like markup. Otherwise the elements' own words are shown. Only conflict and
 * validation use it, and never from a bare status.
 */
export function serverMessage(error: ApiError): string | undefined {
  if (error instanceof ProblemError && error.bare) return undefined;
  const text = typeof error.message === 'string' ? error.message.trim() : '';
  if (!text || text.length > 300 || !/\p{L}/u.test(text)) return undefined;
  return /[\p{Cc}\p{Cf}\p{Co}\p{Cn}\uFFFD]|<[a-z!/?]|&#?\w+;/iu.test(text) ? undefined : text;
}

function waitText(seconds: number | undefined): string {
  if (seconds === undefined || !Number.isFinite(seconds) || seconds <= 0) return msg('Too many attempts. Please wait a moment and try again.');
  // Past an hour, a count of minutes stops meaning anything to a patient.
  if (seconds > 3600) return msg('Too many attempts. Please try again later.');
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

function readFailedTitle(subject: ErrorSubject | undefined): string {
  switch (subject) {
    case 'service':
      return msg("We couldn't load this service");
    case 'variant':
      return msg("We couldn't load this type of appointment");
    case 'appointment':
      return msg("We couldn't load your appointment");
    case 'times':
      return msg("We couldn't load the free times");
    default:
      return msg("We couldn't load this");
  }
}

/** A write that failed without telling whether it was done: said so, and that Try again is safe. */
function unconfirmedWrite(action: Exclude<ErrorAction, 'read'>): [title: string, body: string] {
  switch (action) {
    case 'book':
      return [msg("We couldn't confirm your booking"), msg("Try again: you won't be booked twice.")];
    case 'cancel':
      return [msg("We couldn't confirm that your appointment is cancelled"), msg('Try again: it will only be cancelled once.')];
    case 'reschedule':
      return [msg("We couldn't confirm that your appointment was moved"), msg('Try again: it will only be moved once.')];
  }
}

/** What the code step says of a code the API asked for or refused; nothing was booked yet. */
export function codeProblem(
  code: 'verification_required' | 'verification_code_wrong' | 'verification_code_expired' | 'verification_attempts_exceeded',
): [title: string, body: string] {
  switch (code) {
    case 'verification_required':
      return [msg('Enter the code we sent you'), msg('We sent a code to confirm your email. Your booking is not made until you enter it.')];
    case 'verification_code_wrong':
      return [msg("That code isn't right"), msg('Check the code in the message and enter it again.')];
    case 'verification_code_expired':
      return [msg('That code has expired'), msg('Ask for a new code, and enter it within a few minutes.')];
    case 'verification_attempts_exceeded':
      return [msg('Too many wrong codes'), msg('This code no longer works. Ask for a new code.')];
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
  const action = context.action ?? (subject && subject !== 'appointment' ? 'read' : undefined);
  const code = error.code;
  const described = (title: string, body: string, retry: boolean) => ({ title, body, retry, code });
  if (action && action !== 'read') {
    // Offline keeps its own words: checking the connection is what helps.
    if (code !== 'network' && outcomeUnknown(error)) return described(...unconfirmedWrite(action), true);
    if (action === 'book' && code === 'slot_unavailable' && context.unconfirmed) {
      return described(
        msg('This time may already be booked for you'),
        `${msg('Your earlier attempt may have gone through. Check your email for a confirmation before you choose another time.')} ${contactSentence(clinic)}`,
        false,
      );
    }
  }
  if (action === 'read' && (code === 'validation' || code === 'conflict' || code === 'http_error' || code === 'idempotency_key_reused')) {
    // Nothing the patient entered, nothing to change: only trying again or the clinic can help.
    return described(readFailedTitle(subject), `${msg("The booking system couldn't answer this request. Please try again.")} ${contactSentence(clinic)}`, true);
  }
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
    case 'unauthorized': {
      // Only the API's link_expired says the link has expired; a token it does not know, or a
      // link damaged on its way (never sent: see links/link-shapes.ts), simply doesn't work.
      const title = code === 'link_expired' ? msg('This link has expired') : msg("This link doesn't work");
      return described(title, clinic ? msg(str`Ask ${clinic.name} for a new link.`) : msg('Ask the clinic for a new link.'), false);
    }
    case 'slot_unavailable':
      return described(msg('That time was just taken'), msg('Someone else booked it a moment ago. Please choose another time.'), false);
    // Held times and cancellation terms (issue 21, parts 3 and 4).
    case 'slot_held':
      return described(msg('Someone else is booking this time'), msg('Another patient is booking it right now. Please choose another time.'), false);
    case 'hold_expired':
      return described(msg('This time is no longer held for you'), msg('Please choose the time again, or another one.'), false);
    case 'fee_required':
      return described(
        msg('A late fee now applies'),
        msg('The free deadline has passed while you were deciding. Please look at the fee and confirm it to go ahead.'),
        false,
      );
    case 'conflict':
      return described(
        msg("This can't be done right now"),
        serverMessage(error) ?? msg('Something changed in the meantime. Please reload the page and try again.'),
        false,
      );
    case 'validation':
      return described(msg('Some details need checking'), serverMessage(error) ?? msg('Please check what you entered and try again.'), false);
    case 'idempotency_key_reused':
      return described(msg("We couldn't send this booking"), msg('Please reload the page and try again.'), false);
    case 'booking_limit':
      return described(
        msg("You can't book more visits online"),
        `${msg('You already have as many upcoming visits booked online as the clinic takes.')} ${contactSentence(clinic)}`,
        false,
      );
    case 'verification_required':
    case 'verification_code_wrong':
    case 'verification_code_expired':
    case 'verification_attempts_exceeded':
      return described(...codeProblem(code), false);
    default:
      return { ...generic, code };
  }
}

/** What a screen reader is told of an error, through the element's live region (live-region.ts). */
export function errorAnnouncement(error: unknown, context: ErrorContext = {}): string {
  const { title, body } = describeError(error, context);
  return `${title}. ${body}`;
}
