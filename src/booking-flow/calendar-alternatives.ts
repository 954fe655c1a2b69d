/**
 * The week strip and the list of next free times (`layout="week"` and `"list"`), split from
 * calendar-layouts.ts so that pages showing the month grid never load them.
 */
import { css, html, nothing, type TemplateResult } from 'lit';
import { msg } from '../i18n/localization.js';
import type { Slot } from '../api/schemas.js';
import type { MonthAvailability } from '../flow/availability-window.js';
import { addMonths, monthOf } from '../flow/availability-window.js';
import { firstDayOfWeek, formatDate, formatTimeZone } from '../i18n/format.js';
import { zoneDiffers } from '../ui/contact.js';
import { addDays, dayOfWeek } from '../time/zoned.js';
import { renderError, renderLoading } from '../ui/status.js';
import { horizonNote, renderDayTimes, renderTimeList } from './month-times.js';
import type { FlowView } from './flow-view.js';

/** The week strip's and the list's look, added to the flow's own styles when this module loads. */
export const layoutStyles = css`
  .week-nav {
    display: flex;
    align-items: center;
    gap: 0.5rem;
  }
  .week-title {
    flex: 1;
    margin: 0;
    text-align: center;
    font-weight: 600;
  }
  .nav {
    min-width: max(2.75rem, 44px);
    padding: 0;
    border-color: transparent;
    font-size: 1.5em;
  }
  .week-days {
    display: grid;
    grid-template-columns: repeat(7, minmax(0, 1fr));
    gap: 0.25rem;
  }
  .week-day {
    display: grid;
    justify-items: center;
    gap: 0.125rem;
    min-height: 3.5rem;
    padding: 0.375rem 0;
    border: 1px solid var(--_border);
    border-radius: var(--_radius);
    background: var(--_surface);
    color: inherit;
    font: inherit;
    cursor: pointer;
  }
  .week-day:disabled {
    border-style: dashed;
    color: var(--_muted);
    cursor: default;
  }
  .week-day[aria-pressed='true'] {
    border-color: var(--_accent);
    background: var(--_accent);
    color: var(--_on-accent);
  }
  .week-day:focus-visible {
    outline: var(--_focus-ring);
    outline-offset: 2px;
  }
  .weekday {
    font-size: 0.8125em;
  }
  .day-number {
    font-weight: 600;
    font-size: 1.125em;
  }
  .list-days {
    display: grid;
    gap: var(--_space);
    margin: 0;
    padding: 0;
    list-style: none;
  }
  @container (min-width: 45rem) {
    .list-days {
      grid-template-columns: repeat(auto-fill, minmax(16rem, 1fr));
    }
  }
`;

/** The first day of the week holding `date`, in the patient's locale. */
function weekStartOf(date: string, locale?: string): string {
  return addDays(date, -((dayOfWeek(date) - firstDayOfWeek(locale) + 7) % 7));
}

export function renderWeek(view: FlowView): TemplateResult {
  const { state, locale, today } = view;
  const first = weekStartOf(today, locale);
  const start = view.shownWeek ?? weekStartOf(state.date ?? today, locale);
  const days = Array.from({ length: 7 }, (_, index) => addDays(start, index));
  const months = [...new Set(days.map(monthOf))].map((month) => view.availabilityOf(month));
  const slotsOn = (date: string) => view.availabilityOf(monthOf(date)).days.get(date) ?? [];
  const free = (date: string) => slotsOn(date).length > 0;
  // What the times area says: loading or failing while any of the week's months does, else the week's own days.
  const pending = months.find((month) => month.status !== 'complete');
  const freeDays = days.filter(free);
  // An empty week points to the next free day the loaded months know of.
  const later = months.flatMap((month) => [...month.days.keys()]).filter((date) => date > days[6]!);
  const next = later[0] ?? months.at(-1)?.nextAvailableDate;
  const week: MonthAvailability = pending ?? {
    status: 'complete',
    days: new Map(freeDays.map((date) => [date, slotsOn(date)])),
    ...(next ? { nextAvailableDate: next } : {}),
  };
  const range = new Intl.DateTimeFormat(locale, { day: 'numeric', month: 'long', timeZone: 'UTC' }).formatRange(
    new Date(`${days[0]}T00:00:00Z`),
    new Date(`${days[6]}T00:00:00Z`),
  );
  const short = new Intl.DateTimeFormat(locale, { weekday: 'short', timeZone: 'UTC' });
  // No week after the booking horizon: it could hold no free time.
  const horizon = months.at(-1)?.bookableUntil;
  const lastWeek = !!horizon && days[6]! >= horizon;
  return html`<div class="when week" part="when">
    <div class="week-nav">
      <button type="button" class="button nav" aria-disabled=${start <= first ? 'true' : 'false'} @click=${() => start <= first || view.showWeek(addDays(start, -7))}>
        <span aria-hidden="true">‹</span><span class="visually-hidden">${msg('Previous week')}</span>
      </button>
      <p class="week-title" aria-live="polite">${range}</p>
      <button
        type="button"
        class="button nav"
        aria-disabled=${lastWeek ? 'true' : 'false'}
        aria-describedby=${lastWeek ? 'week-max-note' : nothing}
        @click=${() => lastWeek || view.showWeek(addDays(start, 7))}
      >
        <span aria-hidden="true">›</span><span class="visually-hidden">${msg('Next week')}</span>
      </button>
    </div>
    ${
      lastWeek
        ? html`<p class="hint" id="week-max-note">
          ${horizonNote(horizon, view.horizonDays, locale)}
        </p>`
        : nothing
    }
    <div class="week-days" role="group" aria-label=${msg('Days')} aria-busy=${pending?.status === 'pending' ? 'true' : 'false'}>
      ${days.map(
        (date) => html`<button
          type="button"
          class="week-day"
          part=${state.date === date ? 'day selected' : 'day'}
          data-date=${date}
          aria-pressed=${state.date === date ? 'true' : 'false'}
          ?disabled=${date < today || !free(date)}
          @click=${() => view.chooseDate(date)}
        >
          <span class="weekday" aria-hidden="true">${short.format(new Date(`${date}T00:00:00Z`))}</span>
          <span class="day-number" aria-hidden="true">${Number(date.slice(8))}</span>
          <span class="visually-hidden">${formatDate(date, locale)}</span>
        </button>`,
      )}
    </div>
    <div class="times" part="times">
      ${renderDayTimes(view, week, msg('No free times this week'), !!state.date && days.includes(state.date))}
    </div>
  </div>`;
}

/** Whether two days show the same zone note: the patient is told it once, above the first. */
function sameZoneNote(timeZone: string, before: readonly Slot[], slots: readonly Slot[]): boolean {
  const starts = (day: readonly Slot[]) => [day[0]!.start, day.at(-1)!.start];
  return zoneDiffers(timeZone, starts(before)) && formatTimeZone(timeZone, before[0]!.start) === formatTimeZone(timeZone, slots[0]!.start);
}

/** The next days with free times, from today, each with its times; "Show more" adds days. */
export function renderList(view: FlowView): TemplateResult {
  const found: [string, readonly Slot[]][] = [];
  let month = monthOf(view.today);
  let last: MonthAvailability | undefined;
  // Months are fetched one at a time as the list needs them; an empty month skips to the next free day.
  for (let guard = 0; guard < 12 && found.length <= view.listLength; guard++) {
    last = view.availabilityOf(month);
    if (last.status !== 'complete') break;
    found.push(...last.days);
    if (last.days.size === 0 && !last.nextAvailableDate) break;
    month = last.days.size === 0 ? monthOf(last.nextAvailableDate!) : addMonths(month, 1);
  }
  const shown = found.slice(0, view.listLength);
  if (shown.length === 0) {
    return html`<div class="times" part="times">${renderDayTimes(view, last, msg('No free times soon'))}</div>`;
  }
  return html`<div class="when list" part="when">
    <ol class="list-days">
      ${shown.map(([date, slots], index) => html`<li>${renderTimeList(view, date, slots, index > 0 && sameZoneNote(view.timeZone, shown[index - 1]![1], slots))}</li>`)}
    </ol>
    ${
      last?.status === 'error'
        ? renderError(last.error, { onRetry: view.retryAvailability, clinic: view.catalog.clinic, subject: 'times' })
        : last?.status === 'pending'
          ? renderLoading(msg('Loading free times…'))
          : found.length > view.listLength
            ? html`<button type="button" class="button" @click=${view.showMoreDays}>${msg('Show more days')}</button>`
            : nothing
    }
  </div>`;
}
