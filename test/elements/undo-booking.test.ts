import { expect, fixture, html, oneEvent } from '@open-wc/testing';
import '../../src/elements/book-service/book-service.js';
import type { CircleBookService } from '../../src/elements/book-service/book-service.js';
import type { BookingUndoneEvent } from '../../src/booking-flow/booking-flow.events.js';
import type { CircleBookingFlow } from '../../src/booking-flow/booking-flow.js';
import { allowConsole } from '../setup/fail-on-console.js';
import { apiBase, useSimulator } from '../support/simulator-worker.js';
import { control, find, queryDeep, spokenNow, visibleText } from '../support/dom.js';
import { ada, bookUntilReview, flowOf, waitForStep } from '../support/booking.js';

const minute = 60_000;

/** A booking of svc_physio made through the element, on the confirmation. */
async function justBooked(serviceId = 'svc_physio'): Promise<{ element: CircleBookService; flow: CircleBookingFlow }> {
  const element = await fixture<CircleBookService>(html`<circle-book-service service-id=${serviceId} api-base=${apiBase}></circle-book-service>`);
  const flow = await flowOf(element);
  await bookUntilReview(flow);
  control(flow.shadowRoot!, 'Confirm booking')!.click();
  await waitForStep(flow, 'done');
  return { element, flow };
}

function undoButton(flow: CircleBookingFlow): HTMLElement | undefined {
  return queryDeep(flow.shadowRoot!, '[part=undo-button]');
}

describe('undo a booking just made', () => {
  beforeEach(useSimulator);

  describe('while the window is open', () => {
    it('offers "Undo this booking" with the time left, counting down on screen, said once', async () => {
      const { flow } = await justBooked();

      const timer = flow.shadowRoot!.querySelector<HTMLElement>('[role=timer]')!;
      expect(undoButton(flow)?.textContent).to.contain('Undo this booking');
      expect(timer.textContent).to.match(/You can undo this booking for [23]:\d\d more\./);
      await find(() => (/You can undo this booking until/.test(spokenNow(flow.shadowRoot!)) ? true : undefined), 'the time to undo said');
      const said = spokenNow(flow.shadowRoot!);
      const shownFirst = timer.textContent;

      await new Promise((resolve) => setTimeout(resolve, 1500));
      await flow.updateComplete;

      expect(flow.shadowRoot!.querySelector('[role=timer]')!.textContent, 'the countdown moves').not.to.equal(shownFirst);
      expect(spokenNow(flow.shadowRoot!), 'nothing said again').to.equal(said);
      await expect(flow).to.be.accessible();
    });

    it('cancels the booking as undone and goes back to the times with every detail kept', async () => {
      const simulator = await useSimulator();
      const { element, flow } = await justBooked();
      const { variantId, locationId, date } = flow.state;
      const undone = oneEvent<BookingUndoneEvent>(element, 'circle-booking-undone');

      undoButton(flow)!.click();
      undoButton(flow)?.click(); // a double click undoes once
      const { detail } = await undone;
      await waitForStep(flow, 'time');

      expect(detail).to.deep.include({ serviceId: 'svc_physio', variantId: 'var_physio_initial' });
      expect(JSON.stringify(detail)).not.to.match(/Ada|Lovelace|ada@example|7946|token|tok_/);
      const record = simulator.state().appointments.find((candidate) => candidate.id === detail.appointmentId)!;
      expect(record.status).to.equal('cancelled');
      expect(record.cancellation?.undone).to.equal(true);
      expect(flow.state).to.deep.include({ variantId, locationId, date });
      expect(flow.state.patient).to.deep.equal(ada);
      expect(visibleText(flow.shadowRoot!)).to.contain('Your booking is undone. Your details are kept; choose another time.');
      await expect(flow).to.be.accessible();
    });
  });

  describe('after the window', () => {
    it('says undoing was refused and keeps the booking', async () => {
      allowConsole(/409/);
      const simulator = await useSimulator();
      const { flow } = await justBooked();
      simulator.setNow(() => new Date(Date.now() + 4 * minute));

      undoButton(flow)!.click();
      const error = await find(() => queryDeep(flow.shadowRoot!, '[part=error]'), 'why undoing failed');

      expect(error.textContent).to.contain('The time to undo this booking has passed');
      expect(flow.state.step).to.equal('done');
      expect(undoButton(flow)).to.equal(undefined);
      expect(simulator.state().appointments.at(-1)!.status).to.equal('booked');
      await expect(flow).to.be.accessible();
    });

    it('takes the button away once the time is up on the patient’s clock', async () => {
      const { flow } = await justBooked();

      flow.state = { ...flow.state, confirmation: { ...flow.state.confirmation!, undoUntil: new Date(Date.now() + 800).toISOString() } };
      await find(() => (undoButton(flow) ? undefined : true), 'the Undo button gone');

      expect(flow.shadowRoot!.querySelector('[role=timer]')).to.equal(null);
    });
  });
});

describe('video and phone visits in the booking flow', () => {
  beforeEach(useSimulator);

  it('names the mode beside each variant', async () => {
    const element = await fixture<CircleBookService>(html`<circle-book-service service-id="svc_online" api-base=${apiBase}></circle-book-service>`);
    const flow = await flowOf(element);

    const text = visibleText(flow.shadowRoot!);
    expect(text).to.match(/Video consultation.*Video call/);
    expect(text).to.match(/Phone consultation.*Phone call/);
    await expect(flow).to.be.accessible();
  });

  it('says "Video call", not an address, where the visit takes place', async () => {
    const element = await fixture<CircleBookService>(html`<circle-book-service service-id="svc_online" api-base=${apiBase}></circle-book-service>`);
    const flow = await flowOf(element);
    const choice = await find(
      () => [...flow.shadowRoot!.querySelectorAll('label')].find((label) => /Video consultation/.test(label.textContent ?? '')),
      'the video variant',
    );
    choice.querySelector('input')!.click();
    await flow.updateComplete;
    control(flow.shadowRoot!, 'Continue')!.click();
    await waitForStep(flow, 'time');
    const list = await find(() => flow.shadowRoot!.querySelector('circle-time-list'), 'the free times');
    (await find(() => list.shadowRoot!.querySelector<HTMLInputElement>('input[type=radio]'), 'a free time')).click();
    flow.state = { ...flow.state, patient: ada, step: 'review' };
    await flow.updateComplete;

    const where = [...flow.shadowRoot!.querySelectorAll('[part=summary] > div')].find((row) => row.querySelector('dt')?.textContent === 'Where')!;
    expect(where.querySelector('dd')!.textContent).to.contain('Video call');
    expect(where.textContent).not.to.contain('Friedrichstraße');
  });
});
