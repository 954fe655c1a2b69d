import { expect, fixture, html, oneEvent } from '@open-wc/testing';
import '../../src/elements/book-variant/book-variant.js';
import type { CircleBookVariant } from '../../src/elements/book-variant/book-variant.js';
import type { WaitlistJoinedEvent } from '../../src/booking-flow/booking-flow.events.js';
import type { CircleBookingFlow } from '../../src/booking-flow/booking-flow.js';
import { Availability, WaitlistList, type Slot } from '../../src/api/index.js';
import type { BookingSimulator } from '../../src/mocks/index.js';
import { apiBase, useSimulator } from '../support/simulator-worker.js';
import { find, queryDeep, visibleText } from '../support/dom.js';
import { ada, chosenTime, flowOf, waitForStep } from '../support/booking.js';

const where = { variantId: 'var_physio_followup', locationId: 'loc_berlin' };

/** The free times bookable online over the next four weeks. */
function freeTimes(simulator: BookingSimulator): Slot[] {
  const from = new Date().toISOString().slice(0, 10);
  const to = new Date(Date.now() + 28 * 86_400_000).toISOString().slice(0, 10);
  const answer = Availability.parse(simulator.getAvailability({ ...where, from, to }).body);
  return answer.slots.filter((slot) => slot.bookableOnline !== false);
}

async function bookVariant(start = ''): Promise<{ element: CircleBookVariant; flow: CircleBookingFlow }> {
  const element = await fixture<CircleBookVariant>(
    html`<circle-book-variant variant-id=${where.variantId} location-id=${where.locationId} start=${start} api-base=${apiBase}></circle-book-variant>`,
  );
  const flow = await flowOf(element);
  await waitForStep(flow, 'time');
  return { element, flow };
}

async function openForm(flow: CircleBookingFlow) {
  const button = await find(() => queryDeep<HTMLButtonElement>(flow.shadowRoot!, '[part=waitlist-button]'), 'the waitlist button');
  button.click();
  const form = await find(() => flow.shadowRoot!.querySelector('circle-waitlist-form'), 'the waitlist form');
  await form.updateComplete;
  return form;
}

describe('the waitlist', () => {
  beforeEach(useSimulator);

  it('joined from the times: the patient leaves their contact and days, and is told they are on it', async () => {
    const simulator = await useSimulator();
    const { element, flow } = await bookVariant();
    const form = await openForm(flow);
    await expect(flow).to.be.accessible();
    for (const [field, value] of Object.entries({ givenName: ada.givenName, familyName: ada.familyName, email: ada.email, phone: ada.phone })) {
      const input = form.shadowRoot!.querySelector<HTMLInputElement>(`#wl-${field}`)!;
      input.value = value;
      input.dispatchEvent(new Event('input', { bubbles: true, composed: true }));
    }
    element.setAttribute('data-layer', 'waitlistLayer');
    const joined = oneEvent<WaitlistJoinedEvent>(element, 'circle-waitlist-joined');

    form.shadowRoot!.querySelector<HTMLButtonElement>('[part=waitlist-join-button]')!.click();
    const { detail } = await joined;
    await form.updateComplete;

    expect(detail).to.deep.equal({ serviceId: 'svc_physio', variantId: where.variantId });
    expect(JSON.stringify(detail)).not.to.match(/Ada|Lovelace|ada@example|7946/);
    const page = window as unknown as { waitlistLayer?: Array<Record<string, unknown>> };
    const pushed = await find(() => page.waitlistLayer?.find((entry) => entry.event === 'circle_waitlist_joined'), 'the data layer entry');
    expect(pushed).to.deep.equal({ event: 'circle_waitlist_joined', circle_service_id: 'svc_physio', circle_variant_id: where.variantId });
    expect(visibleText(form.shadowRoot!)).to.contain('You’re on the waitlist');
    expect(visibleText(form.shadowRoot!)).to.contain(ada.email);
    const { entries } = WaitlistList.parse(simulator.listWaitlist(undefined).body);
    expect(entries.map((entry) => entry.contact.email)).to.deep.equal([ada.email]);
    await expect(flow).to.be.accessible();
  });

  it('says what is missing and sends nothing until it is there', async () => {
    const simulator = await useSimulator();
    const { flow } = await bookVariant();
    const form = await openForm(flow);

    form.shadowRoot!.querySelector<HTMLButtonElement>('[part=waitlist-join-button]')!.click();
    await form.updateComplete;

    expect(visibleText(form.shadowRoot!)).to.contain('Enter your first name');
    expect(WaitlistList.parse(simulator.listWaitlist(undefined).body).entries).to.have.length(0);
    await expect(flow).to.be.accessible();
  });
});

describe('a waitlist offer', () => {
  beforeEach(useSimulator);

  it('still free: the flow opens at that day with that time chosen', async () => {
    const simulator = await useSimulator();
    const offered = freeTimes(simulator)[2]!;

    const { flow } = await bookVariant(offered.start);

    await find(() => (chosenTime(flow) ? true : undefined), 'the offered time chosen');
    expect(Date.parse(flow.state.slot!.start)).to.equal(Date.parse(offered.start));
    expect(visibleText(flow.shadowRoot!)).not.to.contain('just taken');
  });

  it('taken by someone else: a kind "just taken" screen with the next times', async () => {
    const simulator = await useSimulator();
    const offered = freeTimes(simulator)[0]!;
    const booked = simulator.createBooking({ ...where, start: offered.start, patient: { ...ada, email: 'first@example.org' } }, 'someone-else');
    expect(booked.status).to.equal(201);

    const { flow } = await bookVariant(offered.start);

    const notice = await find(() => flow.shadowRoot!.querySelector('[part=notice]'), 'the "just taken" notice');
    expect(notice.textContent).to.contain('Sorry, that time was just taken by someone else.');
    expect(flow.state.slot).to.equal(undefined);
    const list = await find(() => flow.shadowRoot!.querySelector('circle-time-list'), 'the next free times');
    await find(() => list.shadowRoot!.querySelector('input[type=radio]'), 'a next free time');
    await expect(flow).to.be.accessible();
  });
});
