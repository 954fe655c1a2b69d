/**
 * The lost-time screen (issue 21, part 3), fetched only when a picked time is lost: taken or
 * held by another patient before it could be held, or its hold ended. It says what happened,
 * that every detail typed is kept, and offers the free times nearest the lost one.
 */
import { html, nothing, type TemplateResult } from 'lit';
import { msg, str } from '../i18n/localization.js';
import { formatShortDateTime, formatTime, isolate } from '../i18n/format.js';
import type { Slot } from '../api/schemas.js';
import type { HoldState } from '../flow/hold-state.js';
import { addMonths, monthOf, type MonthAvailability } from '../flow/availability-window.js';
import { nearestTimes, withAnyOf } from '../flow/nearest-times.js';
import { localDate } from '../time/zoned.js';
import { lostHeadingId, type HoldPanelView } from './hold-view.js';

type Lost = Extract<HoldState, { status: 'lost' | 'expired' }>;

function lostTitle(hold: Lost, time: string): string {
  if (hold.status === 'expired') return msg(str`We could no longer hold ${time} for you`);
  return hold.by === 'held' ? msg(str`Someone else is booking ${time}`) : msg(str`${time} was just taken`);
}

export function renderLost(view: HoldPanelView, hold: Lost): TemplateResult {
  const { timeZone, locale, nearest } = view;
  const lostDay = localDate(Date.parse(hold.slot.start), timeZone);
  // Times on the lost one's day read as times; others carry their day.
  const label = (slot: Slot) =>
    localDate(Date.parse(slot.start), timeZone) === lostDay ? formatTime(slot.start, timeZone, locale) : formatShortDateTime(slot.start, timeZone, locale);
  return html`<section class="notice hold-lost" part="hold-lost" aria-labelledby=${lostHeadingId}>
    <h3 id=${lostHeadingId} tabindex="-1">${lostTitle(hold, formatTime(hold.slot.start, timeZone, locale))}</h3>
    <p>${msg('Everything you typed is kept. Choose one of the nearest free times to go on:')}</p>
    ${
      nearest === undefined
        ? html`<p class="hint" role="status">${msg('Loading free times…')}</p>`
        : nearest.length === 0
          ? html`<p>${msg('There are no free times close to it.')}</p>`
          : html`<fieldset class="choices near-times" part="near-times">
            <legend class="visually-hidden">${msg('Nearest free times')}</legend>
            ${renderGroups(
              view,
              nearest,
              (slot) => html`<label class="choice">
                <input type="radio" name="near-time" value=${slot.start} @change=${() => view.chooseNearTime(slot)} />
                <span>${label(slot)}</span>
              </label>`,
            )}
          </fieldset>`
    }
    <button type="button" class="button" part="another-day-button" @click=${view.chooseAnotherDay}>${msg('Choose another day')}</button>
  </section>`;
}

/**
 * The same practitioner's times first, under their name, then the others' under theirs: the
 * patient sees who each time is with. One group, unnamed, where all are with the same one or
 * no practitioner is known.
 */
function renderGroups(view: HoldPanelView, nearest: readonly Slot[], choice: (slot: Slot) => TemplateResult): TemplateResult {
  const same = view.nearestWith;
  const theirs = same ? nearest.filter((slot) => slot.practitionerIds?.includes(same.id)) : nearest;
  const others = same ? nearest.filter((slot) => !slot.practitionerIds?.includes(same.id)) : [];
  if (!same || others.length === 0) return html`${nearest.map(choice)}`;
  return html`${
    theirs.length
      ? html`<fieldset class="choices near-group">
          <legend>${msg(str`With ${isolate(same.name)}`)}</legend>
          ${theirs.map(choice)}
        </fieldset>`
      : nothing
  }<fieldset class="choices near-group">
      <legend>${msg('With another practitioner')}</legend>
      ${others.map(choice)}
    </fieldset>`;
}

/** What screen readers hear when the time is lost: the same words as the screen's heading and first line. */
export function lostAnnouncement(hold: Lost, timeZone: string, locale?: string): string {
  return `${lostTitle(hold, formatTime(hold.slot.start, timeZone, locale))}. ${msg('Everything you typed is kept. Choose one of the nearest free times to go on:')}`;
}

/**
 * The free times nearest a lost one, from its month and the next as `availabilityOf` knows
 * them (everyone's), those with `samePractitioners` first; undefined while its month loads.
 */
export function nearestAround(
  hold: Extract<HoldState, { slot: Slot }>,
  availabilityOf: (month: string) => MonthAvailability,
  samePractitioners: readonly string[] = [],
): readonly Slot[] | undefined {
  const month = monthOf(hold.slot.start.slice(0, 10));
  const months = [availabilityOf(month), availabilityOf(addMonths(month, 1))];
  if (months[0]!.status === 'pending') return undefined;
  return nearestTimes(
    months.flatMap((each) => [...each.days.values()].flat()),
    hold.slot,
    4,
    (slot) => withAnyOf(samePractitioners, slot),
  );
}
