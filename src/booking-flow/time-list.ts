/**
 * The free times of one day, to choose one: native radios in a fieldset, so the keyboard (Tab
 * into the group, arrows move and choose) and screen readers ("9:00 AM, radio button, 3 of 12")
 * behave as the platform does. Internal: rendered inside the booking elements' shadow roots, so
 * its event stays there (`composed: false`).
 *
 * Controlled: choosing fires `time-select` and leaves `value` to the parent.
 */
import { html, nothing, type PropertyValues, type TemplateResult } from 'lit';
import { property } from 'lit/decorators.js';
import { live } from 'lit/directives/live.js';
import { msg, str } from '../i18n/localization.js';
import type { Slot } from '../api/schemas.js';
import { formatTimeZone, patientTimeZone, timeFormat } from '../i18n/format.js';
import { zoneDiffers } from '../ui/contact.js';
import { tokens } from '../styles/tokens.js';
import { wallClocks } from '../time/zoned.js';
import { defineElement } from '../ui/define.js';
import { styles } from './time-list.styles.js';
import { LocalizedElement } from '../controllers/localized-element.js';
import { callToBookStyles, renderCallToBook } from './call-to-book.js';
import { isBookableOnline } from '../flow/booking-window.js';

/**
 * The patient chose a time. `start` is the slot's start, as in `slots`. The parent sets `value`.
 * @internal The package's own, not its API: left out of custom-elements.json.
 */
export class TimeSelectEvent extends Event {
  static readonly type = 'time-select';
  constructor(readonly start: string) {
    super(TimeSelectEvent.type, { bubbles: true, composed: false });
  }
}

interface Time {
  start: string;
  text: string;
}

/**
 * @summary The free times of one day as a grid of chips to choose one.
 * @fires time-select - A time was chosen. `event.start`: the slot's ISO start. Not composed.
 * @csspart group - The fieldset of all times.
 * @csspart legend - The group's visible name (`label`).
 * @csspart period - A morning/afternoon/evening sub-group, when the day has more than 8 times.
 * @csspart time - One time chip.
 * @csspart empty - The text shown when the day has no free times.
 * @csspart call-to-book - The day's times inside the minimum notice, with the clinic's phone.
 * @csspart zone-note - "Times are in …, where the clinic is.", when the patient's clock reads
 *   otherwise on this day. The group of times is described by it.
 * @cssprop --circle-time-list-min-chip - The narrowest a time chip gets. Default: 5.5rem.
 * @internal The package's own, not its API: left out of custom-elements.json.
 */
export class CircleTimeList extends LocalizedElement {
  static override styles = [tokens, styles, callToBookStyles];

  /**
   * The times shown: one list, or three (morning, afternoon, evening) when there are more than
   * 8. Worked out when slots, zone or locale change, not on every selection.
   */
  private times: Time[][] = [];
  /** The day's times inside the minimum notice, shown as "Call to book". */
  private callTimes: string[] = [];

  /** The day's free slots, in order; those not bookable online are shown as "Call to book". */
  @property({ attribute: false }) slots: readonly Slot[] = [];
  /** The clinic's phone, for the times booked by phone. */
  @property() phone = '';
  /** The chosen slot's `start`, or empty. */
  @property() value = '';
  /** The zone the times are shown in: the clinic's. Empty: the browser's. */
  @property({ attribute: 'time-zone' }) timeZone = '';
  @property() locale?: string;
  /** The group's name, e.g. "Free times on Wednesday, 25 November". Default: "Free times". */
  @property() label = '';
  /**
   * Shows the zone note to screen readers only: for a list of several days, where the same note
   * above each day would be noise to the eye. The group is still described by it.
   */
  @property({ type: Boolean, attribute: 'quiet-zone-note' }) quietZoneNote = false;

  protected override willUpdate(changed: PropertyValues<this>): void {
    if (changed.has('slots') || changed.has('timeZone') || changed.has('locale')) {
      const zone = this.timeZone || patientTimeZone();
      const wallClock = wallClocks(zone);
      const format = timeFormat(zone, this.locale);
      const periods: Time[][] = [[], [], []];
      this.callTimes = this.slots.filter((slot) => !isBookableOnline(slot)).map(({ start }) => format.format(Date.parse(start)));
      const times = this.slots.filter(isBookableOnline).map(({ start }) => {
        const at = Date.parse(start);
        const time = { start, text: format.format(at) };
        // The hour in the clinic's zone, where the patient will be.
        const hour = wallClock(at).getUTCHours();
        periods[hour < 12 ? 0 : hour < 17 ? 1 : 2]!.push(time);
        return time;
      });
      this.times = times.length > 8 ? periods : [times];
    }
  }

  // Only the radios change in the group.
  private onChange = (event: Event) => this.dispatchEvent(new TimeSelectEvent((event.target as HTMLInputElement).value));

  override render(): TemplateResult {
    const call = renderCallToBook(this.callTimes, this.phone || undefined);
    if (this.slots.length === 0) return html`<p part="empty">${msg('No free times on this day.')}</p>`;
    // Only times to call about: no empty group of choices above them.
    if (this.times.every((times) => times.length === 0)) return html`${call}`;
    const periods = [msg('Morning'), msg('Afternoon'), msg('Evening')];
    // Named and compared on this day: the clinic's zone or the patient's may change its clocks before it.
    const zone = this.timeZone;
    // The day's first and last times: a clock change shows at one end or the other, and a day may hold thousands of times.
    const note = zone && zoneDiffers(zone, [this.slots[0]!.start, this.slots.at(-1)!.start]);
    return html`
      ${
        note
          ? html`<p part="zone-note" id="zone-note" class=${this.quietZoneNote ? 'visually-hidden' : ''}>
            ${msg(str`Times are in ${formatTimeZone(zone, this.slots[0]!.start, this.locale)}, where the clinic is.`)}
          </p>`
          : nothing
      }
      <fieldset part="group" aria-describedby=${note ? 'zone-note' : nothing} @change=${this.onChange}>
        <legend part="legend">${this.label || msg('Free times')}</legend>
        ${
          this.times.length > 1
            ? this.times.map((times, period) =>
                times.length
                  ? html`<fieldset part="period">
                    <legend>${periods[period]}</legend>
                    ${renderTimes(times, this.value)}
                  </fieldset>`
                  : nothing,
              )
            : renderTimes(this.times[0]!, this.value)
        }
      </fieldset>
      ${call}
    `;
  }
}

function renderTimes(times: readonly Time[], value: string): TemplateResult {
  return html`<div>
    ${times.map(
      (time) => html`<label part=${time.start === value ? 'time selected' : 'time'}
        ><input type="radio" name="time" value=${time.start} .checked=${live(time.start === value)} /><span>${time.text}</span></label
      >`,
    )}
  </div>`;
}

defineElement('circle-time-list', CircleTimeList);

declare global {
  interface HTMLElementTagNameMap {
    'circle-time-list': CircleTimeList;
  }
  interface HTMLElementEventMap {
    'time-select': TimeSelectEvent;
  }
}
