/**
 * The three ways the time step offers days and times (`layout`): a month grid beside the
 * chosen day's times, a week strip above them, or a plain list of the next days with free
 * times. All three read the same month-by-month availability and choose through the same
 * handlers, so switching layout never changes what can be booked. The month grid is here; the
 * other two are in calendar-alternatives.ts, fetched only by pages that choose them.
 */
import { html, type CSSResult, type TemplateResult } from 'lit';
import { msg, str } from '../../i18n/localization.js';
import type { Slot } from '../../api/schemas.js';
import type { MonthAvailability } from '../../controllers/availability.controller.js';
import { monthOf } from '../../flow/availability-window.js';
import * as flow from '../../flow/booking-flow.js';
import { formatDate } from '../../i18n/format.js';
import { renderEmpty, renderError, renderLoading } from '../status.js';
import type { FlowView } from './steps.js';

export type CalendarLayout = 'month' | 'week' | 'list';

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
  if (view.layout === 'month') return renderMonth(view);
  if (!alternatives) return renderLoading(msg('Loading free times…'), 'grid');
  return view.layout === 'week' ? alternatives.renderWeek(view) : alternatives.renderList(view);
}

function renderMonth(view: FlowView): TemplateResult {
  const { state, month, locale, today } = view;
  const shown = view.shownMonth ?? monthOf(state.date ?? today);
  return html`<div class="when month" part="when">
    <circle-day-picker
      .month=${shown}
      .value=${state.date ?? ''}
      .available=${new Set(month?.days.keys() ?? [])}
      .pending=${month?.status === 'pending'}
      .min=${today}
      .today=${today}
      .locale=${locale}
      @day-select=${(event: { date: string }) => view.chooseDate(event.date)}
      @month-change=${(event: { month: string }) => view.showMonth(event.month)}
    ></circle-day-picker>
    <div class="times" part="times">${renderDayTimes(view, month, msg('No free times this month'))}</div>
  </div>`;
}

/** The chosen day's times, or why there are none and the way to the next free day. */
export function renderDayTimes(view: FlowView, shown: MonthAvailability | undefined, emptyTitle: string): TemplateResult {
  const { state, locale } = view;
  if (!shown || shown.status === 'pending') return renderLoading(msg('Loading free times…'), 'grid');
  if (shown.status === 'error') return renderError(shown.error, { onRetry: view.retryAvailability, clinic: view.catalog.clinic, subject: 'times' });
  if (shown.days.size === 0) {
    const next = shown.nextAvailableDate;
    return renderEmpty(
      emptyTitle,
      next ? msg(str`The next free time is on ${formatDate(next, locale)}.`) : msg('Please try a later month or call the clinic.'),
      next ? { label: msg('Go to the next free day'), onClick: () => view.chooseDate(next) } : undefined,
    );
  }
  const date = state.date ?? '';
  const slots = shown.days.get(date);
  if (!slots?.length) return html`<p class="hint">${msg('Choose a day to see its free times.')}</p>`;
  return renderTimeList(view, date, slots);
}

export function renderTimeList(view: FlowView, date: string, slots: readonly Slot[]): TemplateResult {
  return html`<circle-time-list
    .slots=${slots}
    .value=${view.state.slot?.start ?? ''}
    time-zone=${flow.locationOf(view.catalog, view.state)!.timeZone}
    .locale=${view.locale}
    .label=${msg(str`Free times on ${formatDate(date, view.locale)}`)}
    @time-select=${(event: { start: string }) => view.chooseSlot(event.start, date)}
  ></circle-time-list>`;
}

