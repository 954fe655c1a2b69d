import { expect, fixture, html } from '@open-wc/testing';
import '../../src/elements/book-variant/book-variant.js';
import type { CircleBookVariant } from '../../src/elements/book-variant/book-variant.js';
import { http, HttpResponse } from 'msw';
import type { Availability } from '../../src/api/schemas.js';
import { addMonths, monthOf, todayIn } from '../../src/flow/availability-window.js';
import { daysBetween, localDate } from '../../src/time/zoned.js';
import { apiBase, useSimulator, worker, withoutFirstMonth } from '../support/simulator-worker.js';
import { control, find, queryDeep, visibleText } from '../support/dom.js';
import { bookUntilReview, chooseFirstTime, chosenDay, enteredDetails, flowOf, pressContinue, stepHeading, waitForStep } from '../support/booking.js';

function bookVariant(variantId: string) {
  return fixture<CircleBookVariant>(html`<circle-book-variant variant-id=${variantId} api-base=${apiBase}></circle-book-variant>`);
}

describe('<circle-book-variant>', () => {
  beforeEach(useSimulator);

  it('has no variant step: a variant at two locations starts with the location', async () => {
    const flow = await flowOf(await bookVariant('var_physio_initial'));

    expect(await stepHeading(flow)).to.equal('Where would you like to go?');
    expect(visibleText(flow.shadowRoot!)).to.contain('Step 1 of 4');
    await expect(flow).to.be.accessible();
  });

  it('goes straight to the times for a variant at one location, and books it', async () => {
    const simulator = await useSimulator();
    const flow = await flowOf(await bookVariant('var_checkup'));
    await waitForStep(flow, 'time');
    const before = simulator.state().appointments.length;

    await bookUntilReview(flow);
    control(flow.shadowRoot!, 'Confirm booking')!.click();
    await waitForStep(flow, 'done');

    expect(simulator.state().appointments.length).to.equal(before + 1);
    expect(simulator.state().appointments.at(-1)!.variantId).to.equal('var_checkup');
  });

  for (const [variantId, why] of [
    ['var_hidden', /not offered online|can.t be booked online/i],
    ['var_home_visit', /locations/i],
  ] as const) {
    it(`explains why ${variantId} can't be booked, with the clinic's contact`, async () => {
      const element = await bookVariant(variantId);
      const unavailable = await find(() => element.shadowRoot!.querySelector('[part=unavailable]'), 'the unavailable screen');

      expect(unavailable.textContent).to.match(why);
      expect(unavailable.querySelector('a[href^="tel:"]')).to.exist;
      await expect(element).to.be.accessible();
    });
  }
});

describe('a month without free times', () => {
  beforeEach(useSimulator);
  const zone = 'America/New_York'; // where var_nutrition is offered

  it('opens on the first free day, however far ahead', async () => {
    const element = await fixture(html`<circle-book-variant variant-id="var_nutrition" api-base=${apiBase}></circle-book-variant>`);
    const flow = await flowOf(element as HTMLElement);
    await waitForStep(flow, 'time');

    await find(() => chosenDay(flow), 'a preselected day');
    // The seed's nutrition clinic has nothing free for the next ten days.
    expect(daysBetween(todayIn(zone), chosenDay(flow)!)).to.be.at.least(9);
  });

  it('jumps over an empty month, and offers the next free day when the patient pages back to it', async () => {
    const simulator = await useSimulator();
    const thisMonth = monthOf(todayIn(zone));
    const nextMonth = addMonths(thisMonth, 1);
    const later = simulator.getAvailability({ variantId: 'var_nutrition', locationId: 'loc_newyork', from: `${nextMonth}-01`, to: `${nextMonth}-28` });
    const firstFree = localDate(new Date((later.body as Availability).slots[0]!.start), zone);
    worker.use(
      // The variant answer without the first month it can carry: this month is asked for, and found empty.
      ...withoutFirstMonth(),
      http.get(`${apiBase}/availability`, ({ request }) => {
        const query = new URL(request.url).searchParams;
        if (monthOf(query.get('from')!) !== thisMonth) return undefined; // later months: the simulator answers
        const empty = { variantId: 'var_nutrition', locationId: 'loc_newyork', timeZone: zone, from: query.get('from'), to: query.get('to'), slots: [] };
        return HttpResponse.json({ ...empty, nextAvailableDate: firstFree });
      }),
    );
    const element = await fixture(html`<circle-book-variant variant-id="var_nutrition" api-base=${apiBase}></circle-book-variant>`);
    const flow = await flowOf(element as HTMLElement);
    await waitForStep(flow, 'time');
    await find(() => chosenDay(flow), 'a preselected day');
    expect(chosenDay(flow)).to.equal(firstFree);

    flow.showMonth(thisMonth);
    await find(() => (flow.month?.status === 'complete' ? true : undefined), 'this month to load');
    await flow.updateComplete;
    const next = await find(() => control(flow.shadowRoot!, 'Go to the next free day'), 'the next-free-day button');
    expect(visibleText(flow.shadowRoot!)).to.contain('No free times this month');
    await expect(flow).to.be.accessible();

    next.click();
    await flow.updateComplete;
    expect(chosenDay(flow)).to.equal(firstFree);
    await find(() => queryDeep(flow.shadowRoot!, 'circle-time-list'), 'its times');
  });
});

describe('prefilled details', () => {
  beforeEach(useSimulator);

  it('come from the patient-* attributes and the patient property, the property winning', async () => {
    const element = await fixture<CircleBookVariant>(html`<circle-book-variant
      variant-id="var_checkup"
      api-base=${apiBase}
      patient-given-name="Ada"
      patient-email="ada@example.org"
      .patient=${{ email: 'ada@lovelace.example', phone: '+44 20 7946 0958' }}
    ></circle-book-variant>`);
    const flow = await flowOf(element);
    await waitForStep(flow, 'time');
    await chooseFirstTime(flow);
    await pressContinue(flow);
    await waitForStep(flow, 'details');

    expect(await enteredDetails(flow)).to.deep.equal({ givenName: 'Ada', email: 'ada@lovelace.example', phone: '+44 20 7946 0958' });
  });
});
