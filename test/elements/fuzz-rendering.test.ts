// The elements against hostile API answers, in each engine: for each endpoint an element calls,
// hundreds of generated malformed or hostile answers (test/support/hostile-bodies.ts) go
// through the real client into the element. Every case must end in the designed error state
// with a `circle-error` that has a code, or in the element's content with every string inert:
// no uncaught exception, no payload run or turned into markup, no link but http(s).
//
// The answers come from a `fetch` given to `configure()`, not the service worker: the client
// and the elements are the same, and many elements render side by side, so a case costs
// milliseconds. Each endpoint gets `renderedCases` answers, a share of the client's own test's
// (test/api/fuzz.test.ts); about a third are valid answers with payloads in their text.
import { expect } from '@open-wc/testing';
import fc from 'fast-check';
import { configure, resetConfiguration } from '../../src/api/client.js';
import * as z from 'zod/mini';
import { routes as wire, type RouteName } from '../../src/api/routes.js';
import '../../src/elements/book-service/book-service.js';
import '../../src/elements/book-variant/book-variant.js';
import '../../src/elements/appointment/appointment.js';
import '../../src/elements/share-menu/share-menu.js';
import type { CircleAppointment } from '../../src/elements/appointment/appointment.js';
import type { CircleBookingFlow } from '../../src/booking-flow/booking-flow.js';
import type { CircleErrorEvent } from '../../src/error-event.js';
import { hostileAnswer, pwnedIn, toResponse, unsafeLinks, type WireAnswer } from '../support/hostile-bodies.js';
import { validBodies } from '../support/valid-bodies.js';
import { ada, chooseFirstTime, currentStep, fillDetails, pressContinue, waitForStep } from '../support/booking.js';
import { queryDeep, visibleText } from '../support/dom.js';
import { engine } from '../support/engine.js';

/**
 * CI runs this file in Chromium only (see scripts/browser-test-files.mjs: the client and the
 * elements are the same code in every engine). Chromium renders a tenth of the cases, 100 an
 * endpoint, new ones each run, at a cost CI can carry; the client's own test
 * (test/api/fuzz.test.ts) checks all 1,000 an endpoint in Node. Asked for in Firefox or WebKit
 * (EVERY_FILE=1 BROWSERS=webkit), they render a fifth: the batches of 100,000-character answers take
 * several times Chromium's time there. A batch may take 10 s to settle on a loaded machine.
 */
const share = engine === 'chromium' ? 0.1 : 0.2;
const settleLimit = 10_000;

/** How many generated answers each endpoint's element renders. */
export const renderedCases: Partial<Record<RouteName, number>> = {
  getService: 1000 * share,
  getVariant: 1000 * share,
  getAvailability: 1000 * share,
  createBooking: 1000 * share,
  getAppointment: 1000 * share,
  cancelAppointment: 1000 * share,
  rescheduleAppointment: 1000 * share,
  getShareLink: 1000 * share,
};
/** Huge strings up to 100,000 characters here (the client's own test goes to a megabyte). */
const hugeLengths = [10_001, 100_000];
const batchSize = 25;

/** Answers waiting for the element that asks, keyed by route and the id the element asks about. */
const answers = new Map<string, WireAnswer>();

function answerFor(route: RouteName, id: string, valid: unknown): Response {
  const answer = answers.get(`${route} ${id}`);
  return answer ? toResponse(answer) : Response.json(valid);
}

/** The booking API as the fuzz tests script it: hostile where a case is registered, valid elsewhere. */
async function scriptedApi(input: RequestInfo | URL, init?: RequestInit): Promise<Response> {
  const url = new URL(String(input instanceof Request ? input.url : input));
  const path = url.pathname.replace(/^\/api/, '');
  const segments = path.split('/').filter(Boolean).map(decodeURIComponent);
  const id = segments[1] ?? '';
  const valid = (ids: Parameters<typeof validBodies>[1]) => validBodies(Date.now(), ids);
  switch (segments[0]) {
    case 'services':
      return answerFor('getService', id, valid({ serviceId: id }).getService);
    case 'variants':
      return answerFor('getVariant', id, valid({ variantId: id }).getVariant);
    case 'availability': {
      const variantId = url.searchParams.get('variantId')!;
      return answerFor('getAvailability', variantId, valid({ variantId }).getAvailability);
    }
    case 'bookings': {
      const email = (JSON.parse(init?.body as string) as { patient: { email: string } }).patient.email;
      return answerFor('createBooking', email, valid({}).createBooking);
    }
    case 'appointments': {
      // Every element opens apt_1; each case has its own token.
      const route: RouteName = segments[2] === 'cancel' ? 'cancelAppointment' : segments[2] === 'reschedule' ? 'rescheduleAppointment' : 'getAppointment';
      const token = new Headers(init?.headers).get('Authorization')?.replace(/^Bearer /, '') ?? '';
      return answerFor(route, token, valid({ appointmentId: id })[route]);
    }
    case 'share-links':
      return answerFor('getShareLink', segments[2] ?? '', valid({ recordId: segments[2] ?? '' }).getShareLink);
    default:
      return new Response('', { status: 404 });
  }
}

/** Uncaught errors and rejections while the cases run. */
const uncaught: string[] = [];
const onError = (event: ErrorEvent) => uncaught.push(`error: ${event.message}`);
const onRejection = (event: PromiseRejectionEvent) => uncaught.push(`unhandled rejection: ${String(event.reason).slice(0, 200)}`);

/** Yields to the event loop without the 4 ms clamp of nested timers. */
function tick(): Promise<void> {
  return new Promise((resolve) => {
    const channel = new MessageChannel();
    channel.port1.onmessage = () => resolve();
    channel.port2.postMessage(null);
  });
}

async function until(condition: () => unknown, what: string, limit = settleLimit): Promise<void> {
  const end = performance.now() + limit;
  while (!condition()) {
    if (performance.now() > end) throw new Error(`Timed out waiting for ${what}`);
    await tick();
  }
}

interface Case {
  index: number;
  answer: WireAnswer;
  element: HTMLElement;
  errors: CircleErrorEvent[];
}

interface Scenario {
  route: RouteName;
  valid: unknown;
  okStatus?: number;
  /** The id the element asks about, under which its answer is registered. */
  idOf(index: number): string;
  mount(index: number): HTMLElement;
  /** What the patient does to make the element call the route, if loading is not enough. */
  act?(element: HTMLElement, index: number): Promise<void>;
  /** Whether the element has finished with the answer. */
  settled(element: HTMLElement): boolean;
  /** The error state on screen, if the element shows one. */
  errorShown(element: HTMLElement): Element | undefined | null;
}

function describeCase(c: Case, seed: number): string {
  return `case ${c.index} (seed ${seed}): ${c.answer.status} ${c.answer.contentType} ${c.answer.text.slice(0, 160)}`;
}

/** Renders `count` hostile answers through the scenario's element, `batchSize` at a time. */
async function renderHostileAnswers(scenario: Scenario, count: number): Promise<Record<string, number>> {
  const seed = Date.now() % 2 ** 31;
  // What the client accepts: the contract's shape, and for an appointment, the one asked for.
  const sameId = (body: unknown) => !scenario.route.endsWith('Appointment') || (body as { id?: unknown }).id === (scenario.valid as { id: string }).id;
  const accepts = (body: unknown) => z.safeParse(wire[scenario.route].response, body).success && sameId(body);
  const generated = fc.sample(hostileAnswer(scenario.valid, scenario.okStatus, { hugeLengths, accepts }), { numRuns: count, seed });
  const outcomes: Record<string, number> = {};
  const container = document.createElement('div');
  document.body.append(container);
  try {
    for (let start = 0; start < count; start += batchSize) {
      const batch: Case[] = generated.slice(start, start + batchSize).map((answer, offset) => {
        const index = start + offset;
        answers.set(`${scenario.route} ${scenario.idOf(index)}`, answer);
        const element = scenario.mount(index);
        const errors: CircleErrorEvent[] = [];
        element.addEventListener('circle-error', (event) => errors.push(event));
        return { index, answer, element, errors };
      });
      container.append(...batch.map((c) => c.element));
      await Promise.all(
        batch.map(async (c) => {
          try {
            if (scenario.act) await scenario.act(c.element, c.index);
            await until(() => scenario.settled(c.element), 'the element to settle');
            await (c.element as HTMLElement & { updateComplete: Promise<unknown> }).updateComplete;
          } catch (error) {
            throw new Error(
              `${describeCase(c, seed)}: ${error instanceof Error ? error.message : String(error)}\n${visibleText(c.element.shadowRoot!).slice(0, 300)}`,
              { cause: error },
            );
          }
        }),
      );
      for (const c of batch) {
        const where = describeCase(c, seed);
        expect(uncaught, where).to.deep.equal([]);
        expect(pwnedIn(c.element.shadowRoot!), where).to.equal(undefined);
        expect(unsafeLinks(c.element.shadowRoot!), where).to.deep.equal([]);
        const shown = scenario.errorShown(c.element);
        if (c.errors.length > 0) {
          expect(shown, `${where}: circle-error fired, so an error state is on screen`).to.exist;
          for (const { detail } of c.errors) {
            expect(detail.code, where).to.match(/^[a-z_]+$/);
            expect(detail.code, where).not.to.equal('unknown');
            expect(detail.message, where).to.match(/\S/);
          }
        } else {
          expect(shown, `${where}: an error state on screen needs a circle-error`).not.to.exist;
        }
        const outcome = c.errors[0]?.detail.code ?? 'rendered';
        outcomes[outcome] = (outcomes[outcome] ?? 0) + 1;
        answers.delete(`${scenario.route} ${scenario.idOf(c.index)}`);
        c.element.remove();
      }
    }
  } finally {
    container.remove();
  }
  return outcomes;
}

function flowIn(element: HTMLElement): CircleBookingFlow | undefined {
  return element.shadowRoot?.querySelector('circle-booking-flow') ?? undefined;
}

function stepHeading(flow: CircleBookingFlow | undefined): Element | null | undefined {
  return flow?.shadowRoot?.querySelector('[data-step-heading]');
}

function errorIn(root: ShadowRoot | null | undefined): Element | null | undefined {
  return root?.querySelector('[part=error]');
}

const catalogScenario = (route: 'getService' | 'getVariant', tag: 'circle-book-service' | 'circle-book-variant'): Scenario => ({
  route,
  valid: validBodies()[route],
  idOf: (index) => `fuzz-${index}`,
  mount: (index) => {
    const element = document.createElement(tag);
    element.setAttribute(route === 'getService' ? 'service-id' : 'variant-id', `fuzz-${index}`);
    return element;
  },
  settled: (element) => Boolean(errorIn(element.shadowRoot) || element.shadowRoot?.querySelector('[part=unavailable]') || stepHeading(flowIn(element))),
  errorShown: (element) => errorIn(element.shadowRoot),
});

/** A variant at one location opens on the times: its availability is what is fuzzed. */
const availabilityScenario: Scenario = {
  route: 'getAvailability',
  valid: validBodies().getAvailability,
  idOf: (index) => `fuzz-${index}`,
  mount: (index) => {
    const element = document.createElement('circle-book-variant');
    element.setAttribute('variant-id', `fuzz-${index}`);
    return element;
  },
  settled: (element) => {
    const flow = flowIn(element);
    return flow !== undefined && currentStep(flow) === 'time' && flow.month !== undefined && flow.month.status !== 'pending';
  },
  errorShown: (element) => errorIn(flowIn(element)?.shadowRoot),
};

/** At the review with everything chosen, the patient confirms: the confirmation is what is fuzzed. */
const bookingScenario: Scenario = {
  route: 'createBooking',
  valid: validBodies().createBooking,
  okStatus: 201,
  idOf: (index) => `fuzz-${index}@example.org`,
  mount: (index) => {
    const element = document.createElement('circle-book-variant');
    element.setAttribute('variant-id', `booking-${index}`);
    return element;
  },
  act: async (element, index) => {
    // As a patient: the first time, the details, the review, Confirm.
    await until(() => {
      const flow = flowIn(element);
      return flow !== undefined && currentStep(flow) === 'time';
    }, 'the times');
    const flow = flowIn(element)!;
    await chooseFirstTime(flow);
    await pressContinue(flow);
    await waitForStep(flow, 'details');
    await fillDetails(flow, { ...ada, email: `fuzz-${index}@example.org` });
    await pressContinue(flow, 'Review booking');
    await waitForStep(flow, 'review');
    flow.shadowRoot!.querySelector<HTMLElement>('[part~=confirm-button]')!.click();
    await flow.updateComplete;
  },
  settled: (element) => {
    const flow = flowIn(element);
    if (!flow) return false;
    const step = currentStep(flow);
    const confirming = flow.shadowRoot!.querySelector('[part~=confirm-button]')?.getAttribute('aria-disabled') === 'true';
    return (!confirming && step !== undefined && step !== 'review') || Boolean(step === 'review' && errorIn(flow.shadowRoot));
  },
  errorShown: (element) => {
    const flow = flowIn(element);
    const root = flow?.shadowRoot;
    // Each failure has its screen: the error on the review, the times with "just taken", or the fields the API refused.
    return (
      errorIn(root) ?? root?.querySelector('[part=notice]') ?? (flow && currentStep(flow) === 'details' ? queryDeep(root!, '[aria-invalid=true]') : undefined)
    );
  },
};

function appointmentElement(index: number): CircleAppointment {
  const element = document.createElement('circle-appointment');
  element.setAttribute('appointment-id', 'apt_1');
  element.token = `tok-${index}`;
  return element;
}

function loaded(element: HTMLElement): boolean {
  return Boolean(element.shadowRoot?.querySelector('article[aria-busy=false] #heading'));
}

function buttonNamed(element: HTMLElement, text: string): HTMLButtonElement | undefined {
  return [...element.shadowRoot!.querySelectorAll<HTMLButtonElement>('button')].find((button) => button.textContent?.trim() === text);
}

async function press(element: HTMLElement, text: string): Promise<void> {
  await until(() => buttonNamed(element, text), `the button ${text}`);
  buttonNamed(element, text)!.click();
  await (element as CircleAppointment).updateComplete;
}

const sendingDone = (element: HTMLElement) => !element.shadowRoot?.querySelector('[aria-disabled=true]');

const appointmentScenarios: Scenario[] = [
  {
    route: 'getAppointment',
    valid: validBodies().getAppointment,
    idOf: (index) => `tok-${index}`,
    mount: appointmentElement,
    settled: (element) => Boolean(errorIn(element.shadowRoot) || loaded(element)),
    errorShown: (element) => errorIn(element.shadowRoot),
  },
  {
    route: 'cancelAppointment',
    valid: validBodies().cancelAppointment,
    idOf: (index) => `tok-${index}`,
    mount: appointmentElement,
    act: async (element) => {
      await until(() => loaded(element), 'the appointment');
      await press(element, 'Cancel appointment');
      await press(element, 'Yes, cancel');
    },
    settled: (element) => sendingDone(element) && (Boolean(errorIn(element.shadowRoot)) || loaded(element)),
    errorShown: (element) => errorIn(element.shadowRoot),
  },
  {
    route: 'rescheduleAppointment',
    valid: validBodies().rescheduleAppointment,
    idOf: (index) => `tok-${index}`,
    mount: appointmentElement,
    act: async (element) => {
      await until(() => loaded(element), 'the appointment');
      await press(element, 'Change time');
      const time = () => element.shadowRoot!.querySelector('circle-time-list')?.shadowRoot?.querySelector<HTMLInputElement>('input[type=radio]');
      await until(time, 'a free time');
      time()!.click();
      await press(element, 'Continue');
      await press(element, 'Yes, move it');
    },
    settled: (element) => sendingDone(element) && (Boolean(errorIn(element.shadowRoot)) || loaded(element)),
    // A time taken meanwhile sends the patient back to the times, told why.
    errorShown: (element) => errorIn(element.shadowRoot) ?? element.shadowRoot?.querySelector('.notice'),
  },
];

const shareScenario: Scenario = {
  route: 'getShareLink',
  valid: validBodies().getShareLink,
  idOf: (index) => `fuzz-${index}`,
  mount: (index) => {
    const element = document.createElement('circle-share-menu');
    element.setAttribute('kind', 'service');
    element.setAttribute('record-id', `fuzz-${index}`);
    return element;
  },
  settled: (element) => {
    const reason = element.shadowRoot?.querySelector('#share-reason');
    const ready = element.shadowRoot?.querySelector('[data-action=open][href]');
    return Boolean(ready || (reason && reason.textContent?.trim() !== 'Loading…'));
  },
  // The share menu's error state is the reason in its disabled item, with Try again.
  errorShown: (element) => element.shadowRoot?.querySelector('.error-reason'),
};

describe('hostile API answers rendered by the elements', function () {
  this.timeout(240_000);

  before(() => {
    window.addEventListener('error', onError);
    window.addEventListener('unhandledrejection', onRejection);
  });
  after(() => {
    window.removeEventListener('error', onError);
    window.removeEventListener('unhandledrejection', onRejection);
  });
  beforeEach(() => {
    uncaught.length = 0;
    answers.clear();
    // Retries wait for nothing here: a 503 with Retry-After would otherwise hold a case for seconds.
    configure({ apiBase: 'https://api.fuzz.test/api', fetch: scriptedApi, sleep: async () => {} });
  });
  afterEach(() => {
    resetConfiguration();
    delete (globalThis as { __pwned?: unknown }).__pwned;
  });

  const scenarios: Scenario[] = [
    catalogScenario('getService', 'circle-book-service'),
    catalogScenario('getVariant', 'circle-book-variant'),
    availabilityScenario,
    bookingScenario,
    ...appointmentScenarios,
    shareScenario,
  ];
  for (const scenario of scenarios) {
    const count = renderedCases[scenario.route]!;
    it(`${scenario.route}: ${count} hostile answers each end in a designed error with circle-error, or inert content`, async () => {
      const outcomes = await renderHostileAnswers(scenario, count);
      console.log(`rendered ${count} hostile answers to ${scenario.route}: ${JSON.stringify(outcomes)}`);

      expect(Object.values(outcomes).reduce((a, b) => a + b, 0)).to.equal(count);
      // Both ends were reached: a good share rendered (valid answers carrying payloads as text), most refused.
      expect(outcomes.rendered ?? 0, JSON.stringify(outcomes)).to.be.greaterThan(count / 4);
      expect(outcomes.malformed_response ?? 0, JSON.stringify(outcomes)).to.be.greaterThan(count / 3);
    });
  }
});
