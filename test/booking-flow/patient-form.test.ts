import { expect, fixture, html, oneEvent } from '@open-wc/testing';
import { until } from '../support/dom.js';
import { sendKeys } from '@web/test-runner-commands';
import '../../src/booking-flow/patient-form.js';
import type { CirclePatientForm, PatientDraft, PatientField } from '../../src/booking-flow/patient-form.js';

const valid: PatientDraft = {
  givenName: '  Ada ',
  familyName: 'Lovelace',
  email: ' ada@example.org',
  phone: '+44 20 7946 0958',
  dateOfBirth: '1985-12-10',
};

async function form(value: PatientDraft = {}, serverErrors: Record<string, string> = {}): Promise<CirclePatientForm> {
  return fixture<CirclePatientForm>(html`<circle-patient-form .value=${value} .serverErrors=${serverErrors}></circle-patient-form>`);
}

function input(el: CirclePatientForm, field: PatientField): HTMLInputElement {
  return el.shadowRoot!.querySelector<HTMLInputElement>(`[name="${field}"]`)!;
}

/** The text of the elements an input's aria-describedby points at. */
function description(el: CirclePatientForm, field: PatientField): string {
  const ids = input(el, field).getAttribute('aria-describedby')?.split(' ') ?? [];
  return ids.map((id) => el.shadowRoot!.getElementById(id)?.textContent?.trim() ?? `(missing #${id})`).join(' | ');
}

function labelOf(el: CirclePatientForm, field: PatientField): string {
  return el.shadowRoot!.querySelector(`label[for="${input(el, field).id}"]`)?.textContent?.trim() ?? '';
}

async function typeInto(el: CirclePatientForm, field: PatientField, text: string): Promise<void> {
  input(el, field).focus();
  await sendKeys({ type: text });
  await el.updateComplete;
}

/** Moves focus out of the field, as Tab would. */
async function blur(el: CirclePatientForm, field: PatientField): Promise<void> {
  input(el, field).blur();
  await el.updateComplete;
}

describe('circle-patient-form markup', () => {
  it('labels every field and asks for the right kind of input', async () => {
    const el = await form();

    const expected: [PatientField, string, string, string | null][] = [
      ['givenName', 'text', 'given-name', null],
      ['familyName', 'text', 'family-name', null],
      ['email', 'email', 'email', 'email'],
      ['phone', 'tel', 'tel', 'tel'],
      ['dateOfBirth', 'date', 'bday', null],
    ];
    for (const [field, type, autocomplete, inputmode] of expected) {
      expect(labelOf(el, field), field).to.not.equal('');
      expect(input(el, field).type, field).to.equal(type);
      expect(input(el, field).getAttribute('autocomplete'), field).to.equal(autocomplete);
      expect(input(el, field).getAttribute('inputmode'), field).to.equal(inputmode);
      expect(input(el, field).required, field).to.equal(true);
    }
    expect(input(el, 'note').localName).to.equal('textarea');
    expect(labelOf(el, 'note')).to.contain('optional');
    expect(el.shadowRoot!.querySelector('form')!.noValidate).to.equal(true);
    expect(el.shadowRoot!.textContent).to.contain('All fields are required unless marked optional');
  });

  it('offers no date of birth after today', async () => {
    const el = await form();
    const today = new Date();
    const local = `${today.getFullYear()}-${String(today.getMonth() + 1).padStart(2, '0')}-${String(today.getDate()).padStart(2, '0')}`;

    expect(input(el, 'dateOfBirth').max).to.equal(local);
  });

  it('ties the email hint and the note counter to their fields', async () => {
    const el = await form({ note: 'Hello' });

    expect(description(el, 'email')).to.equal("We'll send your confirmation here.");
    expect(description(el, 'note')).to.contain('5 of 1,000 characters');
  });

  it('writes the note counter’s numbers as the page’s language does, without a locale of its own', async () => {
    const page = await fixture<HTMLElement>(html`<div lang="de"><circle-patient-form .value=${{ note: 'Hallo' }}></circle-patient-form></div>`);
    const el = page.firstElementChild as CirclePatientForm;
    await el.updateComplete;

    expect(description(el, 'note')).to.contain('1.000');
  });

  it('shows the values it is given', async () => {
    const el = await form(valid);

    expect(input(el, 'givenName').value).to.equal('  Ada ');
    expect(input(el, 'dateOfBirth').value).to.equal('1985-12-10');
  });

  it('shows a new value given by the parent', async () => {
    const el = await form(valid);

    el.value = { ...valid, familyName: 'Byron' };
    await el.updateComplete;

    expect(input(el, 'familyName').value).to.equal('Byron');
  });

  it('is accessible empty and filled', async () => {
    await expect(await form()).to.be.accessible();
    await expect(await form({ ...valid, note: 'Wheelchair access, please.' })).to.be.accessible();
  });
});

describe('circle-patient-form typing', () => {
  it('emits patient-input, its value the whole draft', async () => {
    const el = await form({ familyName: 'Lovelace' });
    input(el, 'givenName').focus();

    const event = oneEvent(el, 'patient-input');
    await sendKeys({ type: 'A' });
    const { target, composed, bubbles } = await event;

    expect(target).to.equal(el);
    expect(el.value).to.deep.equal({ familyName: 'Lovelace', givenName: 'A' });
    expect(bubbles).to.equal(true);
    expect(composed).to.equal(false);
  });

  it('keeps everything typed, field after field', async () => {
    const el = await form();

    await typeInto(el, 'givenName', 'Ada');
    await typeInto(el, 'email', 'ada@example.org');

    expect(el.value).to.deep.equal({ givenName: 'Ada', email: 'ada@example.org' });
  });

  it('counts the note as it is typed', async () => {
    const el = await form();

    await typeInto(el, 'note', 'Hi there');

    expect(description(el, 'note')).to.contain('8 of 1,000 characters');
  });

  it('submits on Enter in a field', async () => {
    const el = await form(valid);
    input(el, 'phone').focus();

    const submitted = oneEvent(el, 'patient-submit');
    await sendKeys({ press: 'Enter' });
    const event = await submitted;

    expect(event.bubbles).to.equal(true);
    expect(event.composed).to.equal(false);
  });
});

describe('circle-patient-form inline validation', () => {
  it('says nothing while the patient types for the first time', async () => {
    const el = await form();

    await typeInto(el, 'email', 'ada@');

    expect(input(el, 'email').getAttribute('aria-invalid')).to.equal('false');
    expect(el.shadowRoot!.querySelector('.error')).to.equal(null);
  });

  it('says nothing on blur of a field the patient did not type in', async () => {
    const el = await form();
    input(el, 'givenName').focus();

    await blur(el, 'givenName');

    expect(input(el, 'givenName').getAttribute('aria-invalid')).to.equal('false');
  });

  it('shows an error on blur after typing, tied to the field, and clears it once the field is valid', async () => {
    const el = await form();
    await typeInto(el, 'email', 'ada@');

    await blur(el, 'email');

    expect(input(el, 'email').getAttribute('aria-invalid')).to.equal('true');
    expect(description(el, 'email')).to.contain('Enter an email address like name@example.com');
    await expect(el).to.be.accessible();

    await typeInto(el, 'email', 'example.org');

    expect(input(el, 'email').getAttribute('aria-invalid')).to.equal('false');
    expect(description(el, 'email')).to.not.contain('Enter an email address');
  });

  it('tells a future date of birth from a missing one', async () => {
    const el = await form();
    const field = input(el, 'dateOfBirth');
    field.focus();
    field.value = '2999-01-01';
    field.dispatchEvent(new Event('input', { bubbles: true }));

    await blur(el, 'dateOfBirth');

    expect(description(el, 'dateOfBirth')).to.equal("The date of birth can't be in the future");
  });

  it("shows the API's errors on their fields, and others above the form", async () => {
    const el = await form(valid, { email: 'This address does not accept mail', patient: 'Patient is blocked' });

    expect(input(el, 'email').getAttribute('aria-invalid')).to.equal('true');
    expect(description(el, 'email')).to.contain('This address does not accept mail');
    expect(el.shadowRoot!.querySelector('form')!.textContent).to.contain('Patient is blocked');
    await expect(el).to.be.accessible();
  });

  it('hides an API error once its field changes', async () => {
    const el = await form(valid, { email: 'This address does not accept mail' });

    await typeInto(el, 'email', 'x');

    expect(input(el, 'email').getAttribute('aria-invalid')).to.equal('false');
  });

  it('renders an HTML-looking server message as text', async () => {
    const el = await form(valid, { email: '<img src=x onerror=alert(1)>' });

    expect(el.shadowRoot!.querySelector('img')).to.equal(null);
    expect(description(el, 'email')).to.contain('<img');
  });
});

describe('circle-patient-form validate()', () => {
  it('shows every error, focuses the first invalid field, announces the count and returns undefined', async () => {
    const el = await form();

    const result = el.validate();
    await el.updateComplete;

    expect(result).to.equal(undefined);
    expect(el.shadowRoot!.activeElement).to.equal(input(el, 'givenName'));
    const messages: [PatientField, string][] = [
      ['givenName', 'Enter your first name'],
      ['familyName', 'Enter your last name'],
      ['email', 'Enter an email address like name@example.com'],
      ['phone', 'Enter a phone number with at least 6 digits'],
      ['dateOfBirth', 'Enter your date of birth'],
    ];
    for (const [field, message] of messages) {
      expect(input(el, field).getAttribute('aria-invalid'), field).to.equal('true');
      expect(description(el, field), field).to.contain(message);
    }
    expect(input(el, 'note').getAttribute('aria-invalid')).to.equal('false');
    // The live region speaks from its second frame on (src/ui/live-region.ts).
    await until(() => el.shadowRoot!.querySelector('[role="status"]')!.textContent.includes('5 fields need attention'), 'the count announced');
    await expect(el).to.be.accessible();
  });

  it('focuses the first field that is wrong, in order on screen', async () => {
    const el = await form({ ...valid, phone: '12', note: 'x'.repeat(1001) });

    el.validate();
    await el.updateComplete;

    expect(el.shadowRoot!.activeElement).to.equal(input(el, 'phone'));
    expect(description(el, 'note')).to.contain('Keep the note under 1,000 characters');
    // The live region speaks from its second frame on (src/ui/live-region.ts).
    await until(() => el.shadowRoot!.querySelector('[role="status"]')!.textContent.includes('2 fields need attention'), 'the count announced');
  });

  it('empties the status region once every field is fixed: the count no longer holds', async () => {
    const el = await form({ ...valid, givenName: '', phone: '12' });
    const region = () => el.shadowRoot!.querySelector('[role="status"]')!.textContent.trim();
    el.validate();
    await until(() => region().includes('2 fields need attention'), 'the count announced');

    for (const [field, value] of [
      ['givenName', 'Ada'],
      ['phone', '+44 20 7946 0958'],
    ] as const) {
      input(el, field).focus();
      input(el, field).value = value;
      input(el, field).dispatchEvent(new Event('input', { bubbles: true, composed: true }));
      await el.updateComplete;
    }

    expect(region()).to.equal('');
    // A later check that finds something is said again.
    input(el, 'email').value = 'x';
    input(el, 'email').dispatchEvent(new Event('input', { bubbles: true, composed: true }));
    el.validate();
    await until(() => region().includes('1 field needs attention'), 'the new count announced');
  });

  it('returns the trimmed details when everything is valid', async () => {
    const el = await form({ ...valid, note: '  Back pain  ' });

    const result = el.validate();

    expect(result).to.deep.equal({
      givenName: 'Ada',
      familyName: 'Lovelace',
      email: 'ada@example.org',
      phone: '+44 20 7946 0958',
      dateOfBirth: '1985-12-10',
      note: 'Back pain',
    });
  });

  it('leaves out an empty note', async () => {
    const el = await form({ ...valid, note: '   ' });

    expect(el.validate()).to.not.have.property('note');
  });

  it('keeps what was typed through errors', async () => {
    const el = await form({ givenName: 'Ada', email: 'not-an-email' });

    el.validate();
    await el.updateComplete;

    expect(input(el, 'givenName').value).to.equal('Ada');
    expect(input(el, 'email').value).to.equal('not-an-email');
  });
});
