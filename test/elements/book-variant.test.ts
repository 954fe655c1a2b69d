import { expect, fixture, html } from '@open-wc/testing';
import '../../src/elements/book-variant/book-variant.js';
import type { CircleBookVariant } from '../../src/elements/book-variant/book-variant.js';
import { apiBase, useSimulator } from '../support/simulator-worker.js';
import { control, find, queryDeep, visibleText } from '../support/dom.js';
import { bookUntilReview, flowOf, stepHeading, waitForStep } from '../support/booking.js';

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

  it('opens on the first free day, in a later month if need be', async () => {
    const element = await fixture(html`<circle-book-variant variant-id="var_nutrition" api-base=${apiBase}></circle-book-variant>`);
    const flow = await flowOf(element as HTMLElement);
    await waitForStep(flow, 'time');

    await find(() => flow.state.date, 'a preselected day');
    expect(flow.state.date! > '2026-12-03', `first free day ${flow.state.date}`).to.equal(true);
  });

  it('offers the next free day when the patient pages to an empty month', async () => {
    const element = await fixture(html`<circle-book-variant variant-id="var_nutrition" api-base=${apiBase}></circle-book-variant>`);
    const flow = await flowOf(element as HTMLElement);
    await waitForStep(flow, 'time');
    await find(() => flow.state.date, 'a preselected day');
    const firstFree = flow.state.date!;

    flow.showMonth('2026-11');
    await find(() => (flow.month?.status === 'complete' ? true : undefined), 'November to load');
    await flow.updateComplete;
    const next = await find(() => control(flow.shadowRoot!, 'Go to the next free day'), 'the next-free-day button');
    expect(visibleText(flow.shadowRoot!)).to.contain('No free times this month');
    await expect(flow).to.be.accessible();

    next.click();
    await flow.updateComplete;
    expect(flow.state.date).to.equal(firstFree);
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

    expect(flow.state.patient).to.deep.equal({ givenName: 'Ada', email: 'ada@lovelace.example', phone: '+44 20 7946 0958' });
  });
});
