/**
 * <circle-book-service>: one story per state a patient can meet, each against a fresh
 * booking-API simulator (src/mocks) behind msw's service worker, with the fault or override
 * that puts the element in that state.
 */
import type { Meta, StoryObj } from '@storybook/web-components-vite';
import { html } from 'lit';
import { ifDefined } from 'lit/directives/if-defined.js';
import { http, HttpResponse } from 'msw';
import { expect, waitFor } from 'storybook/test';
import '../src/elements/book-service/book-service.js';
import type { PatientDraft } from '../src/flow/booking-flow.js';
import { ada, apiBase, clickThrough, confirmBooking, flowIn, renamedSeed, simulate } from './support/simulator.js';
import { holdByAnotherPatient, shortHolds } from '../src/mocks/index.js';

interface Args {
  'service-id': string;
  'api-base': string;
  'location-id'?: string;
  'practitioner-id'?: string;
  locale?: string;
  'patient-given-name'?: string;
  'patient-family-name'?: string;
  'patient-email'?: string;
  'patient-phone'?: string;
  layout?: 'month' | 'week' | 'list';
  onCircleBookingCreated?: (event: Event) => void;
  onCircleStepChanged?: (event: Event) => void;
  onCircleError?: (event: Event) => void;
  patient?: PatientDraft;
}

export default {
  title: 'Elements/circle-book-service',
  component: 'circle-book-service',
  tags: ['autodocs'],
  args: { 'service-id': 'svc_physio', 'api-base': apiBase },
  render: (args) => html`<circle-book-service
    service-id=${args['service-id']}
    api-base=${args['api-base']}
    location-id=${ifDefined(args['location-id'] || undefined)}
    practitioner-id=${ifDefined(args['practitioner-id'] || undefined)}
    locale=${ifDefined(args.locale || undefined)}
    patient-given-name=${ifDefined(args['patient-given-name'] || undefined)}
    patient-family-name=${ifDefined(args['patient-family-name'] || undefined)}
    patient-email=${ifDefined(args['patient-email'] || undefined)}
    patient-phone=${ifDefined(args['patient-phone'] || undefined)}
    layout=${ifDefined(args.layout || undefined)}
    @circle-booking-created=${args.onCircleBookingCreated}
    @circle-step-changed=${args.onCircleStepChanged}
    @circle-error=${args.onCircleError}
    .patient=${args.patient ?? {}}
  ></circle-book-service>`,
  // The controls set the attributes; the same options as properties are documented, not controlled.
  argTypes: Object.fromEntries(
    ['serviceId', 'apiBase', 'locationId', 'practitionerId', 'patientGivenName', 'patientFamilyName', 'patientEmail', 'patientPhone', 'prefillFromUrl'].map(
      (name) => [name, { control: false }],
    ),
  ),
  beforeEach: simulate(),
  parameters: {
    layout: 'padded',
    docs: {
      // Each story in its own frame: they all mount the API at /api, and msw answers each
      // frame from that frame's own handlers, so one story's simulator never answers another's.
      story: { inline: false, iframeHeight: 640 },
    },
  },
} satisfies Meta<Args>;

type Story = StoryObj<Args>;

/** Physiotherapy: three treatments, two locations that take online bookings. */
export const Default: Story = {};

/** The service takes very long to arrive, so the loading skeleton stays on screen. */
export const Loading: Story = {
  beforeEach: simulate({ faults: [{ route: 'getService', latencyMs: 100_000 }] }),
};

/** The `service-id` matches no service: the API answers 404 not_found. */
export const NotFound: Story = {
  name: 'Not found',
  args: { 'service-id': 'svc_does_not_exist' },
};

/** Hydrotherapy is paused: the clinic's message and how to reach it, no steps. */
export const NotBookable: Story = {
  name: 'Not bookable',
  args: { 'service-id': 'svc_hydro' },
};

/** Home visits are only offered at a location that does not take online bookings. */
export const NoBookableLocation: Story = {
  name: 'No bookable location',
  args: { 'service-id': 'svc_home' },
};

/** The request for the service fails before any answer (offline, DNS, CORS): Try again is offered. */
export const NetworkError: Story = {
  name: 'Network error',
  beforeEach: simulate({
    overrides: () => [http.get(`${apiBase}/services/:serviceId`, () => HttpResponse.error())],
  }),
};

/** The API answers 200 with a body that breaks the contract: the element refuses to guess. */
export const MalformedResponse: Story = {
  name: 'Malformed response',
  beforeEach: simulate({ faults: [{ route: 'getService', malformedBody: true }] }),
};

/** The API answers 429 rate_limited with `Retry-After: 60`: the patient is told how long to wait. */
export const RateLimited: Story = {
  name: 'Rate limited',
  beforeEach: simulate({ faults: [{ route: 'getService', status: 429, retryAfterSeconds: 60 }] }),
};

/** A general check-up: one treatment at one location, so the flow starts at the day and time. */
export const OneVariantOneLocation: Story = {
  name: 'One variant one location',
  args: { 'service-id': 'svc_checkup' },
};

/**
 * A link that names Jonas, at Mitte, for an initial assessment: the times of his days only
 * (Mondays, Wednesdays and Fridays), his card above them; "Any available practitioner" widens.
 */
export const PractitionerChosen: Story = {
  name: 'Practitioner chosen',
  args: { 'practitioner-id': 'prac_jonas', 'location-id': 'loc_berlin' },
};

/**
 * Lukas is fully booked online: no day in any month. The flow says so and offers any available
 * practitioner, or the clinic's phone.
 */
export const PractitionerFullyBooked: Story = {
  name: 'Practitioner fully booked',
  args: { 'practitioner-id': 'prac_lukas', 'location-id': 'loc_berlin' },
};

/**
 * The dietitian has no free time for about ten days: the day picker jumps to the first free
 * day (and offers "Go to the next free day" when a month has none).
 */
export const NoFreeTimesSoon: Story = {
  name: 'No free times soon',
  args: { 'service-id': 'svc_nutrition' },
};

/**
 * Someone else books the chosen time while the patient is on the review step. The play
 * function clicks through as a patient would (the details are prefilled through the `patient`
 * property) and presses Confirm booking: the API answers 409 `slot_unavailable`
 * (`application/problem+json`), and the flow goes back to the times with a notice, keeping
 * the details; the taken time is no longer offered. The 409 answers once, so the patient can
 * then book another time.
 *
 * To see it by hand: choose a time, continue twice, and press Confirm booking.
 */
export const SlotTakenAtConfirm: Story = {
  name: 'Slot taken at confirm',
  args: { 'service-id': 'svc_checkup', patient: ada },
  beforeEach: simulate({
    overrides: (simulator) => [
      http.post(
        `${apiBase}/bookings`,
        async ({ request }) => {
          // Someone else gets there first, so the times fetched again no longer offer it.
          const body = (await request.json()) as Record<string, unknown>;
          const grace = { givenName: 'Grace', familyName: 'Hopper', email: 'grace@example.org', phone: '+1 202 555 0143', dateOfBirth: '1976-12-09' };
          simulator.createBooking({ ...body, patient: grace }, `someone-else-${Date.now()}`);
          return HttpResponse.json(
            { title: 'Slot unavailable', status: 409, code: 'slot_unavailable', detail: 'That time is no longer free. Please pick another time.' },
            { status: 409, headers: { 'Content-Type': 'application/problem+json' } },
          );
        },
        { once: true },
      ),
    ],
  }),
  play: async ({ canvasElement }) => {
    const flow = await flowIn(canvasElement, 'circle-book-service');
    await clickThrough(flow, 'review');
    await confirmBooking(flow);
    await waitFor(() => expect(flow.shadowRoot!.querySelector('[part=notice]')).toBeTruthy(), { timeout: 10_000 });
  },
};

// Held times (issue 21, part 3).

/**
 * The picked time is held while the patient types: the details step says calmly until when.
 * Screen readers hear only two minutes left and the end, not a countdown.
 */
export const TimeHeld: Story = {
  name: 'Time held while typing',
  args: { 'service-id': 'svc_checkup', patient: ada },
  play: async ({ canvasElement }) => {
    const flow = await flowIn(canvasElement, 'circle-book-service');
    await clickThrough(flow, 'details');
    await waitFor(() => expect(flow.shadowRoot!.querySelector('[part=hold]')?.textContent).toContain('until'), { timeout: 10_000 });
  },
};

/**
 * A time held by another patient: someone else holds the picked time a moment before this
 * patient's hold arrives (409 `slot_held`). The details step keeps every detail and offers the
 * free times nearest the lost one.
 */
export const TimeHeldByAnotherPatient: Story = {
  name: 'Time held by another patient',
  args: { 'service-id': 'svc_checkup', patient: ada },
  beforeEach: simulate({
    overrides: (simulator) => [
      http.post(
        `${apiBase}/holds`,
        async ({ request }) => {
          // Another patient gets there first; then the simulator answers this patient's hold.
          holdByAnotherPatient(simulator, (await request.clone().json()) as { variantId: string; locationId: string; start: string });
        },
        { once: true },
      ),
    ],
  }),
  play: async ({ canvasElement }) => {
    const flow = await flowIn(canvasElement, 'circle-book-service');
    await clickThrough(flow, 'details');
    await waitFor(() => expect(flow.shadowRoot!.querySelector('[part=hold-lost]')).toBeTruthy(), { timeout: 10_000 });
  },
};

/**
 * The same, with Anna chosen: the nearest free times are everyone's, Anna's first under her
 * name, then another practitioner's where one is nearer; taking one of theirs widens the
 * choice to anyone, every detail kept.
 */
export const TimeHeldByAnotherPatientPractitionerChosen: Story = {
  name: 'Time held by another patient, practitioner chosen',
  args: { 'practitioner-id': 'prac_anna', 'location-id': 'loc_berlin', patient: ada },
  beforeEach: TimeHeldByAnotherPatient.beforeEach,
  play: TimeHeldByAnotherPatient.play,
};

/**
 * A hold expiring: holds last three seconds here (ten minutes by default). When it ends, the
 * details step says so, keeps every detail, and offers the nearest free times, the lost one
 * too while it is still free.
 */
export const HoldExpired: Story = {
  name: 'Hold expired',
  args: { 'service-id': 'svc_checkup', patient: ada },
  beforeEach: simulate(shortHolds(3)),
  play: async ({ canvasElement }) => {
    const flow = await flowIn(canvasElement, 'circle-book-service');
    await clickThrough(flow, 'details');
    await waitFor(() => expect(flow.shadowRoot!.querySelector('[part=hold-lost]')).toBeTruthy(), { timeout: 10_000 });
  },
};

/**
 * The clinic already knows the patient and passes their name, email and phone as
 * `patient-*` attributes. The play function clicks through to the details step, which shows
 * them filled in; only the date of birth is left to type.
 */
export const PrefilledPatient: Story = {
  name: 'Prefilled patient',
  args: {
    'service-id': 'svc_checkup',
    'patient-given-name': 'Ada',
    'patient-family-name': 'Lovelace',
    'patient-email': 'ada@example.org',
    'patient-phone': '+44 20 7946 0958',
  },
  play: async ({ canvasElement }) => {
    const flow = await flowIn(canvasElement, 'circle-book-service');
    await clickThrough(flow, 'details');
  },
};

/**
 * Prefill that fails the patient schema is left out, not shown as an error: here the page
 * passes `patient-email="ada(at)example"` and `patient-phone="call me"`, so the details step
 * shows only the name filled in, and no field is marked wrong until the patient types.
 */
export const PrefillRejected: Story = {
  name: 'Prefill with bad values',
  args: {
    'service-id': 'svc_checkup',
    'patient-given-name': 'Ada',
    'patient-family-name': 'Lovelace',
    'patient-email': 'ada(at)example',
    'patient-phone': 'call me',
  },
  play: async ({ canvasElement }) => {
    const flow = await flowIn(canvasElement, 'circle-book-service');
    await clickThrough(flow, 'details');
  },
};

/** `layout="month"` (the default) in a wide container: the month grid beside the chosen day's times. */
export const LayoutMonthWide: Story = {
  name: 'Layout: month, 1200 px',
  args: { 'service-id': 'svc_checkup', layout: 'month' },
  decorators: [(story) => html`<div style="width: 1200px">${story()}</div>`],
};

/** `layout="week"`: a strip of the week's days above the chosen day's times; arrows page the weeks. */
export const LayoutWeek: Story = {
  name: 'Layout: week',
  args: { 'service-id': 'svc_checkup', layout: 'week' },
};

/** `layout="list"`: no calendar, the next days with free times and their times; "Show more days" adds five. */
export const LayoutList: Story = {
  name: 'Layout: list',
  args: { 'service-id': 'svc_checkup', layout: 'list' },
  decorators: [(story) => html`<div style="width: 720px">${story()}</div>`],
};

/** A 320 px container (a sidebar, or a phone at 200 % zoom): one column, full-width actions. */
export const Narrow: Story = {
  name: 'Layout: 320 px container',
  args: { 'service-id': 'svc_checkup' },
  decorators: [(story) => html`<div style="width: 320px; border: 1px dashed #8795a1">${story()}</div>`],
};

/** `locale="de-DE"`: durations, prices, dates and times in German formats. */
export const GermanLocale: Story = {
  name: 'German locale',
  args: { locale: 'de-DE' },
};

const longNames = renamedSeed({
  services: {
    svc_physio: {
      name: 'Physiotherapy, rehabilitation and return-to-sport programmes for muscles, joints, tendons and movement after injury',
      description:
        'Our chartered physiotherapists assess and treat problems with muscles, joints, tendons and movement, from a stiff neck ' +
        'after long days at the desk to rehabilitation after knee surgery or a return to competitive sport. ' +
        'Bring your Krankenversicherungsmitgliedsbescheinigung and any Arbeitsunfähigkeitsbescheinigungen.\n\n' +
        'Your first visit is an initial assessment of about an hour; later visits are follow-up treatments. Please wear comfortable ' +
        'clothes you can move in, and bring any scans, reports or letters from your doctor: ' +
        'https://circle-health.example/patients/before-your-first-physiotherapy-visit-what-to-bring-and-what-to-expect',
    },
  },
  variants: {
    var_physio_initial: 'Initial physiotherapy assessment of the lower back, hips and knees, with a written home exercise programme',
    var_physio_followup: 'Follow-up treatment session with manual therapy, taping and progression of your home exercise programme',
    var_physio_massage: 'Sports massage for runners, cyclists and team players preparing for a competition or after a training block',
  },
  locations: {
    loc_berlin: 'Circle Health Mitte — Physiotherapy, Rehabilitation and Sports Medicine Centre at the Friedrichstraße Gallery',
    loc_newyork: 'Circle Health Midtown — Physical Therapy and Sports Medicine at the Empire State Building, Fifth Avenue entrance',
  },
});

/** The clinic's own content in Arabic, for the right-to-left story. */
const arabicNames = renamedSeed({
  services: {
    svc_physio: {
      name: 'العلاج الطبيعي',
      description:
        'تقييم وعلاج العضلات والمفاصل والحركة على يد أخصائيي علاج طبيعي معتمدين.\n\n' +
        'زيارتك الأولى تقييم أولي، والزيارات اللاحقة جلسات متابعة. يُرجى ارتداء ملابس مريحة.',
    },
  },
  variants: { var_physio_initial: 'التقييم الأولي', var_physio_followup: 'جلسة متابعة', var_physio_massage: 'تدليك رياضي' },
  locations: { loc_berlin: 'سيركل هيلث ميته', loc_newyork: 'سيركل هيلث ميدتاون' },
});

/**
 * Names of about 120 characters, a long description with long German compounds and an
 * unbroken URL: everything wraps inside the element's width. The simulator serves the
 * renamed seed, so every later step shows the same long names.
 */
export const LongNames: Story = {
  name: 'Long names',
  beforeEach: simulate({ data: longNames }),
};

/**
 * In Arabic, on a right-to-left page (the page's `lang="ar" dir="rtl"`): the layout mirrors
 * (text start, radios, buttons, the day picker's arrows), the element's own words are Arabic,
 * and the clinic's content (service, treatments, locations) comes from the API in Arabic.
 */
export const RightToLeft: Story = {
  name: 'Right-to-left (Arabic)',
  globals: { locale: 'ar' },
  beforeEach: simulate({ data: arabicNames }),
};

/** On a dark page (`color-scheme: dark`): the element's colours follow the page's scheme. */
export const DarkTheme: Story = {
  name: 'Dark theme',
  decorators: [
    (story) => html`<div style="color-scheme: dark; background: #0f1419; color: #e8edf2; padding: 1.5rem; border-radius: 0.5rem">
      ${story()}
    </div>`,
  ],
};

/** A clinic's own look through CSS custom properties set on an ancestor. */
export const ClinicTheme: Story = {
  name: 'Clinic theme',
  decorators: [
    (story) => html`<div style="--circle-color-accent: #7b2d8e; --circle-radius: 1.25rem; font-family: Georgia, 'Times New Roman', serif">
      ${story()}
    </div>`,
  ],
};

// Undo a booking just made (issue #23).

/** Booked a moment ago: "Undo this booking" with the time left, counting down; said once to screen readers. */
export const UndoCountingDown: Story = {
  name: 'Undo counting down',
  args: { 'service-id': 'svc_checkup', patient: ada },
  play: async ({ canvasElement }) => {
    const flow = await flowIn(canvasElement, 'circle-book-service');
    await clickThrough(flow, 'review');
    await confirmBooking(flow);
    await waitFor(() => expect(flow.shadowRoot!.querySelector('[part=undo-button]')).toBeTruthy(), { timeout: 10_000 });
  },
};

/** Undo pressed after the window closed: the API refuses (409), the booking stands and the patient is told why. */
export const UndoRefused: Story = {
  name: 'Undo refused',
  args: { 'service-id': 'svc_checkup', patient: ada },
  beforeEach: simulate({
    overrides: () => [
      http.post(`${apiBase}/appointments/:appointmentId/undo`, () =>
        HttpResponse.json(
          {
            title: 'Conflict',
            status: 409,
            code: 'conflict',
            detail: 'The time to undo this booking has passed. You can still cancel it from your appointment link, where the clinic allows.',
          },
          { status: 409, headers: { 'Content-Type': 'application/problem+json' } },
        ),
      ),
    ],
  }),
  play: async ({ canvasElement }) => {
    const flow = await flowIn(canvasElement, 'circle-book-service');
    await clickThrough(flow, 'review');
    await confirmBooking(flow);
    const undo = await waitFor(() => flow.shadowRoot!.querySelector<HTMLElement>('[part=undo-button]')!, { timeout: 10_000 });
    undo.click();
    await waitFor(() => expect(flow.shadowRoot!.querySelector('[part=error]')).toBeTruthy(), { timeout: 10_000 });
  },
};

/** Undone: back at the times, the service, day and details kept, told the booking is undone. */
export const Undone: Story = {
  name: 'Undone',
  args: { 'service-id': 'svc_checkup', patient: ada },
  play: async ({ canvasElement }) => {
    const flow = await flowIn(canvasElement, 'circle-book-service');
    await clickThrough(flow, 'review');
    await confirmBooking(flow);
    const undo = await waitFor(() => flow.shadowRoot!.querySelector<HTMLElement>('[part=undo-button]')!, { timeout: 10_000 });
    undo.click();
    await waitFor(() => expect(flow.shadowRoot!.querySelector('[part=notice]')).toBeTruthy(), { timeout: 10_000 });
  },
};

/** Video and phone consultations: the mode beside each treatment; "Where" says "Video call" or "We'll call you". */
export const VideoAndPhoneVisits: Story = {
  name: 'Video and phone visits',
  args: { 'service-id': 'svc_online' },
};

// Who the visit is for, new and returning patients, and the code that confirms a new email.

const grace = { givenName: 'Grace', familyName: 'Hopper', email: 'grace@example.org', phone: '+1 202 555 0143', dateOfBirth: '1976-12-09' };

/** Clicks the answer of one of the flow's questions, by its label's text. */
async function answerQuestion(canvas: HTMLElement, answer: RegExp): Promise<void> {
  const flow = await flowIn(canvas, 'circle-book-service');
  const label = await waitFor(
    () => {
      const found = [...flow.shadowRoot!.querySelectorAll('label.inline-choice')].find((candidate) => answer.test(candidate.textContent ?? ''));
      if (!found) throw new Error(`No answer ${answer} yet`);
      return found;
    },
    { timeout: 10_000 },
  );
  label.querySelector('input')!.click();
  await flow.updateComplete;
}

/** "Have you been to us before?" answered yes: the initial assessment, for new patients only, is left out, and the flow says why. */
export const ReturningPatient: Story = {
  name: 'Returning patient: a new-patient-only treatment left out',
  play: async ({ canvasElement }) => {
    await answerQuestion(canvasElement, /Yes, I have/);
    const flow = await flowIn(canvasElement, 'circle-book-service');
    await expect(flow.shadowRoot!.textContent).toContain('is for new patients only.');
  },
};

/** "Who is this visit for?": someone else. The details step takes the patient's details and the booker's. */
export const BookingForSomeoneElse: Story = {
  name: 'Booking for someone else',
  args: { 'service-id': 'svc_checkup' },
  play: async ({ canvasElement }) => {
    const flow = await flowIn(canvasElement, 'circle-book-service');
    await clickThrough(flow, 'details');
    await answerQuestion(canvasElement, /Someone else/);
    await waitFor(() => expect(flow.shadowRoot!.querySelectorAll('circle-patient-form')).toHaveLength(2));
  },
};

/** A new email: the API sent a code (see the simulator's outbox) and the flow asks for it, with "Send a new code" waiting out its cool-down. */
export const CodeAsked: Story = {
  name: 'Code asked',
  args: { 'service-id': 'svc_checkup', patient: grace },
  beforeEach: simulate({ rules: { verifyNewEmails: true } }),
  play: async ({ canvasElement }) => {
    const flow = await flowIn(canvasElement, 'circle-book-service');
    await clickThrough(flow, 'review');
    await confirmBooking(flow);
    await waitFor(() => expect(flow.state.step).toBe('verify'));
  },
};

/** The API's answers to a code, in turn: first it asks for one, then it refuses the one typed with `code`. */
function refusesCode(code: 'verification_code_wrong' | 'verification_code_expired' | 'verification_attempts_exceeded', status: number, attemptsLeft: number) {
  let asked = false;
  const verification = {
    id: 'ver_story',
    channel: 'email',
    destination: 'g•••@example.org',
    codeLength: 6,
    expiresInSeconds: 600,
    resendAfterSeconds: 30,
    attemptsLeft: 5,
  };
  const answer = (body: object, at: number) => HttpResponse.json(body, { status: at, headers: { 'Content-Type': 'application/problem+json' } });
  return simulate({
    overrides: () => [
      http.post(`${apiBase}/bookings`, () => {
        if (!asked) {
          asked = true;
          return answer({ title: 'Verification required', status: 403, code: 'verification_required', detail: 'Enter the code we sent.', verification }, 403);
        }
        return answer({ title: 'Code refused', status, code, detail: 'Code refused.', verification: { ...verification, attemptsLeft } }, status);
      }),
    ],
  });
}

/** Types a code into the code step and sends it. */
async function sendCode(canvas: HTMLElement, code: string): Promise<void> {
  const flow = await flowIn(canvas, 'circle-book-service');
  await clickThrough(flow, 'review');
  await confirmBooking(flow);
  await waitFor(() => expect(flow.state.step).toBe('verify'));
  const input = flow.shadowRoot!.querySelector<HTMLInputElement>('#code')!;
  input.value = code;
  input.dispatchEvent(new Event('input', { bubbles: true, composed: true }));
  await flow.updateComplete;
  [...flow.shadowRoot!.querySelectorAll<HTMLButtonElement>('button')].find((button) => button.textContent?.trim() === 'Confirm booking')!.click();
  await waitFor(() => expect(flow.shadowRoot!.querySelector('[data-problem]')).toBeTruthy(), { timeout: 10_000 });
}

/** A wrong code: said so, with the tries left; what was typed stays. */
export const CodeWrong: Story = {
  name: 'Code wrong',
  args: { 'service-id': 'svc_checkup', patient: grace },
  beforeEach: refusesCode('verification_code_wrong', 422, 4),
  play: ({ canvasElement }) => sendCode(canvasElement, '123456'),
};

/** An expired code: said so, with a new code to ask for. */
export const CodeExpired: Story = {
  name: 'Code expired',
  args: { 'service-id': 'svc_checkup', patient: grace },
  beforeEach: refusesCode('verification_code_expired', 410, 5),
  play: ({ canvasElement }) => sendCode(canvasElement, '123456'),
};

/** Too many wrong codes: this code no longer works; a new one can be asked for. */
export const CodeTooManyTries: Story = {
  name: 'Code: too many tries',
  args: { 'service-id': 'svc_checkup', patient: grace },
  beforeEach: refusesCode('verification_attempts_exceeded', 403, 0),
  play: ({ canvasElement }) => sendCode(canvasElement, '123456'),
};

/** The patient already holds as many upcoming visits as the clinic takes online: said so, with the clinic's phone. */
export const BookingLimit: Story = {
  name: 'Booking limit',
  args: { 'service-id': 'svc_checkup', patient: ada },
  beforeEach: simulate({ rules: { upcomingLimit: 0 } }),
  play: async ({ canvasElement }) => {
    const flow = await flowIn(canvasElement, 'circle-book-service');
    await clickThrough(flow, 'review');
    // The booking is refused, so the flow stays on the review, showing why.
    [...flow.shadowRoot!.querySelectorAll<HTMLButtonElement>('button')].find((button) => button.textContent?.trim() === 'Confirm booking')!.click();
    await waitFor(() => expect(flow.shadowRoot!.querySelector('[part=error]')).toBeTruthy(), { timeout: 10_000 });
  },
};

/**
 * The page prefills a mistyped email (ada@gmial.com); leaving the field offers "Did you mean
 * ada@gmail.com?" under it. One tap takes it; the booking goes on with or without it.
 */
export const EmailSuggestion: Story = {
  name: 'Email suggestion',
  args: { 'service-id': 'svc_checkup', patient: { ...ada, email: 'ada@gmial.com' } },
  play: async ({ canvasElement }) => {
    const flow = await flowIn(canvasElement, 'circle-book-service');
    await clickThrough(flow, 'details');
    const form = flow.shadowRoot!.querySelector('circle-patient-form')!;
    form.shadowRoot!.querySelector<HTMLInputElement>('#email')!.focus();
    form.shadowRoot!.querySelector<HTMLInputElement>('#phone')!.focus();
    await waitFor(() => expect(form.shadowRoot!.querySelector('.suggestion button')).toBeTruthy(), { timeout: 10_000 });
  },
};
