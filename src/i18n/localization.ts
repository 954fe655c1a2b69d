/**
 * The language every `msg()` call answers in, per element rather than per page: two elements
 * on one page may speak two languages. @lit/localize's own runtime mode keeps one locale for
 * the whole page (`setLocale`), so this module has its own `msg` over the same generated
 * catalogs (src/locales/*.ts, built by `lit-localize build` from xliff/*.xlf): an element's
 * locale controller activates its language (and the clinic's overrides) right before the
 * element renders, and Lit renders synchronously. Import `msg` and `str` from here.
 *
 * Catalogs load on demand with a dynamic import, so a page in English downloads none of them.
 * Pure: no DOM, runs in Node too.
 */
import type { StrResult } from '@lit/localize/internal/str-tag.js';
import type { LocaleModule, MsgFn, MsgOptions, TemplateMap } from '@lit/localize/internal/types.js';
import { sourceLocale, targetLocales } from './locale-codes.js';

export type TargetLanguage = (typeof targetLocales)[number];
export type Language = typeof sourceLocale | TargetLanguage;

/**
 * A clinic's own wording: the English message (as in xliff/*.xlf, with `{0}`, `{1}` for what
 * is filled in: `'Step {0} of {1}'`) to the text to show instead, in the element's language.
 */
export type Messages = Readonly<Record<string, string>>;

/** Every language the elements speak, English first. */
export const languages: readonly Language[] = [sourceLocale, ...targetLocales];

const loaders: Record<TargetLanguage, () => Promise<LocaleModule>> = {
  ar: () => import('../locales/ar.js'),
  de: () => import('../locales/de.js'),
  es: () => import('../locales/es.js'),
  fr: () => import('../locales/fr.js'),
};

const rightToLeft: ReadonlySet<Language> = new Set(['ar']);

const catalogs = new Map<Language, TemplateMap>();
const loading = new Map<Language, Promise<void>>();
/**
 * The clinic's wording from `registerMessages`, kept on the page rather than in this module: the
 * self-contained dist/circle-booking.js and the per-element entries are two copies of it, and
 * wording registered through either is for every element on the page.
 */
const registeredKey = Symbol.for('circle-booking.messages');
const registered: Map<Language, Messages> = ((globalThis as typeof globalThis & { [registeredKey]?: Map<Language, Messages> })[registeredKey] ??= new Map<
  Language,
  Messages
>());

let active: { language: Language; locale: string | undefined; overrides: Messages | undefined } = {
  language: sourceLocale,
  locale: undefined,
  overrides: undefined,
};

/** The language to speak for a BCP 47 tag: `de-CH` → `de`; anything we do not speak → English. */
export function languageOf(locale: string | undefined): Language {
  const language = (locale ?? '').split(/[-_]/)[0]!.toLowerCase();
  return (languages as readonly string[]).includes(language) ? (language as Language) : sourceLocale;
}

/**
 * A tag Intl accepts, for a `lang` or the browser's language: as given, or with `_` read as
 * `-` (`en_US`, as some sites write it); undefined for one Intl refuses, such as `C`, the
 * POSIX locale that WebKitGTK reports where the system sets no language. Intl throws on these.
 */
export function usableLocale(tag: string | undefined): string | undefined {
  if (!tag) return undefined;
  for (const candidate of [tag, tag.replaceAll('_', '-')]) {
    try {
      return Intl.getCanonicalLocales(candidate)[0];
    } catch {
      // not a BCP 47 tag; try the next reading
    }
  }
  return undefined;
}

export function isRightToLeft(language: Language): boolean {
  return rightToLeft.has(language);
}

/** Whether `language`'s messages are at hand (English always is). */
export function isLoaded(language: Language): boolean {
  return language === sourceLocale || catalogs.has(language);
}

/** Loads `language`'s catalog once; later calls share the first load. */
export function loadLanguage(language: Language): Promise<void> {
  if (isLoaded(language)) return Promise.resolve();
  let pending = loading.get(language);
  if (!pending) {
    pending = loaders[language as TargetLanguage]().then(
      (module) => void catalogs.set(language, module.templates),
      (error: unknown) => {
        // Offline or a missing file: speak English rather than show nothing; try again next time.
        loading.delete(language);
        console.warn(`circle-booking: the ${language} messages could not be loaded; showing English.`, error);
      },
    );
    loading.set(language, pending);
  }
  return pending;
}

/**
 * Overrides messages for every element speaking `language` (`'en'`, `'de'`, …): a clinic's own
 * wording. An element's `messages` property wins over these. Call before the elements render,
 * or set their `messages` property to re-render them.
 *
 * ```ts
 * registerMessages('de', { 'Confirm booking': 'Termin verbindlich buchen' });
 * ```
 */
export function registerMessages(language: string, messages: Messages): void {
  const key = languageOf(language);
  registered.set(key, { ...registered.get(key), ...messages });
}

/** Makes every `msg()` call until the next activation answer in this locale and wording. */
export function activate(locale: string | undefined, overrides?: Messages): void {
  active = { language: languageOf(locale), locale, overrides };
}

/** The locale last activated, e.g. `de-CH`, for Intl in code that has none passed in. */
/**
 * `words()` in this locale and wording, whatever is active around it: for words made outside
 * an element's render (an event's message after an await), where the active language is
 * whichever element rendered last.
 */
export function speaking<T>(locale: string | undefined, overrides: Messages | undefined, words: () => T): T {
  const before = active;
  activate(locale, overrides);
  try {
    return words();
  } finally {
    active = before;
  }
}

export function activeLocale(): string | undefined {
  return active.locale;
}

export function activeLanguage(): Language {
  return active.language;
}

/**
 * What `msg()` is given: plain text or a `str` template. Our messages are text only; lit-localize's
 * lit-html template messages are not used, so this `msg` does not handle them.
 */
type Message = string | StrResult;

/**
 * The English text of a message as overrides are keyed: plain text as is, and `str` templates
 * with `{0}`, `{1}`… where the values go.
 */
export function messageKey(template: Message): string {
  return typeof template === 'string' ? template : withPlaceholders(template.strings);
}

/** `strings` joined by `{n}`: the n-th value (by `order` where a translation moved them) goes there. */
function withPlaceholders(strings: readonly string[], order?: readonly unknown[]): string {
  return strings.reduce((text, part, index) => `${text}{${order ? String(order[index - 1]) : index - 1}}${part}`);
}

function fillIn(text: string, values: readonly unknown[]): string {
  return text.replace(/\{(\d+)\}/g, (whole, index: string) => (Number(index) < values.length ? String(values[Number(index)]) : whole));
}

/**
 * 64-bit FNV-1a over the UTF-16 code units, in hex: the hash lit-localize names messages with
 * (its generateMsgId), in BigInt arithmetic, which takes a fraction of its code.
 */
export function fnv1a64(text: string): string {
  let hash = 0xcbf29ce484222325n;
  for (let i = 0; i < text.length; i++) hash = ((hash ^ BigInt(text.charCodeAt(i))) * 0x100000001b3n) & 0xffffffffffffffffn;
  return hash.toString(16).padStart(16, '0');
}

const ids = new Map<string | readonly string[], string>();

/**
 * The catalog key of a message without an id of its own, as `lit-localize build` writes it:
 * `s` and the hash of its English text, a `str` template's parts joined by U+001E.
 */
export function idOf(template: Message): string {
  const text = typeof template === 'string' ? template : template.strings;
  let id = ids.get(text);
  if (!id) ids.set(text, (id = `s${fnv1a64(typeof text === 'string' ? text : text.join('\x1e'))}`));
  return id;
}

/**
 * `msg()` in the active language: the element's own wording, else the clinic's for the page,
 * else the catalog's translation, else the English text. Every one of them is text with
 * `{n}` where the n-th value goes (a catalog's `str` translation says which value goes where).
 */
function localizedMsg(template: Message, options?: MsgOptions): string {
  const key = messageKey(template);
  const id = options?.id;
  const own = active.overrides;
  const clinic = registered.get(active.language);
  const translated = catalogs.get(active.language)?.[id ?? idOf(template)] as Message | undefined;
  const text =
    (id && (own?.[id] ?? clinic?.[id])) ||
    own?.[key] ||
    clinic?.[key] ||
    (typeof translated === 'object' ? withPlaceholders(translated.strings, translated.values) : translated) ||
    key;
  return typeof template === 'string' ? text : fillIn(text, template.values);
}

/**
 * Every message the elements show: `msg('Continue')`, `msg(str\`Step ${n} of ${total}\`)`. Our
 * own function, marked with lit-localize's brand so `lit-localize extract` finds each call as it
 * finds its own `msg`; not installed into @lit/localize, so a page's own use of it and ours do
 * not touch. Text only: a lit-html template is not a message here.
 */
export const msg: typeof localizedMsg & Pick<MsgFn, '_LIT_LOCALIZE_MSG_'> = localizedMsg;
export { str } from '@lit/localize/internal/str-tag.js';
