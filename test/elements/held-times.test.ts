// Held times in the booking flow (issue 21, part 3): picking a time holds it and the details
// step says until when; screen readers hear two minutes left and the end, not a countdown; a
// time lost to another patient or to the end of its hold keeps every detail and offers the
// nearest free times; going back lets the time go; the booking carries the hold; an API without
// holds books as before.
import { expect, fixture, html } from '@open-wc/testing';
import { http, HttpResponse } from 'msw';
import '../../src/elements/book-service/book-service.js';
import type { CircleBookService } from '../../src/elements/book-service/book-service.js';
import { Availability } from '../../src/api/schemas.js';
import { BookingSimulator, createHandlers, shortHolds, type SimulatorOptions } from '../../src/mocks/index.js';
import { apiBase, apiRequestsDuring, patientAppBase, useSimulator, worker } from '../support/simulator-worker.js';
import { control, find, queryDeep, spokenNow } from '../support/dom.js';
import { ada, chooseFirstTime, fillDetails, flowOf, pressContinue, waitForStep } from '../support/booking.js';

type Flow = Awaited<ReturnType<typeof flowOf>>;

/** The check-up: one treatment at one place, so the flow starts at the times. */
async function atTheTimes(options: SimulatorOptions = {}): Promise<{ flow: Flow; simulator: BookingSimulator }> {
  let simulator = await useSimulator();
  if (Object.keys(options).length > 0) {
    simulator = new BookingSimulator({ patientAppBase, ...options });
    worker.use(...createHandlers(simulator, { apiBase }));
  }
  const element = await fixture<CircleBookService>(html`<circle-book-service service-id="svc_checkup" api-base=${apiBase}></circle-book-service>`);
  const flow = await flowOf(element);
  await waitForStep(flow, 'time');
  return { flow, simulator };
}

const where = { variantId: 'var_checkup', locationId: 'loc_berlin' };
/** A time as the page's locale writes it: 14:00, or 2:00 PM. */
const time = String.raw`\d{1,2}:\d\d(?:\s?[AP]M)?`;

/** Whether the simulator keeps `start` from everyone (held or booked). */
function keptFromOthers(simulator: BookingSimulator, start: string): boolean {
  const day = start.slice(0, 10);
  const free = Availability.parse(simulator.getAvailability({ ...where, from: day, to: day }).body).slots;
  return !free.some((slot) => Date.parse(slot.start) === Date.parse(start));
}

const holdText = (flow: Flow) => queryDeep(flow.shadowRoot!, '[part=hold]')?.textContent?.replace(/\s+/g, ' ').trim() ?? '';
const lostScreen = (flow: Flow) => find(() => queryDeep(flow.shadowRoot!, '[part=hold-lost]'), 'the lost-time screen');

async function toDetails(flow: Flow): Promise<string> {
  const start = await chooseFirstTime(flow);
  await pressContinue(flow);
  await waitForStep(flow, 'details');
  return start;
}

describe('held times in the booking flow', () => {
  it('holds the picked time, and the details step says until when', async () => {
    const { flow, simulator } = await atTheTimes();
    const start = await toDetails(flow);

    await find(() => (/until/.test(holdText(flow)) ? true : undefined), 'the hold');
    expect(holdText(flow)).to.match(new RegExp(`^We’re holding ${time} for you until ${time}\\.$`));
    expect(keptFromOthers(simulator, start)).to.equal(true);
    await expect(flow).to.be.accessible();
  });

  it('tells screen readers at two minutes left, once, and not every second; the screen shows no countdown', async () => {
    const { flow } = await atTheTimes(shortHolds(122));
    await toDetails(flow);

    await find(() => (/Two minutes left to confirm/.test(spokenNow(flow.shadowRoot!)) ? true : undefined), 'the two-minute word', 5000);
    const said = spokenNow(flow.shadowRoot!);
    const shown = holdText(flow);
    await new Promise((resolve) => setTimeout(resolve, 1500));
    expect(spokenNow(flow.shadowRoot!)).to.equal(said);
    expect(holdText(flow)).to.equal(shown);
  });

  it('books with the hold, which then ends', async () => {
    const { flow, simulator } = await atTheTimes();
    const start = await toDetails(flow);
    await find(() => (/until/.test(holdText(flow)) ? true : undefined), 'the hold');
    await fillDetails(flow, ada);
    await pressContinue(flow, 'Review booking');
    await waitForStep(flow, 'review');

    const requests: unknown[] = [];
    const listener = ({ request }: { request: Request }) => {
      if (new URL(request.url).pathname.endsWith('/bookings'))
        void request
          .clone()
          .json()
          .then((body: unknown) => requests.push(body));
    };
    worker.events.on('request:start', listener);
    try {
      control(flow.shadowRoot!, 'Confirm booking')!.click();
      await waitForStep(flow, 'done');
    } finally {
      worker.events.removeListener('request:start', listener);
    }

    expect((requests[0] as { holdId?: string }).holdId).to.match(/^hold_/);
    expect(simulator.appointmentsFor(start, where)).to.have.length(1);
  });

  it('lets the time go when the patient goes back to the times, and holds it again on Continue', async () => {
    const { flow, simulator } = await atTheTimes();
    const start = await toDetails(flow);
    await find(() => (/until/.test(holdText(flow)) ? true : undefined), 'the hold');

    await pressContinue(flow, 'Back');
    await waitForStep(flow, 'time');
    await find(() => (keptFromOthers(simulator, start) ? undefined : true), 'the time let go');

    await pressContinue(flow);
    await waitForStep(flow, 'details');
    await find(() => (keptFromOthers(simulator, start) ? true : undefined), 'the time held again');
  });

  describe('a time held by another patient', () => {
    it('keeps every detail typed and offers the nearest free times', async () => {
      const { flow, simulator } = await atTheTimes();
      const errors: string[] = [];
      flow.addEventListener('circle-error', (event) => errors.push(event.detail.code));
      // The hold answers late, so the patient is typing when the time is lost.
      simulator.addFault({ route: 'createHold', latencyMs: 400, times: 1 });
      const start = await chooseFirstTime(flow);
      simulator.holdForAnotherPatient({ ...where, start });
      await pressContinue(flow);
      await waitForStep(flow, 'details');
      await fillDetails(flow, ada);

      const screen = await lostScreen(flow);
      expect(screen.querySelector('h3')!.textContent).to.match(new RegExp(`^Someone else is booking ${time}$`));
      expect(flow.state.patient).to.deep.include(ada);
      expect(spokenNow(flow.shadowRoot!)).to.match(/Someone else is booking/);
      expect(errors).to.deep.equal(['slot_held']);
      const near = await find(() => {
        const radios = [...screen.querySelectorAll<HTMLInputElement>('[part=near-times] input[type=radio]')];
        return radios.length ? radios : undefined;
      }, 'the nearest times');
      expect(near.length).to.be.within(1, 4);
      expect(near.some((radio) => Date.parse(radio.value) === Date.parse(start))).to.equal(false);
      await expect(flow).to.be.accessible();

      near[0]!.click();
      await find(() => (/until/.test(holdText(flow)) ? true : undefined), 'the new time held');
      expect(flow.state.slot?.start).to.equal(near[0]!.value);
      expect(flow.state.patient).to.deep.include(ada);
    });

    it('goes on only once another time is chosen', async () => {
      const { flow, simulator } = await atTheTimes();
      const start = await chooseFirstTime(flow);
      simulator.holdForAnotherPatient({ ...where, start });
      await pressContinue(flow);
      await waitForStep(flow, 'details');
      await fillDetails(flow, ada);
      await lostScreen(flow);

      await pressContinue(flow, 'Review booking');

      expect(flow.state.step).to.equal('details');
      expect(flow.shadowRoot!.activeElement?.id).to.equal('hold-lost-heading');
    });
  });

  it('a hold expiring: says so, keeps the details, and offers the lost time again while it is free', async () => {
    const { flow } = await atTheTimes(shortHolds(2));
    const start = await toDetails(flow);
    await fillDetails(flow, ada);

    const screen = await lostScreen(flow);
    expect(screen.querySelector('h3')!.textContent).to.match(new RegExp(`^We could no longer hold ${time} for you$`));
    expect(flow.state.patient).to.deep.include(ada);
    const again = await find(
      () => [...screen.querySelectorAll<HTMLInputElement>('input[type=radio]')].find((radio) => Date.parse(radio.value) === Date.parse(start)),
      'the lost time offered again',
    );
    again.click();
    await find(() => (/until/.test(holdText(flow)) ? true : undefined), 'the time held again');
  });

  it('an API without holds (501) books as before, asking for holds no more', async () => {
    const { flow, simulator } = await atTheTimes();
    worker.use(http.post(`${apiBase}/holds`, () => new HttpResponse('Not Implemented', { status: 501 })));
    const start = await toDetails(flow);
    await fillDetails(flow, ada);

    const requests = await apiRequestsDuring(async () => {
      await pressContinue(flow, 'Back');
      await waitForStep(flow, 'time');
      await pressContinue(flow);
      await waitForStep(flow, 'details');
    });
    await pressContinue(flow, 'Review booking');
    await waitForStep(flow, 'review');
    control(flow.shadowRoot!, 'Confirm booking')!.click();
    await waitForStep(flow, 'done');

    expect(requests.filter((path) => path.startsWith('/holds'))).to.deep.equal([]);
    expect(holdText(flow)).to.equal('');
    expect(simulator.appointmentsFor(start, where)).to.have.length(1);
  });
});
