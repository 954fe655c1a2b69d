/** Steps of a booking as a patient clicks and types through them, for the booking elements' tests. */
import { expect } from '@open-wc/testing';
import type { CircleAppointment } from '../../src/elements/appointment/appointment.js';
import type { CircleBookingFlow } from '../../src/booking-flow/booking-flow.js';
import type { StepChangedEvent } from '../../src/booking-flow/booking-flow.events.js';
import type { BookingStep } from '../../src/flow/booking-flow.js';
import { control, find, queryAllDeep, visibleText } from './dom.js';

export const ada = { givenName: 'Ada', familyName: 'Lovelace', email: 'ada@example.org', phone: '+44 20 7946 0958', dateOfBirth: '1985-12-10' };

export function flowOf(host: HTMLElement): Promise<CircleBookingFlow> {
  return find(() => host.shadowRoot?.querySelector('circle-booking-flow'), 'the booking flow to load');
}

export async function stepHeading(flow: CircleBookingFlow): Promise<string> {
  await flow.updateComplete;
  return flow.shadowRoot!.querySelector('[data-step-heading]')!.textContent.trim();
}

export type Step = BookingStep;

/**
 * The step on screen, in any language: its heading's `data-step-heading` holds the step's code
 * (the flow's one test seam, see its render); undefined while no step is shown.
 */
export function currentStep(flow: CircleBookingFlow): Step | undefined {
  return (flow.shadowRoot?.querySelector('[data-step-heading]')?.getAttribute('data-step-heading') || undefined) as Step | undefined;
}

export async function waitForStep(flow: CircleBookingFlow, step: Step): Promise<void> {
  await find(() => (currentStep(flow) === step ? true : undefined), `step ${step} (now ${currentStep(flow)})`);
  await flow.updateComplete;
  await detailsFormShown(flow, step);
}

/**
 * On the details step, waits for the patient form: it is a chunk fetched after the flow's first
 * render, and on a loaded machine it can still be on its way when the step's heading shows.
 */
async function detailsFormShown(flow: CircleBookingFlow, step: Step): Promise<void> {
  if (step !== 'details') return;
  const form = await find(() => flow.shadowRoot!.querySelector('circle-patient-form'), 'the patient form');
  await customElements.whenDefined('circle-patient-form');
  await form.updateComplete;
}

/** The day the patient has chosen, as the month grid or the week strip marks it (`YYYY-MM-DD`). */
export function chosenDay(flow: CircleBookingFlow): string | undefined {
  const root = flow.shadowRoot!;
  const day =
    root.querySelector('circle-day-picker')?.shadowRoot?.querySelector<HTMLElement>('[aria-selected=true]') ??
    root.querySelector<HTMLElement>('.week-day[aria-pressed=true]');
  return day?.dataset.date;
}

/** The time the patient has chosen: the start of the checked time in any list of times shown. */
export function chosenTime(flow: CircleBookingFlow): string | undefined {
  return queryAllDeep<HTMLInputElement>(flow.shadowRoot!, 'input[type=radio][name=time]').find((radio) => radio.checked)?.value;
}

/**
 * The time the flow holds, not only the radio a click checked: Continue to the details and Back,
 * and read the time checked then, drawn again from what the flow kept.
 */
export async function heldTime(flow: CircleBookingFlow): Promise<string | undefined> {
  await pressContinue(flow);
  await waitForStep(flow, 'details');
  await pressContinue(flow, 'Back');
  await waitForStep(flow, 'time');
  return find(() => chosenTime(flow), 'the chosen time');
}

/** Who the review says is booking (name and email), as the patient reads it. */
export function reviewedPatient(flow: CircleBookingFlow): string {
  const summary = flow.shadowRoot!.querySelector('[part~=summary]');
  expect(summary, "the review's summary").to.exist;
  return visibleText(summary!);
}

/** What the patient form holds, field by field, for the fields of `ada`. */
export async function enteredDetails(flow: CircleBookingFlow): Promise<Partial<typeof ada>> {
  const form = await find(() => flow.shadowRoot!.querySelector('circle-patient-form'), 'the patient form');
  await form.updateComplete;
  const entered: Partial<typeof ada> = {};
  for (const field of Object.keys(ada) as (keyof typeof ada)[]) {
    const value = form.shadowRoot!.querySelector<HTMLInputElement>(`#${field}`)?.value;
    if (value) entered[field] = value;
  }
  return entered;
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

/**
 * Presses the step's Continue button, found by its part in any language, and waits until the
 * flow tells its host (`circle-step-changed`) that `step` is shown.
 */
export async function continueTo(flow: CircleBookingFlow, step: Step): Promise<void> {
  await flow.updateComplete;
  let reached: string | undefined;
  const onStepChanged = (event: StepChangedEvent) => (reached = event.detail.step);
  flow.addEventListener('circle-step-changed', onStepChanged);
  try {
    flow.shadowRoot!.querySelector<HTMLElement>('[part~=continue-button]')!.click();
    await find(() => (reached === step ? true : undefined), `step ${step} (now ${reached})`);
  } finally {
    flow.removeEventListener('circle-step-changed', onStepChanged);
  }
  await flow.updateComplete;
  await detailsFormShown(flow, step);
}

/**
 * Chooses the month's first day with `times` or more times to book online, unless the chosen
 * day still has them: a time lost late in the day can have been its last.
 */
export async function keepADayWithTimes(flow: CircleBookingFlow, times = 1): Promise<void> {
  const picker = await find(() => flow.shadowRoot!.querySelector('circle-day-picker'), 'the day picker');
  await find(() => (picker.pending ? undefined : true), "the month's free days");
  const bookable = (day: string) => (flow.month?.days.get(day)?.filter((slot) => slot.bookableOnline !== false).length ?? 0) >= times;
  const chosen = chosenDay(flow);
  if (chosen && bookable(chosen)) return;
  // Not a day whose only times are "Call to book".
  const day = [...(flow.month?.days.keys() ?? [])].sort().find(bookable);
  expect(day, `a day with ${times} or more times to book online`).to.be.a('string');
  picker.shadowRoot!.querySelector<HTMLElement>(`td[data-date="${day}"]`)!.click();
  await flow.updateComplete;
}

/** Waits for the times of the preselected day and chooses the first. Returns its start. */
export async function chooseFirstTime(flow: CircleBookingFlow): Promise<string> {
  const list = await find(() => flow.shadowRoot!.querySelector('circle-time-list'), 'the free times');
  const radio = await find(() => list.shadowRoot!.querySelector<HTMLInputElement>('input[type=radio]'), 'a free time');
  radio.click();
  await flow.updateComplete;
  expect(radio.checked, 'the time is chosen').to.equal(true);
  return radio.value;
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
  await find(() => currentStep(flow), 'the first step');
  if (currentStep(flow) === 'variant') {
    await chooseRadio(flow, /Initial assessment/);
    await pressContinue(flow);
  }
  if (currentStep(flow) === 'location') {
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

/** Waits until `<circle-appointment>` shows its appointment (loaded, its heading on screen). */
export async function appointmentShown(host: CircleAppointment): Promise<void> {
  await find(() => host.shadowRoot!.querySelector('article[aria-busy=false] #heading'), 'the appointment');
  await host.updateComplete;
}
