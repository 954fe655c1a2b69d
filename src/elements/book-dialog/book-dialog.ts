import { html, type PropertyValues } from 'lit';
import { property } from 'lit/decorators.js';
import { msg } from '../../i18n/localization.js';
import { LocalizedElement } from '../../controllers/localized-element.js';
import { MediaQueryController } from '../../controllers/media-query.controller.js';
import type { Messages } from '../../i18n/localization.js';
import { buttons, tokens } from '../../styles/tokens.js';
import { defineElement } from '../../ui/define.js';
import { DialogClosedEvent, DialogOpenedEvent } from './book-dialog.events.js';
import { styles } from './book-dialog.styles.js';

// The events it fires, for TypeScript: importing this module's types brings their
// GlobalEventHandlersEventMap entries, so `addEventListener('circle-…', (event) => event.detail)` is typed.
export type { DialogOpenedEvent, DialogClosedEvent } from './book-dialog.events.js';

/**
 * @tagname circle-book-dialog
 * @summary Opens a booking element in a modal popup over the page, on the native `<dialog>`:
 * focus moves in and goes back to what opened it, Escape and the close button close it, the
 * page behind is inert and does not scroll, and on phones it takes the whole screen. Closing
 * keeps the booking element, so reopening resumes where the patient left off.
 *
 * @slot - The booking element, e.g. `<circle-book-service>`.
 * @slot trigger - A button (or link) on the page that opens the dialog.
 *
 * @fires {DialogOpenedEvent} circle-dialog-opened - The dialog opened.
 * @fires {DialogClosedEvent} circle-dialog-closed - The dialog closed.
 *
 * @csspart dialog - The `<dialog>`.
 * @csspart header - The title bar with the close button.
 * @csspart title - The dialog's title.
 * @csspart close-button - The close button.
 * @csspart body - The scrolling area holding the booking element.
 *
 * @cssprop [--circle-book-dialog-max-width=56rem] - The widest the dialog grows on large screens.
 */
export class CircleBookDialog extends LocalizedElement {
  protected static override reflectsLanguage = true;
  static override styles = [tokens, buttons, styles];

  /** Phones: the dialog takes the whole screen, as a native sheet would. */
  private readonly phone = new MediaQueryController(this, '(max-width: 40rem)');

  // A getter rather than @query: that decorator's module would ride in the chunk every element loads.
  private get dialog(): HTMLDialogElement {
    return this.renderRoot.querySelector('dialog')!;
  }
  /** Where focus goes back to on close. */
  private opener: HTMLElement | null = null;
  private restoreScroll?: () => void;
  /**
   * An opening not yet reported closed. The native dialog reports a closing with a "close" event
   * a task later; on a busy machine the dialog may be closed and opened again in between, so the
   * closing is settled as soon as it is known (here or in `show`), and a late event is ignored.
   */
  private opening = false;

  /** The dialog's title. Default: "Book an appointment". */
  @property() label = '';
  /** The language of the dialog's own text (its Close button); the page's by default. */
  @property() locale?: string;
  /**
   * A clinic's own wording for any message, in the element's language, keyed by the English
   * text (`{0}` where a value goes): `{ 'Confirm booking': 'Book now' }`. See docs/localization.md.
   */
  @property({ attribute: false }) messages: Messages = {};
  /** Whether the dialog is open. Set it, or call `show()` and `close()`. */
  @property({ type: Boolean, reflect: true }) open = false;

  override disconnectedCallback(): void {
    super.disconnectedCallback();
    this.restoreScroll?.();
  }

  protected override updated(changed: PropertyValues<this>): void {
    if (!changed.has('open')) return;
    if (this.open && !this.dialog.open) {
      this.opener ??= deepActiveElement();
      this.dialog.showModal();
      this.opening = true;
      this.restoreScroll = lockPageScroll(this.dialog);
      this.dispatchEvent(new DialogOpenedEvent());
    } else if (!this.open && this.dialog.open) {
      this.dialog.close();
      this.closed();
    }
  }

  /** Fired by the native dialog however it closed (Escape, backdrop), a task after it closed. */
  private onClose = () => {
    // Open again by now: this closing was already settled when the dialog was reopened.
    if (!this.dialog.open) this.closed();
  };

  /** Settles a closing once: the page scrolls again, listeners hear it, focus goes back. */
  private closed(): void {
    if (!this.opening) return;
    this.opening = false;
    this.open = false;
    this.restoreScroll?.();
    this.restoreScroll = undefined;
    // Tell listeners first: a floating button that opened the dialog shows itself again before it takes focus back.
    this.dispatchEvent(new DialogClosedEvent());
    if (this.opener?.isConnected) this.opener.focus();
    this.opener = null;
  }

  private onTrigger = (event: Event) => {
    const trigger = (event.target as Element).closest<HTMLElement>('[slot=trigger]');
    if (trigger) this.show(trigger);
  };

  /** Opens the dialog; `opener` (default: what has focus) gets focus back when it closes. */
  show(opener?: HTMLElement | null): void {
    // Closed by Escape a moment ago, its "close" event still to come: settle that closing first,
    // so this opening is not taken for the dialog still being open.
    if (this.opening && !this.dialog.open) this.closed();
    this.opener = opener ?? deepActiveElement();
    this.open = true;
  }

  close(): void {
    this.open = false;
  }

  protected override render() {
    /* eslint-disable lit-a11y/click-events-have-key-events -- the slotted trigger is a button: Enter and Space click it */
    return html`
      <slot name="trigger" @click=${this.onTrigger}></slot>
      <dialog part="dialog" class=${this.phone.matches ? 'sheet' : ''} aria-labelledby="title" closedby="any" @close=${this.onClose}>
        <!-- Not a <header>: in a dialog it would be a page-wide banner landmark. -->
        <div class="header" part="header">
          <h2 id="title" part="title">${this.label || msg('Book an appointment')}</h2>
          <button type="button" class="close" part="close-button" aria-label=${msg('Close')} @click=${() => this.close()}>
            <svg viewBox="0 0 24 24" width="24" height="24" aria-hidden="true">
              <path d="M6 6l12 12M18 6L6 18" stroke="currentColor" stroke-width="2" stroke-linecap="round" fill="none" />
            </svg>
          </button>
        </div>
        <div class="body" part="body"><slot></slot></div>
      </dialog>
    `;
    /* eslint-enable lit-a11y/click-events-have-key-events */
  }
}

/** The focused element, through open shadow roots: a trigger inside another component. */
function deepActiveElement(): HTMLElement | null {
  let active = document.activeElement;
  while (active?.shadowRoot?.activeElement) active = active.shadowRoot.activeElement;
  return active instanceof HTMLElement && active !== document.body ? active : null;
}

/**
 * Stops the page scrolling behind the dialog, without the page shifting where its scrollbar
 * was. Not under a dialog as wide as the page (on phones, or a desktop zoomed to 200 %): the
 * kept room would show as a strip of the page beside it, and a shift there is hidden anyway.
 */
function lockPageScroll(dialog: HTMLElement): () => void {
  const root = document.documentElement;
  const { overflow, scrollbarGutter } = root.style;
  if (window.innerWidth > root.clientWidth && dialog.offsetWidth < root.clientWidth) root.style.scrollbarGutter = 'stable';
  root.style.overflow = 'hidden';
  return () => {
    root.style.overflow = overflow;
    root.style.scrollbarGutter = scrollbarGutter;
  };
}

defineElement('circle-book-dialog', CircleBookDialog);

declare global {
  interface HTMLElementTagNameMap {
    'circle-book-dialog': CircleBookDialog;
  }
}
