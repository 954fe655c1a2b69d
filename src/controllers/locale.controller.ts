/**
 * Which language an element speaks, and speaking it: the element's own `locale`, else the
 * nearest `lang` above it (across shadow roots, so the page's `<html lang>` counts), else the
 * browser's language. Before each update it activates that language and the nearest
 * `messages` overrides for `msg()` (src/i18n/localization.ts), so each element renders in its
 * own language even beside an element in another.
 *
 * A public element also holds back its updates until the language's messages are loaded (no
 * flash of English; see `hold`), and reflects `lang` and `dir` on itself so screen readers
 * pronounce its text right and an Arabic element is laid out right to left on any page.
 */
import type { ReactiveController, ReactiveControllerHost } from 'lit';
import { activate, isLoaded, isRightToLeft, languageOf, loadLanguage, speaking, usableLocale, type Language, type Messages } from '../i18n/localization.js';

export interface LocalizedHost extends ReactiveControllerHost, HTMLElement {
  locale?: string | undefined;
  messages?: Messages | undefined;
}

/** @internal The package's own, not its API: left out of custom-elements.json. */
export class LocaleController implements ReactiveController {
  /** What this controller set on the host, so an author's own `lang` or `dir` is left alone. */
  private reflected = { lang: '', dir: '' };

  constructor(
    private readonly host: LocalizedHost,
    /** Public elements reflect `lang` and `dir` on themselves; internal ones inherit them. */
    private readonly options: { reflect?: boolean } = {},
  ) {
    host.addController(this);
  }

  /** The BCP 47 tag in effect, e.g. `de-CH`: for Intl, the API's Accept-Language and children. */
  get locale(): string {
    return localeOf(this.host);
  }

  get language(): Language {
    return languageOf(this.locale);
  }

  hostConnected(): void {
    connected.add(this.host);
    // One observer for the page, while any element is connected.
    if (!langObserver) {
      langObserver = new MutationObserver(() => connected.forEach((host) => host.requestUpdate()));
      langObserver.observe(document.documentElement, { attributes: true, attributeFilter: ['lang'], subtree: true });
    }
  }

  hostDisconnected(): void {
    connected.delete(this.host);
    if (!connected.size) {
      langObserver?.disconnect();
      langObserver = undefined;
    }
  }

  hostUpdate(): void {
    const locale = this.locale;
    activate(locale, nearestMessages(this.host));
    if (this.options.reflect) this.reflect(locale);
  }

  /**
   * Words made outside render, in this element's language and the clinic's wording for it: an
   * event's message after an await, when another element may have rendered meanwhile.
   */
  speak<T>(words: () => T): T {
    return speaking(this.locale, nearestMessages(this.host), words);
  }

  /**
   * Resolves once the language's messages are loaded: await it in the host's `scheduleUpdate`
   * so nothing renders in English first. Undefined when they are at hand already.
   */
  hold(): Promise<void> | undefined {
    const language = this.language;
    return isLoaded(language) ? undefined : loadLanguage(language);
  }

  private reflect(locale: string): void {
    const host = this.host;
    const language = languageOf(locale);
    this.reflectAttribute('lang', host.locale ? locale : '');
    // Arabic reads right to left on any page; another language chosen on the element itself
    // reads left to right even inside a right-to-left page.
    this.reflectAttribute('dir', isRightToLeft(language) ? 'rtl' : host.locale ? 'ltr' : '');
  }

  private reflectAttribute(name: 'lang' | 'dir', value: string): void {
    const host = this.host;
    const current = host.getAttribute(name);
    if (current !== null && current !== this.reflected[name]) return; // the author's
    if ((current ?? '') === value) return;
    if (value) host.setAttribute(name, value);
    else if (current !== null) host.removeAttribute(name);
    this.reflected[name] = value;
  }
}

/** Connected elements, re-rendered when a `lang` changes anywhere on the page. */
const connected = new Set<LocalizedHost>();
let langObserver: MutationObserver | undefined;

/**
 * The first thing `pick` finds on the element or above it, across shadow roots (a shadow
 * root's parent is its host).
 */
function nearest<T>(element: Element, pick: (element: Element) => T | undefined): T | undefined {
  for (let node: Node | null = element; node; node = node.parentNode ?? (node instanceof ShadowRoot ? node.host : null)) {
    const found = node instanceof Element ? pick(node) : undefined;
    if (found) return found;
  }
  return undefined;
}

/** One of our elements, which may carry `locale` and `messages` properties. */
function ours(element: Element): LocalizedHost | undefined {
  return element.localName.startsWith('circle-') ? (element as LocalizedHost) : undefined;
}

/** The element's own `locale`, or the `lang` of the nearest element above that has one. */
export function resolveLocale(element: Element): string | undefined {
  return nearest(element, (node) => ours(node)?.locale || node.getAttribute('lang') || undefined);
}

/**
 * The locale an element speaks: its own or inherited, else the browser's, else English; a tag
 * Intl would refuse is passed over, as Intl would throw on it in every render.
 */
export function localeOf(element: Element): string {
  return usableLocale(resolveLocale(element)) ?? usableLocale(globalThis.navigator?.language) ?? 'en';
}

function nearestMessages(element: Element): Messages | undefined {
  return nearest(element, (node) => {
    const messages = ours(node)?.messages;
    return messages && Object.keys(messages).length ? messages : undefined;
  });
}
