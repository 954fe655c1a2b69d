/**
 * <circle-appointment>: one story per state a patient can meet when they open their
 * appointment link, each against a fresh booking-API simulator (src/mocks) behind msw's service
 * worker, opening one of the seeded appointments (`seedAppointments`) with its token.
 */
import type { Meta, StoryObj } from '@storybook/web-components-vite';
import { html } from 'lit';
import { ifDefined } from 'lit/directives/if-defined.js';
import { http, HttpResponse } from 'msw';
import { expect, waitFor } from 'storybook/test';
import '../src/elements/appointment/appointment.js';
import { lateFeeAppointment, seedAppointments, seedData, seedWithLateFee, seedWithTimesInsideCutoff, type SeedData } from '../src/mocks/index.js';
import { apiBase, simulate } from './support/simulator.js';

interface Args {
  'appointment-id': string;
  token?: string;
  'api-base': string;
  locale?: string;
  onCircleAppointmentCancelled?: (event: Event) => void;
  onCircleAppointmentRescheduled?: (event: Event) => void;
  onCircleError?: (event: Event) => void;
}

/** The seeded appointment's id and token as the story's args. */
function opening(key: keyof typeof seedAppointments): Pick<Args, 'appointment-id' | 'token'> {
  return { 'appointment-id': seedAppointments[key].id, token: seedAppointments[key].token };
}

export default {
  title: 'Elements/circle-appointment',
  component: 'circle-appointment',
  tags: ['autodocs'],
  args: { ...opening('formsDue'), 'api-base': apiBase },
  render: (args) => html`<circle-appointment
    appointment-id=${args['appointment-id']}
    token=${ifDefined(args.token || undefined)}
    api-base=${args['api-base']}
    locale=${ifDefined(args.locale || undefined)}
    @circle-appointment-cancelled=${args.onCircleAppointmentCancelled}
    @circle-appointment-rescheduled=${args.onCircleAppointmentRescheduled}
    @circle-error=${args.onCircleError}
  ></circle-appointment>`,
  argTypes: Object.fromEntries(['appointmentId', 'apiBase'].map((name) => [name, { control: false }])),
  beforeEach: simulate(),
  parameters: {
    layout: 'padded',
    // Each story in its own frame, so each is answered by its own simulator (see book-service).
    docs: { story: { inline: false, iframeHeight: 720 } },
  },
} satisfies Meta<Args>;

type Story = StoryObj<Args>;

type Host = HTMLElement & { updateComplete: Promise<boolean> };

const patience = { timeout: 10_000 };

/** The element once its appointment is on screen. */
async function loaded(canvas: HTMLElement): Promise<Host> {
  return waitFor(() => {
    const element = canvas.querySelector<Host>('circle-appointment');
    if (!element?.shadowRoot?.querySelector('#heading')) throw new Error('The appointment has not loaded yet');
    return element;
  }, patience);
}

async function press(element: Host, label: string): Promise<void> {
  const button = [...element.shadowRoot!.querySelectorAll<HTMLButtonElement>('button')].find((candidate) => candidate.textContent?.trim() === label);
  if (!button) throw new Error(`No "${label}" button`);
  button.click();
  await element.updateComplete;
}

/**
 * A physiotherapy assessment next week: the intake forms still to fill in, and cancelling and
 * changing the time open until 24 hours before, each with its deadline. "Add to calendar"
 * downloads an .ics file.
 */
export const UpcomingWithFormsDue: Story = {
  name: 'Upcoming, forms due',
};

/** In New York, intake complete: nothing to fill in; times are the clinic's, the patient's own noted. */
export const IntakeComplete: Story = {
  name: 'Intake complete',
  args: opening('ready'),
};

/** The seed with Sam's visit, booked by his mother Ada: the appointment says whom it is for and who booked it. */
function withSamsVisit(now: Date): SeedData {
  const data = seedData(now);
  const formsDue = data.appointments.find((record) => record.id === seedAppointments.formsDue.id)!;
  data.appointments.push({
    ...formsDue,
    id: 'apt_for_sam',
    token: 'tok_for_sam_3e9d21',
    patient: { givenName: 'Sam', familyName: 'Lovelace', dateOfBirth: '2017-03-02' },
    bookedBy: { givenName: 'Ada', familyName: 'Lovelace', relationship: 'parent', email: 'ada@example.org', phone: '+44 20 7946 0958' },
  });
  return data;
}

/** Booked by a parent for a child: "For: Sam Lovelace, booked by Ada Lovelace (parent)". */
export const BookedForSomeoneElse: Story = {
  name: 'Booked for someone else',
  args: { 'appointment-id': 'apt_for_sam', token: 'tok_for_sam_3e9d21' },
  beforeEach: simulate({ data: withSamsVisit }),
  play: async ({ canvasElement }) => {
    const element = await loaded(canvasElement);
    await expect(element.shadowRoot!.querySelector('[part=details]')!.textContent.replace(/[\u2068\u2069]/g, '')).toContain(
      'Sam Lovelace, booked by Ada Lovelace (parent)',
    );
  },
};

/**
 * Within 24 hours: the API lists cancel and reschedule as not allowed, with its reason. No dead
 * buttons: each says why, and the clinic's phone is a link to call.
 */
export const CancelClosed: Story = {
  name: 'Cancel closed',
  args: opening('soon'),
};

/** Cancelled two days ago, with the reason the patient gave. Nothing left to do online. */
export const Cancelled: Story = {
  args: opening('cancelled'),
};

/** The visit took place. */
export const Completed: Story = {
  args: opening('completed'),
};

/** The patient did not come (`no_show`): missed, with how to book again. */
export const Missed: Story = {
  args: opening('noShow'),
};

/** The link's token has expired: the API answers 410 link_expired. Nothing about the booking shows. */
export const ExpiredLink: Story = {
  name: 'Expired link',
  args: opening('expiredLink'),
};

/** The link was cut short and carries no token: the same screen, and the API is not asked. */
export const MissingToken: Story = {
  name: 'Missing token',
  args: { token: '' },
};

/** A mail client shortened the link: its token ends in "…". Known by its shape; the API is not asked. */
export const DamagedLink: Story = {
  name: 'Damaged link',
  args: { token: `${seedAppointments.formsDue.token.slice(0, -3)}…` },
};

/** A token the API does not know: 401 unauthorized, "This link doesn't work" (not "expired"). */
export const WrongToken: Story = {
  name: 'Wrong token',
  args: { token: 'tok_guessed' },
};

/** No appointment has this id: the API answers 404 not_found. */
export const NotFound: Story = {
  name: 'Not found',
  args: { 'appointment-id': 'apt_does_not_exist' },
};

/** The appointment takes very long to arrive, so the loading skeleton stays on screen. */
export const Loading: Story = {
  beforeEach: simulate({ faults: [{ route: 'getAppointment', latencyMs: 100_000 }] }),
};

/** The request fails before any answer (offline, DNS, CORS): Try again is offered. */
export const NetworkError: Story = {
  name: 'Network error',
  beforeEach: simulate({
    overrides: () => [http.get(`${apiBase}/appointments/:appointmentId`, () => HttpResponse.error())],
  }),
};

/** The API answers 200 with a body that breaks the contract: the element refuses to guess. */
export const MalformedResponse: Story = {
  name: 'Malformed response',
  beforeEach: simulate({ faults: [{ route: 'getAppointment', malformedBody: true }] }),
};

/** A video visit: the API also lists `join_video`, an action this version does not know. It is left out, safely. */
export const UnknownAction: Story = {
  name: 'Unknown action',
  args: opening('videoVisit'),
};

/** "Cancel appointment" pressed: the inline question, its heading focused, an optional reason. */
export const ConfirmCancel: Story = {
  name: 'Confirm cancel',
  play: async ({ canvasElement }) => {
    const element = await loaded(canvasElement);
    await press(element, 'Cancel appointment');
    await waitFor(() => expect(element.shadowRoot!.querySelector('[part=confirm]')).toBeTruthy(), patience);
  },
};

/**
 * The clinic refuses the cancellation (409 conflict) although the list said it was allowed: the
 * server's reason is shown and the appointment reloaded. Press "Cancel appointment", then "Yes, cancel".
 */
export const CancelRefused: Story = {
  name: 'Cancel refused',
  beforeEach: simulate({
    overrides: () => [
      http.post(`${apiBase}/appointments/:appointmentId/cancel`, () =>
        HttpResponse.json(
          { title: 'Conflict', status: 409, code: 'conflict', detail: 'The clinic has just closed cancellations for this visit; please call +49 30 1234567.' },
          { status: 409, headers: { 'Content-Type': 'application/problem+json' } },
        ),
      ),
    ],
  }),
};

/** "Change time" pressed: the month's free days and the first free day's times, in the clinic's zone. */
export const ChooseNewTime: Story = {
  name: 'Choose a new time',
  play: async ({ canvasElement }) => {
    const element = await loaded(canvasElement);
    await press(element, 'Change time');
    await waitFor(() => expect(element.shadowRoot!.querySelector('circle-time-list')).toBeTruthy(), patience);
  },
};

/** A visit with Jonas: "Change time" offers only his days and times, until the patient widens to anyone. */
export const ChooseNewTimeSamePractitioner: Story = {
  name: 'Choose a new time with the same practitioner',
  args: opening('ready'),
  play: async ({ canvasElement }) => {
    const element = await loaded(canvasElement);
    await press(element, 'Change time');
    await waitFor(() => expect(element.shadowRoot!.querySelector('.widen input')).toBeTruthy(), patience);
  },
};

/** `locale="de-DE"`: dates, times and durations in German formats. */
export const GermanLocale: Story = {
  name: 'German locale',
  args: { locale: 'de-DE' },
};

/** In Arabic, on a right-to-left page (`lang="ar" dir="rtl"`): the layout mirrors, the words are Arabic. */
export const RightToLeft: Story = {
  name: 'Right-to-left (Arabic)',
  globals: { locale: 'ar' },
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

// Video and phone visits (issue #23).

/** The seeded video visit, answered as starting `startsIn` ms from now on the viewer's clock. */
function videoVisitStarting(startsIn: number) {
  return simulate({
    overrides: (simulator) => [
      http.get(`${apiBase}/appointments/${seedAppointments.videoCall.id}`, () => {
        const seeded = simulator.getAppointment(seedAppointments.videoCall.id, seedAppointments.videoCall.token).body as { start: string; end: string };
        const start = Date.now() + startsIn;
        return HttpResponse.json({ ...seeded, start: new Date(start).toISOString(), end: new Date(start + 30 * 60_000).toISOString() });
      }),
    ],
  });
}

/** A video visit an hour away: "Join video visit" is shown disabled, saying when it opens; it opens on its own. */
export const VideoNotYetOpen: Story = {
  name: 'Video visit, not yet open',
  args: opening('videoCall'),
  beforeEach: videoVisitStarting(60 * 60_000),
};

/** Five minutes before a video visit: "Join video visit" opens the room in a new tab. */
export const VideoOpen: Story = {
  name: 'Video visit, open',
  args: opening('videoCall'),
  beforeEach: videoVisitStarting(5 * 60_000),
};

/** After a video visit's end: it says the visit has ended, with no link. */
export const VideoOver: Story = {
  name: 'Video visit, over',
  args: opening('videoCall'),
  beforeEach: videoVisitStarting(-31 * 60_000),
};

/** A phone visit: "Where" says "We'll call you". */
export const PhoneVisit: Story = {
  name: 'Phone visit',
  args: opening('phoneCall'),
};

// Cancellation terms (issue 21, part 4).

/**
 * The clinic charges a late fee: free to change or cancel until 48 hours before, then a €25 fee
 * until the 24-hour cutoff. Both are said above the buttons, before the patient acts.
 */
export const TermsWithLateFee: Story = {
  name: 'Terms with a late fee',
  beforeEach: simulate({ data: seedWithLateFee }),
};

/**
 * A cancellation past its free deadline, with a fee: the terms say the fee applies now, and
 * "Yes, cancel" does nothing until the patient ticks "I accept the late fee of €25.00".
 */
export const LateFeeToAccept: Story = {
  name: 'Late fee to accept',
  args: { 'appointment-id': lateFeeAppointment.id, token: lateFeeAppointment.token },
  beforeEach: simulate({ data: seedWithLateFee }),
  play: async ({ canvasElement }) => {
    const element = await loaded(canvasElement);
    await press(element, 'Cancel appointment');
    await waitFor(() => expect(element.shadowRoot!.querySelector('[part=fee]')).toBeTruthy(), patience);
  },
};

/**
 * A move into the cutoff: the first free times are within 24 hours. Choose one and Continue:
 * "Move to …?" says that the visit could then no longer be changed or cancelled online.
 */
export const MoveIntoCutoff: Story = {
  name: 'Move into the cutoff',
  beforeEach: simulate({ data: seedWithTimesInsideCutoff }),
  play: async ({ canvasElement }) => {
    const element = await loaded(canvasElement);
    await press(element, 'Change time');
    const list = await waitFor(() => {
      const found = element.shadowRoot!.querySelector('circle-time-list')?.shadowRoot?.querySelector<HTMLInputElement>('input[type=radio]');
      if (!found) throw new Error('No free time yet');
      return found;
    }, patience);
    list.click();
    await element.updateComplete;
    await press(element, 'Continue');
    await waitFor(() => expect(element.shadowRoot!.querySelector('[part=cutoff-notice]')).toBeTruthy(), patience);
  },
};
