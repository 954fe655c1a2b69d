import { expect, fixture, html } from '@open-wc/testing';
import { http, HttpResponse } from 'msw';
import '../../src/elements/book-variant/book-variant.js';
import type { CircleBookVariant } from '../../src/elements/book-variant/book-variant.js';
import type { CircleBookingFlow } from '../../src/booking-flow/booking-flow.js';
import type { VariantDetail } from '../../src/api/schemas.js';
import { apiBase, simulator, useSimulator, worker } from '../support/simulator-worker.js';
import { control, find, visibleText } from '../support/dom.js';
import { chooseFirstTime, fillDetails, flowOf, pressContinue, reviewedPatient, waitForStep } from '../support/booking.js';

async function checkupDetails(): Promise<CircleBookingFlow> {
  const element = await fixture<CircleBookVariant>(html`<circle-book-variant variant-id="var_checkup" api-base=${apiBase}></circle-book-variant>`);
  const flow = await flowOf(element);
  await waitForStep(flow, 'time');
  await chooseFirstTime(flow);
  await pressContinue(flow);
  await waitForStep(flow, 'details');
  return flow;
}

async function formOf(flow: CircleBookingFlow) {
  const form = await find(() => flow.shadowRoot!.querySelector('circle-patient-form'), 'the patient form');
  // The questions' controls are fetched with the first variant that has questions.
  await find(() => form.shadowRoot!.querySelector('[name^="answers."]'), "the clinic's questions");
  await form.updateComplete;
  return form;
}

async function typeAnswer(flow: CircleBookingFlow, questionId: string, value: string): Promise<void> {
  const form = await formOf(flow);
  const input = form.shadowRoot!.querySelector<HTMLInputElement>(`#answer-${questionId}`)!;
  input.value = value;
  input.dispatchEvent(new Event('input', { bubbles: true, composed: true }));
  await flow.updateComplete;
}

async function chooseAnswer(flow: CircleBookingFlow, questionId: string, optionId: string): Promise<void> {
  const form = await formOf(flow);
  form.shadowRoot!.querySelector<HTMLInputElement>(`input[name="answers.${questionId}"][value="${optionId}"]`)!.click();
  await flow.updateComplete;
}

/** The check-up as the API answers it, with its medication question made required. */
function medicationRequired() {
  return http.get(`${apiBase}/variants/:id`, ({ params }) => {
    const detail = simulator.getVariant(String(params.id)).body as VariantDetail;
    const questions = detail.variant.questions!.map((question) => (question.id === 'medication' ? { ...question, required: true } : question));
    return HttpResponse.json({ ...detail, variant: { ...detail.variant, questions } });
  });
}

describe("the clinic's own questions", () => {
  beforeEach(useSimulator);

  it('are shown with the patient details, each with its label and hint, as the API words them', async () => {
    const form = await formOf(await checkupDetails());
    const root = form.shadowRoot!;

    const insurance = root.querySelector<HTMLInputElement>('#answer-insurance_number')!;
    expect(root.querySelector('label[for=answer-insurance_number]')!.textContent.trim()).to.equal('Health insurance number (optional)');
    expect(insurance.getAttribute('aria-describedby')).to.equal('answer-insurance_number-hint');
    expect(root.querySelector('#answer-insurance_number-hint')!.textContent).to.equal('On your insurance card.');
    const legends = [...root.querySelectorAll('legend')].map((legend) => legend.textContent.trim());
    expect(legends).to.deep.equal(['How did you hear about us? (optional)', 'Do you take any medication regularly? (optional)']);
    expect(root.querySelectorAll('input[type=radio][name="answers.heard_about_us"]').length).to.equal(4);
    expect(root.querySelectorAll('input[type=radio][name="answers.medication"]').length).to.equal(2);
    expect(root.querySelector<HTMLInputElement>('#answer-last_blood_test')!.type).to.equal('date');
    await expect(form).to.be.accessible();
  });

  it("render the API's words as text, never as markup", async () => {
    worker.use(
      http.get(`${apiBase}/variants/:id`, ({ params }) => {
        const detail = simulator.getVariant(String(params.id)).body as VariantDetail;
        const questions = [{ id: 'html', type: 'text', label: '<img src=x onerror=alert(1)>Allergies', required: false }];
        return HttpResponse.json({ ...detail, variant: { ...detail.variant, questions } });
      }),
    );
    const form = await formOf(await checkupDetails());

    expect(form.shadowRoot!.querySelector('img')).to.equal(null);
    expect(form.shadowRoot!.querySelector('label[for=answer-html]')!.textContent).to.contain('<img src=x onerror=alert(1)>Allergies');
  });

  it('hold the booking back while a required one is unanswered, with a clear error on it', async () => {
    worker.use(medicationRequired());
    const flow = await checkupDetails();
    await fillDetails(flow);

    control(flow.shadowRoot!, 'Review booking')!.click();
    await flow.updateComplete;
    const form = await formOf(flow);

    expect(flow.shadowRoot!.querySelector('[data-step-heading]')!.getAttribute('data-step-heading')).to.equal('details');
    const error = form.shadowRoot!.querySelector('#answer-medication-error')!;
    expect(error.textContent).to.equal('Choose an answer');
    expect(form.shadowRoot!.querySelector('fieldset[aria-describedby~="answer-medication-error"]')).to.exist;
    await find(() => (form.shadowRoot!.activeElement?.getAttribute('name') === 'answers.medication' ? true : undefined), 'focus on the question');
    await expect(form).to.be.accessible();

    await chooseAnswer(flow, 'medication', 'yes');
    expect(form.shadowRoot!.querySelector('#answer-medication-error')).to.equal(null);
    await pressContinue(flow, 'Review booking');
    await waitForStep(flow, 'review');
  });

  it('keep their answers through the review and back, show them on the review, and travel with the booking', async () => {
    const flow = await checkupDetails();
    await fillDetails(flow);
    await typeAnswer(flow, 'insurance_number', 'A123 456');
    await chooseAnswer(flow, 'heard_about_us', 'friend');
    await chooseAnswer(flow, 'medication', 'no');
    await typeAnswer(flow, 'last_blood_test', '2025-03-01');

    await pressContinue(flow, 'Review booking');
    await waitForStep(flow, 'review');
    const review = reviewedPatient(flow);
    expect(review).to.contain('Your answers');
    expect(review).to.contain('A123 456');
    expect(review).to.contain('A friend or relative');
    expect(review).to.match(/Do you take any medication regularly\?\s*No/);
    await expect(flow).to.be.accessible();

    await pressContinue(flow, 'Back');
    await waitForStep(flow, 'details');
    const form = await formOf(flow);
    expect(form.shadowRoot!.querySelector<HTMLInputElement>('#answer-insurance_number')!.value).to.equal('A123 456');
    expect(form.shadowRoot!.querySelector<HTMLInputElement>('input[name="answers.heard_about_us"][value=friend]')!.checked).to.equal(true);
    expect(form.shadowRoot!.querySelector<HTMLInputElement>('#answer-last_blood_test')!.value).to.equal('2025-03-01');

    await pressContinue(flow, 'Review booking');
    await waitForStep(flow, 'review');
    control(flow.shadowRoot!, 'Confirm booking')!.click();
    await waitForStep(flow, 'done');
    expect(simulator.state().appointments.at(-1)!.answers).to.deep.equal({
      insurance_number: 'A123 456',
      heard_about_us: 'friend',
      medication: 'no',
      last_blood_test: '2025-03-01',
    });
  });

  it("put the API's error on the question it names, with the patient's answers kept", async () => {
    const flow = await checkupDetails();
    await fillDetails(flow);
    await typeAnswer(flow, 'insurance_number', 'X-999');
    await chooseAnswer(flow, 'heard_about_us', 'doctor');
    await pressContinue(flow, 'Review booking');
    await waitForStep(flow, 'review');
    worker.use(
      http.post(`${apiBase}/bookings`, () =>
        HttpResponse.json(
          {
            title: 'Invalid',
            status: 422,
            code: 'validation',
            errors: [{ field: 'answers.insurance_number', message: 'The clinic does not know this insurance number.' }],
          },
          { status: 422, headers: { 'Content-Type': 'application/problem+json' } },
        ),
      ),
    );

    control(flow.shadowRoot!, 'Confirm booking')!.click();
    await waitForStep(flow, 'details');
    const form = await formOf(flow);
    const root = form.shadowRoot!;

    expect(root.querySelector('#answer-insurance_number-error')!.textContent).to.equal('The clinic does not know this insurance number.');
    const input = root.querySelector<HTMLInputElement>('#answer-insurance_number')!;
    expect(input.getAttribute('aria-invalid')).to.equal('true');
    expect(input.getAttribute('aria-describedby')).to.contain('answer-insurance_number-error');
    expect(input.value).to.equal('X-999');
    expect(root.querySelector<HTMLInputElement>('input[name="answers.heard_about_us"][value=doctor]')!.checked).to.equal(true);
    expect(visibleText(root)).not.to.match(/answers\./);

    await typeAnswer(flow, 'insurance_number', 'X-1000');
    expect(root.querySelector('#answer-insurance_number-error')).to.equal(null);
  });
});
