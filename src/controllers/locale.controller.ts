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
import { activate, isLoaded, isRightToLeft, languageOf, loadLanguage, type Language, type Messages } from '../i18n/localization.js';

export interface LocalizedHost extends ReactiveControllerHost, HTMLElement {
  locale?: string | undefined;
  messages?: Messages | undefined;
}

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
    documentLangObserver.watch(this.host);
  }

  hostDisconnected(): void {
    documentLangObserver.unwatch(this.host);
  }

  hostUpdate(): void {
    const locale = this.locale;
    activate(locale, nearestMessages(this.host));
    if (this.options.reflect) this.reflect(locale);
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

function parentOf(node: Node): Node | null {
  return node.parentNode ?? (node instanceof ShadowRoot ? node.host : null);
}

/** The element's own `locale`, or the `lang` of the nearest element above that has one. */
export function resolveLocale(element: Element): string | undefined {
  for (let node: Node | null = element; node; node = parentOf(node)) {
    if (!(node instanceof Element)) continue;
    if (node.localName.startsWith('circle-')) {
      const own = (node as LocalizedHost).locale;
      if (typeof own === 'string' && own) return own;
    }
    const lang = node.getAttribute('lang');
    if (lang) return lang;
  }
  return undefined;
}

/** The locale an element speaks: its own or inherited, else the browser's. */
export function localeOf(element: Element): string {
  return resolveLocale(element) ?? globalThis.navigator?.language ?? 'en';
}

function nearestMessages(element: Element): Messages | undefined {
  for (let node: Node | null = element; node; node = parentOf(node)) {
    if (node instanceof Element && node.localName.startsWith('circle-')) {
      const messages = (node as LocalizedHost).messages;
      if (messages && Object.keys(messages).length) return messages;
    }
  }
  return undefined;
}

/** Re-renders connected elements when a `lang` changes anywhere on the page (one observer). */
const documentLangObserver = {
  hosts: new Set<LocalizedHost>(),
  observer: undefined as MutationObserver | undefined,
  watch(host: LocalizedHost): void {
    this.hosts.add(host);
    if (this.observer || typeof MutationObserver === 'undefined') return;
    this.observer = new MutationObserver(() => {
      for (const each of this.hosts) each.requestUpdate();
    });
    this.observer.observe(document.documentElement, { attributes: true, attributeFilter: ['lang'], subtree: true });
  },
  unwatch(host: LocalizedHost): void {
    this.hosts.delete(host);
    if (this.hosts.size === 0) {
      this.observer?.disconnect();
      this.observer = undefined;
    }
  },
};
