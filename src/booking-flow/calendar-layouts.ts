/**
 * The three ways the time step offers days and times (`layout`): a month grid beside the
 * chosen day's times, a week strip above them, or a plain list of the next days with free
 * times. All three read the same month-by-month availability and choose through the same
 * handlers, so switching layout never changes what can be booked. The month grid is
 * month-times.ts, shared with rescheduling an appointment; the other two are in
 * calendar-alternatives.ts, fetched only by pages that choose them.
 */
import { type CSSResult, type TemplateResult } from 'lit';
import { msg } from '../i18n/localization.js';
import { renderMonthTimes } from './month-times.js';
import { renderLoading } from '../ui/status.js';
import type { CalendarLayout, FlowView } from './flow-view.js';

/** The week strip and the list, loaded only by a flow that uses them (see `loadLayout`). */
let alternatives: typeof import('./calendar-alternatives.js') | undefined;

/**
 * Loads what `layout` needs, and hands its styles to `loaded` for the flow to add to its own
 * (at once when already loaded); the flow then renders again.
 */
export function loadLayout(layout: CalendarLayout, loaded: (styles: CSSResult) => void): void {
  if (layout === 'month') return;
  if (alternatives) return loaded(alternatives.layoutStyles);
  void import('./calendar-alternatives.js').then((module) => {
    alternatives = module;
    loaded(module.layoutStyles);
  });
}

export function renderCalendar(view: FlowView): TemplateResult {
  if (view.layout === 'month') return renderMonthTimes(view);
  if (!alternatives) return renderLoading(msg('Loading free times…'), 'grid');
  return view.layout === 'week' ? alternatives.renderWeek(view) : alternatives.renderList(view);
}
