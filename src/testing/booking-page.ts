/**
 * A page object for `<circle-book-service>` and `<circle-book-variant>` in an integrator's
 * tests: it goes through the booking as a patient does (choose, continue, pick a time, type
 * the details, confirm) by reaching into the elements' shadow roots, so a test says what the
 * patient does and not where the flow keeps its buttons. It works in any DOM (a browser, jsdom,
 * happy-dom) and in any of the elements' languages: it finds controls by their parts and
 * fields, and choices by the names the API gave them.
 */
import type { BookingCreatedDetail } from '../booking-flow/booking-flow.events.js';
import type { BookingStep, PatientDraft } from '../flow/booking-flow.js';
import { deepQuery, deepQueryAll, deepText, waitFor, type WaitOptions } from './deep.js';

export type { BookingStep, PatientDraft };

/** A Lit element of the flow: its shadow root, and when its last render is done. */
interface FlowElement extends HTMLElement {
  updateComplete?: Promise<unknown>;
}

/** The step the flow shows, from its `data-step` (rendered, so read after `updateComplete`). */
function stepOf(flow: FlowElement): BookingStep | undefined {
  return (flow.shadowRoot?.querySelector('[part~="flow"]')?.getAttribute('data-step') ?? undefined) as BookingStep | undefined;
}

const patientFields = ['givenName', 'familyName', 'email', 'phone', 'dateOfBirth', 'note'] as const;

/** What `book()` chooses on the way; the first of each when left out. */
export interface BookingChoices {
  /** The treatment (variant) by the name the API gives it, where the service has several. */
  variant?: string | RegExp;
  /** The location by its name, where the variant is offered at several. */
  location?: string | RegExp;
  /** The day, `YYYY-MM-DD` in the clinic's time zone; the flow's first free day when left out. */
  day?: string;
  /** The time by the text it shows (`9:30`), or its start instant; the day's first free time when left out. */
  time?: string | RegExp;
  /** The patient's details, typed into the form. */
  details: PatientDraft;
}

export class BookingPage {
  /**
   * @param host the `<circle-book-service>` or `<circle-book-variant>` on the page
   * @param options how long each step may take to appear (default 5000 ms)
   */
  constructor(
    readonly host: HTMLElement,
    private readonly options: WaitOptions = {},
  ) {}

  /** The inner booking flow, once the service or variant has loaded. */
  async flow(): Promise<FlowElement> {
    return waitFor(
      () =>
        this.host.shadowRoot?.querySelector<FlowElement>('circle-booking-flow')?.shadowRoot &&
        this.host.shadowRoot.querySelector<FlowElement>('circle-booking-flow'),
      `<${this.host.localName}> to show its booking flow (error on screen: ${this.errorText() ?? 'none'})`,
      this.options,
    );
  }

  /** The step the patient is on: `variant`, `location`, `time`, `details`, `review` or `done`. */
  async step(): Promise<BookingStep> {
    const flow = await this.flow();
    await flow.updateComplete;
    return waitFor(() => stepOf(flow), 'the booking step', this.options);
  }

  /** Waits until the patient is on `step`. */
  async waitForStep(step: BookingStep): Promise<void> {
    const flow = await this.flow();
    await waitFor(() => stepOf(flow) === step, `the ${step} step (now on ${stepOf(flow)})`, this.options);
  }

  /** Chooses a treatment or a location on their steps, by its name. */
  async choose(name: string | RegExp): Promise<void> {
    const flow = await this.flow();
    const input = await waitFor(
      () =>
        deepQueryAll<HTMLLabelElement>(flow.shadowRoot!, 'label[part~="choice"]')
          .find((label) => matches(name, deepText(label)))
          ?.querySelector('input'),
      `a choice named ${name}`,
      this.options,
    );
    input.click();
    await flow.updateComplete;
  }

  /** Shows the times of `date` (`YYYY-MM-DD`), in whichever calendar layout the element uses. */
  async chooseDay(date: string): Promise<void> {
    const flow = await this.flow();
    const day = await waitFor(
      () => deepQuery<HTMLElement>(flow.shadowRoot!, `[data-date="${date}"]:not([aria-disabled="true"])`),
      `the day ${date} in the calendar`,
      this.options,
    );
    day.click();
    await flow.updateComplete;
  }

  /** The free times on screen, as they read (`9:30 AM`), once they have loaded. */
  async times(): Promise<string[]> {
    const flow = await this.flow();
    const labels = await waitFor(() => nonEmpty(deepQueryAll(flow.shadowRoot!, 'label[part~="time"]')), 'the free times', this.options);
    return labels.map((label) => deepText(label));
  }

  /**
   * Chooses a free time by its text or its start instant, or the first one shown, once the
   * times have loaded. Returns the chosen time's start (ISO 8601, with the clinic's offset).
   */
  async chooseTime(time?: string | RegExp): Promise<string> {
    const flow = await this.flow();
    const input = await waitFor(
      () =>
        deepQueryAll<HTMLLabelElement>(flow.shadowRoot!, 'label[part~="time"]')
          .map((label) => ({ text: deepText(label), input: label.querySelector('input')! }))
          .find(({ text, input: radio }) => time === undefined || matches(time, text) || radio.value === time)?.input,
      time === undefined ? 'a free time' : `the free time ${time}`,
      this.options,
    );
    input.click();
    await flow.updateComplete;
    return input.value;
  }

  /** Types the patient's details into the form, as input events, field by field. */
  async fillDetails(details: PatientDraft): Promise<void> {
    const flow = await this.flow();
    const form = await waitFor(
      () =>
        flow.shadowRoot!.querySelector<FlowElement>('circle-patient-form')?.shadowRoot && flow.shadowRoot!.querySelector<FlowElement>('circle-patient-form'),
      'the details form',
      this.options,
    );
    await form.updateComplete;
    for (const field of patientFields) {
      const value = details[field];
      if (value === undefined) continue;
      const input = form.shadowRoot!.querySelector<HTMLInputElement | HTMLTextAreaElement>(`[name="${field}"]`);
      if (!input) throw new Error(`The details form has no ${field} field`);
      input.value = value;
      input.dispatchEvent(new Event('input', { bubbles: true, composed: true }));
    }
    await flow.updateComplete;
  }

  /**
   * Presses the step's Continue (on the details step, the button that goes on to the review)
   * and returns the step it led to. Fails with what the screen says when the flow does not go
   * on: nothing chosen yet, or a field that needs attention.
   */
  async continue(): Promise<BookingStep> {
    return this.press('continue-button');
  }

  /** Presses Back and returns the step it led to. */
  async back(): Promise<BookingStep> {
    return this.press('back-button');
  }

  /**
   * Presses Confirm on the review and waits for the answer. Resolves with the booking the
   * element announced (`circle-booking-created`); fails with the message on screen when the
   * booking was not made (the time was just taken, the API failed).
   */
  async confirm(): Promise<BookingCreatedDetail> {
    const flow = await this.flow();
    let booked: BookingCreatedDetail | undefined;
    const listener = (event: Event) => (booked = (event as Event & { detail: BookingCreatedDetail }).detail);
    this.host.addEventListener('circle-booking-created', listener, { once: true });
    try {
      (await this.part(flow, 'confirm-button')).click();
      await waitFor(
        () => {
          if (booked) return true;
          const refused = stepOf(flow) !== 'review' || this.errorText();
          if (refused)
            throw new Error(
              `The booking was not made: ${this.errorText() ?? deepText(flow.shadowRoot!.querySelector('[part~="notice"]') ?? flow.shadowRoot!)}`,
            );
          return false;
        },
        'the booking to be confirmed',
        this.options,
      );
      await flow.updateComplete;
      return booked!;
    } finally {
      this.host.removeEventListener('circle-booking-created', listener);
    }
  }

  /**
   * The whole booking, from wherever the flow starts: each choice given (or the first one),
   * the details, Confirm. Resolves with the booking; fails where a step cannot go on.
   */
  async book(choices: BookingChoices): Promise<BookingCreatedDetail> {
    for (;;) {
      const step = await this.step();
      if (step === 'variant') await this.choose(choices.variant ?? /./);
      else if (step === 'location') await this.choose(choices.location ?? /./);
      else if (step === 'time') {
        if (choices.day) await this.chooseDay(choices.day);
        await this.chooseTime(choices.time);
      } else if (step === 'details') await this.fillDetails(choices.details);
      else if (step === 'review') return this.confirm();
      else throw new Error(`The booking is already ${step}`);
      await this.continue();
    }
  }

  /** The message of the error on screen (the service did not load, the times did not, the booking failed), if one shows. */
  errorText(): string | undefined {
    // A field's own error is the form's business (`continue()` reports those), not the screen's.
    const inForm = (element: Element) => (element.getRootNode() as ShadowRoot).host?.localName === 'circle-patient-form';
    const error = deepQueryAll(this.host, '[part~="error"]').find((element) => !inForm(element));
    return error ? deepText(error) : undefined;
  }

  /** Everything the element shows, as text (`expect(page.text()).toContain(…)`). */
  text(): string {
    return deepText(this.host);
  }

  private async press(part: 'continue-button' | 'back-button'): Promise<BookingStep> {
    const flow = await this.flow();
    const from = await this.step();
    const button = await this.part(flow, part);
    if (button.getAttribute('aria-disabled') === 'true') {
      throw new Error(`Cannot continue from the ${from} step: ${deepText(flow.shadowRoot!.querySelector('#continue-hint') ?? button)}`);
    }
    button.click();
    await flow.updateComplete;
    const to = stepOf(flow) ?? from;
    if (to === from) {
      const errors = deepQueryAll(flow.shadowRoot!, '[part~="error"]').map((error) => deepText(error));
      throw new Error(`The ${from} step did not go on${errors.length ? `: ${errors.join('; ')}` : ''}`);
    }
    return to;
  }

  private part(flow: FlowElement, part: string): Promise<HTMLElement> {
    return waitFor(() => flow.shadowRoot!.querySelector<HTMLElement>(`[part~="${part}"]`), `the ${part}`, this.options);
  }
}

function matches(name: string | RegExp, text: string): boolean {
  return typeof name === 'string' ? text.includes(name) : name.test(text);
}

function nonEmpty<T>(list: T[]): T[] | undefined {
  return list.length ? list : undefined;
}
