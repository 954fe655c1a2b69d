// Network faults while booking, cancelling and rescheduling, switched on in the simulator and
// answered through msw's service worker. What must hold: a write that committed but whose
// answer was lost is not repeated (one booking, success shown); rapid clicks send one write;
// of two patients booking one slot exactly one gets it, the other is told and keeps their
// details; and after any error everything the patient typed is still there.
import { expect, fixture, html } from '@open-wc/testing';
import { http, HttpResponse } from 'msw';
import '../../src/elements/book-service/book-service.js';
import '../../src/elements/appointment/appointment.js';
import type { CircleBookService } from '../../src/elements/book-service/book-service.js';
import type { CircleAppointment } from '../../src/elements/appointment/appointment.js';
import type { CircleBookingFlow } from '../../src/booking-flow/booking-flow.js';
import { seedAppointments, type BookingSimulator, type Fault } from '../../src/mocks/index.js';
import { apiBase, useSimulator, withoutHolds, worker } from '../support/simulator-worker.js';
import {
  ada,
  appointmentShown,
  bookUntilReview,
  chooseFirstTime,
  currentStep,
  enteredDetails,
  flowOf,
  keepADayWithTimes,
  pressContinue,
  reviewedPatient,
  waitForStep,
} from '../support/booking.js';
import { control, find, queryDeep } from '../support/dom.js';
import { VirtualWaits } from '../support/virtual-waits.js';

let simulator: BookingSimulator;
let errors: string[];

function listen(element: HTMLElement): void {
  element.addEventListener('circle-error', (event) => errors.push(event.detail.code));
}

async function atReview(): Promise<{ element: CircleBookService; flow: CircleBookingFlow; start: string }> {
  const element = await fixture<CircleBookService>(html`<circle-book-service service-id="svc_physio" api-base=${apiBase}></circle-book-service>`);
  listen(element);
  const flow = await flowOf(element);
  const start = await bookUntilReview(flow);
  return { element, flow, start };
}

/** The booked appointments of the patient Ada at this instant, in the simulator. */
function bookingsAt(start: string): number {
  return simulator.appointmentsFor(start).filter((record) => record.patient?.email === ada.email).length;
}

function confirmButton(flow: CircleBookingFlow): HTMLElement {
  return control(flow.shadowRoot!, /Confirm booking|Booking…/)!;
}

async function openFormsDue(): Promise<CircleAppointment> {
  const { id, token } = seedAppointments.formsDue;
  const element = await fixture<CircleAppointment>(html`<circle-appointment appointment-id=${id} .token=${token} api-base=${apiBase}></circle-appointment>`);
  listen(element);
  await appointmentShown(element);
  return element;
}

function appointmentButton(element: CircleAppointment, label: string): HTMLElement {
  const found = control(element.shadowRoot!, label);
  if (!found) throw new Error(`No "${label}" button`);
  return found;
}

async function chooseNewTime(element: CircleAppointment): Promise<string> {
  appointmentButton(element, 'Change time').click();
  const list = await find(() => element.shadowRoot!.querySelector('circle-time-list'), 'the free times');
  const radio = await find(() => list.shadowRoot!.querySelector<HTMLInputElement>('input[type=radio]'), 'a free time');
  radio.click();
  await element.updateComplete;
  appointmentButton(element, 'Continue').click();
  await element.updateComplete;
  return radio.value;
}

/** Counts the POSTs to a path ending in `suffix` that reach the simulator until `stop()`. */
function countWrites(suffix: string): { stop(): number } {
  let count = 0;
  const listener = ({ request }: { request: Request }) => {
    if (request.method === 'POST' && new URL(request.url).pathname.endsWith(suffix)) count++;
  };
  worker.events.on('request:start', listener);
  return {
    stop: () => {
      worker.events.removeListener('request:start', listener);
      return count;
    },
  };
}

const stored = () => simulator.state().appointments.find((record) => record.id === seedAppointments.formsDue.id)!;
const announced = (element: CircleAppointment, text: string) =>
  find(() => (element.shadowRoot!.querySelector('.announcement')?.textContent?.includes(text) ? true : undefined), `"${text}"`);

describe('writes under network faults', () => {
  let waits: VirtualWaits | undefined;
  beforeEach(async () => {
    simulator = await useSimulator();
    errors = [];
  });
  afterEach(() => waits?.uninstall());

  describe('the answer lost after the write committed', () => {
    for (const times of [1, 2]) {
      it(`booking, lost ${times}×: the client retries with the same key, one booking, success shown`, async () => {
        const { flow, start } = await atReview();
        simulator.addFault({ route: 'createBooking', dropResponse: true, times });

        confirmButton(flow).click();
        await waitForStep(flow, 'done');

        expect(bookingsAt(start)).to.equal(1);
        expect(errors).to.deep.equal([]);
      });
    }

    it('booking, lost on every attempt: offline shown, details kept; Try again replays it, still one booking', async () => {
      const { flow, start } = await atReview();
      simulator.addFault({ route: 'createBooking', dropResponse: true, times: 3 });

      confirmButton(flow).click();
      const error = await find(() => queryDeep(flow.shadowRoot!, '[part=error]'), 'the error');
      expect(bookingsAt(start)).to.equal(1);
      expect(reviewedPatient(flow)).to.contain(`${ada.givenName} ${ada.familyName}`).and.contain(ada.email);
      control(error, 'Try again')!.click();
      await waitForStep(flow, 'done');

      expect(bookingsAt(start)).to.equal(1);
      expect(errors).to.deep.equal(['network']);
    });

    it('cancelling, lost on every attempt: Try again replays it, cancelled once, success shown, the reason kept', async () => {
      const element = await openFormsDue();
      appointmentButton(element, 'Cancel appointment').click();
      const reason = await find(() => element.shadowRoot!.querySelector<HTMLTextAreaElement>('#cancel-reason'), 'the reason field');
      reason.value = 'Feeling better';
      reason.dispatchEvent(new Event('input'));
      simulator.addFault({ route: 'cancelAppointment', dropResponse: true, times: 3 });

      appointmentButton(element, 'Yes, cancel').click();
      const error = await find(() => element.shadowRoot!.querySelector('[part=error]'), 'the error');
      expect(stored().status).to.equal('cancelled');
      expect(element.shadowRoot!.querySelector<HTMLTextAreaElement>('#cancel-reason')!.value).to.equal('Feeling better');
      control(error, 'Try again')!.click();
      await announced(element, 'Your appointment is cancelled.');

      expect(stored().cancellation?.reason).to.equal('Feeling better');
      expect(errors).to.deep.equal(['network']);
    });

    it('rescheduling, lost once: moved once, to the chosen time, success shown', async () => {
      const element = await openFormsDue();
      const start = await chooseNewTime(element);
      simulator.addFault({ route: 'rescheduleAppointment', dropResponse: true, times: 1 });

      appointmentButton(element, 'Yes, move it').click();
      await announced(element, 'Your appointment is now on');

      expect(Date.parse(stored().start)).to.equal(Date.parse(start));
      expect(simulator.appointmentsFor(start).filter((record) => record.id === seedAppointments.formsDue.id)).to.have.length(1);
      expect(errors).to.deep.equal([]);
    });
  });

  describe('the write committed, then the answer was garbage', () => {
    const garbage: Array<[string, Fault]> = [
      ['a proxy page', { garbleResponse: 'html' }],
      ['a status the contract does not know', { garbleResponse: 'pending' }],
      ['a proxy page under a bare 400', { garbleResponse: 'html', status: 400 }],
    ];
    for (const [what, fault] of garbage) {
      it(`booking, ${what}: told it is unconfirmed, and Try again confirms the one booking`, async () => {
        const { flow, start } = await atReview();
        const writes = countWrites('/bookings');
        simulator.addFault({ route: 'createBooking', times: 1, ...fault });

        confirmButton(flow).click();
        const error = await find(() => queryDeep(flow.shadowRoot!, '[part=error]'), 'the error');
        expect(error.textContent).to.contain("We couldn't confirm your booking");
        expect(error.textContent).to.contain("Try again: you won't be booked twice.");
        expect(error.textContent).not.to.contain('just taken');
        expect(bookingsAt(start)).to.equal(1);
        await expect(flow).to.be.accessible();
        control(error, 'Try again')!.click();
        await waitForStep(flow, 'done');

        expect(bookingsAt(start)).to.equal(1);
        expect(simulator.state().appointments.filter((record) => record.patient?.email === ada.email)).to.have.length(1);
        expect(writes.stop()).to.equal(2);
      });
    }

    it('booking, then an API that forgot the key answers 409 "taken": told the time may be theirs, never "just taken"', async () => {
      const { flow, start } = await atReview();
      simulator.addFault({ route: 'createBooking', garbleResponse: 'html', times: 1 });
      confirmButton(flow).click();
      const error = await find(() => queryDeep(flow.shadowRoot!, '[part=error]'), 'the error');
      // An API that no longer knows the key: it answers the retry as a new booking of a taken slot.
      worker.use(
        http.post(`${apiBase}/bookings`, () =>
          HttpResponse.json(
            { title: 'That time was just taken', status: 409, code: 'slot_unavailable' },
            { status: 409, headers: { 'Content-Type': 'application/problem+json' } },
          ),
        ),
      );

      control(error, 'Try again')!.click();
      const maybe = await find(
        () =>
          queryDeep(flow.shadowRoot!, '[part=error]')?.textContent?.includes('may already be booked') ? queryDeep(flow.shadowRoot!, '[part=error]') : undefined,
        'the unconfirmed wording',
      );

      expect(currentStep(flow)).to.equal('review');
      expect(maybe.textContent).to.contain('Check your email for a confirmation');
      expect(flow.shadowRoot!.textContent).not.to.contain('just taken');
      expect(flow.shadowRoot!.querySelector('.announcement')?.textContent ?? '').not.to.contain('just taken');
      expect(bookingsAt(start)).to.equal(1);
      await expect(flow).to.be.accessible();
    });

    it('cancelling, a proxy page: told it is unconfirmed; Try again replays it, cancelled once', async () => {
      const element = await openFormsDue();
      appointmentButton(element, 'Cancel appointment').click();
      await element.updateComplete;
      const cancels = countWrites('/cancel');
      simulator.addFault({ route: 'cancelAppointment', garbleResponse: 'html', times: 1 });

      appointmentButton(element, 'Yes, cancel').click();
      const error = await find(() => element.shadowRoot!.querySelector('[part=error]'), 'the error');
      expect(error.textContent).to.contain("We couldn't confirm that your appointment is cancelled");
      expect(stored().status).to.equal('cancelled');
      control(error, 'Try again')!.click();
      await announced(element, 'Your appointment is cancelled.');

      expect(cancels.stop()).to.equal(2);
      expect(errors).to.deep.equal(['malformed_response']);
    });

    it('cancelling, then an API that forgot the key answers 409 "already cancelled": the reload shows it cancelled, as success', async () => {
      const element = await openFormsDue();
      appointmentButton(element, 'Cancel appointment').click();
      await element.updateComplete;
      simulator.addFault({ route: 'cancelAppointment', garbleResponse: 'pending', times: 1 });
      appointmentButton(element, 'Yes, cancel').click();
      const error = await find(() => element.shadowRoot!.querySelector('[part=error]'), 'the error');
      worker.use(
        http.post(`${apiBase}/appointments/:id/cancel`, () =>
          HttpResponse.json(
            { title: 'Conflict', status: 409, code: 'conflict', detail: 'This appointment is already cancelled.' },
            { status: 409, headers: { 'Content-Type': 'application/problem+json' } },
          ),
        ),
      );

      control(error, 'Try again')!.click();
      await announced(element, 'Your appointment is cancelled.');

      expect(element.shadowRoot!.querySelector('[part=error]')).to.equal(null);
      expect(stored().status).to.equal('cancelled');
    });

    it('rescheduling, a status the contract does not know: Try again replays it, moved once, to the chosen time', async () => {
      const element = await openFormsDue();
      const start = await chooseNewTime(element);
      const moves = countWrites('/reschedule');
      simulator.addFault({ route: 'rescheduleAppointment', garbleResponse: 'pending', times: 1 });

      appointmentButton(element, 'Yes, move it').click();
      const error = await find(() => element.shadowRoot!.querySelector('[part=error]'), 'the error');
      expect(error.textContent).to.contain("We couldn't confirm that your appointment was moved");
      control(error, 'Try again')!.click();
      await announced(element, 'Your appointment is now on');

      expect(moves.stop()).to.equal(2);
      expect(Date.parse(stored().start)).to.equal(Date.parse(start));
      expect(simulator.appointmentsFor(start).filter((record) => record.id === seedAppointments.formsDue.id)).to.have.length(1);
    });
  });

  describe('20 rapid clicks', () => {
    it('on Confirm booking, while the answer takes 2 s: one request, one booking', async () => {
      const { flow, start } = await atReview();
      const writes = countWrites('/bookings');
      simulator.addFault({ route: 'createBooking', latencyMs: 2_000, times: 1 });
      waits = new VirtualWaits().install();

      for (let click = 0; click < 20; click++) {
        confirmButton(flow).click();
        await new Promise((resolve) => requestAnimationFrame(resolve));
      }
      await waits.untilWaiting(2_000);
      await waits.advance(2_100);
      await waitForStep(flow, 'done');

      expect(writes.stop()).to.equal(1);
      expect(bookingsAt(start)).to.equal(1);
      expect(simulator.state().appointments.filter((record) => record.patient?.email === ada.email)).to.have.length(1);
    });

    it('on Yes, move it: one move', async () => {
      const element = await openFormsDue();
      const start = await chooseNewTime(element);
      const moves = countWrites('/reschedule');
      simulator.addFault({ route: 'rescheduleAppointment', latencyMs: 2_000, times: 1 });
      waits = new VirtualWaits().install();

      for (let click = 0; click < 20; click++) {
        control(element.shadowRoot!, /Yes, move it|Moving…/)!.click();
        await new Promise((resolve) => requestAnimationFrame(resolve));
      }
      await waits.untilWaiting(2_000);
      await waits.advance(2_100);
      await announced(element, 'Your appointment is now on');

      expect(moves.stop()).to.equal(1);
      expect(Date.parse(stored().start)).to.equal(Date.parse(start));
      expect(errors).to.deep.equal([]);
    });

    it('on Yes, cancel: one cancellation', async () => {
      const element = await openFormsDue();
      const cancels = countWrites('/cancel');
      appointmentButton(element, 'Cancel appointment').click();
      await element.updateComplete;
      simulator.addFault({ route: 'cancelAppointment', latencyMs: 2_000, times: 1 });
      waits = new VirtualWaits().install();

      for (let click = 0; click < 20; click++) {
        control(element.shadowRoot!, /Yes, cancel|Cancelling…/)!.click();
        await new Promise((resolve) => requestAnimationFrame(resolve));
      }
      await waits.untilWaiting(2_000);
      await waits.advance(2_100);
      await announced(element, 'Your appointment is cancelled.');

      expect(cancels.stop()).to.equal(1);
      expect(stored().status).to.equal('cancelled');
      expect(errors).to.deep.equal([]);
    });
  });

  describe('two patients, one slot', () => {
    // With holds the second patient is never offered a time the first holds (held-times.test.ts);
    // an API without holds leaves the race to the confirmation.
    it('both confirm at once (an API without holds): one is booked; the other is told, back at the times, with their details', async () => {
      withoutHolds();
      const first = await atReview();
      const second = await atReview();
      expect(second.start).to.equal(first.start);

      confirmButton(first.flow).click();
      confirmButton(second.flow).click();
      const answered = (flow: CircleBookingFlow) => currentStep(flow) === 'done' || currentStep(flow) === 'time';
      await find(() => (answered(first.flow) && answered(second.flow) ? true : undefined), 'both answers');

      const steps = [currentStep(first.flow), currentStep(second.flow)].sort();
      expect(steps).to.deep.equal(['done', 'time']);
      const loser = currentStep(first.flow) === 'time' ? first.flow : second.flow;
      await loser.updateComplete;
      expect(loser.shadowRoot!.querySelector('[part=notice]')!.textContent).to.contain('just taken');
      expect(simulator.appointmentsFor(first.start, { variantId: 'var_physio_initial', locationId: 'loc_berlin' })).to.have.length(1);
      await keepADayWithTimes(loser);
      await chooseFirstTime(loser);
      await pressContinue(loser);
      await waitForStep(loser, 'details');
      expect(await enteredDetails(loser)).to.deep.equal(ada);
      expect(errors).to.deep.equal(['slot_unavailable']);
    });
  });

  describe('after any error, everything typed is still there', () => {
    const failures: Array<[string, Fault[]]> = [
      ['offline', [{ route: 'createBooking', offline: true, times: 3 }]],
      ['500', [{ route: 'createBooking', status: 500, times: 3 }]],
      ['502', [{ route: 'createBooking', status: 502, retryAfterSeconds: 0, times: 3 }]],
      ['503', [{ route: 'createBooking', status: 503, retryAfterSeconds: 0, times: 3 }]],
      ['429', [{ route: 'createBooking', status: 429, retryAfterSeconds: 60 }]],
      ['a malformed answer', [{ route: 'createBooking', malformedBody: true }]],
      ['a time-out', [{ route: 'createBooking', latencyMs: 60_000, times: 3 }]],
    ];
    for (const [what, faults] of failures) {
      it(`${what}: the review shows the error; going back, the form holds every detail`, async () => {
        const { flow, start } = await atReview();
        simulator.addFault(...faults);
        waits = new VirtualWaits().install();

        confirmButton(flow).click();
        for (let step = 0; step < 10 && !queryDeep(flow.shadowRoot!, '[part=error]'); step++) await waits.advance(10_000);
        await find(() => queryDeep(flow.shadowRoot!, '[part=error]'), 'the error');

        expect(currentStep(flow)).to.equal('review');
        expect(errors).to.have.length(1);
        expect(bookingsAt(start)).to.equal(0);
        control(flow.shadowRoot!, 'Back')!.click();
        await waitForStep(flow, 'details');
        const form = flow.shadowRoot!.querySelector('circle-patient-form')!;
        await form.updateComplete;
        for (const [field, value] of Object.entries(ada)) {
          expect(form.shadowRoot!.querySelector<HTMLInputElement>(`#${field}`)!.value, field).to.equal(value);
        }
      });
    }
  });
});
