import { expect, fixture, html } from '@open-wc/testing';
import { http, HttpResponse } from 'msw';
import '../../src/elements/book-service/book-service.js';
import type { CircleBookService } from '../../src/elements/book-service/book-service.js';
import type { CircleBookingFlow } from '../../src/booking-flow/booking-flow.js';
import { BookingSimulator, createHandlers } from '../../src/mocks/index.js';
import { todayIn } from '../../src/flow/availability-window.js';
import { addDays } from '../../src/time/zoned.js';
import { apiBase, patientAppBase, useSimulator, withoutHolds, worker } from '../support/simulator-worker.js';
import { wcagViolations } from '../support/axe.js';
import { control, find, queryAllDeep, visibleText } from '../support/dom.js';
import { ada, chooseFirstTime, chooseRadio, currentStep, fillDetails, flowOf, pressContinue, reviewedPatient, waitForStep } from '../support/booking.js';

const sam = { givenName: 'Sam', familyName: 'Lovelace', dateOfBirth: '2017-03-02' };
const grace = { givenName: 'Grace', familyName: 'Hopper', email: 'grace@example.org', phone: '+1 202 555 0143', dateOfBirth: '1976-12-09' };

/** A simulator of its own in front of the shared one, for options the shared one lacks. */
function ownSimulator(options: ConstructorParameters<typeof BookingSimulator>[0] = {}): BookingSimulator {
  const simulator = new BookingSimulator({ patientAppBase, ...options });
  worker.use(...createHandlers(simulator, { apiBase }));
  return simulator;
}

async function physio(): Promise<CircleBookingFlow> {
  const element = await fixture<CircleBookService>(html`<circle-book-service service-id="svc_physio" api-base=${apiBase}></circle-book-service>`);
  return flowOf(element);
}

/** The radio of a question, by the text of its label. */
async function answer(flow: CircleBookingFlow, name: RegExp): Promise<void> {
  const label = await find(
    () => [...flow.shadowRoot!.querySelectorAll('label.inline-choice')].find((candidate) => name.test(candidate.textContent ?? '')),
    `the answer ${name}`,
  );
  label.querySelector('input')!.click();
  await flow.updateComplete;
}

/** Through the treatment, place and time, to the details. */
async function toDetails(flow: CircleBookingFlow, treatment = /Follow-up treatment/, { weekAhead = false } = {}): Promise<void> {
  await chooseRadio(flow, treatment);
  await pressContinue(flow);
  await chooseRadio(flow, /Mitte/);
  await pressContinue(flow);
  await waitForStep(flow, 'time');
  // A week ahead, for tests that move the clock: today's first time may be gone by then.
  if (weekAhead) flow.chooseDate(addDays(todayIn('Europe/Berlin'), 7));
  await chooseFirstTime(flow);
  await pressContinue(flow);
  await waitForStep(flow, 'details');
}

function forms(flow: CircleBookingFlow) {
  return [...flow.shadowRoot!.querySelectorAll('circle-patient-form')];
}

async function fillForm(form: HTMLElement & { updateComplete: Promise<boolean> }, details: Record<string, string>): Promise<void> {
  await form.updateComplete;
  for (const [field, value] of Object.entries(details)) {
    const input = form.shadowRoot!.querySelector<HTMLInputElement | HTMLSelectElement>(`#${field}`)!;
    input.value = value;
    input.dispatchEvent(new Event(input instanceof HTMLSelectElement ? 'change' : 'input', { bubbles: true, composed: true }));
  }
}

const text = (flow: CircleBookingFlow) => visibleText(flow.shadowRoot!).replace(/[\u2068\u2069]/g, '');

describe('"Have you been to us before?"', () => {
  beforeEach(useSimulator);

  it('offers only the treatments that fit, and says why one is missing', async () => {
    const flow = await physio();
    await find(() => flow.shadowRoot!.querySelector('input[name=returning]'), 'the question');

    await answer(flow, /Yes, I have/);

    const shown = text(flow);
    expect(shown).to.contain('Follow-up treatment').and.contain('Initial assessment is for new patients only.');
    expect([...flow.shadowRoot!.querySelectorAll('input[name=variant]')]).to.have.length(2);
    expect(await wcagViolations(flow)).to.deep.equal([]);
  });

  it('lets a chosen treatment go when the answer rules it out, and says so', async () => {
    const flow = await physio();
    await chooseRadio(flow, /Initial assessment/);

    await answer(flow, /Yes, I have/);

    expect(queryAllDeep<HTMLInputElement>(flow.shadowRoot!, 'input[name=variant]').filter((radio) => radio.checked)).to.have.length(0);
    expect(control(flow.shadowRoot!, 'Continue')!.getAttribute('aria-disabled')).to.equal('true');
  });

  it('asks a returning patient for the postal code the clinic named, and books them', async () => {
    const simulator = await useSimulator();
    const flow = await physio();
    await answer(flow, /Yes, I have/);
    await toDetails(flow);

    await fillDetails(flow, ada);
    await fillForm(forms(flow)[0]!, { postalCode: 'NW1 6XE' });
    await pressContinue(flow, 'Review booking');
    await waitForStep(flow, 'review');
    control(flow.shadowRoot!, 'Confirm booking')!.click();
    await waitForStep(flow, 'done');

    expect(simulator.state().appointments.at(-1)!.patient?.givenName).to.equal('Ada');
  });
});

describe('"Who is this visit for?"', () => {
  beforeEach(useSimulator);

  it("takes the patient's and the booker's details, and books for the patient", async () => {
    const simulator = await useSimulator();
    const flow = await physio();
    await toDetails(flow);

    await answer(flow, /Someone else/);
    const [patient, booker] = forms(flow);
    await fillForm(patient!, sam);
    await fillForm(booker!, { givenName: 'Ada', familyName: 'Lovelace', relationship: 'parent', email: 'ada@example.org', phone: '+44 20 7946 0958' });
    expect(await wcagViolations(flow)).to.deep.equal([]);
    await pressContinue(flow, 'Review booking');
    await waitForStep(flow, 'review');

    expect(text(flow)).to.contain('Sam Lovelace, booked by Ada Lovelace (parent)');
    control(flow.shadowRoot!, 'Confirm booking')!.click();
    await waitForStep(flow, 'done');
    const booked = simulator.state().appointments.at(-1)!;
    expect(booked.patient).to.deep.equal(sam);
    expect(booked.bookedBy?.relationship).to.equal('parent');
  });

  it('keeps the booking back until the booker says how they are related, and shows why', async () => {
    const flow = await physio();
    await toDetails(flow);
    await answer(flow, /Someone else/);
    const [patient, booker] = forms(flow);
    await fillForm(patient!, sam);
    await fillForm(booker!, { givenName: 'Ada', familyName: 'Lovelace', email: 'ada@example.org', phone: '+44 20 7946 0958' });

    await pressContinue(flow, 'Review booking');
    await booker!.updateComplete;

    expect(currentStep(flow)).to.equal('details');
    expect(visibleText(booker!.shadowRoot!)).to.contain('Choose how you are related to the patient');
  });

  it("puts the API's error on the booker's own field, and keeps the patient's details", async () => {
    const flow = await physio();
    await toDetails(flow);
    await answer(flow, /Someone else/);
    const [patient, booker] = forms(flow);
    await fillForm(patient!, sam);
    await fillForm(booker!, { givenName: 'Ada', familyName: 'Lovelace', relationship: 'parent', email: 'ada@example.org', phone: '+44 20 7946 0958' });
    await pressContinue(flow, 'Review booking');
    await waitForStep(flow, 'review');
    worker.use(
      http.post(`${apiBase}/bookings`, () =>
        HttpResponse.json(
          { title: 'Invalid', status: 422, code: 'validation', errors: [{ field: 'bookedBy.email', message: 'This address cannot receive mail.' }] },
          { status: 422, headers: { 'Content-Type': 'application/problem+json' } },
        ),
      ),
    );

    control(flow.shadowRoot!, 'Confirm booking')!.click();
    await waitForStep(flow, 'details');
    const [patientAgain, bookerAgain] = forms(flow);
    await bookerAgain!.updateComplete;
    await patientAgain!.updateComplete;

    const bookerEmail = bookerAgain!.shadowRoot!.querySelector<HTMLInputElement>('#email')!;
    expect(bookerEmail.getAttribute('aria-invalid')).to.equal('true');
    expect(bookerAgain!.shadowRoot!.getElementById('email-error')!.textContent).to.contain('This address cannot receive mail.');
    expect(bookerEmail.value).to.equal('ada@example.org');
    // Not on the patient's form, whose own email field is theirs, not the booker's.
    expect(visibleText(patientAgain!.shadowRoot!)).not.to.contain('This address cannot receive mail.');
    for (const [field, value] of Object.entries(sam)) {
      expect(patientAgain!.shadowRoot!.querySelector<HTMLInputElement>(`#${field}`)!.value, field).to.equal(value);
    }
    expect(await wcagViolations(flow)).to.deep.equal([]);

    // Fixing the field takes the error away.
    await fillForm(bookerAgain!, { email: 'ada@example.com' });
    await bookerAgain!.updateComplete;
    expect(bookerEmail.getAttribute('aria-invalid')).to.equal('false');
  });

  it('keeps what was typed for the patient when the answer switches back and forth', async () => {
    const flow = await physio();
    await toDetails(flow);
    await fillDetails(flow, ada);

    await answer(flow, /Someone else/);
    await answer(flow, /^\s*Me\s*$/);

    expect(forms(flow)[0]!.shadowRoot!.querySelector<HTMLInputElement>('#givenName')!.value).to.equal('Ada');
  });
});

describe('a code to confirm a new email', () => {
  beforeEach(useSimulator);

  /** A new patient at the code step; the simulator asks codes of new emails. */
  /** At the code step; `withHolds: false` books without holding the time, for tests that move the clock past a hold's end. */
  async function atCodeStep({ withHolds = true } = {}) {
    const simulator = ownSimulator({ verifyNewEmails: true });
    if (!withHolds) withoutHolds();
    const flow = await physio();
    await toDetails(flow, /Sports massage/, { weekAhead: !withHolds });
    await fillDetails(flow, grace);
    await pressContinue(flow, 'Review booking');
    await waitForStep(flow, 'review');
    control(flow.shadowRoot!, 'Confirm booking')!.click();
    await waitForStep(flow, 'verify');
    const input = flow.shadowRoot!.querySelector<HTMLInputElement>('#code')!;
    const sent = () => (simulator.getOutbox('grace@example.org').body as { messages: Array<{ code?: string }> }).messages[0]!.code!;
    const type = async (value: string) => {
      input.value = value;
      input.dispatchEvent(new Event('input', { bubbles: true, composed: true }));
      await flow.updateComplete;
    };
    return { simulator, flow, input, sent, type };
  }

  it('asks for it with where it went, one-time-code autocomplete, and a resend that waits', async () => {
    const { flow, input } = await atCodeStep();

    expect(text(flow)).to.contain('We sent a 6-digit code to g•••@example.org.');
    // The attribute, not the property: Firefox reflects only the tokens it fills itself.
    expect(input.getAttribute('autocomplete')).to.equal('one-time-code');
    expect(input.inputMode).to.equal('numeric');
    expect(control(flow.shadowRoot!, 'Send a new code')!.getAttribute('aria-disabled')).to.equal('true');
    expect(text(flow)).to.match(/You can ask for a new code in \d+ seconds\./);
    expect(await wcagViolations(flow)).to.deep.equal([]);

    // The wait counts down on its own, with nothing else happening on the page.
    const secondsLeft = () => Number(/new code in (\d+) seconds/.exec(text(flow))![1]);
    const before = secondsLeft();
    await new Promise((resolve) => setTimeout(resolve, 2200));
    expect(secondsLeft()).to.be.within(before - 3, before - 1);
  });

  it('lets the patient ask for a new code once the wait is over, and books with the new one', async () => {
    const { simulator, flow, input, type } = await atCodeStep();
    // The outbox lists the newest first.
    const codes = () => (simulator.getOutbox('grace@example.org').body as { messages: Array<{ code?: string }> }).messages.map((message) => message.code!);
    const resend = () => control(flow.shadowRoot!, 'Send a new code')!;
    await type('12');
    expect(resend().getAttribute('aria-disabled')).to.equal('true');

    // Half a minute on, on the page's clock and the simulator's: the flow's own wake-up, not a
    // render caused by anything else, shows the wait is over.
    const realNow = Date.now.bind(Date);
    Date.now = () => realNow() + 31_000;
    simulator.setNow(() => new Date(Date.now()));
    try {
      await find(() => (resend().getAttribute('aria-disabled') === 'false' ? true : undefined), 'a usable "Send a new code"', 3000);
      expect(text(flow)).not.to.match(/new code in/);
      expect(resend().hasAttribute('aria-describedby')).to.equal(false);

      resend().click();
      await find(() => (codes().length === 2 ? true : undefined), 'a second code sent');
      await find(() => (!flow.confirmingNow && /new code in \d+ seconds/.test(text(flow)) ? true : undefined), 'the wait again, for the new code');
      expect(resend().getAttribute('aria-disabled')).to.equal('true');
      // The half-typed old code is moot: the field is empty for the new one.
      expect(input.value).to.equal('');

      await type(codes()[0]!);
      control(flow.shadowRoot!, 'Confirm booking')!.click();
      await waitForStep(flow, 'done');
    } finally {
      Date.now = realNow;
    }
    expect(simulator.state().appointments.at(-1)!.patient?.email).to.equal('grace@example.org');
  });

  it('books with the code from the outbox, pasted with its spaces', async () => {
    const { simulator, flow, sent, type } = await atCodeStep();

    await type(`${sent().slice(0, 3)} ${sent().slice(3)}`);
    control(flow.shadowRoot!, 'Confirm booking')!.click();
    await waitForStep(flow, 'done');

    expect(simulator.state().appointments.at(-1)!.patient?.email).to.equal('grace@example.org');
  });

  it('says a wrong code is wrong and how many tries are left, keeping what was typed', async () => {
    const { flow, sent, type, input } = await atCodeStep();
    const wrong = sent() === '000000' ? '111111' : '000000';

    await type(wrong);
    control(flow.shadowRoot!, 'Confirm booking')!.click();
    await find(() => flow.shadowRoot!.querySelector('[data-problem=wrong]'), 'the wrong-code message');

    expect(text(flow)).to.contain("That code isn't right").and.contain('4 tries left.');
    expect(input.value).to.equal(wrong);
    expect(flow.state.patient.email).to.equal('grace@example.org');
    expect(await wcagViolations(flow)).to.deep.equal([]);
  });

  it('says an expired code has expired', async () => {
    // Eleven minutes on, the held time would have ended first: this is about the code.
    const { simulator, flow, sent, type } = await atCodeStep({ withHolds: false });
    const code = sent();
    simulator.setNow(new Date(Date.now() + 11 * 60_000));

    await type(code);
    control(flow.shadowRoot!, 'Confirm booking')!.click();
    await find(() => flow.shadowRoot!.querySelector('[data-problem=expired]'), 'the expired-code message');

    expect(text(flow)).to.contain('That code has expired');
  });

  it('says too many tries after the fifth wrong code', async () => {
    const { flow, sent, type } = await atCodeStep();
    const wrong = sent() === '000000' ? '111111' : '000000';

    for (let i = 0; i < 5; i++) {
      await type(i % 2 ? wrong : wrong.replace(/.$/, (d) => String((Number(d) + 2) % 10)));
      control(flow.shadowRoot!, 'Confirm booking')!.click();
      await find(() => (flow.confirmingNow ? undefined : true), 'the answer');
      await flow.updateComplete;
    }
    await find(() => flow.shadowRoot!.querySelector('[data-problem=too-many]'), 'the too-many message');

    expect(text(flow)).to.contain('Too many wrong codes');
  });

  it('goes back to the details to change the email, with everything typed', async () => {
    const { flow } = await atCodeStep();

    control(flow.shadowRoot!, 'Change email')!.click();
    await waitForStep(flow, 'details');

    expect(forms(flow)[0]!.shadowRoot!.querySelector<HTMLInputElement>('#email')!.value).to.equal('grace@example.org');
  });
});

describe('a booking limit', () => {
  beforeEach(useSimulator);

  it("says the limit is reached, with the clinic's phone, and keeps the details", async () => {
    ownSimulator({ upcomingLimit: 0 });
    const flow = await physio();
    await toDetails(flow, /Sports massage/);
    await fillDetails(flow, ada);
    await pressContinue(flow, 'Review booking');
    await waitForStep(flow, 'review');

    control(flow.shadowRoot!, 'Confirm booking')!.click();
    await find(() => flow.shadowRoot!.querySelector('[part=error]'), 'the limit message');

    expect(text(flow)).to.contain("You can't book more visits online").and.contain('+49 30 1234567');
    expect(reviewedPatient(flow)).to.contain('Ada');
  });
});
