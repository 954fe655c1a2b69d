import { expect, fixture, html } from '@open-wc/testing';
import '../../src/elements/book-service/book-service.js';
import type { CircleBookService } from '../../src/elements/book-service/book-service.js';
import type { CalendarLayout } from '../../src/booking-flow/flow-view.js';
import { apiBase, useSimulator } from '../support/simulator-worker.js';
import { control, find } from '../support/dom.js';
import { chosenDay, flowOf, heldTime, waitForStep } from '../support/booking.js';

async function timeStep(width: number, layout: CalendarLayout) {
  const container = await fixture<HTMLDivElement>(html`<div style="width: ${width}px">
    <circle-book-service service-id="svc_checkup" api-base=${apiBase} layout=${layout}></circle-book-service>
  </div>`);
  const element = container.querySelector<CircleBookService>('circle-book-service')!;
  const flow = await flowOf(element);
  await waitForStep(flow, 'time');
  const root = flow.shadowRoot!;
  // Wait for the free times, whichever layout shows them (the check-up's first days may hold
  // only times to call about, which are no choices).
  await find(() => [...root.querySelectorAll('circle-time-list')].find((list) => list.shadowRoot?.querySelector('input')), 'the free times');
  await flow.updateComplete;
  return { element, flow, root };
}

const box = (element: Element) => element.getBoundingClientRect();

describe('calendar layouts in their container', () => {
  beforeEach(useSimulator);

  for (const width of [320, 480, 720, 1200]) {
    describe(`${width} px wide`, () => {
      it("month: the grid and the day's times, side by side from 720 px", async () => {
        const { flow, root } = await timeStep(width, 'month');
        const picker = box(root.querySelector('circle-day-picker')!);
        const times = box(root.querySelector('[part=times]')!);

        if (width >= 720) {
          expect(times.left, 'times beside the grid').to.be.greaterThan(picker.right - 1);
          expect(Math.round(times.top)).to.equal(Math.round(picker.top));
        } else {
          expect(times.top, 'times below the grid').to.be.greaterThan(picker.bottom - 1);
        }
        expect(flow.scrollWidth, 'nothing wider than the container').to.be.at.most(flow.clientWidth);
        await expect(flow).to.be.accessible();
      });

      it('week: seven days in one strip above the times', async () => {
        const { flow, root } = await timeStep(width, 'week');
        const days = [...root.querySelectorAll<HTMLButtonElement>('.week-day')];
        const tops = new Set(days.map((day) => Math.round(box(day).top)));

        expect(days).to.have.length(7);
        expect(tops.size, 'one row').to.equal(1);
        expect(days.filter((day) => day.getAttribute('aria-pressed') === 'true')).to.have.length(1);
        expect(box(root.querySelector('[part=times]')!).top).to.be.greaterThan(box(days[0]!).bottom - 1);
        expect(flow.scrollWidth).to.be.at.most(flow.clientWidth);
        await expect(flow).to.be.accessible();
      });

      it('list: the next days with free times, in columns from 720 px', async () => {
        const { flow, root } = await timeStep(width, 'list');
        const days = [...root.querySelectorAll('.list-days > li')];
        const columns = new Set(days.map((day) => Math.round(box(day).left)));

        expect(days).to.have.length(5);
        expect(root.querySelector('circle-day-picker')).to.equal(null);
        if (width >= 720) expect(columns.size).to.be.greaterThan(1);
        else expect(columns.size).to.equal(1);
        expect(flow.scrollWidth).to.be.at.most(flow.clientWidth);
        await expect(flow).to.be.accessible();
      });
    });
  }

  it("stacks the step's actions under 480 px and puts them in a row from 480 px", async () => {
    for (const [width, direction] of [
      [479, 'column'],
      [480, 'row'],
    ] as const) {
      const { root } = await timeStep(width, 'month');
      expect(getComputedStyle(root.querySelector('.actions')!).flexDirection, `${width} px`).to.equal(direction);
    }
  });
});

describe('choosing in each layout', () => {
  beforeEach(useSimulator);

  it('week: pages to the next week and chooses a day and a time there', async () => {
    const { flow, root } = await timeStep(480, 'week');
    const firstShown = root.querySelector<HTMLElement>('.week-day')!.dataset.date!;

    control(root, /Next week/)!.click();
    await flow.updateComplete;
    const day = await find(() => root.querySelector<HTMLButtonElement>('.week-day:not([disabled])'), 'a free day next week');
    expect(root.querySelector<HTMLElement>('.week-day')!.dataset.date! > firstShown).to.equal(true);
    day.click();
    await flow.updateComplete;
    const time = await find(() => root.querySelector('circle-time-list')?.shadowRoot?.querySelector<HTMLInputElement>('input'), 'a time');
    time.click();
    await flow.updateComplete;

    expect(chosenDay(flow)).to.equal(day.dataset.date);
    expect(await heldTime(flow)).to.equal(time.value);
    expect(chosenDay(flow)).to.equal(day.dataset.date);
  });

  it('list: chooses a time on a later day, and shows more days on request', async () => {
    const { flow, root } = await timeStep(480, 'list');
    const lists = [...root.querySelectorAll('circle-time-list')].filter((list) => list.shadowRoot!.querySelector('input'));
    const later = lists[2]!.shadowRoot!.querySelector<HTMLInputElement>('input')!;

    later.click();
    await flow.updateComplete;
    expect(await heldTime(flow)).to.equal(later.value);

    const more = await find(() => [...root.querySelectorAll('button')].find((button) => button.textContent?.trim() === 'Show more days'), 'Show more days');
    more.click();
    await flow.updateComplete;
    await find(() => (root.querySelectorAll('.list-days > li').length === 10 ? true : undefined), 'ten days listed');
  });
});
