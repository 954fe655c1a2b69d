// The booking window as a patient meets it: times inside the minimum notice shown as "Call to
// book" with the clinic's phone, a day with only such times saying what to do, and the days
// past the horizon that cannot be chosen and say why.
import { expect, fixture, html } from '@open-wc/testing';
import { http, HttpResponse } from 'msw';
import '../../src/elements/book-variant/book-variant.js';
import type { CircleBookingFlow } from '../../src/booking-flow/booking-flow.js';
import { todayIn } from '../../src/flow/availability-window.js';
import { formatDate } from '../../src/i18n/format.js';
import { formatInstant, fromLocal } from '../../src/time/instants.js';
import { addDays, localDate } from '../../src/time/zoned.js';
import { apiBase, useSimulator, withoutFirstMonth, worker } from '../support/simulator-worker.js';
import { find, visibleText } from '../support/dom.js';
import { chooseFirstTime, flowOf, waitForStep } from '../support/booking.js';

const zone = 'Europe/Berlin';

/** The check-up's times: the day after tomorrow has a time to call about at 9:00 and one to book at 14:00; the day before, only one to call about. */
function answerTimes() {
  const today = todayIn(zone);
  const [onlyCall, both] = [addDays(today, 1), addDays(today, 2)];
  const at = (date: string, time: string) => formatInstant(fromLocal(`${date}T${time}`, zone)!, zone);
  const slot = (date: string, time: string, end: string, online: boolean) => ({
    start: at(date, time),
    end: at(date, end),
    ...(online ? {} : { bookableOnline: false }),
  });
  // The check-up's answer would carry its first month: these tests arrange the times it asks for.
  worker.use(
    ...withoutFirstMonth(),
    http.get(`${apiBase}/availability`, ({ request }) => {
      const query = new URL(request.url).searchParams;
      const [from, to] = [query.get('from')!, query.get('to')!];
      const slots = [slot(onlyCall, '09:00', '09:40', false), slot(both, '09:00', '09:40', false), slot(both, '14:00', '14:40', true)].filter(
        (candidate) => candidate.start.slice(0, 10) >= from && candidate.start.slice(0, 10) <= to,
      );
      return HttpResponse.json({ variantId: 'var_checkup', locationId: 'loc_berlin', timeZone: zone, from, to, slots, bookableUntil: addDays(today, 56) });
    }),
  );
  return { onlyCall, both };
}

async function checkUp(): Promise<CircleBookingFlow> {
  const element = await fixture<HTMLElement>(html`<circle-book-variant variant-id="var_checkup" api-base=${apiBase}></circle-book-variant>`);
  const flow = await flowOf(element);
  await waitForStep(flow, 'time');
  return flow;
}

function timeList(flow: CircleBookingFlow) {
  return find(() => flow.shadowRoot!.querySelector('circle-time-list'), "the day's times");
}

describe('times inside the minimum notice', () => {
  beforeEach(useSimulator);

  it('opens on the first day bookable online; its sooner times are "Call to book" with the clinic\'s phone, not choices', async () => {
    const { both } = answerTimes();
    const flow = await checkUp();

    await find(() => (flow.state.date === both ? true : undefined), 'the first day bookable online');
    const list = await timeList(flow);
    await list.updateComplete;
    const radios = [...list.shadowRoot!.querySelectorAll<HTMLInputElement>('input[type=radio]')];
    expect(radios.map((radio) => radio.value)).to.deep.equal([formatInstant(fromLocal(`${both}T14:00`, zone)!, zone)]);
    const call = list.shadowRoot!.querySelector('[part=call-to-book]')!;
    expect(visibleText(call)).to.contain('Call to book').and.contain('9:00');
    expect(call.querySelector('a[href="tel:+49301234567"]')?.textContent).to.equal('+49 30 1234567');
    await expect(flow).to.be.accessible();
  });

  it('a day with only such times says to call, rather than looking empty', async () => {
    const { onlyCall } = answerTimes();
    const flow = await checkUp();
    await find(() => flow.state.date, 'a preselected day');

    flow.chooseDate(onlyCall);
    await flow.updateComplete;
    const list = await timeList(flow);
    await list.updateComplete;

    expect(list.shadowRoot!.querySelector('input[type=radio]')).to.equal(null);
    expect(visibleText(list.shadowRoot!)).to.not.contain('No free times');
    expect(list.shadowRoot!.querySelector('[part=call-to-book] a[href^="tel:"]')).to.exist;
    await expect(flow).to.be.accessible();
  });

  it('a time still bookable online books as before', async () => {
    answerTimes();
    const flow = await checkUp();

    const start = await chooseFirstTime(flow);

    expect(flow.state.slot?.start).to.equal(start);
  });
});

describe('the days past the horizon', () => {
  beforeEach(useSimulator);

  it('cannot be chosen and say why: "Online booking opens 8 weeks ahead"', async () => {
    const flow = await checkUp();
    const picker = flow.shadowRoot!.querySelector('circle-day-picker')!;
    const next = () => picker.shadowRoot!.querySelector<HTMLElement>('[part=next]')!;
    await find(() => flow.state.date, 'a preselected day');
    for (let pages = 0; pages < 4 && next().getAttribute('aria-disabled') !== 'true'; pages++) {
      next().click();
      await flow.updateComplete;
      await picker.updateComplete;
    }
    await find(() => (flow.month?.status === 'complete' ? true : undefined), "the last month's times");
    await picker.updateComplete;

    const last = localDate(Date.now() + 56 * 86_400_000, zone);
    const note = picker.shadowRoot!.querySelector('[part=max-note]')!;
    expect(note.textContent?.replace(/\s+/g, ' ').trim()).to.equal(
      `Online booking opens 8 weeks ahead, until ${formatDate(last)}. For a later visit, please contact the clinic.`,
    );
    const after = picker.shadowRoot!.querySelector<HTMLElement>(`td[data-date="${addDays(last, 1)}"]`);
    if (after) {
      expect(after.getAttribute('aria-disabled')).to.equal('true');
      expect(after.getAttribute('aria-describedby')).to.equal(note.id);
    }
    await expect(flow).to.be.accessible();
  });
});
