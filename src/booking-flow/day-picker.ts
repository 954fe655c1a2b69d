/**
 * A month of days to choose one from: the WAI-ARIA APG date-picker grid, shown inline (not in a
 * dialog). Internal: `<circle-book-service>`, `<circle-book-variant>` and `<circle-appointment>`
 * render it inside their shadow roots, so its events stay there (`composed: false`).
 *
 * Controlled for the selection: choosing a day fires `day-select` and leaves `value` to the
 * parent. Paging (buttons, PageUp/PageDown, arrows across a month's edge) sets `month` itself and
 * fires `month-change`, so the parent can load that month's availability.
 */
import { html, nothing, type PropertyValues, type TemplateResult } from 'lit';
import { property, state } from 'lit/decorators.js';
import { msg, str } from '../i18n/localization.js';
import { addMonths as shiftMonth, monthOf } from '../flow/availability-window.js';
import { dateTimeFormat, firstDayOfWeek, formatDate, formatMonth, patientTimeZone } from '../i18n/format.js';
import { buttons, tokens } from '../styles/tokens.js';
import { addDays, dayOfWeek, localDate, pad } from '../time/zoned.js';
import { defineElement } from '../ui/define.js';
import { styles } from './day-picker.styles.js';
import { LocalizedElement } from '../controllers/localized-element.js';

const internal = { bubbles: true, composed: false } as const;

/**
 * The patient chose a day (available and within min/max). The parent sets `value`.
 * @internal The package's own, not its API: left out of custom-elements.json.
 */
export class DaySelectEvent extends Event {
  static readonly type = 'day-select';
  constructor(readonly date: string) {
    super(DaySelectEvent.type, internal);
  }
}

/**
 * The picker now shows another month (`YYYY-MM`): load its availability.
 * @internal The package's own, not its API: left out of custom-elements.json.
 */
export class MonthChangeEvent extends Event {
  static readonly type = 'month-change';
  constructor(readonly month: string) {
    super(MonthChangeEvent.type, internal);
  }
}

/**
 * @summary An inline month grid to choose a day with free times.
 * @fires day-select - A day was chosen. `event.date`: `YYYY-MM-DD`. Not composed.
 * @fires month-change - Another month is shown. `event.month`: `YYYY-MM`. Not composed.
 * @csspart header - The month name and the previous/next month buttons.
 * @csspart previous - The previous-month button.
 * @csspart next - The next-month button.
 * @csspart grid - The table of days.
 * @cssprop --circle-day-picker-day-size - Height and largest width of a day. Default: 2.75rem.
 * @internal The package's own, not its API: left out of custom-elements.json.
 */
export class CircleDayPicker extends LocalizedElement {
  static override styles = [tokens, buttons, styles];

  /** The day that keeps the tab stop after the patient moved to it (APG roving tabindex). */
  @state() private focusedDate?: string;

  /** The month shown, `YYYY-MM`. Empty: the month of `value`, else of `today`. */
  @property() month = '';
  /** The selected day, `YYYY-MM-DD`, or empty. Set by the parent on `day-select`. */
  @property() value = '';
  /** The days that have free times. */
  @property({ attribute: false }) available: ReadonlySet<string> = new Set();
  /** The shown month's availability is loading: the grid is busy and no day is marked unavailable. */
  @property({ type: Boolean }) pending = false;
  /** The first day that can be chosen, `YYYY-MM-DD`; earlier days are disabled. */
  @property() min = '';
  /** The last day that can be chosen, `YYYY-MM-DD`; later days are disabled. */
  @property() max = '';
  /** Why no later day can be chosen, shown below the last month and describing its Next month button. */
  @property({ attribute: 'max-note' }) maxNote = '';
  /**
   * A day to mark as the patient's current appointment, `YYYY-MM-DD` (while choosing a new time):
   * a dashed ring around the day, and "your current appointment" in its name.
   */
  @property() marked = '';
  /** Today in the clinic's zone, `YYYY-MM-DD`, marked `aria-current="date"`. Empty: the browser's date. */
  @property() today = '';
  @property() locale?: string;
  /** 0 = Sunday … 6 = Saturday. Default: the locale's. */
  @property({ attribute: 'first-day-of-week', type: Number }) firstDayOfWeek?: number;

  protected override willUpdate(changed: PropertyValues<this>): void {
    // A new selection takes the tab stop back (the selected day is the one to return to).
    if (changed.has('value')) this.focusedDate = undefined;
  }

  private onKeyDown = (event: KeyboardEvent) => {
    if (event.altKey || event.ctrlKey || event.metaKey) return;
    // Only day cells take focus in the grid, so the key came from one.
    const cell = event.target as HTMLElement;
    const date = cell.dataset.date!;
    // The row is the week; its empty cells are other months' days, so Home and End stay in the month.
    const week = [...cell.parentElement!.children].flatMap((day) => (day as HTMLElement).dataset.date ?? []);
    const back = getComputedStyle(this).direction === 'rtl' ? 1 : -1;
    const years = event.shiftKey ? 12 : 1;
    let target: string;
    switch (event.key) {
      case 'ArrowLeft':
        target = addDays(date, back);
        break;
      case 'ArrowRight':
        target = addDays(date, -back);
        break;
      case 'ArrowUp':
        target = addDays(date, -7);
        break;
      case 'ArrowDown':
        target = addDays(date, 7);
        break;
      case 'Home':
        target = week[0]!;
        break;
      case 'End':
        target = week.at(-1)!;
        break;
      case 'PageUp':
        target = shiftDate(date, -years);
        break;
      case 'PageDown':
        target = shiftDate(date, years);
        break;
      case 'Enter':
      case ' ':
        event.preventDefault();
        cell.click();
        return;
      default:
        return;
    }
    event.preventDefault();
    if (this.min && target < this.min) target = this.min;
    if (this.max && target > this.max) target = this.max;
    if (monthOf(target) !== monthOf(date)) this.showMonth(monthOf(target));
    // Focusing the day (once its month is rendered) makes it the tab stop, through onFocusIn.
    void this.updateComplete.then(() => this.renderRoot.querySelector<HTMLElement>(`[data-date="${target}"]`)?.focus());
  };

  /** A click, or Enter or Space on a day: chooses it if it can be chosen. */
  private onClick = (event: MouseEvent) => {
    const date = (event.target as Element).closest('td')?.dataset.date;
    if (date && this.available.has(date) && this.inRange(date)) this.dispatchEvent(new DaySelectEvent(date));
  };

  private onFocusIn = (event: FocusEvent) => {
    this.focusedDate = (event.target as HTMLElement).dataset.date;
  };

  private showMonth(month: string): void {
    this.month = month;
    this.dispatchEvent(new MonthChangeEvent(month));
  }

  private shownMonth(): string {
    return this.month || monthOf(this.value || this.todayDate());
  }

  private todayDate(): string {
    return this.today || localDate(Date.now(), patientTimeZone());
  }

  private inRange(date: string): boolean {
    return !(this.min && date < this.min) && !(this.max && date > this.max);
  }

  override render(): TemplateResult {
    const { locale, min, max } = this;
    const month = this.shownMonth();
    const weekStart = this.firstDayOfWeek ?? firstDayOfWeek(locale);
    const days = Array.from({ length: daysInMonth(month) }, (_, index) => `${month}-${pad(index + 1)}`);
    // Other months' days before the first: the weekday columns from the week's start to the 1st.
    const lead = (dayOfWeek(days[0]!) - weekStart + 7) % 7;
    // The one day with tabindex 0 (APG roving tabindex): the focused one, the selected one, the
    // first available, the first that can be chosen, the first.
    const tabStop =
      [this.focusedDate, this.value].find((day) => day && monthOf(day) === month && this.inRange(day)) ??
      days.find((day) => this.available.has(day) && this.inRange(day)) ??
      days.find((day) => this.inRange(day)) ??
      days[0];
    const today = this.todayDate();
    // The first month that min allows, and the last that max allows (an empty min or max allows any).
    const first = month <= monthOf(min);
    const last = !!max && month >= monthOf(max);
    // Short weekday names (`Mon`, `Mo.`) where they fit a seventh of a 320 px column, else narrow
    // ones: some locales' short names are whole words (Arabic `الخميس`). The full name is the
    // header's `abbr` either way.
    const short = weekdays(locale, weekStart, 'short');
    const names = short.some((name) => [...name].length > 4) ? weekdays(locale, weekStart, 'narrow') : short;
    const long = weekdays(locale, weekStart, 'long');
    return html`
      <div class="header" part="header">
        <button type="button" class="button" part="previous" aria-label=${msg('Previous month')} aria-disabled=${first}
          @click=${() => first || this.showMonth(shiftMonth(month, -1))}>${chevron}</button>
        <div id="month" aria-live="polite">${formatMonth(month, locale)}</div>
        <button type="button" class="button" part="next" aria-label=${msg('Next month')} aria-disabled=${last}
          aria-describedby=${last && this.maxNote ? 'max-note' : nothing}
          @click=${() => last || this.showMonth(shiftMonth(month, 1))}>${chevron}</button>
      </div>
      <table role="grid" part="grid" aria-labelledby="month" aria-busy=${this.pending || nothing}
        @keydown=${this.onKeyDown} @click=${this.onClick} @focusin=${this.onFocusIn}>
        <thead>
          <tr>${names.map((name, column) => html`<th scope="col" abbr=${long[column]!}>${name}</th>`)}</tr>
        </thead>
        <tbody>
          ${Array.from(
            { length: Math.ceil((lead + days.length) / 7) },
            (_, row) => html`<tr>${Array.from({ length: 7 }, (_, column) => this.renderDay(days[row * 7 + column - lead], tabStop, today))}</tr>`,
          )}
        </tbody>
      </table>
      ${last && this.maxNote ? html`<p id="max-note" part="max-note">${this.maxNote}</p>` : nothing}
    `;
  }

  private renderDay(date: string | undefined, tabStop: string | undefined, today: string): TemplateResult {
    if (!date) return html`<td></td>`;
    const disabled = !this.inRange(date);
    const available = !disabled && this.available.has(date);
    const unavailable = !disabled && !available && !this.pending;
    const day = formatDate(date, this.locale);
    const marked = date === this.marked;
    const name = marked ? msg(str`${day}, your current appointment`) : day;
    // Selected, today and disabled are styled by their ARIA attributes.
    return html`<td
      part=${date === this.value ? 'day selected' : 'day'}
      data-date=${date}
      class=${available ? 'available' : unavailable ? 'unavailable' : ''}
      ?data-marked=${marked}
      tabindex=${date === tabStop ? 0 : disabled ? nothing : -1}
      aria-label=${unavailable ? msg(str`${name}, no free times`) : name}
      aria-selected=${date === this.value || nothing}
      aria-current=${date === today ? 'date' : nothing}
      aria-disabled=${disabled || nothing}
      aria-describedby=${this.max && date > this.max && this.maxNote ? 'max-note' : nothing}
    ><span>${dateTimeFormat(this.locale, { day: 'numeric', timeZone: 'UTC' }).format(utc(date))}</span></td>`;
  }
}

/** A chevron pointing back; the styles mirror it for the next month and in right-to-left text. */
const chevron = html`<svg viewBox="0 0 24 24" width="20" height="20" aria-hidden="true">
  <path d="M15 18l-6-6 6-6" fill="none" stroke="currentColor" stroke-width="2" stroke-linecap="round" stroke-linejoin="round" />
</svg>`;

function utc(date: string): Date {
  return new Date(`${date}T00:00:00Z`);
}

function daysInMonth(month: string): number {
  // Day 0 of the next month (`Date` counts months from 0) is this month's last.
  return new Date(Date.UTC(Number(month.slice(0, 4)), Number(month.slice(5)), 0)).getUTCDate();
}

/** The same day of another month, or that month's last day when it is shorter (31 Jan → 28 Feb). */
function shiftDate(date: string, months: number): string {
  const month = shiftMonth(monthOf(date), months);
  return `${month}-${pad(Math.min(Number(date.slice(8)), daysInMonth(month)))}`;
}

/** The weekdays' names in column order, from `weekStart` (0 = Sunday). */
function weekdays(locale: string | undefined, weekStart: number, weekday: 'long' | 'short' | 'narrow'): string[] {
  const format = dateTimeFormat(locale, { weekday, timeZone: 'UTC' });
  // 1 November 2026 is a Sunday; `Date.UTC` rolls the days past the 7th into the next week.
  return Array.from({ length: 7 }, (_, column) => format.format(Date.UTC(2026, 10, 1 + weekStart + column)));
}

defineElement('circle-day-picker', CircleDayPicker);

declare global {
  interface HTMLElementTagNameMap {
    'circle-day-picker': CircleDayPicker;
  }
  interface HTMLElementEventMap {
    'day-select': DaySelectEvent;
    'month-change': MonthChangeEvent;
  }
}
