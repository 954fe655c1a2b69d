/**
 * Shared helpers for the booking elements' stories: a fresh booking-API simulator per story,
 * served by msw-storybook-addon's worker, and the clicks a patient makes through the flow,
 * for the few stories whose state lies a few steps in.
 *
 * ```ts
 * beforeEach: simulate({ faults: [{ route: 'getService', latencyMs: 100_000 }] }),
 * ```
 */
import type { HttpHandler } from 'msw';
import type { SetupWorker } from 'msw/browser';
import { waitFor } from 'storybook/test';
import { BookingSimulator, createHandlers, seedData, type Fault, type SeedData, type SimulatorOptions } from '../../src/mocks/index.js';

/** Where every story mounts the simulated API; pass it as `api-base`. */
export const apiBase = '/api';

/** A patient whose details pass the contract, for stories that get past the details step. */
export const ada = {
  givenName: 'Ada',
  familyName: 'Lovelace',
  email: 'ada@example.org',
  phone: '+44 20 7946 0958',
  dateOfBirth: '1985-12-10',
};

export interface SimulateOptions {
  /** Faults switched on before the element's first request. */
  faults?: Fault[];
  /** The seed, changed for this story; `seedData` when left out. */
  data?: (now: Date) => SeedData;
  /** msw handlers that answer before the simulator's; they may call into it. */
  overrides?: (simulator: BookingSimulator) => HttpHandler[];
  /** The simulator's own rules: codes for new emails, a limit on upcoming visits. */
  rules?: Pick<SimulatorOptions, 'verifyNewEmails' | 'upcomingLimit'>;
  /** How long holds last, for the stories of a hold ending (`shortHolds`). */
  holdSeconds?: SimulatorOptions['holdSeconds'];
}

/** New names (and descriptions) by id, for a seed whose records read differently. */
export interface Renames {
  services?: Record<string, { name?: string; description?: string }>;
  variants?: Record<string, string>;
  locations?: Record<string, string>;
}

/**
 * The seed with some records renamed, ids unchanged: the simulator then answers every route
 * (service, availability, booking) with the new names, and its answers still pass the
 * contract's schemas as long as names stay within 500 characters.
 */
export function renamedSeed(renames: Renames): (now: Date) => SeedData {
  return (now) => {
    const data = seedData(now);
    for (const service of data.services) Object.assign(service, renames.services?.[service.id]);
    for (const variant of data.variants) variant.name = renames.variants?.[variant.id] ?? variant.name;
    for (const location of data.locations) location.name = renames.locations?.[location.id] ?? location.name;
    return data;
  };
}

/** A new simulator on the real clock, its handlers (and any overrides) on the story's worker. */
export function useSimulator(msw: SetupWorker, options: SimulateOptions = {}): BookingSimulator {
  const simulator = new BookingSimulator({
    patientAppBase: `${location.origin}/patient/`,
    data: options.data ?? seedData,
    ...options.rules,
    ...(options.holdSeconds === undefined ? {} : { holdSeconds: options.holdSeconds }),
  });
  if (options.faults) simulator.addFault(...options.faults);
  msw.use(...(options.overrides?.(simulator) ?? []), ...createHandlers(simulator, { apiBase }));
  return simulator;
}

/**
 * A story's `beforeEach`: a fresh simulator for this story. mswLoader (.storybook/preview.ts)
 * resets the worker's handlers before each story, so nothing leaks from the one shown before.
 */
export function simulate(options: SimulateOptions = {}) {
  return ({ msw }: { msw: SetupWorker }): void => {
    useSimulator(msw, options);
  };
}

// A patient's clicks, for `play` functions. The elements nest open shadow roots (the element,
// then <circle-booking-flow>, then the time list), so these look inside them.

type FlowElement = HTMLElement & { state: { step: string }; updateComplete: Promise<boolean> };

const patience = { timeout: 10_000 };

/** The booking flow inside a booking element, once the catalog has loaded. */
export async function flowIn(canvas: HTMLElement, tag: string): Promise<FlowElement> {
  return waitFor(() => {
    const flow = canvas.querySelector(tag)?.shadowRoot?.querySelector<FlowElement>('circle-booking-flow');
    if (!flow?.shadowRoot) throw new Error(`<${tag}> has not shown its booking flow yet`);
    return flow;
  }, patience);
}

async function atStep(flow: FlowElement, step: string): Promise<void> {
  await waitFor(() => {
    if (flow.state.step !== step) throw new Error(`Waiting for step ${step}; the flow is at ${flow.state.step}`);
  }, patience);
  await flow.updateComplete;
}

async function press(flow: FlowElement, label: string): Promise<void> {
  const button = await waitFor(() => {
    const found = [...flow.shadowRoot!.querySelectorAll<HTMLButtonElement>('button')].find(
      (candidate) => candidate.textContent?.trim() === label && !candidate.disabled,
    );
    if (!found) throw new Error(`No enabled "${label}" button yet`);
    return found;
  }, patience);
  button.click();
  await flow.updateComplete;
}

async function chooseFirst(root: ShadowRoot, what: string, selector = 'input[type=radio]'): Promise<void> {
  const radio = await waitFor(() => {
    const found = root.querySelector<HTMLInputElement>(selector);
    if (!found) throw new Error(`No ${what} to choose yet`);
    return found;
  }, patience);
  radio.click();
}

/**
 * Clicks through the flow choosing the first of everything, as a patient would, until `step`.
 * The details form must already hold valid details (prefilled) to get past `details`.
 */
export async function clickThrough(flow: FlowElement, step: 'details' | 'review'): Promise<void> {
  if (flow.state.step === 'variant') {
    // Past "Have you been to us before?", where the service asks it.
    await chooseFirst(flow.shadowRoot!, 'treatment', 'input[name=variant]');
    await press(flow, 'Continue');
  }
  if (flow.state.step === 'location') {
    await chooseFirst(flow.shadowRoot!, 'location');
    await press(flow, 'Continue');
  }
  await atStep(flow, 'time');
  const times = await waitFor(() => {
    const list = flow.shadowRoot!.querySelector('circle-time-list');
    if (!list?.shadowRoot) throw new Error('No free times shown yet');
    return list.shadowRoot;
  }, patience);
  await chooseFirst(times, 'free time');
  await flow.updateComplete;
  await press(flow, 'Continue');
  await atStep(flow, 'details');
  if (step === 'details') return;
  await press(flow, 'Review booking');
  await atStep(flow, 'review');
}

/** On the review step: presses Confirm booking and waits until the flow leaves the review. */
export async function confirmBooking(flow: FlowElement): Promise<void> {
  await press(flow, 'Confirm booking');
  await waitFor(() => {
    if (flow.state.step === 'review') throw new Error('Still on the review step');
  }, patience);
  await flow.updateComplete;
}
