/**
 * A month of days to choose one from: the WAI-ARIA APG date-picker grid, shown inline (not in a
 * dialog). Internal: `<circle-book-service>`, `<circle-book-variant>` and `<circle-appointment>`
 * render it inside their shadow roots, so its events stay there (`composed: false`).
 *
 * Controlled for the selection: choosing a day fires `day-select` and leaves `value` to the
 * parent. Paging (buttons, PageUp/PageDown, arrows across a month's edge) sets `month` itself and
 * fires `month-change`, so the parent can load that month's availability.
 */
import { html, LitElement, nothing, type PropertyValues, type TemplateResult } from 'lit';
import { property, state } from 'lit/decorators.js';
import { ifDefined } from 'lit/directives/if-defined.js';
import { msg, str } from '@lit/localize';
import { addMonths as shiftMonth, monthOf } from '../flow/availability-window.js';
import { dateTimeFormat, firstDayOfWeek, formatDate, formatMonth, patientTimeZone } from '../i18n/format.js';
import { buttons, tokens } from '../styles/tokens.js';
import { addDays, dayOfWeek, localDate } from '../time/zoned.js';
import { defineElement } from './define.js';
import { styles } from './day-picker.styles.js';
import { LocaleController } from '../controllers/locale.controller.js';

const internal = { bubbles: true, composed: false } as const;

/** The patient chose a day (available and within min/max). The parent sets `value`. */
export class DaySelectEvent extends Event {
  static readonly type = 'day-select';
  constructor(readonly date: string) {
    super(DaySelectEvent.type, internal);
  }
}

/** The picker now shows another month (`YYYY-MM`): load its availability. */
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
 */
export class CircleDayPicker extends LitElement {
  static override styles = [tokens, buttons, styles];

  private readonly localization = new LocaleController(this);

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
  /** Today in the clinic's zone, `YYYY-MM-DD`, marked `aria-current="date"`. Empty: the browser's date. */
  @property() today = '';
  @property() locale?: string;
  /** 0 = Sunday … 6 = Saturday. Default: the locale's. */
  @property({ attribute: 'first-day-of-week', type: Number }) firstDayOfWeek?: number;

  /** Nothing renders until the element's language is loaded, so no English shows first. */
  protected override scheduleUpdate(): void | Promise<unknown> {
    const loading = this.localization.hold();
    return loading ? loading.then(() => super.scheduleUpdate()) : super.scheduleUpdate();
  }

  protected override willUpdate(changed: PropertyValues<this>): void {
    // A new selection takes the tab stop back (the selected day is the one to return to).
    if (changed.has('value')) this.focusedDate = undefined;
  }

  private onKeyDown = (event: KeyboardEvent) => {
    if (event.altKey || event.ctrlKey || event.metaKey) return;
    const date = dateOf(event.target);
    if (!date) return;
    let target: string;
    const back = getComputedStyle(this).direction === 'rtl' ? 1 : -1;
    switch (event.key) {
      case 'ArrowLeft': target = addDays(date, back); break;
      case 'ArrowRight': target = addDays(date, -back); break;
      case 'ArrowUp': target = addDays(date, -7); break;
      case 'ArrowDown': target = addDays(date, 7); break;
      case 'Home': target = this.weekEdge(date, 'start'); break;
      case 'End': target = this.weekEdge(date, 'end'); break;
      case 'PageUp': target = shiftDate(date, event.shiftKey ? -12 : -1); break;
      case 'PageDown': target = shiftDate(date, event.shiftKey ? 12 : 1); break;
      case 'Enter':
      case ' ':
        event.preventDefault();
        this.choose(date);
        return;
      default:
        return;
    }
    event.preventDefault();
    void this.moveFocus(this.clamp(target));
  };

  private onClick = (event: MouseEvent) => {
    const date = dateOf(event.target);
    if (date) this.choose(date);
  };

  private onFocusIn = (event: FocusEvent) => {
    const date = dateOf(event.target);
    if (date && date !== this.focusedDate) this.focusedDate = date;
  };

  private onPrevious = () => {
    if (!this.previousDisabled()) this.showMonth(shiftMonth(this.shownMonth(), -1));
  };

  private onNext = () => {
    if (!this.nextDisabled()) this.showMonth(shiftMonth(this.shownMonth(), 1));
  };

  private choose(date: string): void {
    this.focusedDate = date;
    if (this.selectable(date)) this.dispatchEvent(new DaySelectEvent(date));
  }

  private showMonth(month: string): void {
    this.month = month;
    this.dispatchEvent(new MonthChangeEvent(month));
  }

  private async moveFocus(date: string): Promise<void> {
    this.focusedDate = date;
    if (monthOf(date) !== this.shownMonth()) this.showMonth(monthOf(date));
    await this.updateComplete;
    this.renderRoot.querySelector<HTMLElement>(`td[data-date="${date}"]`)?.focus();
  }

  private shownMonth(): string {
    if (monthPattern.test(this.month)) return this.month;
    return monthOf(this.value || this.todayDate());
  }

  private todayDate(): string {
    return this.today || localDate(Date.now(), patientTimeZone());
  }

  private weekStart(): number {
    return this.firstDayOfWeek ?? firstDayOfWeek(this.locale);
  }

  private inRange(date: string): boolean {
    return !(this.min && date < this.min) && !(this.max && date > this.max);
  }

  private selectable(date: string): boolean {
    return this.available.has(date) && this.inRange(date);
  }

  private clamp(date: string): string {
    if (this.min && date < this.min) return this.min;
    if (this.max && date > this.max) return this.max;
    return date;
  }

  /** The first or last day of `date`'s week, kept within its month (other months' cells are empty). */
  private weekEdge(date: string, edge: 'start' | 'end'): string {
    const start = addDays(date, -((dayOfWeek(date) - this.weekStart() + 7) % 7));
    const month = monthOf(date);
    if (edge === 'start') return start < `${month}-01` ? `${month}-01` : start;
    const end = addDays(start, 6);
    const last = `${month}-${pad(daysInMonth(month))}`;
    return end > last ? last : end;
  }

  private previousDisabled(): boolean {
    return !!this.min && shiftMonth(this.shownMonth(), -1) < monthOf(this.min);
  }

  private nextDisabled(): boolean {
    return !!this.max && shiftMonth(this.shownMonth(), 1) > monthOf(this.max);
  }

  /** The one day with tabindex 0: the focused one, the selected one, the first available, the first. */
  private tabStop(days: readonly string[]): string {
    const month = monthOf(days[0]!);
    if (this.focusedDate && monthOf(this.focusedDate) === month && this.inRange(this.focusedDate)) return this.focusedDate;
    if (this.value && monthOf(this.value) === month) return this.value;
    return days.find((day) => this.selectable(day)) ?? days.find((day) => this.inRange(day)) ?? days[0]!;
  }

  override render(): TemplateResult {
    const month = this.shownMonth();
    const weekStart = this.weekStart();
    const days = Array.from({ length: daysInMonth(month) }, (_, index) => `${month}-${pad(index + 1)}`);
    const cells: (string | null)[] = [...Array<null>((dayOfWeek(days[0]!) - weekStart + 7) % 7).fill(null), ...days];
    while (cells.length % 7) cells.push(null);
    const rows = Array.from({ length: cells.length / 7 }, (_, row) => cells.slice(row * 7, row * 7 + 7));
    const tabStop = this.tabStop(days);
    const today = this.todayDate();
    const previousDisabled = this.previousDisabled();
    const nextDisabled = this.nextDisabled();
    return html`
      <div class="header" part="header">
        <button type="button" class="button nav" part="previous" aria-label=${msg('Previous month')}
          aria-disabled=${previousDisabled ? 'true' : 'false'} @click=${this.onPrevious}>${chevron}</button>
        <div class="month" id="month" aria-live="polite">${formatMonth(month, this.locale)}</div>
        <button type="button" class="button nav next" part="next" aria-label=${msg('Next month')}
          aria-disabled=${nextDisabled ? 'true' : 'false'} @click=${this.onNext}>${chevron}</button>
      </div>
      <table role="grid" part="grid" aria-labelledby="month" aria-busy=${ifDefined(this.pending ? 'true' : undefined)}
        @keydown=${this.onKeyDown} @click=${this.onClick} @focusin=${this.onFocusIn}>
        <thead>
          <tr>${Array.from({ length: 7 }, (_, column) => this.renderWeekday((weekStart + column) % 7, weekdayKind(this.locale)))}</tr>
        </thead>
        <tbody>
          ${rows.map((row) => html`<tr>${row.map((date) => (date ? this.renderDay(date, date === tabStop, today) : html`<td></td>`))}</tr>`)}
        </tbody>
      </table>
    `;
  }

  private renderWeekday(weekday: number, kind: 'short' | 'narrow'): TemplateResult {
    const sample = addDays(sunday, weekday);
    return html`<th scope="col" abbr=${formatDate(sample, this.locale, 'weekday')}>${format(this.locale, kind).format(utc(sample))}</th>`;
  }

  private renderDay(date: string, tabStop: boolean, today: string): TemplateResult {
    const disabled = !this.inRange(date);
    const available = !disabled && this.available.has(date);
    const unavailable = !disabled && !available && !this.pending;
    const selected = date === this.value;
    const name = formatDate(date, this.locale);
    return html`<td
      data-date=${date}
      class=${[available && 'available', unavailable && 'unavailable', disabled && 'disabled', selected && 'selected', date === today && 'today'].filter(Boolean).join(' ')}
      tabindex=${tabStop ? 0 : disabled ? nothing : -1}
      aria-label=${unavailable ? msg(str`${name}, no free times`) : name}
      aria-selected=${ifDefined(selected ? 'true' : undefined)}
      aria-current=${ifDefined(date === today ? 'date' : undefined)}
      aria-disabled=${ifDefined(disabled ? 'true' : undefined)}
    ><span class="day">${format(this.locale, 'day').format(utc(date))}</span></td>`;
  }
}

const chevron = html`<svg viewBox="0 0 24 24" width="20" height="20" aria-hidden="true" focusable="false">
  <path d="M15 18l-6-6 6-6" fill="none" stroke="currentColor" stroke-width="2" stroke-linecap="round" stroke-linejoin="round" />
</svg>`;

const monthPattern = /^\d{4}-\d{2}$/;
/** A Sunday, to name the weekdays from. */
const sunday = '2026-11-01';

function dateOf(target: EventTarget | null): string | undefined {
  return (target as Element | null)?.closest?.<HTMLElement>('td[data-date]')?.dataset.date;
}

function pad(value: number): string {
  return String(value).padStart(2, '0');
}

function utc(date: string): Date {
  return new Date(`${date}T00:00:00Z`);
}

function daysInMonth(month: string): number {
  return new Date(Date.UTC(Number(month.slice(0, 4)), Number(month.slice(5, 7)), 0)).getUTCDate();
}

/** The same day of another month, or that month's last day when it is shorter (31 Jan → 28 Feb). */
function shiftDate(date: string, months: number): string {
  const month = shiftMonth(monthOf(date), months);
  return `${month}-${pad(Math.min(Number(date.slice(8, 10)), daysInMonth(month)))}`;
}

/** A weekday (`Mon`, `M`) or the day of the month (`25`). */
function format(locale: string | undefined, kind: 'short' | 'narrow' | 'day'): Intl.DateTimeFormat {
  return dateTimeFormat(locale, kind === 'day' ? { day: 'numeric', timeZone: 'UTC' } : { weekday: kind, timeZone: 'UTC' });
}

const weekdayKinds = new Map<string | undefined, 'short' | 'narrow'>();

/**
 * Short weekday names (`Mon`, `Mo.`) where they fit a seventh of a 320 px column, else narrow
 * ones: some locales' short names are whole words (Arabic `الخميس`). The full name is the
 * header's `abbr` either way.
 */
function weekdayKind(locale: string | undefined): 'short' | 'narrow' {
  let kind = weekdayKinds.get(locale);
  if (!kind) {
    const short = format(locale, 'short');
    const longest = Math.max(...Array.from({ length: 7 }, (_, day) => [...short.format(utc(addDays(sunday, day)))].length));
    weekdayKinds.set(locale, (kind = longest <= 4 ? 'short' : 'narrow'));
  }
  return kind;
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
