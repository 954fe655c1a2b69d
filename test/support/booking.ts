/** Steps of a booking as a patient clicks and types through them, for the booking elements' tests. */
import { expect } from '@open-wc/testing';
import type { CircleBookingFlow } from '../../src/booking-flow/booking-flow.js';
import { control, find, queryAllDeep } from './dom.js';

export const ada = { givenName: 'Ada', familyName: 'Lovelace', email: 'ada@example.org', phone: '+44 20 7946 0958', dateOfBirth: '1985-12-10' };

export function flowOf(host: HTMLElement): Promise<CircleBookingFlow> {
  return find(() => host.shadowRoot?.querySelector('circle-booking-flow'), 'the booking flow to load');
}

export async function stepHeading(flow: CircleBookingFlow): Promise<string> {
  await flow.updateComplete;
  return flow.shadowRoot!.querySelector('[data-step-heading]')!.textContent!.trim();
}

export async function waitForStep(flow: CircleBookingFlow, step: string): Promise<void> {
  await find(() => (flow.state.step === step ? true : undefined), `step ${step} (now ${flow.state.step})`);
  await flow.updateComplete;
}

export async function chooseRadio(flow: CircleBookingFlow, name: RegExp): Promise<void> {
  const label = await find(
    () => queryAllDeep<HTMLLabelElement>(flow.shadowRoot!, 'label').find((l) => name.test(l.textContent ?? '') && l.querySelector('input[type=radio]')),
    `a choice named ${name}`,
  );
  label.querySelector('input')!.click();
  await flow.updateComplete;
}

export async function pressContinue(flow: CircleBookingFlow, label: string | RegExp = 'Continue'): Promise<void> {
  const button = control(flow.shadowRoot!, label)!;
  expect(button, `a ${label} button`).to.exist;
  button.click();
  await flow.updateComplete;
}

/** Presses the step's Continue button, found by its part in any language, and waits for `step`. */
export async function continueTo(flow: CircleBookingFlow, step: string): Promise<void> {
  await flow.updateComplete;
  flow.shadowRoot!.querySelector<HTMLElement>('[part~=continue-button]')!.click();
  await waitForStep(flow, step);
}

/** Waits for the times of the preselected day and chooses the first. Returns its start. */
export async function chooseFirstTime(flow: CircleBookingFlow): Promise<string> {
  const list = await find(() => flow.shadowRoot!.querySelector('circle-time-list'), 'the free times');
  const radio = await find(() => list.shadowRoot!.querySelector<HTMLInputElement>('input[type=radio]'), 'a free time');
  radio.click();
  await flow.updateComplete;
  return flow.state.slot!.start;
}

export async function fillDetails(flow: CircleBookingFlow, details: Partial<typeof ada> = ada): Promise<void> {
  const form = await find(() => flow.shadowRoot!.querySelector('circle-patient-form'), 'the patient form');
  await form.updateComplete;
  for (const [field, value] of Object.entries(details)) {
    const input = form.shadowRoot!.querySelector<HTMLInputElement>(`#${field}`)!;
    input.value = value;
    input.dispatchEvent(new Event('input', { bubbles: true, composed: true }));
  }
  await flow.updateComplete;
}

/** From wherever the flow starts to the review, choosing the first of everything. */
export async function bookUntilReview(flow: CircleBookingFlow): Promise<string> {
  if (flow.state.step === 'variant') {
    await chooseRadio(flow, /Initial assessment/);
    await pressContinue(flow);
  }
  if (flow.state.step === 'location') {
    await chooseRadio(flow, /Mitte/);
    await pressContinue(flow);
  }
  await waitForStep(flow, 'time');
  const start = await chooseFirstTime(flow);
  await pressContinue(flow);
  await waitForStep(flow, 'details');
  await fillDetails(flow);
  await pressContinue(flow, 'Review booking');
  await waitForStep(flow, 'review');
  return start;
}
