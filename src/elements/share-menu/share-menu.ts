import { type PropertyValues } from 'lit';
import { property, state } from 'lit/decorators.js';
import { FloatingController, preloadFloating } from '../../controllers/floating.controller.js';
import { CircleErrorEvent } from '../../error-event.js';
import { buttons, tokens } from '../../styles/tokens.js';
import { defineElement } from '../../ui/define.js';
import { CopyController } from './share-menu.copy.js';
import { LinkCopiedEvent } from './share-menu.events.js';
import * as links from './share-menu.link.js';
import { ShareLinkController } from './share-menu.loader.js';
import { itemForKey, menuItemOf, slottedMenuItems } from './share-menu.navigation.js';
import { hidePopup, showPopup } from './share-menu.popups.js';
import { styles } from './share-menu.styles.js';
import { LiveRegion } from '../../ui/live-region.js';
import { copyFailedMessage, copyOutcome, renderShareMenu, type ShareMenuHandlers, type Toast } from './share-menu.view.js';
import { LocalizedElement } from '../../controllers/localized-element.js';
import type { Messages } from '../../i18n/localization.js';

// The events it fires, for TypeScript: importing this module's types brings their
// GlobalEventHandlersEventMap entries, so `addEventListener('circle-…', (event) => event.detail)` is typed.
export type { LinkCopiedEvent } from './share-menu.events.js';
export type { CircleErrorEvent } from '../../error-event.js';

/**
 * @tagname circle-share-menu
 * @summary For staff: an "Actions" menu button whose "Copy share link" submenu copies a
 * service's, variant's, appointment's or practitioner's Patient App URL or opens it, or says
 * why there is none.
 *
 * Feed it either `kind` + `record-id` (+ `api-base`, or the page's `configure`): it asks the API
 * for the link as soon as it is on the page, so the reason a link is not ready shows at once;
 * or the link itself in `url` (and `disabled-reason` when it is not ready): then it asks
 * nothing. Only http(s) links are ever copied or opened, and only for the kinds `service`,
 * `variant`, `appointment` and `practitioner` (a link to book with them): anything else is
 * refused with one console error and the items stay disabled, saying why.
 *
 * The menus follow the WAI-ARIA APG menu button and menu patterns. They are `popover="manual"`
 * in the element's shadow root, so they sit in the top layer, and are placed with
 * `position: fixed`: scroll containers, `overflow`, transformed ancestors, stacking contexts
 * and modal `<dialog>`s neither clip nor misplace them.
 *
 * @fires {LinkCopiedEvent} circle-link-copied - The link was copied. detail: { kind, recordId, url }; for
 *   `appointment` links `url` has no fragment, as the fragment holds the patient's access token.
 * @fires {CircleErrorEvent} circle-error - Loading the link, or copying it, failed and is shown. detail: { code, message }
 *
 * @slot - Extra menu items, shown after the built-in ones. Elements with `role="menuitem"` join
 *   the keyboard navigation and typeahead and get `tabindex="-1"`:
 *   `<button role="menuitem" type="button">Archive</button>`. Activating one (click, Enter or
 *   Space) closes the menu and returns focus to the button, so handle its `click`; one with
 *   `aria-disabled="true"` leaves the menu open.
 *
 * @csspart button - The "Actions" menu button.
 * @csspart menu - The menu.
 * @csspart item - A built-in menu item.
 * @csspart submenu - The "Copy share link" submenu.
 * @csspart toast - "Link copied" under the button, or the link to copy by hand when copying failed.
 *
 */
export class CircleShareMenu extends LocalizedElement {
  protected static override reflectsLanguage = true;
  static override styles = [tokens, buttons, styles];

  private readonly link = new ShareLinkController(this, (code, reason) => this.reportError(code, this.localization.speak(reason)));
  private readonly menuPosition = new FloatingController(this);
  private readonly submenuPosition = new FloatingController(this);
  private readonly toastPosition = new FloatingController(this);
  private readonly copier = new CopyController(this);
  private readonly live = new LiveRegion(this);
  /** The toast as last shown, to tell when it changes. */
  private shownToast?: Toast;

  // Queries as plain getters: @query would add its module to the menu's download for six lookups.
  private get button(): HTMLButtonElement {
    return this.find('#button');
  }
  private get menu(): HTMLElement {
    return this.find('#menu');
  }
  private get shareItem(): HTMLElement {
    return this.find('#share');
  }
  private get submenu(): HTMLElement {
    return this.find('#submenu');
  }
  private get toastElement(): HTMLElement {
    return this.find('#toast');
  }
  private get slotElement(): HTMLSlotElement {
    return this.find('slot');
  }

  @state() private open = false;
  @state() private submenuOpen = false;

  /** What the record is: `service`, `variant`, `appointment` or `practitioner`. Other kinds are refused. */
  @property() kind = '';
  /** The record's id, whose link the API gives. */
  @property({ attribute: 'record-id' }) recordId = '';
  /** The booking API; falls back to what `configure({ apiBase })` set for the page. */
  @property({ attribute: 'api-base' }) apiBase = '';
  /** Sent as Accept-Language, so the API's reasons come in the staff member's language. */
  @property() locale?: string;
  /**
   * A clinic's own wording for any message, in the element's language, keyed by the English
   * text (`{0}` where a value goes): `{ 'Confirm booking': 'Book now' }`. See docs/localization.md.
   */
  @property({ attribute: false }) messages: Messages = {};
  /** The link itself, http(s) (a relative one resolves against the page); set, the API is not asked. */
  @property() url = '';
  /** Why the link cannot be shared yet; set, it disables the items and is shown in them. */
  @property({ attribute: 'disabled-reason' }) disabledReason = '';

  constructor() {
    super();
    this.addEventListener('focusout', this.onFocusOut);
  }

  override disconnectedCallback(): void {
    super.disconnectedCallback();
    // The controllers stop following their anchors and forget the toast themselves (hostDisconnected).
    this.listenOutside(false);
    this.open = false;
    this.submenuOpen = false;
    this.requestUpdate(); // so the popups' state is put right before the element is back
  }

  protected override willUpdate(changed: PropertyValues<this>): void {
    if (changed.has('kind') && this.kind && !links.isShareKind(this.kind)) {
      console.error(`<${this.localName}>: kind "${this.kind}" has no patient app link; use one of: ${links.shareKinds.join(', ')}.`);
    }
    if (changed.has('url') && this.url && !links.webUrl(this.url)) {
      console.error(`<${this.localName}>: refused a url with the scheme "${links.schemeOf(this.url)}"; only http and https links are copied or opened.`);
    }
  }

  protected override updated(changed: PropertyValues): void {
    // Inner popups close before, and open after, the menu they belong to.
    if (changed.has('submenuOpen') && !this.submenuOpen) {
      hidePopup(this.submenu, this.submenuPosition);
      delete this.shareItem.dataset.submenu;
    }
    if (changed.has('open')) {
      if (this.open) showPopup(this.menu, this.menuPosition, this.button, { placement: 'bottom-start' });
      else hidePopup(this.menu, this.menuPosition);
    }
    if (changed.has('submenuOpen') && this.submenuOpen) {
      const [side, other] = this.matches(':dir(rtl)') ? (['left', 'right'] as const) : (['right', 'left'] as const);
      // Beside its parent item, first items level (the offset is the menu's border and padding);
      // where neither side has room (a phone), below the parent item, which stays in view.
      showPopup(this.submenu, this.submenuPosition, this.shareItem, {
        placement: `${side}-start`,
        fallbackPlacements: [`${other}-start`, 'bottom-start', 'top-start'],
        gap: 2,
        alignmentOffset: -5,
        // Its arrow points at it, on whichever side it found room (share-menu.styles.ts).
        onPlaced: (placement) => (this.shareItem.dataset.submenu = placement.split('-')[0]!),
      });
    }
    const { toast } = this.copier;
    if (toast !== this.shownToast) {
      this.shownToast = toast;
      if (toast) showPopup(this.toastElement, this.toastPosition, this.button, { placement: 'bottom-start' });
      else hidePopup(this.toastElement, this.toastPosition);
    }
    this.listenOutside(this.open || toast?.kind === 'failed');
  }

  /** What the view's buttons, menus and toast call. */
  private readonly on: ShareMenuHandlers = {
    buttonClick: () => {
      if (this.open) this.closeMenus();
      else this.openMenu('first');
    },

    /** The menus' positioning library is fetched now, so the menu opens placed. */
    buttonNear: () => {
      // A failed fetch is tried again when the menu opens, and the menu opens either way.
      preloadFloating().catch(() => {});
    },

    /** Enter and Space click the button; the arrows open the menu at its first or last item. */
    buttonKeyDown: (event: KeyboardEvent) => {
      if (event.key !== 'ArrowDown' && event.key !== 'ArrowUp') return;
      event.preventDefault();
      this.openMenu(event.key === 'ArrowDown' ? 'first' : 'last');
    },

    /**
     * Enter and Space activate; Right (Left in right-to-left text) opens the submenu and Left
     * (Right) or Escape closes it; Escape closes the menu; Tab leaves it; the rest move (share-menu.navigation.ts).
     */
    menuKeyDown: (event: KeyboardEvent) => {
      const item = menuItemOf(event);
      if (!item) return;
      const { key } = event;
      const inSubmenu = item.parentElement === this.submenu;
      const rtl = this.matches(':dir(rtl)');
      if (key === 'Tab') {
        // Focus the button and let the browser's Tab move on from there, as if from the button.
        return this.closeMenus(true);
      }
      if (key === 'Enter' || key === ' ') item.click();
      else if (key === 'Escape' || (inSubmenu && key === (rtl ? 'ArrowRight' : 'ArrowLeft'))) {
        event.stopPropagation(); // an Escape the menu used must not also close a <dialog> around it
        if (inSubmenu) this.closeSubmenu();
        else this.closeMenus(true);
      } else if (item === this.shareItem && key === (rtl ? 'ArrowLeft' : 'ArrowRight')) this.openSubmenu(true);
      else {
        const next = event.altKey || event.ctrlKey || event.metaKey ? undefined : itemForKey(inSubmenu ? this.submenuItems() : this.menuItems(), item, key);
        if (!next) return;
        next.focus();
      }
      event.preventDefault();
    },

    menuClick: (event: MouseEvent) => {
      const item = menuItemOf(event);
      if (!item) return;
      if (item.ariaDisabled === 'true') {
        // Does nothing, and leaves the menu open with the reason in view.
        event.preventDefault();
        return;
      }
      switch (this.actionOf(item)) {
        case 'share':
          return this.openSubmenu(true);
        case 'copy':
          return this.copy();
        case 'retry':
          return this.retry();
        default:
          // "Open patient view" follows its own link into a new tab; the host handles its own items.
          this.closeMenus(true);
      }
    },

    /** Pointing at "Copy share link" opens its submenu; pointing at an item focuses it, as the APG examples do. */
    menuPointerOver: (event: PointerEvent) => {
      const item = menuItemOf(event);
      if (!item || event.pointerType === 'touch') return;
      if (item.parentElement !== this.submenu) {
        if (item === this.shareItem) this.openSubmenu(false);
        else this.submenuOpen = false;
      }
      // Not `:focus-within`: it does not match while the window itself is not focused.
      const menuHasFocus = !!this.shadowRoot?.activeElement || this.contains(document.activeElement);
      if (menuHasFocus) item.focus({ preventScroll: true });
    },

    toastKeyDown: (event: KeyboardEvent) => {
      if (event.key !== 'Escape') return;
      event.preventDefault();
      event.stopPropagation();
      this.on.closeToast();
    },

    slotChange: () => {
      for (const item of slottedMenuItems(this.slotElement)) if (!item.hasAttribute('tabindex')) item.tabIndex = -1;
    },

    closeToast: () => {
      this.copier.dismiss();
      this.button.focus();
    },
  };

  private onDocumentPointerDown = (event: PointerEvent) => {
    if (event.composedPath().includes(this)) return;
    this.closeAll();
  };

  /** Focus moved somewhere else on the page: close what is open, leaving focus where it went. */
  private onFocusOut = (event: FocusEvent) => {
    const next = event.relatedTarget;
    if (!(next instanceof Node) || next === this || this.contains(next)) return;
    this.closeAll();
  };

  private openMenu(at: 'first' | 'last'): void {
    this.copier.dismiss();
    this.open = true;
    this.submenuOpen = false;
    void this.focusWhenShown(() => this.menuItems().at(at === 'first' ? 0 : -1));
  }

  private openSubmenu(focusFirst: boolean): void {
    this.submenuOpen = true;
    if (focusFirst) void this.focusWhenShown(() => this.submenuItems()[0]);
  }

  /** Focus goes into a popup only once the render that shows it is on screen. */
  private async focusWhenShown(target: () => HTMLElement | null | undefined): Promise<void> {
    await this.updateComplete;
    const element = target();
    element?.focus({ preventScroll: true });
    if (element instanceof HTMLInputElement) element.select();
  }

  private closeSubmenu(): void {
    this.submenuOpen = false;
    this.shareItem.focus();
  }

  /** The pointer or focus went elsewhere on the page: the menus close, and a failed copy's toast with them. */
  private closeAll(): void {
    this.closeMenus();
    if (this.copier.toast?.kind === 'failed') this.copier.dismiss();
  }

  private closeMenus(focusButton = false): void {
    this.open = false;
    this.submenuOpen = false;
    if (focusButton) this.button.focus();
  }

  private copy(): void {
    const link = this.link.state;
    if (link.status !== 'ready') return;
    const { url } = link;
    // Right here, inside the click or key press: browsers take clipboard writes only from a user's gesture.
    void this.copier.copy(url, this.renderRoot).then((ok) => {
      this.closeMenus(ok);
      if (ok) {
        const kind = links.isShareKind(this.kind) ? this.kind : undefined;
        this.dispatchEvent(new LinkCopiedEvent({ kind, recordId: this.recordId || undefined, url: links.withoutToken(url, this.kind) }));
        return;
      }
      void this.focusWhenShown(() => this.find('#manual-link'));
      this.reportError('copy_failed', this.localization.speak(copyFailedMessage));
    });
  }

  private retry(): void {
    // Onto "Copy Patient App URL" first: "Try again" goes away while the link loads.
    this.submenuItems()[0]?.focus();
    this.link.retry();
  }

  private reportError(code: string, message: string): void {
    this.dispatchEvent(new CircleErrorEvent({ code, message }));
  }

  private listenOutside(on: boolean): void {
    // Adding the listener again, or removing it when it is not there, does nothing.
    if (on) document.addEventListener('pointerdown', this.onDocumentPointerDown, true);
    else document.removeEventListener('pointerdown', this.onDocumentPointerDown, true);
  }

  /** What a built-in item does; undefined for the host's own items. */
  private actionOf(item: HTMLElement): string | undefined {
    return item.getRootNode() === this.renderRoot ? item.dataset.action : undefined;
  }

  private find<T extends Element>(selector: string): T {
    return this.renderRoot.querySelector<T>(selector)!;
  }

  private menuItems(): HTMLElement[] {
    return [this.shareItem, ...slottedMenuItems(this.slotElement)];
  }

  private submenuItems(): HTMLElement[] {
    return [...this.submenu.querySelectorAll<HTMLElement>(':scope > [role=menuitem]')];
  }

  protected override render() {
    const { open, submenuOpen } = this;
    const { toast, announcement, announcements } = this.copier;
    const liveRegion = this.live.render(announcement ? { key: `copy:${announcements}`, text: copyOutcome(announcement) } : undefined);
    return renderShareMenu({ open, submenuOpen, toast, liveRegion, link: this.link.state, on: this.on });
  }
}

defineElement('circle-share-menu', CircleShareMenu);

declare global {
  interface HTMLElementTagNameMap {
    'circle-share-menu': CircleShareMenu;
  }
}
