import { expect, fixture, html, oneEvent } from '@open-wc/testing';
import '../../src/elements/patient-app/patient-app.js';
import type { CirclePatientApp } from '../../src/elements/patient-app/patient-app.js';
import { patientAppUrl, type PatientAppTarget } from '../../src/links/index.js';
import { seedAppointments } from '../../src/mocks/index.js';
import { apiBase, useSimulator } from '../support/simulator-worker.js';
import { find, spokenNow } from '../support/dom.js';

const testPage = location.href;
const base = `${location.origin}${location.pathname}`;

function openLink(target: PatientAppTarget) {
  history.pushState(null, '', patientAppUrl(base, target));
}

function patientApp() {
  return fixture<CirclePatientApp>(html`<circle-patient-app api-base=${apiBase}></circle-patient-app>`);
}

describe('<circle-patient-app>', () => {
  beforeEach(useSimulator);
  afterEach(() => history.replaceState(null, '', testPage));

  it('opens a service link in the service booking flow, at the linked location', async () => {
    openLink({ kind: 'book-service', serviceId: 'svc_physio', locationId: 'loc_berlin' });

    const app = await patientApp();

    const booking = app.shadowRoot!.querySelector('circle-book-service')!;
    expect(booking.serviceId).to.equal('svc_physio');
    expect(booking.locationId).to.equal('loc_berlin');
    expect(booking.apiBase).to.equal(apiBase);
  });

  it('opens a variant link in the variant booking flow', async () => {
    openLink({ kind: 'book-variant', variantId: 'var_checkup' });

    const app = await patientApp();

    expect(app.shadowRoot!.querySelector('circle-book-variant')!.variantId).to.equal('var_checkup');
  });

  for (const kind of ['appointment', 'intake-forms'] as const) {
    it(`opens ${kind} links in the appointment, the token passed as a property, never an attribute`, async () => {
      const { id, token } = seedAppointments.formsDue;
      openLink({ kind, appointmentId: id, token });

      const app = await patientApp();

      const appointment = app.shadowRoot!.querySelector('circle-appointment')!;
      expect(appointment.getAttribute('appointment-id')).to.equal(id);
      expect(appointment.token).to.equal(token);
      expect(appointment.outerHTML).not.to.contain(token);
    });
  }

  it("says a broken link doesn't work, and to ask the clinic for a new one", async () => {
    history.pushState(null, '', `${base}?circle=appointment&appointment=apt_1`); // the token was cut off

    const app = await patientApp();

    const invalid = app.shadowRoot!.querySelector('[part=invalid]')!;
    await find(() => (/This link doesn't work/.test(spokenNow(app.shadowRoot!)) ? true : undefined), 'the broken link announced');
    expect(invalid.textContent).to.contain("This link doesn't work").and.contain('Ask the clinic for a new link');
    await expect(app).to.be.accessible();
  });

  it('says what to do when opened without a link', async () => {
    const app = await patientApp();

    expect(app.shadowRoot!.querySelector('[part=invalid]')!.textContent).to.match(/Open the link the clinic sent you/);
  });

  it('follows the back and forward buttons', async () => {
    openLink({ kind: 'book-service', serviceId: 'svc_physio' });
    const app = await patientApp();
    openLink({ kind: 'book-variant', variantId: 'var_checkup' });
    window.dispatchEvent(new PopStateEvent('popstate'));
    await app.updateComplete;
    expect(app.shadowRoot!.querySelector('circle-book-variant')).to.exist;

    const back = oneEvent(window, 'popstate');
    history.back();
    await back;
    await app.updateComplete;

    await find(() => app.shadowRoot!.querySelector('circle-book-service'), 'the service flow again');
  });
  describe('the access token and the address bar', () => {
    it('takes the token out of the visible URL once read, the rest of the link kept', async () => {
      const { id, token } = seedAppointments.formsDue;
      openLink({ kind: 'appointment', appointmentId: id, token });

      const app = await patientApp();

      expect(location.href).not.to.contain(token);
      expect(location.hash).to.equal('');
      expect(new URL(location.href).searchParams.get('appointment')).to.equal(id);
      expect(app.shadowRoot!.querySelector('circle-appointment')!.token).to.equal(token);
    });

    it('opens the appointment again on a reload of the same entry, from its history state; nothing in storage', async () => {
      const { id, token } = seedAppointments.formsDue;
      openLink({ kind: 'appointment', appointmentId: id, token });
      (await patientApp()).remove();
      const reloadedUrl = location.href;

      // What a reload gives a new page: the same URL, without the token, and the same history state.
      const app = await patientApp();

      expect(reloadedUrl).not.to.contain(token);
      expect(app.shadowRoot!.querySelector('circle-appointment')!.token).to.equal(token);
      expect(JSON.stringify({ ...localStorage })).not.to.contain(token);
      expect(JSON.stringify({ ...sessionStorage })).not.to.contain(token);
    });

    it("keeps each entry's token with its own entry: back to the appointment opens it again", async () => {
      const { id, token } = seedAppointments.formsDue;
      openLink({ kind: 'appointment', appointmentId: id, token });
      const app = await patientApp();
      openLink({ kind: 'book-service', serviceId: 'svc_physio' });
      window.dispatchEvent(new PopStateEvent('popstate'));
      await app.updateComplete;
      expect(app.shadowRoot!.querySelector('circle-book-service')).to.exist;

      const back = oneEvent(window, 'popstate');
      history.back();
      await back;

      const appointment = await find(() => app.shadowRoot!.querySelector('circle-appointment'), 'the appointment again');
      expect(appointment.token).to.equal(token);
      expect(location.href).not.to.contain(token);
    });

    it('leaves a page state the host set in place', async () => {
      const { id, token } = seedAppointments.formsDue;
      history.pushState({ hostRoute: 'visit' }, '', patientAppUrl(base, { kind: 'appointment', appointmentId: id, token }));

      await patientApp();

      expect((history.state as Record<string, unknown>).hostRoute).to.equal('visit');
    });
  });
});
