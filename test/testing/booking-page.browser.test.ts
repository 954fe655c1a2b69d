/**
 * circle-booking/testing's page object against the real elements, as an integrator's test
 * uses it: it books through every step, in any language, and says why when a step cannot go on.
 */
import { expect, fixture, html } from '@open-wc/testing';
import '../../src/elements/book-service/book-service.js';
import '../../src/elements/book-variant/book-variant.js';
import { BookingPage, deepQuery, deepText, resetSimulator } from '../../src/testing/index.js';
import { apiBase, useSimulator } from '../support/simulator-worker.js';

const ada = { givenName: 'Ada', familyName: 'Lovelace', email: 'ada@example.org', phone: '+44 20 7946 0958', dateOfBirth: '1985-12-10' };

describe('BookingPage', () => {
  beforeEach(useSimulator);

  it('books a service through its treatment, location, time and details steps', async () => {
    const simulator = await useSimulator();
    const page = new BookingPage(await fixture(html`<circle-book-service service-id="svc_physio" api-base=${apiBase}></circle-book-service>`));

    const booked = await page.book({ variant: 'Follow-up treatment', location: /Midtown/, details: ada });

    const record = simulator.state().appointments.find((appointment) => appointment.id === booked.appointmentId);
    expect(record).to.include({ variantId: 'var_physio_followup', locationId: 'loc_newyork' });
    expect(new Date(record!.start).getTime()).to.equal(new Date(booked.start).getTime());
    expect(record!.patient).to.include({ email: ada.email });
    expect(await page.step()).to.equal('done');
  });

  it('books in another language, finding the controls by their parts', async () => {
    const simulator = await useSimulator();
    const page = new BookingPage(await fixture(html`<circle-book-variant variant-id="var_checkup" locale="de" api-base=${apiBase}></circle-book-variant>`));

    const times = await page.times();
    const start = await page.chooseTime(times[1]);
    await page.continue();
    await page.fillDetails(ada);
    expect(await page.continue()).to.equal('review');
    const booked = await page.confirm();

    expect(booked.start).to.equal(start);
    expect(simulator.state().appointments.some((appointment) => appointment.id === booked.appointmentId)).to.be.true;
    expect(page.text()).to.contain('Ihr Termin ist gebucht');
    expect(deepQuery(page.host, '[part~="appointment-link"]')).to.exist;
  });

  it('says what is missing when Continue cannot go on', async () => {
    const page = new BookingPage(await fixture(html`<circle-book-service service-id="svc_physio" api-base=${apiBase}></circle-book-service>`));

    let failure: Error | undefined;
    await page.continue().catch((error: Error) => (failure = error));

    expect(failure?.message).to.equal('Cannot continue from the variant step: Choose a treatment to continue.');
  });

  it('names the fields that need attention when the details are incomplete', async () => {
    const page = new BookingPage(await fixture(html`<circle-book-variant variant-id="var_checkup" api-base=${apiBase}></circle-book-variant>`));
    await page.chooseTime();
    await page.continue();
    await page.fillDetails({ ...ada, email: 'ada.example.org' });

    let failure: Error | undefined;
    await page.continue().catch((error: Error) => (failure = error));

    expect(failure?.message).to.match(/^The details step did not go on: .*email/i);
  });

  it('fails Confirm with the message on screen when the API refuses the booking', async () => {
    const simulator = await useSimulator();
    simulator.addFault({ route: 'createBooking', status: 503 });
    const page = new BookingPage(await fixture(html`<circle-book-variant variant-id="var_checkup" api-base=${apiBase}></circle-book-variant>`));

    let failure: Error | undefined;
    await page.book({ details: ada }).catch((error: Error) => (failure = error));

    expect(failure?.message).to.match(/^The booking was not made: \S/);
    expect(page.errorText()).to.be.a('string');
  });
});

describe('resetSimulator', () => {
  it('puts the simulator behind an API base back to its seed', async () => {
    const simulator = await useSimulator();
    const seeded = simulator.state().appointments.length;
    const page = new BookingPage(await fixture(html`<circle-book-variant variant-id="var_checkup" api-base=${apiBase}></circle-book-variant>`));
    await page.book({ details: ada });
    expect(simulator.state().appointments.length).to.equal(seeded + 1);

    await resetSimulator(apiBase);

    expect(simulator.state().appointments.length).to.equal(seeded);
  });
});

describe('deepText', () => {
  it('reads the text of nested shadow roots and leaves out their styles', async () => {
    const page = new BookingPage(await fixture(html`<circle-book-variant variant-id="var_checkup" api-base=${apiBase}></circle-book-variant>`));
    await page.times();

    expect(deepText(page.host)).to.contain('Choose a day and time');
    expect(deepText(page.host)).not.to.contain('--_accent');
  });
});
