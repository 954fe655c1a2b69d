import { html } from 'lit';
import { property } from 'lit/decorators.js';
import { msg } from '../../i18n/localization.js';
import { LocalizedElement } from '../../controllers/localized-element.js';
import type { Messages } from '../../i18n/localization.js';
import { buttons, tokens } from '../../styles/tokens.js';
import { defineElement } from '../../ui/define.js';
import type { CalendarLayout } from '../../booking-flow/flow-view.js';
import { openBookingDialog } from '../book-dialog/booking-dialogs.js';
import { styles } from './book-button.styles.js';

/**
 * @tagname circle-book-button
 * @summary A floating "Book an appointment" button, fixed in a corner of the page, that opens
 * the booking flow in a popup (`<circle-book-dialog>`). It hides while the popup is open, and on
 * phones while a booking element on the page passes under it, so it never covers a form or a link.
 *
 * @slot - The button's text. Default: "Book an appointment".
 *
 * @csspart button - The button.
 *
 * @cssprop [--circle-book-button-offset-block=1.5rem] - Distance from the top or bottom edge; raise it above a cookie banner. The `offset` attribute sets it too.
 * @cssprop [--circle-book-button-offset-inline=1.5rem] - Distance from the side edge.
 * @cssprop [--circle-book-button-z-index=1000] - Stacking against the page's own fixed elements.
 */
export class CircleBookButton extends LocalizedElement {
  protected static override reflectsLanguage = true;
  static override styles = [tokens, buttons, styles];

  /** The service to book. */
  @property({ attribute: 'service-id' }) serviceId = '';
  /** Or one exact variant to book. */
  @property({ attribute: 'variant-id' }) variantId = '';
  /** The booking API; falls back to what `configure({ apiBase })` set for the page. */
  @property({ attribute: 'api-base' }) apiBase = '';
  /** Offer only this location. */
  @property({ attribute: 'location-id' }) locationId = '';
  /** The calendar's layout in the popup: `month`, `week` or `list`. */
  @property() layout?: CalendarLayout;
  @property() locale?: string;
  /**
   * A clinic's own wording for any message, in the element's language, keyed by the English
   * text (`{0}` where a value goes): `{ 'Confirm booking': 'Book now' }`. See docs/localization.md.
   */
  @property({ attribute: false }) messages: Messages = {};
  /** Prefill the patient's details from the page's query string. */
  @property({ attribute: 'prefill-from-url', type: Boolean }) prefillFromUrl = false;
  /** The corner: `bottom-end` (default), `bottom-start`, `top-end` or `top-start`; start and end follow the text direction. */
  @property({ reflect: true }) corner: 'bottom-end' | 'bottom-start' | 'top-end' | 'top-start' = 'bottom-end';
  /** Distance from the top or bottom edge as a CSS length (`5rem`, `96px`), to keep clear of a cookie banner. */
  @property() offset = '';

  /** Watches for a booking on the page passing under the button; remade when the window resizes. */
  private watcher?: IntersectionObserver;

  override connectedCallback(): void {
    super.connectedCallback();
    document.addEventListener('circle-dialog-opened', this.onDialogToggle);
    document.addEventListener('circle-dialog-closed', this.onDialogToggle);
    window.addEventListener('resize', this.watchContent);
  }

  override disconnectedCallback(): void {
    super.disconnectedCallback();
    document.removeEventListener('circle-dialog-opened', this.onDialogToggle);
    document.removeEventListener('circle-dialog-closed', this.onDialogToggle);
    window.removeEventListener('resize', this.watchContent);
    this.watcher?.disconnect();
  }

  protected override updated(): void {
    // Only a real CSS length: anything else keeps the default rather than breaking the position.
    const offset = this.offset && CSS.supports('inset-block-end', this.offset) ? this.offset : '';
    this.style.setProperty('--circle-book-button-offset-block', offset || null);
    this.watchContent();
  }

  /**
   * On a phone the button steps aside while a booking, an appointment or the patient app on the
   * page passes under it, so it never covers a form's last field, its Continue button or a
   * confirmation's link: there it spans much of the screen's width, and the flows fill it. The
   * watched area is the button's own. On wider screens it keeps to its corner, beside them.
   */
  private watchContent = () => {
    this.watcher?.disconnect();
    this.removeAttribute('over-content');
    const box = this.getBoundingClientRect();
    if (!this.isConnected || !box.width || !matchMedia('(max-width: 40rem)').matches) return;
    const margin = [box.top, innerWidth - box.right, innerHeight - box.bottom, box.left].map((side) => `${-Math.max(0, Math.floor(side))}px`).join(' ');
    const under = new Set<Element>();
    this.watcher = new IntersectionObserver(
      (entries) => {
        for (const { target, isIntersecting } of entries) {
          if (isIntersecting) under.add(target);
          else under.delete(target);
        }
        this.toggleAttribute('over-content', under.size > 0);
      },
      { rootMargin: margin },
    );
    for (const content of document.querySelectorAll('circle-book-service, circle-book-variant, circle-appointment, circle-patient-app')) {
      if (!content.closest('circle-book-dialog')) this.watcher.observe(content);
    }
  };

  private onDialogToggle = (event: Event) => this.toggleAttribute('dialog-open', event.type === 'circle-dialog-opened');

  private open = () => {
    const kind = this.variantId ? 'variant' : 'service';
    openBookingDialog(
      {
        kind,
        id: this.variantId || this.serviceId,
        label: this.textContent?.trim() || undefined,
        messages: this.messages,
        attributes: {
          'api-base': this.apiBase || undefined,
          'location-id': this.locationId || undefined,
          layout: this.layout,
          // The button's own language, also when it comes from a `lang` around the button: the dialog lives in <body>.
          locale: this.locale || this.localization.locale,
          'prefill-from-url': this.prefillFromUrl ? '' : undefined,
        },
      },
      this.renderRoot.querySelector('button'),
    );
  };

  protected override render() {
    return html`<button type="button" class="button primary" part="button" @click=${this.open}>
      <svg viewBox="0 0 24 24" width="20" height="20" aria-hidden="true">
        <path d="M7 3v3M17 3v3M4 9h16M5 5h14a1 1 0 0 1 1 1v13a1 1 0 0 1-1 1H5a1 1 0 0 1-1-1V6a1 1 0 0 1 1-1z" stroke="currentColor" stroke-width="2" fill="none" stroke-linecap="round" />
      </svg>
      <slot>${msg('Book an appointment')}</slot>
    </button>`;
  }
}

defineElement('circle-book-button', CircleBookButton);

declare global {
  interface HTMLElementTagNameMap {
    'circle-book-button': CircleBookButton;
  }
}
