/**
 * The same booking page object for Playwright, on its locators: Playwright's CSS and role
 * locators go through open shadow roots by themselves, so this only knows where the flow keeps
 * its controls (parts and field names, the same in every language). Typed by the few locator
 * methods it calls, so the package needs no Playwright to be installed; pass a Playwright
 * `Locator` for the element, e.g. `bookingLocators(page.locator('circle-book-service'))`.
 */
import type { BookingChoices } from './booking-page.js';

/** The part of Playwright's `Locator` this page object calls; `L` is the locator type itself. */
export interface PlaywrightLocator<L> {
  locator(selector: string): L;
  filter(options: { hasText?: string | RegExp }): L;
  first(): L;
  click(): Promise<void>;
  check(): Promise<void>;
  fill(value: string): Promise<void>;
  waitFor(options?: { state?: 'attached' | 'detached' | 'visible' | 'hidden'; timeout?: number }): Promise<void>;
  getAttribute(name: string): Promise<string | null>;
  inputValue(): Promise<string>;
}

const detailFields = ['givenName', 'familyName', 'email', 'phone', 'dateOfBirth', 'note'] as const;

/** Locators and steps for a `<circle-book-service>` or `<circle-book-variant>` under Playwright. */
export function bookingLocators<L extends PlaywrightLocator<L>>(host: L) {
  const flow = host.locator('circle-booking-flow');
  const part = (name: string): L => flow.locator(`[part~="${name}"]`).first();
  const steps = {
    /** The step the patient is on, as the flow's heading shows it (`Choose a day and time`). */
    heading: flow.locator('[data-step-heading]'),
    /** The step's main button: Continue, or Review on the details step. */
    continueButton: part('continue-button'),
    backButton: part('back-button'),
    confirmButton: part('confirm-button'),
    /** The error on screen, from the host or the flow (not a form field's). */
    error: host.locator('[part~="error"]:not(circle-patient-form *)').first(),
    /** The confirmation's link to the booking (it carries the patient's token). */
    appointmentLink: part('appointment-link'),
    /** A treatment or location to choose, by its name. */
    choice: (name: string | RegExp) => flow.locator('label[part~="choice"]').filter({ hasText: name }).first(),
    /** A day in the calendar, `YYYY-MM-DD`. */
    day: (date: string) => flow.locator(`[data-date="${date}"]`).first(),
    /** A free time by its text, or the first one shown. */
    time: (text?: string | RegExp) => {
      const times = flow.locator('label[part~="time"]');
      return (text === undefined ? times : times.filter({ hasText: text })).first();
    },
    /** A field of the details form by its name (`givenName`, `email`…). */
    field: (name: (typeof detailFields)[number]) => flow.locator(`circle-patient-form [name="${name}"]`),

    /** Chooses the time (the first free one unless given) and returns its start instant. */
    async chooseTime(text?: string | RegExp): Promise<string> {
      const radio = steps.time(text).locator('input');
      await radio.check();
      return radio.inputValue();
    },

    async fillDetails(details: BookingChoices['details']): Promise<void> {
      for (const name of detailFields) {
        const value = details[name];
        if (value !== undefined) await steps.field(name).fill(value);
      }
    },

    /** The step the patient is on: `variant`, `location`, `time`, `details`, `review` or `done`. */
    step: async (): Promise<string | null> => part('flow').getAttribute('data-step'),

    /**
     * From wherever the flow is to the confirmation, choosing what is given or the first of
     * each; which steps show depends on the service (several treatments, several locations).
     */
    async book(choices: BookingChoices): Promise<void> {
      for (;;) {
        const step = await steps.step();
        if (step === 'variant')
          await steps
            .choice(choices.variant ?? /./)
            .locator('input')
            .check();
        else if (step === 'location')
          await steps
            .choice(choices.location ?? /./)
            .locator('input')
            .check();
        else if (step === 'time') {
          if (choices.day) await steps.day(choices.day).click();
          await steps.chooseTime(choices.time);
        } else if (step === 'details') await steps.fillDetails(choices.details);
        else if (step === 'review') {
          await steps.confirmButton.click();
          await steps.appointmentLink.waitFor();
          return;
        } else throw new Error(`The booking is on the ${step} step`);
        await steps.continueButton.click();
      }
    },
  };
  return steps;
}
