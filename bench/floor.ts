/**
 * The floor the benchmark compares against: a bare Lit element that renders the same slot
 * list (a radio per free time, its time formatted with Intl) with nothing else: no contract
 * validation, no day picker, no states. Fetched with plain `fetch`, grouped by day with Intl.
 */
import { css, html, LitElement } from 'lit';

interface Slot {
  start: string;
  end: string;
}

export class FloorTimes extends LitElement {
  static override properties = { slots: { attribute: false }, value: {}, timeZone: { attribute: 'time-zone' } };
  static override styles = css`
    :host { display: block; font: inherit; }
    .times { display: grid; grid-template-columns: repeat(auto-fill, minmax(5.5rem, 1fr)); gap: 0.5rem; }
    label { display: block; padding: 0.5rem; border: 1px solid #8795a1; border-radius: 0.5rem; text-align: center; }
  `;

  declare slots: Slot[];
  declare value: string;
  declare timeZone: string;

  constructor() {
    super();
    this.slots = [];
    this.value = '';
    this.timeZone = 'UTC';
  }

  override render() {
    // Made only when there are times to show, as ours does: the first Intl formatter of a page is slow.
    const format = this.slots.length ? new Intl.DateTimeFormat(undefined, { hour: 'numeric', minute: '2-digit', timeZone: this.timeZone }) : undefined;
    return html`<fieldset @change=${(event: Event) => (this.value = (event.target as HTMLInputElement).value)}>
      <legend>Free times</legend>
      <div class="times">
        ${this.slots.map(
          (slot) =>
            html`<label><input type="radio" name="time" .value=${slot.start} .checked=${slot.start === this.value} />${format!.format(new Date(slot.start))}</label>`,
        )}
      </div>
    </fieldset>`;
  }
}
customElements.define('floor-times', FloorTimes);

/** Free slots of one month, as `GET /availability` answers them, by local date. */
export async function loadDays(apiBase: string, query: Record<string, string>, signal?: AbortSignal): Promise<Map<string, Slot[]>> {
  const response = await fetch(`${apiBase}/availability?${new URLSearchParams(query)}`, { signal: signal ?? null });
  const body = (await response.json()) as { slots: Slot[]; timeZone: string };
  const date = new Intl.DateTimeFormat('en-CA', { timeZone: body.timeZone, year: 'numeric', month: '2-digit', day: '2-digit' });
  const days = new Map<string, Slot[]>();
  for (const slot of body.slots) {
    const day = date.format(new Date(slot.start));
    const list = days.get(day);
    if (list) list.push(slot);
    else days.set(day, [slot]);
  }
  return days;
}
