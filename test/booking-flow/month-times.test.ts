import { expect } from '@open-wc/testing';
import { NetworkError } from '../../src/api/errors.js';
import type { Slot } from '../../src/api/schemas.js';
import type { MonthAvailability } from '../../src/flow/availability-window.js';
import type { CircleDayPicker } from '../../src/booking-flow/day-picker.js';
import { renderDayTimes, renderMonthTimes, type MonthTimesView } from '../../src/booking-flow/month-times.js';
import type { CircleTimeList } from '../../src/booking-flow/time-list.js';
import { clinic } from '../support/api-errors.js';
import { renderInShadowRoot } from '../support/template-host.js';

const slots: Slot[] = [
  { start: '2026-11-26T09:00:00+01:00', end: '2026-11-26T09:30:00+01:00' },
  { start: '2026-11-26T14:00:00+01:00', end: '2026-11-26T14:30:00+01:00' },
];

const complete = (days: [string, Slot[]][], nextAvailableDate?: string): MonthAvailability => ({
  status: 'complete',
  days: new Map(days),
  ...(nextAvailableDate ? { nextAvailableDate } : {}),
});

/** A view of November 2026 in Berlin, recording what the handlers are called with. */
function viewOf(overrides: Partial<MonthTimesView> = {}) {
  const calls: string[] = [];
  const view: MonthTimesView = {
    state: {},
    today: '2026-11-24',
    locale: 'en-US',
    timeZone: 'Europe/Berlin',
    clinic,
    chooseDate: (date) => calls.push(`chooseDate ${date}`),
    showMonth: (month) => calls.push(`showMonth ${month}`),
    chooseSlot: (start, date) => calls.push(`chooseSlot ${start} ${date}`),
    retryAvailability: () => calls.push('retry'),
    ...overrides,
  };
  return { view, calls };
}

const text = (node: Element | null) => node!.textContent.replace(/\s+/g, ' ').trim();

describe('month and times: the month grid', () => {
  it("shows the chosen day's month, from today on, with the free days marked", async () => {
    const { view } = viewOf({ state: { date: '2026-12-03' }, month: complete([['2026-12-03', slots]]) });
    const root = await renderInShadowRoot(renderMonthTimes(view));

    const picker = root.querySelector<CircleDayPicker>('[part="when"] circle-day-picker')!;
    expect(picker.month).to.equal('2026-12');
    expect(picker.value).to.equal('2026-12-03');
    expect(picker.min).to.equal('2026-11-24');
    expect([...picker.available]).to.deep.equal(['2026-12-03']);
    expect(picker.pending).to.equal(false);
  });

  it("shows today's month with no day chosen, and the month paged to once one is", async () => {
    const first = await renderInShadowRoot(renderMonthTimes(viewOf().view));
    const paged = await renderInShadowRoot(renderMonthTimes(viewOf({ state: { date: '2026-11-26' }, shownMonth: '2027-01' }).view));

    expect(first.querySelector<CircleDayPicker>('circle-day-picker')!.month).to.equal('2026-11');
    expect(paged.querySelector<CircleDayPicker>('circle-day-picker')!.month).to.equal('2027-01');
  });

  it('hands a chosen day and a new month to the handlers', async () => {
    const { view, calls } = viewOf({ month: complete([['2026-11-26', slots]]) });
    const root = await renderInShadowRoot(renderMonthTimes(view));
    const picker = root.querySelector<CircleDayPicker>('circle-day-picker')!;

    picker.shadowRoot!.querySelector<HTMLElement>('[data-date="2026-11-26"]')!.click();
    picker.shadowRoot!.querySelector<HTMLButtonElement>('[part="next"]')!.click();

    expect(calls).to.deep.equal(['chooseDate 2026-11-26', 'showMonth 2026-12']);
  });
});

describe("month and times: the day's times and their states", () => {
  it('shows a grid skeleton while the month loads, or before it is asked for, and marks the grid busy', async () => {
    const loading = await renderInShadowRoot(renderMonthTimes(viewOf({ month: { status: 'pending', days: new Map() } }).view));
    const unasked = await renderInShadowRoot(renderMonthTimes(viewOf().view));

    for (const root of [loading, unasked]) {
      const status = root.querySelector('[part="times"] [part="loading"]')!;
      expect(status.getAttribute('aria-busy')).to.equal('true');
      expect(text(status)).to.equal('Loading free times…');
      expect(status.querySelectorAll('.skeleton.grid .bone')).to.have.length(9);
    }
    expect(loading.querySelector<CircleDayPicker>('circle-day-picker')!.pending).to.equal(true);
  });

  it('says why the times failed, with the clinic to call and Try again', async () => {
    const { view, calls } = viewOf({ month: { status: 'error', days: new Map(), error: new NetworkError() } });
    const root = await renderInShadowRoot(renderMonthTimes(view));

    const error = root.querySelector('[part="times"] [part="error"]')!;
    error.querySelector<HTMLButtonElement>('button')!.click();

    expect(text(error.querySelector('.title'))).to.equal('You seem to be offline');
    expect([...error.querySelectorAll('a')].map((a) => a.getAttribute('href'))).to.include('tel:+442079460000');
    expect(calls).to.deep.equal(['retry']);
  });

  it('leads from a month without free times to the next free day', async () => {
    const { view, calls } = viewOf({ month: complete([], '2027-01-12') });
    const root = await renderInShadowRoot(renderMonthTimes(view));

    const empty = root.querySelector('[part="times"] [part="empty"]')!;
    const go = empty.querySelector<HTMLButtonElement>('button')!;
    go.click();

    expect(text(empty.querySelector('.title'))).to.equal('No free times this month');
    expect(text(empty.querySelector('.body'))).to.equal('The next free time is on Tuesday, January 12, 2027.');
    expect(text(go)).to.equal('Go to the next free day');
    expect(calls).to.deep.equal(['chooseDate 2027-01-12']);
  });

  it('says to call the clinic when no later day is free, under the title it is given', async () => {
    const root = await renderInShadowRoot(renderDayTimes(viewOf().view, complete([]), 'No free times this week'));

    expect(text(root.querySelector('.title'))).to.equal('No free times this week');
    expect(text(root.querySelector('.body'))).to.equal('Please try a later month or call the clinic.');
    expect(root.querySelector('button')).to.equal(null);
  });

  it('asks for a day when none is chosen, or the chosen one is in another month', async () => {
    const month = complete([['2026-11-26', slots]]);
    const none = await renderInShadowRoot(renderMonthTimes(viewOf({ month }).view));
    const elsewhere = await renderInShadowRoot(renderMonthTimes(viewOf({ month, state: { date: '2026-12-03' }, shownMonth: '2026-11' }).view));

    for (const root of [none, elsewhere]) {
      expect(text(root.querySelector('[part="times"] p.hint'))).to.equal('Choose a day to see its free times.');
      expect(root.querySelector('circle-time-list')).to.equal(null);
    }
  });

  it("lists the chosen day's times in the clinic's zone, and hands a chosen time over with its day", async () => {
    const { view, calls } = viewOf({
      month: complete([['2026-11-26', slots]]),
      state: { date: '2026-11-26', slot: slots[1]! },
    });
    const root = await renderInShadowRoot(renderMonthTimes(view));
    const list = root.querySelector<CircleTimeList>('[part="times"] circle-time-list')!;
    await list.updateComplete;

    list.shadowRoot!.querySelector<HTMLInputElement>('input[type="radio"]')!.click();

    expect(list.label).to.equal('Free times on Thursday, November 26, 2026');
    expect(list.getAttribute('time-zone')).to.equal('Europe/Berlin');
    expect(list.value).to.equal('2026-11-26T14:00:00+01:00');
    expect(calls).to.deep.equal(['chooseSlot 2026-11-26T09:00:00+01:00 2026-11-26']);
  });
});
