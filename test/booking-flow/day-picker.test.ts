import { aTimeout, expect, fixture, html, oneEvent } from '@open-wc/testing';
import { sendKeys } from '@web/test-runner-commands';
import { localDate } from '../../src/time/zoned.js';
import { patientTimeZone } from '../../src/i18n/format.js';
import { DaySelectEvent, MonthChangeEvent, type CircleDayPicker } from '../../src/booking-flow/day-picker.js';

// November 2026 starts on a Sunday and has 30 days.
const november = new Set(['2026-11-02', '2026-11-10', '2026-11-25', '2026-11-30']);

interface Options {
  month?: string;
  value?: string;
  available?: ReadonlySet<string>;
  pending?: boolean;
  min?: string;
  max?: string;
  today?: string;
  locale?: string;
}

function picker(options: Options = {}): Promise<CircleDayPicker> {
  const { month = '2026-11', value = '', available = november, pending = false, min = '', max = '', today = '2026-11-23', locale = 'en-US' } = options;
  return fixture<CircleDayPicker>(html`<circle-day-picker
    .month=${month}
    .value=${value}
    .available=${available}
    .pending=${pending}
    .min=${min}
    .max=${max}
    .today=${today}
    .locale=${locale}
  ></circle-day-picker>`);
}

/** `oneEvent`, typed by the element's event map (it is typed as CustomEvent). */
function nextEvent<K extends keyof HTMLElementEventMap>(el: HTMLElement, type: K): Promise<HTMLElementEventMap[K]> {
  return oneEvent(el, type) as unknown as Promise<HTMLElementEventMap[K]>;
}

function cell(el: CircleDayPicker, date: string): HTMLElement {
  const found = el.shadowRoot!.querySelector<HTMLElement>(`td[data-date="${date}"]`);
  if (!found) throw new Error(`No cell for ${date}`);
  return found;
}

function dayCells(el: CircleDayPicker): HTMLElement[] {
  return [...el.shadowRoot!.querySelectorAll<HTMLElement>('td[data-date]')];
}

function firstRow(el: CircleDayPicker): (string | null)[] {
  const row = el.shadowRoot!.querySelector('tbody tr')!;
  return [...row.querySelectorAll<HTMLElement>('td')].map((td) => td.dataset.date ?? null);
}

function focusedDate(el: CircleDayPicker): string | undefined {
  return (el.shadowRoot!.activeElement as HTMLElement | null)?.dataset.date;
}

function tabStops(el: CircleDayPicker): string[] {
  return dayCells(el)
    .filter((td) => td.tabIndex === 0)
    .map((td) => td.dataset.date!);
}

function button(el: CircleDayPicker, part: 'previous' | 'next'): HTMLButtonElement {
  return el.shadowRoot!.querySelector<HTMLButtonElement>(`[part="${part}"]`)!;
}

/** Lets the picker render and move focus after a key. */
async function settle(el: CircleDayPicker): Promise<void> {
  await el.updateComplete;
  await aTimeout(0);
}

async function press(el: CircleDayPicker, from: string, key: string): Promise<void> {
  cell(el, from).focus();
  await settle(el);
  await sendKeys({ press: key });
  await settle(el);
}

/** Counts the events of a type until the test ends (for asserting that none fired). */
function count(el: CircleDayPicker, type: string): { value: number } {
  const counter = { value: 0 };
  el.addEventListener(type, () => counter.value++);
  return counter;
}

describe('day picker: month and weekday order', () => {
  it('shows the month, Sunday first, for en-US', async () => {
    const el = await picker({ locale: 'en-US' });

    const headers = [...el.shadowRoot!.querySelectorAll('th')];
    expect(headers.map((th) => th.textContent)).to.deep.equal(['Sun', 'Mon', 'Tue', 'Wed', 'Thu', 'Fri', 'Sat']);
    expect(headers[0]!.getAttribute('abbr')).to.equal('Sunday');
    expect(el.shadowRoot!.querySelector('#month')!.textContent).to.equal('November 2026');
    expect(firstRow(el)[0]).to.equal('2026-11-01');
    expect(dayCells(el)).to.have.length(30);
    expect(cell(el, '2026-11-25').textContent).to.equal('25');
  });

  it('shows Monday first for de, with the days of other months left empty', async () => {
    const el = await picker({ locale: 'de' });

    const headers = [...el.shadowRoot!.querySelectorAll('th')];
    expect(headers[0]!.textContent).to.match(/^Mo/);
    expect(headers[0]!.getAttribute('abbr')).to.equal('Montag');
    expect(headers[6]!.getAttribute('abbr')).to.equal('Sonntag');
    expect(firstRow(el)).to.deep.equal([null, null, null, null, null, null, '2026-11-01']);
    expect(el.shadowRoot!.querySelector('#month')!.textContent).to.equal('November 2026');
  });

  it('takes firstDayOfWeek over the locale', async () => {
    const el = await picker({ locale: 'en-US' });
    el.firstDayOfWeek = 1;
    await el.updateComplete;

    expect(el.shadowRoot!.querySelector('th')!.getAttribute('abbr')).to.equal('Monday');
    expect(firstRow(el).at(-1)).to.equal('2026-11-01');
  });

  it('uses narrow weekday names where the short ones are whole words (ar)', async () => {
    const el = await picker({ locale: 'ar' });

    const headers = [...el.shadowRoot!.querySelectorAll('th')];
    expect(
      headers.every((th) => [...th.textContent].length <= 2),
      headers.map((th) => th.textContent).join(),
    ).to.be.true;
    expect(headers.map((th) => th.getAttribute('abbr'))).to.include('الأحد');
  });

  it('fits a 320 px column', async () => {
    const wrapper = await fixture(html`<div style="inline-size: 320px">
      <circle-day-picker .month=${'2026-11'} .available=${november} .locale=${'de'}></circle-day-picker>
    </div>`);
    const el = wrapper.querySelector('circle-day-picker')!;
    await el.updateComplete;

    expect(el.scrollWidth).to.be.at.most(320);
    expect(el.shadowRoot!.querySelector('table')!.getBoundingClientRect().width).to.be.at.most(320);
  });

  it('names the grid after the month', async () => {
    const el = await picker();

    const grid = el.shadowRoot!.querySelector('[role="grid"]')!;
    const label = el.shadowRoot!.getElementById(grid.getAttribute('aria-labelledby')!);
    expect(label?.textContent).to.equal('November 2026');
  });
});

describe('day picker: day states', () => {
  it('names available days by their date and unavailable ones with "no free times"', async () => {
    const el = await picker();

    expect(cell(el, '2026-11-25').getAttribute('aria-label')).to.equal('Wednesday, November 25, 2026');
    expect(cell(el, '2026-11-25').classList.contains('available')).to.be.true;
    expect(cell(el, '2026-11-26').getAttribute('aria-label')).to.equal('Thursday, November 26, 2026, no free times');
    expect(cell(el, '2026-11-26').classList.contains('unavailable')).to.be.true;
  });

  it('marks the selected day, and only it, aria-selected', async () => {
    const el = await picker({ value: '2026-11-10' });

    expect(cell(el, '2026-11-10').getAttribute('aria-selected')).to.equal('true');
    expect(el.shadowRoot!.querySelectorAll('[aria-selected="true"]')).to.have.length(1);
  });

  it('marks today aria-current="date"', async () => {
    const el = await picker({ today: '2026-11-23' });

    expect(cell(el, '2026-11-23').getAttribute('aria-current')).to.equal('date');
    expect(el.shadowRoot!.querySelectorAll('[aria-current]')).to.have.length(1);
  });

  it("marks the browser's date when no today is given", async () => {
    const today = localDate(Date.now(), patientTimeZone());
    const el = await picker({ month: today.slice(0, 7), today: '' });

    expect(cell(el, today).getAttribute('aria-current')).to.equal('date');
  });

  it('disables days outside min and max and takes them out of the tab order', async () => {
    const el = await picker({ min: '2026-11-05', max: '2026-11-26' });

    expect(cell(el, '2026-11-04').getAttribute('aria-disabled')).to.equal('true');
    expect(cell(el, '2026-11-04').hasAttribute('tabindex')).to.be.false;
    expect(cell(el, '2026-11-30').getAttribute('aria-disabled')).to.equal('true');
    expect(cell(el, '2026-11-30').getAttribute('aria-label')).to.equal('Monday, November 30, 2026');
    expect(cell(el, '2026-11-05').hasAttribute('aria-disabled')).to.be.false;
  });
});

describe('day picker: pending availability', () => {
  it('sets aria-busy and marks no day unavailable', async () => {
    const el = await picker({ pending: true, available: new Set() });

    expect(el.shadowRoot!.querySelector('[role="grid"]')!.getAttribute('aria-busy')).to.equal('true');
    expect(el.shadowRoot!.querySelectorAll('.unavailable')).to.have.length(0);
    expect(cell(el, '2026-11-26').getAttribute('aria-label')).to.equal('Thursday, November 26, 2026');
  });

  it('is not busy once loaded', async () => {
    const el = await picker({ pending: false });

    expect(el.shadowRoot!.querySelector('[role="grid"]')!.hasAttribute('aria-busy')).to.be.false;
  });
});

describe('day picker: roving tabindex', () => {
  it('makes the selected day the one tab stop', async () => {
    const el = await picker({ value: '2026-11-25' });

    expect(tabStops(el)).to.deep.equal(['2026-11-25']);
  });

  it('falls back to the first available day', async () => {
    const el = await picker();

    expect(tabStops(el)).to.deep.equal(['2026-11-02']);
  });

  it('falls back to the first day of the month when none is available', async () => {
    const el = await picker({ available: new Set() });

    expect(tabStops(el)).to.deep.equal(['2026-11-01']);
  });

  it('keeps the tab stop on the day the patient moved to', async () => {
    const el = await picker({ value: '2026-11-25' });

    await press(el, '2026-11-25', 'ArrowRight');

    expect(tabStops(el)).to.deep.equal(['2026-11-26']);
  });
});

describe('day picker: arrow keys', () => {
  const cases: [string, string, string][] = [
    ['ArrowRight', '2026-11-11', '2026-11-12'],
    ['ArrowLeft', '2026-11-11', '2026-11-10'],
    ['ArrowDown', '2026-11-11', '2026-11-18'],
    ['ArrowUp', '2026-11-11', '2026-11-04'],
  ];
  for (const [key, from, to] of cases) {
    it(`${key} moves from ${from} to ${to}`, async () => {
      const el = await picker();

      await press(el, from, key);

      expect(focusedDate(el)).to.equal(to);
    });
  }

  it('swaps left and right in right-to-left text', async () => {
    const wrapper = await fixture(html`<div dir="rtl">
      <circle-day-picker .month=${'2026-11'} .available=${november} .locale=${'en-US'}></circle-day-picker>
    </div>`);
    const el = wrapper.querySelector('circle-day-picker')!;
    await el.updateComplete;

    await press(el, '2026-11-11', 'ArrowLeft');
    expect(focusedDate(el)).to.equal('2026-11-12');
    await sendKeys({ press: 'ArrowRight' });
    await settle(el);
    expect(focusedDate(el)).to.equal('2026-11-11');
  });

  it('crosses into the previous month, showing it and firing month-change', async () => {
    const el = await picker();
    cell(el, '2026-11-01').focus();

    const event = nextEvent(el, 'month-change');
    await sendKeys({ press: 'ArrowLeft' });
    const { month } = await event;
    await settle(el);

    expect(month).to.equal('2026-10');
    expect(el.month).to.equal('2026-10');
    expect(el.shadowRoot!.querySelector('#month')!.textContent).to.equal('October 2026');
    expect(focusedDate(el)).to.equal('2026-10-31');
    expect(tabStops(el)).to.deep.equal(['2026-10-31']);
  });

  it('crosses into the next month with ArrowDown', async () => {
    const el = await picker();
    const changes = count(el, 'month-change');

    await press(el, '2026-11-26', 'ArrowDown');

    expect(changes.value).to.equal(1);
    expect(el.month).to.equal('2026-12');
    expect(focusedDate(el)).to.equal('2026-12-03');
  });

  it('stops at min instead of moving to a disabled day', async () => {
    const el = await picker({ min: '2026-11-10' });
    const changes = count(el, 'month-change');

    await press(el, '2026-11-12', 'ArrowUp');

    expect(focusedDate(el)).to.equal('2026-11-10');
    expect(changes.value).to.equal(0);
  });
});

describe('day picker: Home and End', () => {
  it('Home moves to the start of the week', async () => {
    const el = await picker();

    await press(el, '2026-11-12', 'Home');

    expect(focusedDate(el)).to.equal('2026-11-08');
  });

  it('End moves to the end of the week', async () => {
    const el = await picker();

    await press(el, '2026-11-12', 'End');

    expect(focusedDate(el)).to.equal('2026-11-14');
  });

  it('follows the locale: Monday starts the week for de', async () => {
    const el = await picker({ locale: 'de' });

    await press(el, '2026-11-12', 'Home');

    expect(focusedDate(el)).to.equal('2026-11-09');
  });

  it('stays in the month when the week starts in the previous one', async () => {
    const el = await picker({ locale: 'de' });

    await press(el, '2026-11-01', 'Home');

    expect(focusedDate(el)).to.equal('2026-11-01');
    expect(el.month).to.equal('2026-11');
  });
});

describe('day picker: PageUp and PageDown', () => {
  it('PageDown moves a month on, firing month-change', async () => {
    const el = await picker();
    cell(el, '2026-11-25').focus();

    const event = nextEvent(el, 'month-change');
    await sendKeys({ press: 'PageDown' });
    const { month } = await event;
    await settle(el);

    expect(month).to.equal('2026-12');
    expect(focusedDate(el)).to.equal('2026-12-25');
  });

  it('PageUp moves a month back', async () => {
    const el = await picker();

    await press(el, '2026-11-25', 'PageUp');

    expect(el.month).to.equal('2026-10');
    expect(focusedDate(el)).to.equal('2026-10-25');
  });

  it('goes to the last day of a shorter month', async () => {
    const el = await picker({ month: '2027-01' });

    await press(el, '2027-01-31', 'PageDown');

    expect(focusedDate(el)).to.equal('2027-02-28');
  });

  it('Shift+PageDown moves a year on', async () => {
    const el = await picker();

    await press(el, '2026-11-25', 'Shift+PageDown');

    expect(el.month).to.equal('2027-11');
    expect(focusedDate(el)).to.equal('2027-11-25');
  });

  it('Shift+PageUp moves a year back', async () => {
    const el = await picker();

    await press(el, '2026-11-25', 'Shift+PageUp');

    expect(el.month).to.equal('2025-11');
    expect(focusedDate(el)).to.equal('2025-11-25');
  });
});

describe('day picker: choosing a day', () => {
  for (const key of ['Enter', 'Space']) {
    it(`${key} chooses an available day and keeps focus on it`, async () => {
      const el = await picker();
      cell(el, '2026-11-25').focus();

      const event = nextEvent(el, 'day-select');
      await sendKeys({ press: key });
      const chosen = await event;
      await settle(el);

      expect(chosen).to.be.instanceOf(DaySelectEvent);
      expect(chosen.date).to.equal('2026-11-25');
      expect(chosen.bubbles).to.be.true;
      expect(chosen.composed).to.be.false;
      expect(el.value, 'the parent sets value').to.equal('');
      expect(focusedDate(el)).to.equal('2026-11-25');
    });
  }

  it('Enter does nothing on an unavailable day', async () => {
    const el = await picker();
    const selects = count(el, 'day-select');

    await press(el, '2026-11-26', 'Enter');

    expect(selects.value).to.equal(0);
    expect(focusedDate(el)).to.equal('2026-11-26');
  });

  it('a click chooses an available day', async () => {
    const el = await picker();

    const event = nextEvent(el, 'day-select');
    cell(el, '2026-11-10').click();

    expect((await event).date).to.equal('2026-11-10');
  });

  it('a click on a day outside min and max does nothing', async () => {
    const el = await picker({ min: '2026-11-20', available: new Set(['2026-11-10', '2026-11-25']) });
    const selects = count(el, 'day-select');

    cell(el, '2026-11-10').click();
    await settle(el);

    expect(selects.value).to.equal(0);
  });
});

describe('day picker: previous and next month buttons', () => {
  it('are named for screen readers', async () => {
    const el = await picker();

    expect(button(el, 'previous').getAttribute('aria-label')).to.equal('Previous month');
    expect(button(el, 'next').getAttribute('aria-label')).to.equal('Next month');
  });

  it('next shows the next month and fires month-change', async () => {
    const el = await picker();

    const event = nextEvent(el, 'month-change');
    button(el, 'next').click();
    const changed = await event;
    await el.updateComplete;

    expect(changed).to.be.instanceOf(MonthChangeEvent);
    expect(changed.month).to.equal('2026-12');
    expect(changed.composed).to.be.false;
    expect(el.shadowRoot!.querySelector('#month')!.textContent).to.equal('December 2026');
  });

  it('previous shows the previous month', async () => {
    const el = await picker({ month: '2027-01' });

    const event = nextEvent(el, 'month-change');
    button(el, 'previous').click();

    expect((await event).month).to.equal('2026-12');
  });

  it('previous is disabled in the month of min, and does nothing', async () => {
    const el = await picker({ min: '2026-11-23', max: '2027-02-10' });
    const changes = count(el, 'month-change');

    button(el, 'previous').click();
    await el.updateComplete;

    expect(button(el, 'previous').getAttribute('aria-disabled')).to.equal('true');
    expect(button(el, 'next').getAttribute('aria-disabled')).to.equal('false');
    expect(changes.value).to.equal(0);
    expect(el.month).to.equal('2026-11');
  });

  it('next is disabled in the month of max, and keeps focus', async () => {
    const el = await picker({ month: '2027-01', min: '2026-11-23', max: '2027-02-10' });
    button(el, 'next').focus();

    await sendKeys({ press: 'Enter' });
    await el.updateComplete;
    await sendKeys({ press: 'Enter' });
    await el.updateComplete;

    expect(el.month).to.equal('2027-02');
    expect(button(el, 'next').getAttribute('aria-disabled')).to.equal('true');
    expect(button(el, 'previous').getAttribute('aria-disabled')).to.equal('false');
    expect(el.shadowRoot!.activeElement).to.equal(button(el, 'next'));
  });
});

describe('day picker: accessibility', () => {
  it('passes axe with a selected day', async () => {
    const el = await picker({ value: '2026-11-25', min: '2026-11-05' });

    await expect(el).to.be.accessible();
  });

  it('passes axe while pending', async () => {
    const el = await picker({ pending: true, available: new Set() });

    await expect(el).to.be.accessible();
  });
});
