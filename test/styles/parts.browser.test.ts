/**
 * The booking flow's parts for days, times, the form's labels and inputs, and the selected
 * state, as a clinic's stylesheet reaches them from outside through `::part()`.
 */
import { expect, fixture, html } from '@open-wc/testing';
import '../../src/elements/book-service/book-service.js';
import '../../src/elements/book-variant/book-variant.js';
import { BookingPage, deepQuery, deepQueryAll } from '../../src/testing/index.js';
import { flowOf, keepADayWithTimes } from '../support/booking.js';
import { apiBase, useSimulator } from '../support/simulator-worker.js';

const marked = 'rgb(1, 2, 3)';
const mark = (selector: string) => `${selector} { outline: 3px solid ${marked}; }`;
const isMarked = (element: Element | undefined) => getComputedStyle(element!).outlineColor === marked && getComputedStyle(element!).outlineStyle === 'solid';

async function bookingUnder(css: string, markup = html`<circle-book-variant variant-id="var_checkup" api-base=${apiBase}></circle-book-variant>`) {
  const wrapper = await fixture(html`<div><style>${css}</style>${markup}</div>`);
  const element = wrapper.lastElementChild as HTMLElement;
  return { element, page: new BookingPage(element) };
}

describe('the booking flow’s parts', () => {
  beforeEach(useSimulator);

  it('reach the days of the calendar, and the chosen one apart', async () => {
    const { element, page } = await bookingUnder(
      `${mark('circle-book-variant::part(day)')} circle-book-variant::part(day selected) { outline-color: rgb(9, 9, 9); }`,
    );
    await page.times();

    const days = deepQueryAll(element, '[data-date]');
    const chosen = days.find((day) => day.getAttribute('aria-selected') === 'true')!;
    expect(isMarked(days.find((day) => day !== chosen))).to.be.true;
    expect(getComputedStyle(chosen).outlineColor).to.equal('rgb(9, 9, 9)');
  });

  it('reach the days of the week strip', async () => {
    const { element, page } = await bookingUnder(
      mark('circle-book-variant::part(day)'),
      html`<circle-book-variant variant-id="var_checkup" layout="week" api-base=${apiBase}></circle-book-variant>`,
    );
    await page.times();

    expect(isMarked(deepQuery(element, '.week-day'))).to.be.true;
  });

  it('reach the times, and the chosen one apart', async () => {
    const { element, page } = await bookingUnder(`circle-book-variant::part(time selected) { outline: 3px solid ${marked}; }`);
    // Late in the day, today may keep a single time: open a day with another to tell apart.
    await keepADayWithTimes(await flowOf(element), 2);
    const start = await page.chooseTime();

    const times = deepQueryAll<HTMLLabelElement>(element, 'label[part~="time"]');
    const chosen = times.find((label) => label.querySelector('input')!.value === start)!;
    expect(isMarked(chosen)).to.be.true;
    expect(isMarked(times.find((label) => label !== chosen))).to.be.false;
  });

  it('reach the chosen treatment', async () => {
    const { element, page } = await bookingUnder(
      mark('circle-book-service::part(choice selected)'),
      html`<circle-book-service service-id="svc_physio" api-base=${apiBase}></circle-book-service>`,
    );
    await page.choose('Follow-up treatment');

    const choices = deepQueryAll(element, 'label[part~="choice"]');
    expect(choices.filter(isMarked).map((choice) => choice.textContent.includes('Follow-up treatment'))).to.deep.equal([true]);
  });

  it('reach the form’s labels, inputs and field errors', async () => {
    const { element, page } = await bookingUnder(
      [mark('circle-book-variant::part(label)'), mark('circle-book-variant::part(input)'), mark('circle-book-variant::part(field-error)')].join('\n'),
    );
    await page.chooseTime();
    await page.continue();
    await page.fillDetails({ givenName: 'Ada', email: 'not an address' });
    await page.continue().catch(() => undefined);

    const form = deepQuery(element, 'circle-patient-form')!;
    expect(isMarked(deepQuery(form, 'label'))).to.be.true;
    expect(isMarked(deepQuery(form, 'input'))).to.be.true;
    expect(isMarked(deepQuery(form, '.error'))).to.be.true;
  });
});
