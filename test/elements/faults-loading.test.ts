// Network faults while the elements load, switched on in the simulator (latency, time-outs,
// 5xx with Retry-After, 429, offline) and answered through msw's service worker. Long waits
// run on a virtual clock (test/support/virtual-waits.ts): a 10-second latency takes milliseconds.
import { expect, fixture, html } from '@open-wc/testing';
import '../../src/elements/book-service/book-service.js';
import '../../src/elements/book-variant/book-variant.js';
import '../../src/elements/appointment/appointment.js';
import '../../src/elements/share-menu/share-menu.js';
import { seedAppointments, type BookingSimulator, type Fault } from '../../src/mocks/index.js';
import { apiBase, apiRequestsDuring, useSimulator } from '../support/simulator-worker.js';
import { control, queryDeep, visibleText } from '../support/dom.js';
import { VirtualWaits } from '../support/virtual-waits.js';
import { engine } from '../support/engine.js';

let simulator: BookingSimulator;
let waits: VirtualWaits;
let errors: string[];

function inject(...faults: Fault[]): void {
  simulator.addFault(...faults);
}

async function mount(markup: ReturnType<typeof html>): Promise<HTMLElement> {
  const element = await fixture<HTMLElement>(markup);
  element.addEventListener('circle-error', (event) => errors.push(event.detail.code));
  return element;
}

const bookService = () => mount(html`<circle-book-service service-id="svc_physio" api-base=${apiBase}></circle-book-service>`);
const appointment = () => {
  const { id, token } = seedAppointments.formsDue;
  return mount(html`<circle-appointment appointment-id=${id} .token=${token} api-base=${apiBase}></circle-appointment>`);
};

const loading = (element: HTMLElement) => element.shadowRoot!.querySelector('[part=loading] .skeleton');
const errorShown = (element: HTMLElement) => queryDeep(element.shadowRoot!, '[part=error]');
const flowLoaded = (element: HTMLElement) => queryDeep(element.shadowRoot!, '[data-step-heading]');
const appointmentLoaded = (element: HTMLElement) => element.shadowRoot!.querySelector('article[aria-busy=false] #heading');

async function until(condition: () => unknown, what: string): Promise<void> {
  const end = performance.now() + 4000;
  while (!condition()) {
    if (performance.now() > end) throw new Error(`Timed out waiting for ${what}`);
    await new Promise((resolve) => requestAnimationFrame(resolve));
  }
}

describe('faults while loading', () => {
  beforeEach(async () => {
    simulator = await useSimulator();
    errors = [];
    waits = new VirtualWaits().install();
  });
  afterEach(() => waits.uninstall());

  describe('latency', () => {
    it('10 s: the skeleton shows the whole time, then the service, with no error', async () => {
      inject({ route: 'getService', latencyMs: 10_000, times: 1 });
      const element = await bookService();
      await waits.untilWaiting(10_000);

      for (const second of [1, 5, 9.9]) {
        await waits.advance(second * 1000 - waits.now);
        expect(loading(element), `loading after ${second} s`).to.exist;
        expect(errorShown(element)).not.to.exist;
      }
      await expect(element).to.be.accessible();
      await waits.advance(200);

      await until(() => flowLoaded(element), 'the flow');
      expect(errors).to.deep.equal([]);
    });

    it('10 s on an appointment: the skeleton, then the appointment', async () => {
      inject({ route: 'getAppointment', latencyMs: 10_000, times: 1 });
      const element = await appointment();
      await waits.untilWaiting(10_000);

      await waits.advance(9_900);
      expect(visibleText(element.shadowRoot!)).to.contain('Loading your appointment');
      await waits.advance(200);

      await until(() => appointmentLoaded(element), 'the appointment');
      expect(errors).to.deep.equal([]);
    });
  });

  // The 200 mount cycles of test/e2e/lifecycle.e2e.test.ts check that the request is aborted;
  // these check what the element shows once it is back.
  describe('taken off the page mid-load', () => {
    /** Mounts, takes the element off the page while its first load waits 10 s, and puts it back after that. */
    async function leaveAndReturn(mountElement: () => Promise<HTMLElement>): Promise<HTMLElement> {
      const element = await mountElement();
      await waits.untilWaiting(10_000);
      const parent = element.parentElement!;
      element.remove();
      await waits.advance(10_100);
      parent.append(element);
      return element;
    }

    it('<circle-book-service>: no error, and it loads again when put back', async () => {
      inject({ route: 'getService', latencyMs: 10_000, times: 1 });
      let element!: HTMLElement;
      const paths = await apiRequestsDuring(async () => {
        element = await leaveAndReturn(bookService);
        await until(() => flowLoaded(element), 'the flow');
      });

      // Asked again once back. WebKit's worker does not always report the first request, aborted
      // when the element left; the end-to-end lifecycle test counts the aborts in every engine.
      if (engine === 'webkit') expect(paths.at(-1)).to.equal('/services/svc_physio');
      else expect(paths).to.deep.equal(['/services/svc_physio', '/services/svc_physio']);
      expect(errorShown(element)).not.to.exist;
      expect(errors).to.deep.equal([]);
    });

    it('<circle-appointment>: no error, and it loads again when put back', async () => {
      inject({ route: 'getAppointment', latencyMs: 10_000, times: 1 });
      const { id, token } = seedAppointments.formsDue;
      // The token forgotten on leaving is read again from its attribute on return.
      const withTokenAttribute = () => mount(html`<circle-appointment appointment-id=${id} token=${token} api-base=${apiBase}></circle-appointment>`);
      let element!: HTMLElement;
      const paths = await apiRequestsDuring(async () => {
        element = await leaveAndReturn(withTokenAttribute);
        await until(() => appointmentLoaded(element), 'the appointment');
      });

      expect(paths).to.deep.equal([`/appointments/${id}`, `/appointments/${id}`]);
      expect(errorShown(element)).not.to.exist;
      expect(errors).to.deep.equal([]);
    });
  });

  describe('time-outs', () => {
    it('no answer at all: tries three times, 15 s each, then says it is taking too long, with Try again', async () => {
      inject({ route: 'getService', latencyMs: 60_000, times: 3 });
      const element = await bookService();
      await waits.untilWaiting(60_000);

      await waits.advance(14_000);
      expect(loading(element)).to.exist;
      await waits.advanceUntil(() => errorShown(element));
      // Three attempts of 15 s, with backoffs of at most 0.3 and 0.6 s between them.
      expect(waits.now).to.be.within(45_000, 47_000);
      expect(errorShown(element)!.textContent).to.contain('This is taking too long');
      expect(errors).to.deep.equal(['timeout']);
      control(errorShown(element)!, 'Try again')!.click();
      await until(() => flowLoaded(element), 'the flow after Try again');
    });
  });

  for (const status of [500, 502, 503]) {
    describe(`${status} with Retry-After`, () => {
      it('once: waits as asked, keeps loading, and loads on the retry', async () => {
        inject({ route: 'getService', status, retryAfterSeconds: 3, times: 1 });
        const element = await bookService();
        await waits.untilWaiting(3_000);

        await waits.advance(2_900);
        expect(loading(element)).to.exist;
        await waits.advance(200);

        await until(() => flowLoaded(element), 'the flow');
        expect(errors).to.deep.equal([]);
      });

      it('every time: says the booking system is not working, with Try again that loads once it is back', async () => {
        inject({ route: 'getService', status, retryAfterSeconds: 2, times: 3 });
        const element = await bookService();
        await waits.untilWaiting();
        await waits.advanceUntil(() => errorShown(element), 500);

        expect(waits.now).to.be.at.least(4_000);
        expect(errorShown(element)!.textContent).to.contain('working right now');
        expect(errors).to.deep.equal(['server_error']);
        await expect(element).to.be.accessible();
        control(errorShown(element)!, 'Try again')!.click();
        await until(() => flowLoaded(element), 'the flow after Try again');
      });
    });
  }

  describe('429', () => {
    it('asking for a short wait: waits, then loads', async () => {
      inject({ route: 'getAppointment', status: 429, retryAfterSeconds: 2, times: 1 });
      const element = await appointment();
      await waits.untilWaiting(2_000);
      await waits.advance(1_900);
      expect(appointmentLoaded(element)).not.to.exist;
      await waits.advanceUntil(() => appointmentLoaded(element), 200);
      expect(errors).to.deep.equal([]);
    });

    it('asking for two minutes: says how long to wait, at once', async () => {
      inject({ route: 'getService', status: 429, retryAfterSeconds: 120 });
      const element = await bookService();

      await until(() => errorShown(element), 'the error');
      expect(errorShown(element)!.textContent).to.contain('Please wait 2 minutes');
      expect(errors).to.deep.equal(['rate_limited']);
    });
  });

  describe('offline', () => {
    it('says the patient seems offline, with Try again that loads once back online', async () => {
      inject({ route: 'getAppointment', offline: true, times: 3 });
      const element = await appointment();
      await waits.untilWaiting();
      await waits.advanceUntil(() => errorShown(element), 200);

      expect(errorShown(element)!.textContent).to.contain('You seem to be offline');
      expect(errors).to.deep.equal(['network']);
      control(errorShown(element)!, 'Try again')!.click();
      await until(() => appointmentLoaded(element), 'the appointment after Try again');
    });

    it('the share menu explains the failed load in its item, with Try again', async () => {
      inject({ route: 'getShareLink', offline: true, times: 3 });
      const element = await mount(html`<circle-share-menu kind="service" record-id="svc_physio" api-base=${apiBase}></circle-share-menu>`);
      await waits.untilWaiting();
      await waits.advanceUntil(() => element.shadowRoot!.querySelector('.error-reason'), 200);

      expect(errors).to.deep.equal(['network']);
      expect(element.shadowRoot!.querySelector('[data-action=retry]')).to.exist;
    });
  });
  describe('a read refused with 400, 409 or 422: nothing the patient entered, so read wording, Try again and the clinic', () => {
    const cases = [
      { what: 'a service, 400', route: 'getService' as const, status: 400, title: "We couldn't load this service", mountIt: bookService, loaded: flowLoaded },
      {
        what: 'a variant, 409',
        route: 'getVariant' as const,
        status: 409,
        title: "We couldn't load this type of appointment",
        mountIt: () => mount(html`<circle-book-variant variant-id="var_checkup" api-base=${apiBase}></circle-book-variant>`),
        loaded: flowLoaded,
      },
      {
        what: 'an appointment, 422',
        route: 'getAppointment' as const,
        status: 422,
        title: "We couldn't load your appointment",
        mountIt: appointment,
        loaded: appointmentLoaded,
      },
    ];
    for (const { what, route, status, title, mountIt, loaded } of cases) {
      it(what, async () => {
        inject({ route, status, times: 1 });
        const element = await mountIt();
        await until(() => errorShown(element), 'the error');

        const text = errorShown(element)!.textContent;
        expect(text).to.contain(title);
        expect(text).to.contain('Please try again.');
        expect(text).to.match(/contact|Call/);
        expect(text).not.to.match(/check what you entered|can't be done right now|answered \d{3}/);
        await expect(element).to.be.accessible();
        control(errorShown(element)!, 'Try again')!.click();
        await until(() => loaded(element), 'the content after Try again');
      });
    }
  });
});
