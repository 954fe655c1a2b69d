import { aTimeout, expect, fixture, html, oneEvent } from '@open-wc/testing';
import { sendKeys } from '@web/test-runner-commands';
import type { Slot } from '../../src/api/schemas.js';
import { TimeSelectEvent, type CircleTimeList } from '../../src/booking-flow/time-list.js';

/** Slots on 25 November 2026 in Berlin (UTC+1), at `HH:MM` local times, 30 minutes long. */
function berlin(...times: string[]): Slot[] {
  return times.map((time) => {
    const [hour, minute] = time.split(':').map(Number) as [number, number];
    const end = `${String(hour + (minute === 30 ? 1 : 0)).padStart(2, '0')}:${minute === 30 ? '00' : '30'}`;
    return { start: `2026-11-25T${time}:00+01:00`, end: `2026-11-25T${end}:00+01:00` };
  });
}

function hourly(from: number, to: number): Slot[] {
  return berlin(...Array.from({ length: to - from + 1 }, (_, index) => `${String(from + index).padStart(2, '0')}:00`));
}

interface Options {
  slots?: readonly Slot[];
  value?: string;
  locale?: string;
  label?: string;
}

function timeList(options: Options = {}): Promise<CircleTimeList> {
  const { slots = berlin('09:00', '09:30', '14:00'), value = '', locale = 'en-US', label = 'Free times on Wednesday, November 25' } = options;
  return fixture<CircleTimeList>(html`<circle-time-list
    .slots=${slots}
    .value=${value}
    time-zone="Europe/Berlin"
    .locale=${locale}
    .label=${label}
  ></circle-time-list>`);
}

/** `oneEvent`, typed by the element's event map (it is typed as CustomEvent). */
function nextEvent<K extends keyof HTMLElementEventMap>(el: HTMLElement, type: K): Promise<HTMLElementEventMap[K]> {
  return oneEvent(el, type) as unknown as Promise<HTMLElementEventMap[K]>;
}

function radios(el: CircleTimeList): HTMLInputElement[] {
  return [...el.shadowRoot!.querySelectorAll<HTMLInputElement>('input[type="radio"]')];
}

function texts(el: CircleTimeList): string[] {
  return [...el.shadowRoot!.querySelectorAll('[part~="time"] span')].map((span) => span.textContent.replace(/\s/g, ' '));
}

function legends(el: CircleTimeList): string[] {
  return [...el.shadowRoot!.querySelectorAll('legend')].map((legend) => legend.textContent.trim());
}

describe('time list: times in the clinic zone', () => {
  it("shows en-US times in the given zone, not the browser's", async () => {
    const el = await timeList({ locale: 'en-US' });

    expect(texts(el)).to.deep.equal(['9:00 AM', '9:30 AM', '2:00 PM']);
  });

  it('shows de times on a 24-hour clock', async () => {
    const el = await timeList({ locale: 'de' });

    // Chromium writes German morning hours as 9:00, Firefox as 09:00: each engine's own data.
    expect(texts(el).map((text) => text.replace(/^0(?=\d:)/, ''))).to.deep.equal(['9:00', '9:30', '14:00']);
  });

  it('gives each radio its slot start as value', async () => {
    const slots = berlin('09:00', '09:30');
    const el = await timeList({ slots });

    expect(radios(el).map((radio) => radio.value)).to.deep.equal(slots.map((slot) => slot.start));
  });

  it('names the group with label', async () => {
    const el = await timeList({ label: 'Free times on Wednesday, November 25' });

    expect(el.shadowRoot!.querySelector('fieldset > legend')!.textContent).to.equal('Free times on Wednesday, November 25');
  });
});

describe('time list: grouping', () => {
  it('shows up to 8 times in one group', async () => {
    const el = await timeList({ slots: hourly(9, 16) });

    expect(legends(el)).to.deep.equal(['Free times on Wednesday, November 25']);
    expect(radios(el)).to.have.length(8);
  });

  it('groups more than 8 times by the hour in the clinic zone', async () => {
    // 08:00–20:00 in Berlin: 12:00 there is 11:00 UTC, so a grouping by UTC hours would differ.
    const el = await timeList({ slots: hourly(8, 20) });

    const periods = [...el.shadowRoot!.querySelectorAll('[part="period"]')];
    expect(legends(el).slice(1)).to.deep.equal(['Morning', 'Afternoon', 'Evening']);
    expect(periods.map((period) => period.querySelectorAll('input').length)).to.deep.equal([4, 5, 4]);
    expect(periods[1]!.querySelector('span')!.textContent.replace(/\s/g, ' ')).to.equal('12:00 PM');
  });

  it('leaves out a period without times', async () => {
    const el = await timeList({ slots: hourly(13, 22) });

    expect(legends(el).slice(1)).to.deep.equal(['Afternoon', 'Evening']);
  });
});

describe('time list: the chosen time', () => {
  it('checks the radio of value, and only it', async () => {
    const slots = berlin('09:00', '09:30', '14:00');
    const el = await timeList({ slots, value: slots[1]!.start });

    expect(radios(el).map((radio) => radio.checked)).to.deep.equal([false, true, false]);
  });

  it('stays controlled: a render puts the check back on value', async () => {
    const slots = berlin('09:00', '09:30');
    const el = await timeList({ slots, value: slots[0]!.start });

    radios(el)[1]!.click();
    el.requestUpdate();
    await el.updateComplete;

    expect(radios(el).map((radio) => radio.checked)).to.deep.equal([true, false]);
  });
});

describe('time list: choosing', () => {
  it('a click on a chip fires time-select with its start', async () => {
    const slots = berlin('09:00', '09:30', '14:00');
    const el = await timeList({ slots });

    const event = nextEvent(el, 'time-select');
    el.shadowRoot!.querySelectorAll<HTMLElement>('[part~="time"]')[2]!.click();
    const chosen = await event;

    expect(chosen).to.be.instanceOf(TimeSelectEvent);
    expect(chosen.start).to.equal(slots[2]!.start);
    expect(chosen.bubbles).to.be.true;
    expect(chosen.composed).to.be.false;
  });

  for (const key of ['ArrowDown', 'ArrowRight']) {
    it(`${key} moves to the next time and chooses it`, async () => {
      const slots = berlin('09:00', '09:30', '14:00');
      const el = await timeList({ slots, value: slots[0]!.start });
      radios(el)[0]!.focus();

      const event = nextEvent(el, 'time-select');
      await sendKeys({ press: key });
      const chosen = await event;

      expect(chosen.start).to.equal(slots[1]!.start);
      expect(el.shadowRoot!.activeElement).to.equal(radios(el)[1]);
    });
  }

  it('ArrowUp moves back, across period groups', async () => {
    const slots = hourly(8, 20);
    const el = await timeList({ slots, value: slots[4]!.start });
    radios(el)[4]!.focus();

    const event = nextEvent(el, 'time-select');
    await sendKeys({ press: 'ArrowUp' });

    expect((await event).start).to.equal(slots[3]!.start);
  });

  it('Tab enters the group on the chosen time', async () => {
    const slots = berlin('09:00', '09:30', '14:00');
    const wrapper = await fixture(html`<div>
      <button>before</button>
      <circle-time-list .slots=${slots} .value=${slots[2]!.start} time-zone="Europe/Berlin" .locale=${'en-US'}></circle-time-list>
    </div>`);
    const el = wrapper.querySelector('circle-time-list')!;
    wrapper.querySelector('button')!.focus();

    await sendKeys({ press: 'Tab' });
    await aTimeout(0);

    expect(el.shadowRoot!.activeElement).to.equal(radios(el)[2]);
  });
});

describe('time list: layout', () => {
  it('fits three chips of at least 44 px in a 320 px column', async () => {
    const wrapper = await fixture(html`<div style="inline-size: 320px">
      <circle-time-list .slots=${berlin('09:00', '09:30', '14:00', '14:30')} time-zone="Europe/Berlin" .locale=${'en-US'}></circle-time-list>
    </div>`);
    const el = wrapper.querySelector('circle-time-list')!;
    await el.updateComplete;

    const chips = [...el.shadowRoot!.querySelectorAll('[part~="time"]')].map((chip) => chip.getBoundingClientRect());
    expect(el.scrollWidth).to.be.at.most(320);
    expect(new Set(chips.map((chip) => chip.top)).size, 'rows').to.equal(2);
    expect(Math.min(...chips.map((chip) => chip.height))).to.be.at.least(44);
  });
});

describe('time list: no free times', () => {
  it('says so and renders no group', async () => {
    const el = await timeList({ slots: [] });

    expect(el.shadowRoot!.querySelector('[part="empty"]')!.textContent).to.equal('No free times on this day.');
    expect(el.shadowRoot!.querySelector('fieldset')).to.be.null;
    expect(radios(el)).to.have.length(0);
  });
});

describe('time list: accessibility', () => {
  it('passes axe with a chosen time', async () => {
    const slots = berlin('09:00', '09:30', '14:00');
    const el = await timeList({ slots, value: slots[0]!.start });

    await expect(el).to.be.accessible();
  });

  it('passes axe with grouped times', async () => {
    const el = await timeList({ slots: hourly(8, 20) });

    await expect(el).to.be.accessible();
  });

  it('passes axe when empty', async () => {
    const el = await timeList({ slots: [] });

    await expect(el).to.be.accessible();
  });
});

describe('time list: many slots', () => {
  it('renders 2,000 slots', async () => {
    const start = Date.parse('2026-11-25T00:00:00Z');
    const slots = Array.from({ length: 2000 }, (_, index) => ({
      start: new Date(start + index * 60_000).toISOString().replace('Z', '+00:00').replace('.000', ''),
      end: new Date(start + (index + 1) * 60_000).toISOString().replace('Z', '+00:00').replace('.000', ''),
    }));
    const el = await timeList({ slots });

    expect(radios(el)).to.have.length(2000);
    expect(legends(el).slice(1)).to.deep.equal(['Morning', 'Afternoon', 'Evening']);
  });
});
