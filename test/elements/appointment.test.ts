import { expect, fixture, html, oneEvent } from '@open-wc/testing';
import { http, HttpResponse } from 'msw';
import { sendKeys } from '@web/test-runner-commands';
import '../../src/elements/appointment/appointment.js';
import type { CircleAppointment } from '../../src/elements/appointment/appointment.js';
import type { AppointmentCancelledEvent, AppointmentRescheduledEvent } from '../../src/elements/appointment/appointment.events.js';
import type { CircleErrorEvent } from '../../src/error-event.js';
import { formatDateTime, formatTimeZone, patientTimeZone } from '../../src/i18n/format.js';
import { seedAppointments, type BookingSimulator } from '../../src/mocks/index.js';
import { localDate, offsetMinutes } from '../../src/time/zoned.js';
import { apiBase, useSimulator, worker } from '../support/simulator-worker.js';
import { ada } from '../support/booking.js';
import { control, deepActiveElement, find, followLink, queryAllDeep, spokenNow, tabTo, visibleText } from '../support/dom.js';

type Seeded = keyof typeof seedAppointments;

const dayMs = 86_400_000;

/**
 * The simulator on the real clock, seeded from it: the element tells upcoming from past by the
 * browser's clock, so the seed's "soon" (inside the 24-hour cutoff) must be soon by that clock too.
 */
async function realClockSimulator(seededAt: Date = new Date()): Promise<BookingSimulator> {
  const simulator = await useSimulator();
  simulator.setNow(seededAt);
  simulator.reset();
  simulator.setNow(() => new Date());
  return simulator;
}

function openAppointment(key: Seeded, token: string | null = seedAppointments[key].token, id: string = seedAppointments[key].id) {
  return token === null
    ? fixture<CircleAppointment>(html`<circle-appointment appointment-id=${id} api-base=${apiBase}></circle-appointment>`)
    : fixture<CircleAppointment>(html`<circle-appointment appointment-id=${id} token=${token} api-base=${apiBase}></circle-appointment>`);
}

function shadow(element: CircleAppointment): ShadowRoot {
  return element.shadowRoot!;
}

/** Waits until the appointment is on screen and not reloading. */
async function shown(element: CircleAppointment): Promise<HTMLElement> {
  const heading = await find(() => shadow(element).querySelector<HTMLElement>('article[aria-busy=false] #heading'), 'the appointment');
  await element.updateComplete;
  return heading;
}

async function errorShown(element: CircleAppointment): Promise<HTMLElement> {
  return find(() => shadow(element).querySelector<HTMLElement>('[part=error]'), 'an error message');
}

function part(element: CircleAppointment, name: string): HTMLElement | null {
  return shadow(element).querySelector<HTMLElement>(`[part~="${name}"]`);
}

function hasPart(element: CircleAppointment, name: string): boolean {
  return part(element, name) !== null;
}

function button(element: CircleAppointment, label: string | RegExp): HTMLButtonElement {
  const found = control(shadow(element), label);
  if (!found) throw new Error(`No "${label}" control; the element shows: ${visibleText(shadow(element))}`);
  return found as HTMLButtonElement;
}

async function stepHeading(element: CircleAppointment): Promise<HTMLElement> {
  await element.updateComplete;
  return find(() => shadow(element).querySelector<HTMLElement>('#step-heading'), 'a step heading');
}

function record(simulator: BookingSimulator, id: string) {
  return simulator.state().appointments.find((appointment) => appointment.id === id)!;
}

/** Every request the page makes while a test runs. */
function recordRequests(): { requests: Request[]; stop(): void } {
  const requests: Request[] = [];
  const listener = ({ request }: { request: Request }) => void requests.push(request.clone());
  worker.events.on('request:start', listener);
  return { requests, stop: () => worker.events.removeListener('request:start', listener) };
}

function problemResponse(status: number, code: string, detail: string) {
  return HttpResponse.json({ title: detail, status, code, detail }, { status, headers: { 'Content-Type': 'application/problem+json' } });
}

/** Chooses the first free time of the preselected day; returns its start. */
async function chooseFirstFreeTime(element: CircleAppointment): Promise<string> {
  const list = await find(() => shadow(element).querySelector('circle-time-list'), 'the free times');
  const radio = await find(() => list.shadowRoot!.querySelector<HTMLInputElement>('input[type=radio]'), 'a free time');
  radio.click();
  await element.updateComplete;
  return radio.value;
}

/** Shows the first day with free times at least `daysAhead` days from now, paging months as needed. */
async function showFreeDayFrom(element: CircleAppointment, daysAhead: number): Promise<void> {
  const picker = await find(() => shadow(element).querySelector('circle-day-picker'), 'the day picker');
  const from = localDate(Date.now() + daysAhead * dayMs, 'Europe/Berlin');
  for (let months = 0; months < 3; months++) {
    await picker.updateComplete;
    await find(() => (picker.pending ? undefined : true), "the month's free days");
    const day = [...picker.shadowRoot!.querySelectorAll<HTMLElement>('td.available')].find((cell) => cell.dataset.date! >= from);
    if (day) {
      day.click();
      await element.updateComplete;
      return;
    }
    picker.shadowRoot!.querySelector<HTMLButtonElement>('[part=next]')!.click();
    await element.updateComplete;
  }
  throw new Error(`No free day from ${from}`);
}

describe('<circle-appointment>', () => {
  let simulator: BookingSimulator;
  beforeEach(async () => {
    simulator = await realClockSimulator();
  });

  describe('loading', () => {
    it('shows a skeleton in a status region until the appointment arrives', async () => {
      simulator.addFault({ route: 'getAppointment', latencyMs: 300, times: 1 });

      const element = await openAppointment('formsDue');

      expect(Boolean(shadow(element).querySelector('[part=loading] .skeleton')), 'a skeleton').to.equal(true);
      await find(() => (spokenNow(shadow(element)) === 'Loading your appointment…' ? true : undefined), 'loading announced');
      expect(visibleText(shadow(element))).to.contain('Loading your appointment');
      await expect(element).to.be.accessible();
      await shown(element);
    });
  });

  describe('an upcoming appointment', () => {
    it("shows what, when in the location's zone, how long, where, and its state", async () => {
      const element = await openAppointment('formsDue');
      const heading = await shown(element);
      const { start } = record(simulator, seedAppointments.formsDue.id);

      const text = visibleText(shadow(element));
      expect(heading.textContent?.trim()).to.equal('Initial assessment');
      expect(text).to.contain('Physiotherapy');
      expect(text).to.contain(formatDateTime(start, 'Europe/Berlin'));
      expect(text).to.contain('1 hr');
      expect(text).to.contain('Circle Health Mitte').and.contain('Friedrichstraße 100, 3rd floor, 10117 Berlin');
      expect(part(element, 'header')!.textContent).to.contain('Upcoming');
      expect(text).to.contain('Still to fill in before your visit');
      await expect(element).to.be.accessible();
    });

    it("notes the time where the patient is when their zone is not the clinic's", async () => {
      const element = await openAppointment('ready');
      await shown(element);
      const { start } = record(simulator, seedAppointments.ready.id);

      const differs = offsetMinutes(Date.parse(start), patientTimeZone()) !== offsetMinutes(Date.parse(start), 'America/New_York');
      const note = shadow(element).querySelector('.zone-note');
      expect(Boolean(note), `the browser is in ${patientTimeZone()}`).to.equal(differs);
      if (note) expect(note.textContent).to.contain(formatTimeZone(patientTimeZone(), start));
    });

    it('calls for the intake forms with a link that opens in a new tab', async () => {
      const element = await openAppointment('formsDue');
      await shown(element);

      const intake = part(element, 'intake')!;
      const link = intake.querySelector('a')!;
      expect(link.textContent).to.contain('Complete intake forms');
      expect(link.href).to.match(/^http:.*circle=intake-forms/);
      expect(link.target).to.equal('_blank');
      expect(link.rel).to.contain('noopener');
    });

    it("offers the API's actions as buttons, with their terms", async () => {
      const element = await openAppointment('formsDue');
      await shown(element);

      const actions = [...shadow(element).querySelectorAll('[part=action]')].map((action) => action.getAttribute('data-action'));
      expect(actions).to.deep.equal(['cancel', 'reschedule']);
      expect(button(element, 'Cancel appointment').getAttribute('aria-describedby')).to.equal('terms');
      expect(shadow(element).querySelector('#terms')!.textContent).to.match(/^Free to change or cancel until .+\d/);
      expect(button(element, 'Change time').localName).to.equal('button');
    });

    it("offers the visit as an .ics file for the patient's calendar", async () => {
      const element = await openAppointment('formsDue');
      await shown(element);

      const link = part(element, 'calendar-link') as HTMLAnchorElement;
      expect(link.download).to.match(/^appointment-\d{4}-\d{2}-\d{2}\.ics$/);
      const href = await followLink(link);
      expect(href).to.match(/^data:text\/calendar;charset=utf-8,BEGIN%3AVCALENDAR/);
      expect(decodeURIComponent(href)).to.match(/\r\nBEGIN:VEVENT\r\n[^]*\r\nDTSTART:\d{8}T\d{6}Z\r\n/);
      expect(decodeURIComponent(href)).not.to.contain(seedAppointments.formsDue.token);
    });

    it('with the intake forms complete: says so, and asks for nothing', async () => {
      const element = await openAppointment('ready');
      await shown(element);

      expect(visibleText(shadow(element))).to.contain('Complete, thank you');
      expect(hasPart(element, 'intake'), 'part intake').to.equal(false);
      await expect(element).to.be.accessible();
    });
  });

  describe('an action the clinic has closed', () => {
    it("shows no Cancel button, but the API's reason and the clinic's phone as a link", async () => {
      const element = await openAppointment('soon');
      await shown(element);

      expect(Boolean(control(shadow(element), 'Cancel appointment')), 'Cancel appointment').to.equal(false);
      expect(Boolean(control(shadow(element), 'Change time')), 'Change time').to.equal(false);
      const cancel = shadow(element).querySelector('[part=action][data-action=cancel]')!;
      expect(cancel.textContent).to.contain('Call the clinic to cancel');
      expect(cancel.textContent).to.contain('Cancellation closes 24 hours before your visit; call the clinic on +49 30 1234567.');
      expect(cancel.querySelector<HTMLAnchorElement>('a[href="tel:+49301234567"]')!.textContent).to.equal('+49 30 1234567');
      expect(Boolean(cancel.querySelector('button, [disabled]')), 'a button').to.equal(false);
      await expect(element).to.be.accessible();
    });
  });

  describe('an action type the element does not know', () => {
    it('is ignored: the known ones work, nothing breaks', async () => {
      const element = await openAppointment('videoVisit');
      await shown(element);

      const actions = [...shadow(element).querySelectorAll('[part=action]')].map((action) => action.getAttribute('data-action'));
      expect(actions).to.deep.equal(['cancel', 'reschedule']);
      expect(visibleText(shadow(element))).not.to.match(/join|video/i);
      await expect(element).to.be.accessible();
    });
  });

  describe('states with their own screen', () => {
    it('already cancelled: when, and the reason given; nothing to do', async () => {
      const element = await openAppointment('cancelled');
      await shown(element);

      const text = visibleText(shadow(element));
      expect(part(element, 'header')!.textContent).to.contain('Cancelled');
      expect(text).to.match(/This appointment was cancelled on .+\d/);
      expect(text).to.contain('My knee is better; thank you.');
      expect(hasPart(element, 'actions'), 'part actions').to.equal(false);
      expect(hasPart(element, 'calendar-link'), 'part calendar-link').to.equal(false);
      expect(hasPart(element, 'intake'), 'part intake').to.equal(false);
      await expect(element).to.be.accessible();
    });

    it('completed', async () => {
      const element = await openAppointment('completed');
      await shown(element);

      expect(part(element, 'header')!.textContent).to.contain('Completed');
      expect(visibleText(shadow(element))).to.contain('This visit has taken place');
      expect(hasPart(element, 'actions'), 'part actions').to.equal(false);
      expect(hasPart(element, 'calendar-link'), 'part calendar-link').to.equal(false);
      await expect(element).to.be.accessible();
    });

    it('missed (no_show), with how to book again', async () => {
      const element = await openAppointment('noShow');
      await shown(element);

      expect(part(element, 'header')!.textContent).to.contain('Missed');
      expect(visibleText(shadow(element))).to.contain('This visit was missed');
      expect(Boolean(shadow(element).querySelector('a[href^="tel:"]')), 'a tel: link').to.equal(true);
      expect(hasPart(element, 'actions'), 'part actions').to.equal(false);
      await expect(element).to.be.accessible();
    });

    it('booked but already started: in the past, no actions, no forms', async () => {
      simulator = await realClockSimulator(new Date(Date.now() - 10 * dayMs));
      const element = await openAppointment('formsDue');
      await shown(element);

      expect(Date.parse(record(simulator, seedAppointments.formsDue.id).start)).to.be.below(Date.now());
      expect(part(element, 'header')!.textContent).to.contain('In the past');
      expect(hasPart(element, 'actions'), 'part actions').to.equal(false);
      expect(hasPart(element, 'intake'), 'part intake').to.equal(false);
      expect(hasPart(element, 'calendar-link'), 'part calendar-link').to.equal(false);
      await expect(element).to.be.accessible();
    });

    it('an expired link (410): asks for a new one, without Retry', async () => {
      const element = await openAppointment('expiredLink');
      const failed = await oneEvent<CircleErrorEvent>(element, 'circle-error');
      const error = await errorShown(element);

      expect(failed.detail.code).to.equal('link_expired');
      await element.updateComplete;
      expect(spokenNow(shadow(element))).to.contain('This link has expired');
      expect(error.textContent).to.contain('This link has expired').and.contain('Ask the clinic for a new link');
      expect(Boolean(control(error, 'Try again')), 'Try again').to.equal(false);
      expect(visibleText(shadow(element))).not.to.contain('Physiotherapy');
      await expect(element).to.be.accessible();
    });

    it("a wrong token (401): says the link doesn't work (not that it expired), nothing about the booking", async () => {
      const element = await openAppointment('formsDue', 'tok_guessed');
      const failed = await oneEvent<CircleErrorEvent>(element, 'circle-error');
      const error = await errorShown(element);

      expect(failed.detail.code).to.equal('unauthorized');
      expect(error.textContent).to.contain("This link doesn't work").and.contain('Ask the clinic for a new link').and.not.contain('expired');
      expect(visibleText(shadow(element))).not.to.match(/Physiotherapy|Initial assessment|Mitte/);
      await expect(element).to.be.accessible();
    });

    it('a forbidden answer (403): the same screen', async () => {
      worker.use(http.get(`${apiBase}/appointments/:appointmentId`, () => new HttpResponse(null, { status: 403 })));
      const element = await openAppointment('formsDue');

      expect((await errorShown(element)).textContent).to.contain("This link doesn't work");
    });

    it('no token attribute: the same screen, without asking the API', async () => {
      const recorder = recordRequests();
      try {
        const element = await openAppointment('formsDue', null);
        await element.updateComplete;

        expect((await errorShown(element)).textContent).to.contain("This link doesn't work");
        expect(recorder.requests).to.have.length(0);
        await expect(element).to.be.accessible();
      } finally {
        recorder.stop();
      }
    });

    it('an appointment that does not exist', async () => {
      const element = await openAppointment('formsDue', 'tok_any', 'apt_nope');
      const failed = await oneEvent<CircleErrorEvent>(element, 'circle-error');
      const error = await errorShown(element);

      expect(failed.detail.code).to.equal('not_found');
      expect(error.textContent).to.contain("We couldn't find this appointment");
      await expect(element).to.be.accessible();
    });

    it('a malformed response: an error with Retry, and Retry loads it', async () => {
      simulator.addFault({ route: 'getAppointment', malformedBody: true, times: 1 });

      const element = await openAppointment('formsDue');
      const failed = await oneEvent<CircleErrorEvent>(element, 'circle-error');
      const error = await errorShown(element);

      expect(failed.detail.code).to.equal('malformed_response');
      await expect(element).to.be.accessible();
      control(error, 'Try again')!.click();
      expect((await shown(element)).textContent).to.contain('Initial assessment');
    });

    it('offline: an error with Retry, and Retry loads it', async () => {
      worker.use(http.get(`${apiBase}/appointments/:appointmentId`, () => HttpResponse.error()));

      const element = await openAppointment('formsDue');
      const failed = await oneEvent<CircleErrorEvent>(element, 'circle-error');
      const error = await errorShown(element);

      expect(failed.detail.code).to.equal('network');
      expect(error.textContent).to.contain('You seem to be offline');
      await expect(element).to.be.accessible();
      worker.resetHandlers();
      control(error, 'Try again')!.click();
      await shown(element);
    });
  });

  describe('cancelling', () => {
    it('asks inline, with an optional reason, then shows the appointment as the API returned it', async () => {
      const element = await openAppointment('formsDue');
      await shown(element);

      button(element, 'Cancel appointment').click();
      const heading = await stepHeading(element);
      expect(heading.textContent?.trim()).to.equal('Cancel this appointment?');
      expect(hasPart(element, 'confirm'), 'part confirm').to.equal(true);
      await expect(element).to.be.accessible();

      const reason = shadow(element).querySelector<HTMLTextAreaElement>('#cancel-reason')!;
      reason.value = 'I am feeling better.';
      reason.dispatchEvent(new Event('input'));
      const cancelled = oneEvent(element, 'circle-appointment-cancelled') as unknown as Promise<AppointmentCancelledEvent>;
      button(element, 'Yes, cancel').click();
      const event = await cancelled;
      await shown(element);

      expect(event.detail).to.deep.equal({ appointmentId: seedAppointments.formsDue.id, serviceId: 'svc_physio', variantId: 'var_physio_initial' });
      expect(event.bubbles && event.composed).to.equal(true);
      const stored = record(simulator, seedAppointments.formsDue.id);
      expect(stored.status).to.equal('cancelled');
      expect(stored.cancellation?.reason).to.equal('I am feeling better.');
      expect(shadow(element).querySelector('.announcement')!.textContent).to.contain('Your appointment is cancelled.');
      expect(spokenNow(shadow(element))).to.equal('Your appointment is cancelled.');
      expect(part(element, 'header')!.textContent).to.contain('Cancelled');
      expect(visibleText(shadow(element))).to.contain('I am feeling better.');
      expect(hasPart(element, 'actions'), 'part actions').to.equal(false);
      await expect(element).to.be.accessible();
    });

    it('refused by the server (409): shows its reason, and reloads the appointment', async () => {
      const element = await openAppointment('formsDue');
      await shown(element);
      worker.use(
        http.post(`${apiBase}/appointments/:appointmentId/cancel`, () =>
          problemResponse(409, 'conflict', 'The clinic has just closed cancellations for this visit.'),
        ),
      );
      const recorder = recordRequests();

      try {
        button(element, 'Cancel appointment').click();
        await stepHeading(element);
        const failed = oneEvent(element, 'circle-error') as unknown as Promise<CircleErrorEvent>;
        button(element, 'Yes, cancel').click();
        expect((await failed).detail.code).to.equal('conflict');
        await shown(element);

        const error = await errorShown(element);
        expect(spokenNow(shadow(element))).to.contain('The clinic has just closed cancellations for this visit.');
        expect(error.textContent).to.contain('The clinic has just closed cancellations for this visit.');
        expect(
          recorder.requests.filter((request) => request.method === 'GET' && request.url.endsWith(`/appointments/${seedAppointments.formsDue.id}`)),
        ).to.have.length(1);
        expect(record(simulator, seedAppointments.formsDue.id).status).to.equal('booked');
        expect(hasPart(element, 'confirm'), 'part confirm').to.equal(false);
        await expect(element).to.be.accessible();
      } finally {
        recorder.stop();
      }
    });

    it("refused as invalid (422): shows the server's reason", async () => {
      const element = await openAppointment('formsDue');
      await shown(element);
      worker.use(http.post(`${apiBase}/appointments/:appointmentId/cancel`, () => problemResponse(422, 'validation', 'Please shorten the reason.')));

      button(element, 'Cancel appointment').click();
      await stepHeading(element);
      button(element, 'Yes, cancel').click();

      const error = await errorShown(element);
      expect(error.textContent).to.contain('Please shorten the reason.');
      await shown(element);
    });

    it('cancels once when the response is lost, and shows success', async () => {
      const element = await openAppointment('formsDue');
      await shown(element);
      simulator.addFault({ route: 'cancelAppointment', dropResponse: true, times: 1 });
      const recorder = recordRequests();
      const events: Event[] = [];
      element.addEventListener('circle-appointment-cancelled', (event) => events.push(event));

      try {
        button(element, 'Cancel appointment').click();
        await stepHeading(element);
        button(element, 'Yes, cancel').click();
        await find(() => shadow(element).querySelector('.announcement')?.textContent?.includes('cancelled') || undefined, 'the success message');

        const writes = recorder.requests.filter((request) => request.url.endsWith('/cancel'));
        expect(writes.length).to.be.greaterThan(1);
        expect(new Set(writes.map((request) => request.headers.get('Idempotency-Key'))).size).to.equal(1);
        expect(record(simulator, seedAppointments.formsDue.id).status).to.equal('cancelled');
        expect(events).to.have.length(1);
        expect(hasPart(element, 'error'), 'part error').to.equal(false);
      } finally {
        recorder.stop();
      }
    });

    it("when offline, stays on the question with Retry; Retry reuses the attempt's key", async () => {
      const element = await openAppointment('formsDue');
      await shown(element);
      worker.use(http.post(`${apiBase}/appointments/:appointmentId/cancel`, () => HttpResponse.error()));
      const recorder = recordRequests();

      try {
        button(element, 'Cancel appointment').click();
        await stepHeading(element);
        button(element, 'Yes, cancel').click();
        const error = await errorShown(element);
        expect(part(element, 'confirm')!.contains(error)).to.equal(true);
        await expect(element).to.be.accessible();

        worker.resetHandlers();
        control(error, 'Try again')!.click();
        await find(() => (record(simulator, seedAppointments.formsDue.id).status === 'cancelled' ? true : undefined), 'the cancellation');

        const keys = recorder.requests.filter((request) => request.url.endsWith('/cancel')).map((request) => request.headers.get('Idempotency-Key'));
        expect(keys.length).to.be.greaterThan(1);
        expect(new Set(keys).size).to.equal(1);
      } finally {
        recorder.stop();
      }
    });
  });

  describe('rescheduling', () => {
    it('moves the visit to a chosen free time and shows the time the API returned', async () => {
      const element = await openAppointment('formsDue');
      await shown(element);

      button(element, 'Change time').click();
      expect((await stepHeading(element)).textContent?.trim()).to.equal('Choose a new time');
      expect(Boolean(part(element, 'reschedule')?.querySelector('circle-day-picker')), 'a day picker').to.equal(true);
      const start = await chooseFirstFreeTime(element);
      await expect(element).to.be.accessible();
      button(element, 'Continue').click();
      const confirm = await stepHeading(element);
      expect(confirm.textContent).to.match(/^Move to .+\?$/);
      expect(deepActiveElement() === confirm, 'focus on the step heading').to.equal(true);

      const rescheduled = oneEvent(element, 'circle-appointment-rescheduled') as unknown as Promise<AppointmentRescheduledEvent>;
      button(element, 'Yes, move it').click();
      const event = await rescheduled;
      await shown(element);

      const stored = record(simulator, seedAppointments.formsDue.id);
      expect(Date.parse(stored.start)).to.equal(Date.parse(start));
      expect(event.detail).to.deep.equal({
        appointmentId: seedAppointments.formsDue.id,
        start: event.detail.start,
        serviceId: 'svc_physio',
        variantId: 'var_physio_initial',
      });
      expect(Object.keys(event.detail)).to.deep.equal(['appointmentId', 'start', 'serviceId', 'variantId']);
      expect(Date.parse(event.detail.start)).to.equal(Date.parse(stored.start));
      const text = visibleText(shadow(element));
      expect(text).to.contain(formatDateTime(stored.start, 'Europe/Berlin'));
      expect(shadow(element).querySelector('.announcement')!.textContent).to.contain('Your appointment is now on');
      expect(part(element, 'header')!.textContent).to.contain('Upcoming');
      await expect(element).to.be.accessible();
    });

    it('marks the day of the current appointment in the calendar, by sight and by name', async () => {
      const element = await openAppointment('formsDue');
      await shown(element);
      const current = localDate(Date.parse(record(simulator, seedAppointments.formsDue.id).start), 'Europe/Berlin');

      button(element, 'Change time').click();
      const picker = await find(() => part(element, 'reschedule')?.querySelector('circle-day-picker'), 'the day picker');
      let cell: HTMLElement | null = null;
      for (let page = 0; page < 7 && !cell; page++) {
        await picker.updateComplete;
        cell = picker.shadowRoot!.querySelector<HTMLElement>(`td[data-date="${current}"]`);
        if (!cell) picker.shadowRoot!.querySelector<HTMLButtonElement>('[part=next]')!.click();
      }

      expect(cell, `the day ${current} in the calendar`).to.exist;
      expect(cell!.hasAttribute('data-marked'), 'marked').to.equal(true);
      expect(cell!.getAttribute('aria-label')).to.contain('your current appointment');
      const free = picker.shadowRoot!.querySelector<HTMLElement>('td[data-date]:not([data-marked]) span')!;
      expect(getComputedStyle(cell!.querySelector('span')!).outlineStyle, 'a ring of its own').to.equal('dashed');
      expect(getComputedStyle(free).outlineStyle).not.to.equal('dashed');
      expect(picker.shadowRoot!.querySelectorAll('td[data-marked]')).to.have.length(1);
      await expect(element).to.be.accessible();
    });

    it('paging to a month with free days, a day chosen in another, asks for a day there rather than saying none are free', async () => {
      const element = await openAppointment('formsDue');
      await shown(element);
      button(element, 'Change time').click();
      await find(() => shadow(element).querySelector('circle-time-list'), 'the free times of the first free day');
      const picker = shadow(element).querySelector('circle-day-picker')!;
      const firstMonth = picker.month;
      picker.shadowRoot!.querySelector<HTMLButtonElement>('[part=next]')!.click();
      // The picker shows the new month at once; its free days arrive with the element's next render.
      const nextMonthsDays = () => [...picker.available].some((day) => day.startsWith(picker.month));
      await find(() => (picker.month !== firstMonth && !picker.pending && nextMonthsDays() ? true : undefined), "the next month's free days");
      await element.updateComplete;
      const times = part(element, 'reschedule')!.querySelector('.times')!.textContent;
      expect(times).to.contain('Choose a day to see its free times.');
      expect(times).not.to.contain('No free times this month');
      await expect(element).to.be.accessible();
    });

    it('when the time is taken meanwhile: stays in the picker, says so, and offers fresh times', async () => {
      const element = await openAppointment('formsDue');
      await shown(element);
      const before = record(simulator, seedAppointments.formsDue.id).start;
      button(element, 'Change time').click();
      await stepHeading(element);
      // A day a week ahead keeps other times once this one is taken (late in the day, today's
      // first time can be its last).
      await showFreeDayFrom(element, 7);
      const start = await chooseFirstFreeTime(element);
      button(element, 'Continue').click();
      await stepHeading(element);
      simulator.createBooking({ variantId: 'var_physio_initial', locationId: 'loc_berlin', start, patient: ada }, 'someone-else');

      button(element, 'Yes, move it').click();

      const notice = await find(() => part(element, 'reschedule')?.querySelector<HTMLElement>('.notice'), 'the slot-taken notice');
      expect(notice.textContent).to.contain('just taken');
      expect(spokenNow(shadow(element))).to.contain('just taken');
      expect((await stepHeading(element)).textContent?.trim()).to.equal('Choose a new time');
      expect(record(simulator, seedAppointments.formsDue.id).start).to.equal(before);
      const list = await find(() => shadow(element).querySelector('circle-time-list'), 'fresh times');
      await list.updateComplete;
      const offered = [...list.shadowRoot!.querySelectorAll<HTMLInputElement>('input[type=radio]')].map((radio) => Date.parse(radio.value));
      expect(offered).not.to.include(Date.parse(start));
      await expect(element).to.be.accessible();

      const other = await chooseFirstFreeTime(element);
      button(element, 'Continue').click();
      await stepHeading(element);
      button(element, 'Yes, move it').click();
      await find(() => (Date.parse(record(simulator, seedAppointments.formsDue.id).start) === Date.parse(other) ? true : undefined), 'the move');
    });
  });

  describe('by keyboard alone', () => {
    async function keyboardFixture(key: Seeded = 'formsDue'): Promise<CircleAppointment> {
      const { id, token } = seedAppointments[key];
      const wrapper = await fixture<HTMLDivElement>(html`<div>
        <button>Before</button>
        <circle-appointment appointment-id=${id} token=${token} api-base=${apiBase}></circle-appointment>
      </div>`);
      const element = wrapper.querySelector('circle-appointment')!;
      await shown(element);
      wrapper.querySelector('button')!.focus();
      return element;
    }

    it('cancels', async () => {
      const element = await keyboardFixture();

      await tabTo((e) => e.textContent?.trim() === 'Cancel appointment', 'Cancel appointment');
      await sendKeys({ press: 'Enter' });
      await element.updateComplete;
      expect(deepActiveElement()?.textContent?.trim()).to.equal('Cancel this appointment?');
      await tabTo((e) => e.id === 'cancel-reason', 'the reason');
      await sendKeys({ type: 'Moving away' });
      await tabTo((e) => e.textContent?.trim() === 'Yes, cancel', 'Yes, cancel');
      await sendKeys({ press: 'Space' });
      await find(() => (record(simulator, seedAppointments.formsDue.id).status === 'cancelled' ? true : undefined), 'the cancellation');
      await shown(element);

      expect(record(simulator, seedAppointments.formsDue.id).cancellation?.reason).to.equal('Moving away');
      // The API has the change before the element has its answer: wait for the answer's render.
      await find(() => (deepActiveElement()?.id === 'heading' ? true : undefined), 'focus on the heading after the change');
    });

    it('reschedules, choosing the time with the arrow keys', async () => {
      const element = await keyboardFixture();

      await tabTo((e) => e.textContent?.trim() === 'Change time', 'Change time');
      await sendKeys({ press: 'Enter' });
      await element.updateComplete;
      expect(deepActiveElement()?.textContent?.trim()).to.equal('Choose a new time');
      const list = await find(() => shadow(element).querySelector('circle-time-list'), 'the free times');
      await find(() => list.shadowRoot!.querySelector('input[type=radio]'), 'a free time');
      await tabTo((e) => e.matches('input[type=radio]'), 'a free time');
      await sendKeys({ press: 'Space' });
      await sendKeys({ press: 'ArrowDown' });
      await element.updateComplete;
      const chosen = list.shadowRoot!.querySelector<HTMLInputElement>('input[type=radio]:checked')!.value;
      await tabTo((e) => e.textContent?.trim() === 'Continue', 'Continue');
      await sendKeys({ press: 'Enter' });
      await element.updateComplete;
      expect(deepActiveElement()?.textContent).to.match(/^Move to .+\?$/);
      await tabTo((e) => e.textContent?.trim() === 'Yes, move it', 'Yes, move it');
      await sendKeys({ press: 'Enter' });

      await find(() => (Date.parse(record(simulator, seedAppointments.formsDue.id).start) === Date.parse(chosen) ? true : undefined), 'the move');
      await shown(element);
      // The API has the change before the element has its answer: wait for the answer's render.
      await find(() => (deepActiveElement()?.id === 'heading' ? true : undefined), 'focus on the heading after the change');
    });
  });

  describe('focus', () => {
    it('moves to the question, and back to Cancel on "Keep appointment"', async () => {
      const element = await openAppointment('formsDue');
      await shown(element);

      button(element, 'Cancel appointment').click();
      const heading = await stepHeading(element);
      expect(deepActiveElement() === heading, 'focus on the step heading').to.equal(true);
      button(element, 'Keep appointment').click();
      await element.updateComplete;

      expect(hasPart(element, 'confirm'), 'part confirm').to.equal(false);
      expect(deepActiveElement()?.textContent?.trim()).to.equal('Cancel appointment');
    });

    it('Escape leaves the question, focus back on Cancel; nothing is sent', async () => {
      const element = await openAppointment('formsDue');
      await shown(element);

      button(element, 'Cancel appointment').click();
      await stepHeading(element);
      await sendKeys({ press: 'Escape' });
      await element.updateComplete;

      expect(hasPart(element, 'confirm'), 'part confirm').to.equal(false);
      expect(deepActiveElement()?.textContent?.trim()).to.equal('Cancel appointment');
      expect(record(simulator, seedAppointments.formsDue.id).status).to.equal('booked');
    });

    it('Escape leaves the new-time picker, focus back on Change time', async () => {
      const element = await openAppointment('formsDue');
      await shown(element);

      button(element, 'Change time').click();
      const heading = await stepHeading(element);
      expect(deepActiveElement() === heading, 'focus on the step heading').to.equal(true);
      await sendKeys({ press: 'Escape' });
      await element.updateComplete;

      expect(hasPart(element, 'reschedule'), 'part reschedule').to.equal(false);
      expect(deepActiveElement()?.textContent?.trim()).to.equal('Change time');
    });
  });

  describe('the access token', () => {
    it('goes only to the API, in the Authorization header, through a full reschedule and cancel', async () => {
      const { id, token } = seedAppointments.formsDue;
      const recorder = recordRequests();
      const details: string[] = [];
      const types = ['circle-appointment-cancelled', 'circle-appointment-rescheduled', 'circle-error'] as const;
      const onEvent = (event: Event) => details.push(`${event.type} ${JSON.stringify((event as Event & { detail?: unknown }).detail)}`);
      for (const type of types) document.addEventListener(type, onEvent);
      const logged: string[] = [];
      const levels = ['log', 'info', 'debug', 'warn', 'error'] as const;
      const originals = levels.map((level) => console[level]);
      levels.forEach((level, index) => {
        console[level] = (...args: unknown[]) => {
          logged.push(args.map((arg) => (typeof arg === 'string' ? arg : (JSON.stringify(arg) ?? String(arg)))).join(' '));
          originals[index]!.apply(console, args);
        };
      });

      try {
        const element = await openAppointment('formsDue');
        await shown(element);
        button(element, 'Change time').click();
        await stepHeading(element);
        // Far enough ahead that cancelling is still open afterwards.
        await showFreeDayFrom(element, 3);
        await chooseFirstFreeTime(element);
        button(element, 'Continue').click();
        await stepHeading(element);
        button(element, 'Yes, move it').click();
        await find(() => shadow(element).querySelector('.announcement')?.textContent?.includes('now on') || undefined, 'the move');
        await shown(element);
        const formsLinks = queryAllDeep<HTMLAnchorElement>(shadow(element), '[part=intake] a');
        button(element, 'Cancel appointment').click();
        await stepHeading(element);
        button(element, 'Yes, cancel').click();
        await find(() => shadow(element).querySelector('.announcement')?.textContent?.includes('cancelled') || undefined, 'the cancellation');
        await shown(element);

        expect(details.filter((detail) => detail.startsWith('circle-appointment-'))).to.have.length(2);
        for (const detail of details) expect(detail).not.to.contain(token);
        for (const storage of [localStorage, sessionStorage]) {
          for (let index = 0; index < storage.length; index++) {
            const key = storage.key(index)!;
            expect(`${key}=${storage.getItem(key)}`).not.to.contain(token);
          }
        }
        expect(document.cookie).not.to.contain(token);
        for (const line of logged) expect(line).not.to.contain(token);
        for (const attribute of element.getAttributeNames().filter((name) => name !== 'token')) {
          expect(element.getAttribute(attribute)).not.to.contain(token);
        }
        expect(visibleText(shadow(element))).not.to.contain(token);
        // The one place the token shows in the shadow DOM: the API's own intake-forms link (the
        // patient app's, the token in its fragment), rendered as the API sent it.
        expect(formsLinks).to.have.length(1);
        for (const node of queryAllDeep(shadow(element), '*')) {
          for (const name of node.getAttributeNames()) expect(node.getAttribute(name), `${node.localName}[${name}]`).not.to.contain(token);
        }

        expect(recorder.requests.length).to.be.greaterThan(3);
        const api = new URL(apiBase, location.href).href;
        for (const request of recorder.requests) {
          expect(request.url).not.to.contain(token);
          const carrying = [...request.headers].filter(([, value]) => value.includes(token));
          if (carrying.length === 0) continue;
          expect(carrying.map(([name]) => name)).to.deep.equal(['authorization']);
          expect(request.url.startsWith(`${api}/appointments/${id}`)).to.equal(true);
        }
        expect(recorder.requests.filter((request) => request.headers.get('Authorization') === `Bearer ${token}`)).to.have.length(3);
      } finally {
        recorder.stop();
        for (const type of types) document.removeEventListener(type, onEvent);
        levels.forEach((level, index) => (console[level] = originals[index]!));
      }
    });

    it('is forgotten when the element leaves the page; the attribute brings it back', async () => {
      const element = await openAppointment('formsDue');
      await shown(element);
      const parent = element.parentElement!;

      element.remove();
      expect(element.token).to.equal('');
      parent.append(element);

      expect(element.token).to.equal(seedAppointments.formsDue.token);
      await shown(element);
    });

    it('given as a property only, it stays forgotten after leaving the page', async () => {
      const { id, token } = seedAppointments.formsDue;
      const element = await fixture<CircleAppointment>(
        html`<circle-appointment appointment-id=${id} .token=${token} api-base=${apiBase}></circle-appointment>`,
      );
      await shown(element);
      expect(element.hasAttribute('token')).to.equal(false);
      const parent = element.parentElement!;

      element.remove();
      parent.append(element);
      await element.updateComplete;

      expect((await errorShown(element)).textContent).to.contain("This link doesn't work");
      expect(visibleText(shadow(element))).not.to.contain('Initial assessment');
    });
  });
});
