/**
 * The held time on the details and review steps (issue 21, part 3): calmly, how long the
 * picked time is held; and when it is lost (taken or held by someone else before it could be
 * held) or its hold ended, the lost-time screen (hold-lost.ts): what happened, that every
 * detail typed is kept, and the nearest free times around the lost one to pick from. That
 * screen is rarely needed, so it is fetched when first needed (`loadLostScreen`).
 * Plain render functions; the state is flow/hold-state.ts, kept by HoldController.
 */
import { html, nothing, type TemplateResult } from 'lit';
import { msg, str } from '../i18n/localization.js';
import { formatTime } from '../i18n/format.js';
import type { Slot } from '../api/schemas.js';
import type { MonthAvailability } from '../flow/availability-window.js';
import type { BookingStep } from '../flow/booking-flow.js';
import { timeLost, type HoldState } from '../flow/hold-state.js';
import type { Announcement } from '../ui/live-region.js';
import type { HoldPanelView } from './hold-view.js';

export { lostHeadingId, type HoldPanelView } from './hold-view.js';

/** The lost-time screen, once fetched. */
let lostScreen: typeof import('./hold-lost.js') | undefined;

/** Fetches the lost-time screen, if it is not here yet, and calls `loaded` once it is. */
export function loadLostScreen(loaded: () => void): void {
  if (lostScreen) return;
  void import('./hold-lost.js').then((module) => {
    lostScreen = module;
    loaded();
  });
}

export function renderHoldPanel(view: HoldPanelView): TemplateResult | typeof nothing {
  const { hold, timeZone, locale } = view;
  const time = (slot: Slot) => formatTime(slot.start, timeZone, locale);
  // Said once, calmly: no countdown on screen (the two minutes left are told to screen readers).
  if (hold.status === 'held') {
    return html`<p class="hold" part="hold">${msg(str`We’re holding ${time(hold.slot)} for you until ${formatTime(new Date(hold.endsAt), timeZone, locale)}.`)}</p>`;
  }
  if (!timeLost(hold)) return nothing;
  return lostScreen ? lostScreen.renderLost(view, hold) : html`<p class="hint" role="status">${msg('Loading free times…')}</p>`;
}

/**
 * What screen readers hear of the hold while the patient types or reviews: two minutes left
 * (`said`, once per occurrence), or that the time was lost; else nothing.
 */
export function holdAnnouncement(
  hold: HoldState,
  said: { key: string; what: 'two-minutes' | 'ended' } | undefined,
  step: BookingStep,
  timeZone: string,
  locale?: string,
): Announcement | undefined {
  if (step !== 'details' && step !== 'review') return undefined;
  if (timeLost(hold)) {
    const text = lostScreen?.lostAnnouncement(hold, timeZone, locale);
    return text ? { key: `hold-${hold.status}:${hold.slot.start}`, text } : undefined;
  }
  if (hold.status === 'held' && said?.what === 'two-minutes') {
    return { key: `hold-said:${said.key}`, text: msg(str`Two minutes left to confirm ${formatTime(hold.slot.start, timeZone, locale)}.`) };
  }
  return undefined;
}

/**
 * The free times nearest a lost one, with `samePractitioners` first (hold-lost.ts); undefined
 * until the lost-time screen is here, and while the lost time's month loads.
 */
export function nearestAround(
  hold: Extract<HoldState, { slot: Slot }>,
  availabilityOf: (month: string) => MonthAvailability,
  samePractitioners: readonly string[] = [],
): readonly Slot[] | undefined {
  return lostScreen?.nearestAround(hold, availabilityOf, samePractitioners);
}
