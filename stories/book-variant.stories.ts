/**
 * <circle-book-variant>: one story per state, each against a fresh booking-API simulator
 * (src/mocks) behind msw's service worker.
 */
import type { Meta, StoryObj } from '@storybook/web-components-vite';
import { html } from 'lit';
import { expect, waitFor } from 'storybook/test';
import { ifDefined } from 'lit/directives/if-defined.js';
import { http, HttpResponse } from 'msw';
import '../src/elements/book-variant/book-variant.js';
import { seedData } from '../src/mocks/index.js';
import { ada, apiBase, clickThrough, flowIn, simulate, useSimulator } from './support/simulator.js';

interface Args {
  'variant-id': string;
  'api-base': string;
  'location-id'?: string;
  locale?: string;
  'patient-given-name'?: string;
  'patient-family-name'?: string;
  'patient-email'?: string;
  'patient-phone'?: string;
  onCircleBookingCreated?: (event: Event) => void;
  onCircleStepChanged?: (event: Event) => void;
  onCircleError?: (event: Event) => void;
}

export default {
  title: 'Elements/circle-book-variant',
  component: 'circle-book-variant',
  tags: ['autodocs'],
  args: { 'variant-id': 'var_physio_initial', 'api-base': apiBase },
  render: (args) => html`<circle-book-variant
    variant-id=${args['variant-id']}
    api-base=${args['api-base']}
    location-id=${ifDefined(args['location-id'] || undefined)}
    locale=${ifDefined(args.locale || undefined)}
    patient-given-name=${ifDefined(args['patient-given-name'] || undefined)}
    patient-family-name=${ifDefined(args['patient-family-name'] || undefined)}
    patient-email=${ifDefined(args['patient-email'] || undefined)}
    patient-phone=${ifDefined(args['patient-phone'] || undefined)}
    @circle-booking-created=${args.onCircleBookingCreated}
    @circle-step-changed=${args.onCircleStepChanged}
    @circle-error=${args.onCircleError}
  ></circle-book-variant>`,
  // The controls set the attributes; the same options as properties are documented, not controlled.
  argTypes: Object.fromEntries(
    ['variantId', 'apiBase', 'locationId', 'patientGivenName', 'patientFamilyName', 'patientEmail', 'patientPhone'].map((name) => [name, { control: false }]),
  ),
  beforeEach: simulate(),
  parameters: {
    layout: 'padded',
    // Each story in its own frame, so each is answered by its own simulator (see book-service).
    docs: { story: { inline: false, iframeHeight: 640 } },
  },
} satisfies Meta<Args>;

type Story = StoryObj<Args>;

/** The initial physiotherapy assessment: the treatment is fixed, so the flow starts at the location. */
export const Default: Story = {};

/** The check-up is offered at one location only, so the flow starts at the day and time. */
export const OneLocation: Story = {
  name: 'One location',
  args: { 'variant-id': 'var_checkup' },
};

/**
 * The check-up takes a day's notice: times sooner than 24 hours ahead are shown as "Call to
 * book", with the clinic's phone as a link, and cannot be chosen. The first day shown may have
 * only such times: it says what to do rather than looking empty.
 */
export const CallToBook: Story = {
  name: 'Call to book',
  args: { 'variant-id': 'var_checkup' },
};

/**
 * The check-up is bookable online eight weeks ahead: paged to the last month, the days after
 * the horizon cannot be chosen and the grid says why ("Online booking opens 8 weeks ahead").
 */
export const PastTheHorizon: Story = {
  name: 'Past the horizon',
  args: { 'variant-id': 'var_checkup' },
  play: async ({ canvasElement }) => {
    const flow = await flowIn(canvasElement, 'circle-book-variant');
    for (let month = 0; month < 4; month++) {
      const next = await waitFor(() => {
        const button = flow.shadowRoot!.querySelector('circle-day-picker')?.shadowRoot?.querySelector<HTMLButtonElement>('[part=next]');
        if (!button) throw new Error('No day picker yet');
        return button;
      });
      if (next.getAttribute('aria-disabled') === 'true') return;
      next.click();
      await flow.updateComplete;
    }
  },
};

/** The staff wellbeing check is not offered online: the reason and the clinic's contact. */
export const NotBookable: Story = {
  name: 'Not bookable',
  args: { 'variant-id': 'var_hidden' },
};

/** Home visits are only offered at a location that does not take online bookings. */
export const NoLocation: Story = {
  name: 'No location',
  args: { 'variant-id': 'var_home_visit' },
};

/** The variant takes very long to arrive, so the loading skeleton stays on screen. */
export const Loading: Story = {
  beforeEach: simulate({ faults: [{ route: 'getVariant', latencyMs: 100_000 }] }),
};

/** The request for the variant fails before any answer: Try again is offered. */
export const NetworkError: Story = {
  name: 'Network error',
  beforeEach: simulate({
    overrides: () => [http.get(`${apiBase}/variants/:variantId`, () => HttpResponse.error())],
  }),
};

// The form the clinic asks for (issue #26).

/**
 * The check-up's details step with the clinic's own questions below the patient's details: an
 * insurance number (text, with a hint), "How did you hear about us?" (a choice), a yes/no and a
 * date. The labels and options are the API's, shown as text; all four may be left out.
 */
export const ClinicQuestions: Story = {
  name: "The clinic's own questions",
  args: { 'variant-id': 'var_checkup', 'patient-given-name': ada.givenName, 'patient-family-name': ada.familyName, 'patient-email': ada.email },
  play: async ({ canvasElement }) => {
    const flow = await flowIn(canvasElement, 'circle-book-variant');
    await clickThrough(flow, 'details');
  },
};

/**
 * A required question left unanswered: Review booking shows what is missing on the question
 * itself, with focus on it, as on the patient's own fields.
 */
export const ClinicQuestionRequired: Story = {
  name: "The clinic's own questions: one required, unanswered",
  args: ClinicQuestions.args!,
  beforeEach: simulate({
    data: (now) => {
      const data = seedData(now);
      const variants = data.variants.map((variant) =>
        variant.id === 'var_checkup'
          ? { ...variant, questions: variant.questions?.map((question) => ({ ...question, required: question.type === 'yes_no' })) }
          : variant,
      );
      return { ...data, variants };
    },
  }),
  play: async ({ canvasElement }) => {
    const flow = await flowIn(canvasElement, 'circle-book-variant');
    await clickThrough(flow, 'details');
    [...flow.shadowRoot!.querySelectorAll('button')].find((button) => button.textContent.trim() === 'Review booking')?.click();
    await waitFor(() => expect(flow.shadowRoot!.querySelector('circle-patient-form')?.shadowRoot?.querySelector('[part=error]')).toBeTruthy());
  },
};

// The waitlist (issue #23, part 2).

const followUpInBerlin = { 'variant-id': 'var_physio_followup', 'location-id': 'loc_berlin' };

/** No time suits the patient: they leave their contact and days, and are told they are on the waitlist. */
export const WaitlistJoined: Story = {
  name: 'Waitlist joined',
  args: followUpInBerlin,
  play: async ({ canvasElement }) => {
    const flow = await flowIn(canvasElement, 'circle-book-variant');
    const open = await waitFor(() => {
      const button = flow.shadowRoot!.querySelector<HTMLButtonElement>('[part=waitlist-button]');
      if (!button) throw new Error('No waitlist button yet');
      return button;
    });
    open.click();
    const form = await waitFor(() => {
      const found = flow.shadowRoot!.querySelector('circle-waitlist-form');
      if (!found?.shadowRoot?.querySelector('form')) throw new Error('No waitlist form yet');
      return found;
    });
    for (const [field, value] of Object.entries({ givenName: ada.givenName, familyName: ada.familyName, email: ada.email, phone: ada.phone })) {
      const input = form.shadowRoot!.querySelector<HTMLInputElement>(`#wl-${field}`)!;
      input.value = value;
      input.dispatchEvent(new Event('input', { bubbles: true, composed: true }));
    }
    form.shadowRoot!.querySelector<HTMLButtonElement>('[part=waitlist-join-button]')!.click();
  },
};

/** The time a waitlist offer named, booked by someone else first. */
let takenStart = '';

/**
 * A waitlist offer's link, followed after another patient booked the time: the flow says the
 * time was just taken, kindly, and shows the next free times.
 */
export const WaitlistOfferTaken: Story = {
  name: 'Waitlist offer taken by someone else',
  args: followUpInBerlin,
  beforeEach: ({ msw }) => {
    const simulator = useSimulator(msw);
    const from = new Date().toISOString().slice(0, 10);
    const to = new Date(Date.now() + 21 * 86_400_000).toISOString().slice(0, 10);
    const { slots } = simulator.getAvailability({ variantId: 'var_physio_followup', locationId: 'loc_berlin', from, to }).body as {
      slots: { start: string; bookableOnline?: boolean }[];
    };
    takenStart = slots.find((slot) => slot.bookableOnline !== false)!.start;
    simulator.createBooking({ variantId: 'var_physio_followup', locationId: 'loc_berlin', start: takenStart, patient: ada }, 'story-taken');
  },
  render: (args) => html`<circle-book-variant
    variant-id=${args['variant-id']}
    location-id=${ifDefined(args['location-id'])}
    start=${takenStart}
    api-base=${args['api-base']}
  ></circle-book-variant>`,
};
