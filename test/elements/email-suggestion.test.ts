import { expect, fixture, html } from '@open-wc/testing';
import { sendKeys } from '@web/test-runner-commands';
import '../../src/elements/book-service/book-service.js';
import '../../src/booking-flow/patient-form.js';
import type { CircleBookService } from '../../src/elements/book-service/book-service.js';
import type { CircleBookingFlow } from '../../src/booking-flow/booking-flow.js';
import type { CirclePatientForm } from '../../src/booking-flow/patient-form.js';
import { apiBase, useSimulator } from '../support/simulator-worker.js';
import { wcagViolations } from '../support/axe.js';
import { deepActiveElement, find, spokenNow, visibleText } from '../support/dom.js';
import { ada, chooseFirstTime, chooseRadio, fillDetails, flowOf, pressContinue, reviewedPatient, waitForStep } from '../support/booking.js';

async function atDetails(): Promise<CircleBookingFlow> {
  const element = await fixture<CircleBookService>(html`<circle-book-service service-id="svc_physio" api-base=${apiBase}></circle-book-service>`);
  const flow = await flowOf(element);
  await chooseRadio(flow, /Follow-up treatment/);
  await pressContinue(flow);
  await chooseRadio(flow, /Mitte/);
  await pressContinue(flow);
  await waitForStep(flow, 'time');
  await chooseFirstTime(flow);
  await pressContinue(flow);
  await waitForStep(flow, 'details');
  return flow;
}

const forms = (flow: CircleBookingFlow) => [...flow.shadowRoot!.querySelectorAll('circle-patient-form')];
const field = (form: CirclePatientForm, name: string) => form.shadowRoot!.querySelector<HTMLInputElement | HTMLSelectElement>(`[name=${name}]`)!;
const suggestion = (form: CirclePatientForm) => form.shadowRoot!.querySelector<HTMLButtonElement>('.suggestion button');

/** Types into a field as a patient does: focus, then the value, keystroke events and all. */
async function type(form: CirclePatientForm, name: string, value: string): Promise<void> {
  const input = field(form, name);
  input.focus();
  input.value = value;
  input.dispatchEvent(new Event(input instanceof HTMLSelectElement ? 'change' : 'input', { bubbles: true, composed: true }));
  await form.updateComplete;
}

/** Leaves the email field for the next one, as Tab would. */
async function leaveEmail(form: CirclePatientForm): Promise<void> {
  field(form, 'phone').focus();
  await form.updateComplete;
}

describe('"Did you mean …?" under a mistyped email', () => {
  beforeEach(useSimulator);

  it('waits until the field is left, then offers the fix, said politely', async () => {
    const flow = await atDetails();
    const [form] = forms(flow);
    await fillDetails(flow, { ...ada, email: '' });

    await type(form!, 'email', 'ada@gmial.com');
    await new Promise((resolve) => setTimeout(resolve, 50));
    expect(suggestion(form!), 'not while typing').to.equal(null);

    await leaveEmail(form!);
    const button = await find(() => suggestion(form!), 'the suggestion');

    expect(button.textContent.replace(/[\u2068\u2069]/g, '').trim()).to.equal('Did you mean ada@gmail.com?');
    await find(() => (spokenNow(form!.shadowRoot!).includes('Did you mean') ? true : undefined), 'the announcement');
    expect(form!.shadowRoot!.querySelector('[role=status]')!.getAttribute('aria-live')).to.equal('polite');
    expect(await wcagViolations(flow)).to.deep.equal([]);
  });

  it('takes the fix with Enter, and focus goes back to the field', async () => {
    const flow = await atDetails();
    const [form] = forms(flow);
    await fillDetails(flow, ada);
    await type(form!, 'email', 'ada@gmail.con');
    await leaveEmail(form!);
    const button = await find(() => suggestion(form!), 'the suggestion');

    button.focus();
    await sendKeys({ press: 'Enter' });
    await form!.updateComplete;

    expect(field(form!, 'email').value).to.equal('ada@gmail.com');
    expect(flow.state.patient.email).to.equal('ada@gmail.com');
    expect(suggestion(form!)).to.equal(null);
    expect(deepActiveElement()).to.equal(field(form!, 'email'));
    // Leaving the field again: the fixed address is not questioned.
    await leaveEmail(form!);
    await new Promise((resolve) => setTimeout(resolve, 50));
    expect(suggestion(form!)).to.equal(null);
  });

  it('goes away when the patient types on, and says nothing of a right address', async () => {
    const flow = await atDetails();
    const [form] = forms(flow);
    await fillDetails(flow, ada);
    await type(form!, 'email', 'ada@hotmial.com');
    await leaveEmail(form!);
    await find(() => suggestion(form!), 'the suggestion');

    await type(form!, 'email', 'ada@example.org');
    expect(suggestion(form!)).to.equal(null);
    await leaveEmail(form!);
    await new Promise((resolve) => setTimeout(resolve, 50));
    expect(suggestion(form!)).to.equal(null);
  });

  it('never blocks: the booking goes on with the address as typed', async () => {
    const flow = await atDetails();
    const [form] = forms(flow);
    await fillDetails(flow, ada);
    await type(form!, 'email', 'ada@gmial.com');
    await leaveEmail(form!);
    await find(() => suggestion(form!), 'the suggestion');

    await pressContinue(flow, 'Review booking');
    await waitForStep(flow, 'review');

    expect(reviewedPatient(flow)).to.contain('ada@gmial.com');
  });

  it("offers it for the booker's own email when booking for someone else", async () => {
    const flow = await atDetails();
    const someoneElse = [...flow.shadowRoot!.querySelectorAll<HTMLInputElement>('input[name=visit-for]')][1]!;
    someoneElse.click();
    await flow.updateComplete;
    const booker = await find(() => forms(flow)[1], 'the booker’s form');
    await booker.updateComplete;

    await type(booker, 'email', 'ada@webde');
    await leaveEmail(booker);
    const button = await find(() => suggestion(booker), 'the suggestion');
    button.click();
    await booker.updateComplete;

    expect(flow.state.booker?.email).to.equal('ada@web.de');
    expect(suggestion(forms(flow)[0]!)).to.equal(null);
  });
});

describe('"Did you mean …?" in every language', () => {
  const asked: Record<string, RegExp> = {
    en: /^Did you mean ada@gmail\.com\?$/,
    de: /^Meinten Sie ada@gmail\.com\?$/,
    fr: /^Vouliez-vous dire ada@gmail\.com\s\?$/,
    es: /^¿Quería decir ada@gmail\.com\?$/,
    ar: /^هل تقصد ada@gmail\.com؟$/,
  };
  for (const [lang, sentence] of Object.entries(asked)) {
    it(`asks in ${lang}`, async () => {
      const page = await fixture<HTMLElement>(html`<div lang=${lang}><circle-patient-form .value=${{}}></circle-patient-form></div>`);
      const form = page.querySelector('circle-patient-form')!;
      await find(() => form.shadowRoot!.querySelector('[name=email]'), 'the form');

      await type(form, 'email', 'ada@gmial.com');
      await leaveEmail(form);
      const button = await find(() => suggestion(form), 'the suggestion');

      expect(
        visibleText(button.parentElement!)
          .replace(/[\u2068\u2069]/g, '')
          .trim(),
      ).to.match(sentence);
      expect(await wcagViolations(page)).to.deep.equal([]);
    });
  }
});
