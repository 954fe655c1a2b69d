/**
 * A month grid beside the chosen day's times, with every state between them: loading, failed
 * (with Try again), a month without a free day (with the way to the next one), no day chosen
 * yet, and the day's times. The booking flow's time step and an appointment's "Choose a new
 * time" both render it, from the few things it reads (`MonthTimesView`), so a fix here is a
 * fix to both. The week strip and the list layouts use the day's-times part on its own.
 */
import { html, type TemplateResult } from 'lit';
import { msg, str } from '../i18n/localization.js';
import type { ClinicContact, Slot } from '../api/schemas.js';
import type { MonthAvailability } from '../flow/availability-window.js';
import type { DaySelectEvent, MonthChangeEvent } from './day-picker.js';
import type { TimeSelectEvent } from './time-list.js';
import { monthOf } from '../flow/availability-window.js';
import { formatDate } from '../i18n/format.js';
import { renderEmpty, renderError, renderLoading } from '../ui/status.js';
import { horizonPeriod } from '../flow/booking-window.js';
import './day-picker.js';
import './time-list.js';

/** A day (`YYYY-MM-DD`) and a time of it, each once chosen. */
export interface ChosenTime {
  date?: string | undefined;
  slot?: { start: string } | undefined;
}

/** What the month grid and the day's times show, and what they call back. */
export interface MonthTimesView {
  /** The month the grid shows (`YYYY-MM`); by default the chosen day's, else today's. */
  shownMonth?: string | undefined;
  /** The chosen day and time so far: the booking flow's state, or the appointment's step. */
  state: ChosenTime;
  /** The shown month's free times; undefined before they are asked for. */
  month?: MonthAvailability | undefined;
  /** The day of the appointment being moved (`YYYY-MM-DD`), marked in the grid. */
  marked?: string | undefined;
  /** Today in the clinic's time zone: no earlier day can be chosen. */
  today: string;
  locale?: string | undefined;
  /** The clinic's time zone, that the times are shown in. */
  timeZone: string;
  /** Who to contact when the free times cannot be loaded, and whose phone books the times too soon to book online. */
  clinic?: ClinicContact | undefined;
  /** How many days ahead online booking opens, when the API says: the grid says so past the horizon. */
  horizonDays?: number | undefined;
  /** The practitioner whose times are shown, and how to show anyone's instead. */
  practitioner?: { name: string; showAnyone(): void } | undefined;
  chooseDate(date: string): void;
  showMonth(month: string): void;
  /** A time of `date`: the list layout shows several days at once. */
  chooseSlot(start: string, date: string): void;
  retryAvailability(): void;
}

export function renderMonthTimes(view: MonthTimesView): TemplateResult {
  const { state, month, today, locale } = view;
  return html`<div class="when month" part="when">
    <circle-day-picker
      exportparts="day, selected"
      .month=${view.shownMonth ?? monthOf(state.date ?? today)}
      .value=${state.date ?? ''}
      .available=${new Set(month?.days.keys())}
      .pending=${month?.status === 'pending'}
      .min=${today}
      .max=${month?.bookableUntil ?? ''}
      .maxNote=${month?.bookableUntil ? horizonNote(month.bookableUntil, view.horizonDays, locale) : ''}
      .today=${today}
      .marked=${view.marked ?? ''}
      .locale=${locale}
      @day-select=${(event: DaySelectEvent) => view.chooseDate(event.date)}
      @month-change=${(event: MonthChangeEvent) => view.showMonth(event.month)}
    ></circle-day-picker>
    <div class="times" part="times">${renderDayTimes(view, month, msg('No free times this month'), monthOf(state.date ?? '') === (view.shownMonth ?? monthOf(state.date ?? today)))}</div>
  </div>`;
}

/** Why the grid stops: "Online booking opens 8 weeks ahead, until …", or the last day alone. */
export function horizonNote(last: string, horizonDays: number | undefined, locale: string | undefined): string {
  const until = formatDate(last, locale);
  if (!horizonDays) return msg(str`Online booking is open until ${until}. For a later visit, please contact the clinic.`);
  const { unit, count } = horizonPeriod(horizonDays);
  const period = new Intl.NumberFormat(locale, { style: 'unit', unit, unitDisplay: 'long' }).format(count);
  return msg(str`Online booking opens ${period} ahead, until ${until}. For a later visit, please contact the clinic.`);
}

/**
 * The chosen day's times, or why there are none and the way to the next free day. `dayShown`:
 * the chosen day is among the days `shown` covers, so a day without times there has none left
 * (a fresher answer than the one it was chosen from says so), not a day of another month.
 */
export function renderDayTimes(view: MonthTimesView, shown: MonthAvailability | undefined, emptyTitle: string, dayShown = false): TemplateResult {
  const { locale } = view;
  if (!shown || shown.status === 'pending') return renderLoading(msg('Loading free times…'), 'grid');
  if (shown.status === 'error') return renderError(shown.error, { onRetry: view.retryAvailability, clinic: view.clinic, subject: 'times' });
  if (shown.days.size === 0) {
    const next = shown.nextAvailableDate;
    const { practitioner } = view;
    // A practitioner fully booked online: the way forward is anyone else, or the phone.
    if (practitioner && !next) {
      return renderEmpty(
        msg(str`${practitioner.name} has no free times to book online`),
        msg('Choose any available practitioner, or call the clinic.'),
        { label: msg('Show any available practitioner'), onClick: practitioner.showAnyone },
        view.clinic,
      );
    }
    return renderEmpty(
      emptyTitle,
      next ? msg(str`The next free time is on ${formatDate(next, locale)}.`) : msg('Please try a later month or call the clinic.'),
      next ? { label: msg('Go to the next free day'), onClick: () => view.chooseDate(next) } : undefined,
    );
  }
  const date = view.state.date ?? '';
  const slots = shown.days.get(date);
  if (!slots?.length && date && dayShown) return renderNoneLeft(view, shown, date);
  // A day chosen in another month has no times here: the patient is asked for a day.
  if (!slots?.length) return html`<p class="hint">${msg('Choose a day to see its free times.')}</p>`;
  return renderTimeList(view, date, slots);
}

/**
 * The chosen day has no times left: it had some when chosen, from an earlier answer (the first
 * month the service answer carried, say), and the API's fresh one has none. The next free day
 * is offered: the first after it, else the first of the days shown, else the answer's own next.
 */
function renderNoneLeft(view: MonthTimesView, shown: MonthAvailability, date: string): TemplateResult {
  const days = [...shown.days.keys()].sort();
  const next = days.find((day) => day > date) ?? days[0] ?? shown.nextAvailableDate;
  return renderEmpty(
    msg('No free times on this day.'),
    next ? msg(str`The next free time is on ${formatDate(next, view.locale)}.`) : msg('Please try a later month or call the clinic.'),
    next ? { label: msg('Go to the next free day'), onClick: () => view.chooseDate(next) } : undefined,
  );
}

/** The times of one day, labelled with it; `quietZoneNote` when the day above showed the same zone note. */
export function renderTimeList(view: MonthTimesView, date: string, slots: readonly Slot[], quietZoneNote = false): TemplateResult {
  return html`<circle-time-list
    exportparts="zone-note, call-to-book, time, selected"
    ?quiet-zone-note=${quietZoneNote}
    .slots=${slots}
    .phone=${view.clinic?.phone ?? ''}
    .value=${view.state.slot?.start ?? ''}
    time-zone=${view.timeZone}
    .locale=${view.locale}
    .label=${msg(str`Free times on ${formatDate(date, view.locale)}`)}
    @time-select=${(event: TimeSelectEvent) => view.chooseSlot(event.start, date)}
  ></circle-time-list>`;
}
