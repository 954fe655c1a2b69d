// The first month the service answer carried is only as fresh as that answer: when the API's own
// availability says otherwise later (a day booked out meanwhile), the fresh answer is what the
// patient sees, nothing waits forever, and a chosen day with no times left says so and offers
// the next free day.
import { expect, fixture, html } from '@open-wc/testing';
import '../../src/elements/book-service/book-service.js';
import type { CircleBookService } from '../../src/elements/book-service/book-service.js';
import { Availability } from '../../src/api/schemas.js';
import type { BookingSimulator } from '../../src/mocks/index.js';
import { apiBase, apiRequestsDuring, useSimulator } from '../support/simulator-worker.js';
import { control, find, queryDeep, visibleText } from '../support/dom.js';
import { chooseFirstTime, chosenDay, flowOf, pressContinue, waitForStep } from '../support/booking.js';

type Flow = Awaited<ReturnType<typeof flowOf>>;
const where = { variantId: 'var_checkup', locationId: 'loc_berlin' };

/** Every time of `day` held for other patients: the API's availability no longer has the day. */
function bookOut(simulator: BookingSimulator, day: string): void {
  const free = Availability.parse(simulator.getAvailability({ ...where, from: day, to: day }).body).slots;
  for (const slot of free) simulator.holdForAnotherPatient({ ...where, start: slot.start }, 600);
}

async function atTheTimes(): Promise<{ flow: Flow; simulator: BookingSimulator }> {
  const simulator = await useSimulator();
  const element = await fixture<CircleBookService>(html`<circle-book-service service-id="svc_checkup" api-base=${apiBase}></circle-book-service>`);
  const flow = await flowOf(element);
  await waitForStep(flow, 'time');
  await find(() => chosenDay(flow), 'a preselected day');
  return { flow, simulator };
}

describe('a first month the service answer carried, and the API says otherwise later', () => {
  it('a day booked out meanwhile: the time is lost, and back at the times the day says it has none left and offers the next', async () => {
    const { flow, simulator } = await atTheTimes();
    // A day whose every time is bookable online, so none is left once they are all taken.
    const day = [...flow.month!.days].find(([date, slots]) => date > chosenDay(flow)! && slots.every((slot) => slot.bookableOnline !== false))![0];
    flow.chooseDate(day);
    await flow.updateComplete;
    bookOut(simulator, day);

    const seen = await apiRequestsDuring(async () => {
      await chooseFirstTime(flow);
      await pressContinue(flow);
      await waitForStep(flow, 'details');
      await find(() => queryDeep(flow.shadowRoot!, '[part=hold-lost]'), 'the lost-time screen');
      const another = await find(() => control(flow.shadowRoot!, 'Choose another day'), 'Choose another day');
      another.click();
      await waitForStep(flow, 'time');
      await find(() => (flow.month?.status === 'complete' ? true : undefined), 'the fresh times');
    });
    expect(
      seen.some((path) => path.startsWith(`/availability?`) && path.includes(`from=${day.slice(0, 8)}`)),
      seen.join('\n'),
    ).to.equal(true);
    await flow.updateComplete;

    const times = flow.shadowRoot!.querySelector('[part=times]')!;
    const text = visibleText(times);
    expect(flow.month!.days.has(day), 'the fresh answer wins').to.equal(false);
    expect(text).to.contain('No free times');
    expect(control(flow.shadowRoot!, 'Go to the next free day')).to.exist;
    await expect(flow).to.be.accessible();
  });
});
