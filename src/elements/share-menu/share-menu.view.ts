/**
 * `<circle-share-menu>`'s shadow DOM: the menu button, the menu with the "Copy share link"
 * submenu and the host's slotted items, the toast, and a polite live region. Structure as in
 * the WAI-ARIA APG menu button example; the submenu sits beside its parent item in a
 * `role="none"` wrapper, as in the APG menubar example. Every popup is `popover="manual"`.
 */
import { html, nothing, type TemplateResult } from 'lit';
import { msg } from '../../i18n/localization.js';
import { checkIcon, chevronDown, chevronEnd, copyIcon, externalIcon, linkIcon, retryIcon } from './share-menu.icons.js';
import type { LinkState } from './share-menu.link.js';

export type Toast = { kind: 'copied' } | { kind: 'failed'; url: string };

/** What the live region says after a copy. */
export function copyOutcome(kind: Toast['kind']): string {
  return kind === 'copied' ? msg('Link copied') : copyFailedMessage();
}

export function copyFailedMessage(): string {
  return msg("Couldn't copy the link. Select it and copy it by hand.");
}

export interface ShareMenuHandlers {
  buttonClick: (event: MouseEvent) => void;
  /** The pointer is over the button, or focus is on it: a menu may open soon. */
  buttonNear: () => void;
  buttonKeyDown: (event: KeyboardEvent) => void;
  menuKeyDown: (event: KeyboardEvent) => void;
  menuClick: (event: MouseEvent) => void;
  menuPointerOver: (event: PointerEvent) => void;
  slotChange: () => void;
  toastKeyDown: (event: KeyboardEvent) => void;
  closeToast: () => void;
}

export interface ShareMenuView {
  open: boolean;
  submenuOpen: boolean;
  link: LinkState;
  toast: Toast | undefined;
  /** The element's live region (src/ui/live-region.ts). */
  liveRegion: unknown;
  on: ShareMenuHandlers;
}

export function renderShareMenu(view: ShareMenuView): TemplateResult {
  const { on } = view;
  return html`
    <button id="button" part="button" class="button trigger" type="button" aria-haspopup="menu"
      aria-expanded=${String(view.open)} aria-controls="menu" @click=${on.buttonClick} @keydown=${on.buttonKeyDown}
      @pointerenter=${on.buttonNear} @focus=${on.buttonNear}>
      ${msg('Actions')}${chevronDown}
    </button>
    <div id="menu" part="menu" class="popup menu" role="menu" aria-labelledby="button" popover="manual"
      @keydown=${on.menuKeyDown} @click=${on.menuClick} @pointerover=${on.menuPointerOver}>
      <div class="group" role="none">
        <div id="share" part="item" class="item" role="menuitem" tabindex="-1" data-action="share"
          aria-haspopup="menu" aria-expanded=${String(view.submenuOpen)} aria-controls="submenu">
          ${linkIcon}<span id="share-label" class="label">${msg('Copy share link')}</span>${chevronEnd}
        </div>
        ${renderSubmenu(view.link)}
      </div>
      <slot @slotchange=${on.slotChange}></slot>
    </div>
    ${renderToast(view)}
    ${view.liveRegion}
  `;
}

/**
 * Copy and open, enabled only for a ready link. Otherwise both are `aria-disabled` yet still
 * focusable, and the reason (or "Loading…") is shown inside the first, so it is part of that
 * item's name (its visible text is its name, as WCAG 2.5.3 asks), and describes the second.
 */
function renderSubmenu(link: LinkState): TemplateResult {
  const ready = link.status === 'ready';
  const reason = link.status === 'ready' ? undefined : link.status === 'loading' ? msg('Loading…') : link.reason();
  const disabled = ready ? nothing : 'true';
  return html`
    <div id="submenu" part="submenu" class="popup submenu" role="menu" aria-labelledby="share-label" popover="manual">
      <div part="item" class="item" role="menuitem" tabindex="-1" data-action="copy" aria-disabled=${disabled}>
        ${copyIcon}
        <span class="text">
          <span class="label">${msg('Copy Patient App URL')}</span>
          ${reason ? html`<span id="share-reason" dir="auto" class="reason ${link.status === 'error' ? 'error-reason' : ''}">${reason}</span>` : nothing}
        </span>
      </div>
      <a part="item" class="item" role="menuitem" tabindex="-1" data-action="open" href=${ready ? link.url : nothing}
        target="_blank" rel="noopener noreferrer" aria-disabled=${disabled} aria-describedby=${reason ? 'share-reason' : nothing}>
        ${externalIcon}<span class="label">${msg('Open patient view')}</span><span class="visually-hidden">${msg('(opens in a new tab)')}</span>
      </a>
      ${
        link.status === 'error' && link.retry
          ? html`<div part="item" class="item" role="menuitem" tabindex="-1" data-action="retry">
            ${retryIcon}<span class="label">${msg('Try again')}</span>
          </div>`
          : nothing
      }
    </div>
  `;
}

/** "Link copied" (the live region says it; this shows it), or the link to copy by hand. */
function renderToast({ toast, on }: ShareMenuView): TemplateResult {
  return html`
    <div id="toast" part="toast" class="popup toast ${toast?.kind ?? ''}" popover="manual" @keydown=${on.toastKeyDown}>
      ${toast?.kind === 'copied' ? html`<span class="copied-mark" aria-hidden="true">${checkIcon}${msg('Link copied')}</span>` : nothing}
      ${
        toast?.kind === 'failed'
          ? html`
            <p id="copy-failed">${copyFailedMessage()}</p>
            <label for="manual-link">${msg('Patient App URL')}</label>
            <input id="manual-link" type="text" readonly dir="ltr" .value=${toast.url} aria-describedby="copy-failed" />
            <button class="button" type="button" @click=${on.closeToast}>${msg('Close')}</button>
          `
          : nothing
      }
    </div>
  `;
}
