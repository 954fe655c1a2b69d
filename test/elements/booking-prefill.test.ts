import { expect, fixture, html, oneEvent } from '@open-wc/testing';
import '../../src/elements/book-service/book-service.js';
import '../../src/elements/book-variant/book-variant.js';
import { apiBase, useSimulator, worker } from '../support/simulator-worker.js';
import { control, find, queryAllDeep } from '../support/dom.js';
import { ada, bookUntilReview, chooseFirstTime, flowOf, pressContinue, waitForStep } from '../support/booking.js';

/** Runs the test with the page's query string set to `query`, as a clinic's link would. */
/** The test page's own address, taken once: a retried test must not restore its first try's query. */
const testPageUrl = location.href;

async function onPageWith(query: string, test: () => Promise<void>): Promise<void> {
  history.replaceState(null, '', `${location.pathname}${query}`);
  try {
    await test();
  } finally {
    history.replaceState(null, '', testPageUrl);
  }
}

/** The details form as the patient first sees it: each field's value and whether it shows an error. */
async function detailsShown(host: HTMLElement): Promise<Record<string, { value: string; invalid: boolean }>> {
  const flow = await flowOf(host);
  await waitForStep(flow, 'time');
  await chooseFirstTime(flow);
  await pressContinue(flow);
  await waitForStep(flow, 'details');
  const form = await find(() => flow.shadowRoot!.querySelector('circle-patient-form'), 'the form');
  await form.updateComplete;
  const fields: Record<string, { value: string; invalid: boolean }> = {};
  for (const input of form.shadowRoot!.querySelectorAll<HTMLInputElement>('input, textarea')) {
    fields[input.id] = { value: input.value, invalid: input.getAttribute('aria-invalid') === 'true' };
  }
  expect(queryAllDeep(form.shadowRoot!, '.error'), 'no error shown before the patient types').to.have.length(0);
  return fields;
}

function checkup(options: { patient?: unknown; attributes?: Partial<Record<'given' | 'email' | 'phone', string>>; fromUrl?: boolean } = {}) {
  const { attributes = {} } = options;
  return fixture<HTMLElement>(html`<circle-book-service
    service-id="svc_checkup"
    api-base=${apiBase}
    patient-given-name=${attributes.given ?? ''}
    patient-email=${attributes.email ?? ''}
    patient-phone=${attributes.phone ?? ''}
    ?prefill-from-url=${options.fromUrl}
    .patient=${options.patient ?? {}}
  ></circle-book-service>`);
}

describe('prefill', () => {
  beforeEach(useSimulator);

  it('from attributes, leaving out a value the schema rejects', async () => {
    const fields = await detailsShown(await checkup({ attributes: { given: 'Ada', email: 'not-an-email', phone: '+44 20 7946 0958' } }));

    expect(fields.givenName!.value).to.equal('Ada');
    expect(fields.phone!.value).to.equal('+44 20 7946 0958');
    expect(fields.email).to.deep.equal({ value: '', invalid: false });
  });

  it('from the patient property, which wins over attributes, without crashing on junk', async () => {
    const patient = { givenName: 'Augusta', familyName: 'King', email: 42, dateOfBirth: 'yesterday', token: 'tok_x' };
    const fields = await detailsShown(await checkup({ patient, attributes: { given: 'Ada', email: 'ada@example.org' } }));

    expect(fields.givenName!.value).to.equal('Augusta');
    expect(fields.familyName!.value).to.equal('King');
    expect(fields.email!.value).to.equal('ada@example.org');
    expect(fields.dateOfBirth).to.deep.equal({ value: '', invalid: false });
  });

  it("from the page's query string with prefill-from-url, bad values left out", async () => {
    await onPageWith('?name=Ada%20Lovelace&email=ada%40example.org&phone=call%20me&date_of_birth=1985-12-10', async () => {
      const fields = await detailsShown(await checkup({ fromUrl: true }));

      expect(fields.givenName!.value).to.equal('Ada');
      expect(fields.familyName!.value).to.equal('Lovelace');
      expect(fields.email!.value).to.equal('ada@example.org');
      expect(fields.dateOfBirth!.value).to.equal('1985-12-10');
      expect(fields.phone).to.deep.equal({ value: '', invalid: false });
    });
  });

  it("from the page's fragment with prefill-from-url, where a waitlist offer's link carries them; the query string first", async () => {
    await onPageWith('?given_name=Augusta#given_name=Grace&family_name=Hopper&email=grace.hopper%40example.org&phone=%2B1%20202%20555%200143', async () => {
      const fields = await detailsShown(await checkup({ fromUrl: true }));

      expect(fields.givenName!.value).to.equal('Augusta');
      expect(fields.familyName!.value).to.equal('Hopper');
      expect(fields.email!.value).to.equal('grace.hopper@example.org');
      expect(fields.phone!.value).to.equal('+1 202 555 0143');
    });
  });

  it('never from the query string or the fragment unless the clinic opts in', async () => {
    await onPageWith('?name=Ada%20Lovelace#email=ada%40example.org', async () => {
      const fields = await detailsShown(await checkup());

      expect(fields.givenName!.value).to.equal('');
      expect(fields.email!.value).to.equal('');
    });
  });
});

describe('campaign tracking', () => {
  beforeEach(useSimulator);

  it("sends the page's utm parameters with the booking, and only there", async function () {
    // A whole booking, on a machine running three engines at once: more than mocha's 15 s default.
    this.timeout(40_000);
    const simulator = await useSimulator();
    const requests: { url: string; body: string }[] = [];
    const record = async ({ request }: { request: Request }) => requests.push({ url: request.url, body: await request.clone().text() });
    worker.events.on('request:start', record);
    try {
      await onPageWith('?utm_source=newsletter&utm_medium=email&utm_campaign=spring-checkups&utm_term=%20&name=Ada', async () => {
        const element = await checkup();
        const flow = await flowOf(element);
        await bookUntilReview(flow);
        const created = oneEvent(element, 'circle-booking-created');
        control(flow.shadowRoot!, 'Confirm booking')!.click();
        const { detail } = await created;

        const booked = simulator.state().appointments.find((appointment) => appointment.id === detail.appointmentId)!;
        expect(booked.tracking).to.deep.equal({ source: 'newsletter', medium: 'email', campaign: 'spring-checkups' });
        expect(JSON.stringify(detail)).not.to.contain('newsletter');
      });
    } finally {
      worker.events.removeListener('request:start', record);
    }

    const carrying = requests.filter(({ url, body }) => `${url} ${body}`.includes('newsletter'));
    expect(carrying.map(({ url }) => new URL(url).pathname)).to.deep.equal([`${apiBase}/bookings`]);
    expect(sessionStorage.length + localStorage.length).to.equal(0);
  });

  it('sends no tracking object when the page has no campaign', async () => {
    const simulator = await useSimulator();
    // A page address of its own, with no query: not one an earlier test's slow try left behind.
    await onPageWith('', async () => {
      const element = await checkup({ patient: ada });
      const flow = await flowOf(element);
      await bookUntilReview(flow);
      const created = oneEvent(element, 'circle-booking-created');
      control(flow.shadowRoot!, 'Confirm booking')!.click();
      const { detail } = await created;

      const booked = simulator.state().appointments.find((appointment) => appointment.id === detail.appointmentId)!;
      expect(booked).not.to.have.property('tracking');
    });
  });
});
