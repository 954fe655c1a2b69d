import { after, before, describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { createClient, type ApiClient } from '../../src/api/index.js';
import { patientAppUrl } from '../../src/links/index.js';
import { seedAppointments } from '../../src/mocks/index.js';
import { startApiServer, type ApiServer } from '../../src/mocks/http-server.js';
import { checkPatientLink } from '../../demo/staff/link-check.js';

const base = 'https://clinic.example/patient/';
let api: ApiServer;
let client: ApiClient;
before(async () => {
  api = await startApiServer({ patientAppBase: base });
  client = createClient({ apiBase: api.url, retry: { retries: 0 } });
});
after(() => api.close());

const check = (link: string) => checkPatientLink(client, link, base);
const appointmentLink = (key: keyof typeof seedAppointments, kind: 'appointment' | 'intake-forms' = 'appointment') =>
  patientAppUrl(base, { kind, appointmentId: seedAppointments[key].id, token: seedAppointments[key].token });

describe('checking a patient link', () => {
  it('says a good appointment link works, what it opens, and which controls the patient has', async () => {
    const verdict = await check(appointmentLink('formsDue'));

    assert.equal(verdict.state, 'works');
    assert.match(verdict.opens!, /^Booking apt_forms_due: Initial assessment, /);
    assert.deepEqual(verdict.controls, ['Cancel', 'Change time', 'Intake forms']);
  });

  it('says why a control is closed', async () => {
    const verdict = await check(appointmentLink('soon'));

    assert.equal(verdict.state, 'works');
    assert.match(verdict.controls[0]!, /^Cancel: not online now \(Cancellation closes 24 hours before/);
  });

  it('says a forms link opens the intake forms', async () => {
    assert.match((await check(appointmentLink('formsDue', 'intake-forms'))).opens!, /^The intake forms of booking apt_forms_due/);
  });

  it("says a cancelled booking's link shows it cancelled", async () => {
    const verdict = await check(appointmentLink('cancelled'));

    assert.equal(verdict.state, 'cancelled');
    assert.deepEqual(verdict.controls, []);
  });

  it('says an expired link has expired', async () => {
    assert.equal((await check(appointmentLink('expiredLink'))).state, 'expired');
  });

  it('says a damaged link was changed on its way, without asking the API', async () => {
    const damaged = `${appointmentLink('formsDue')}\u2026`;

    const verdict = await check(damaged);

    assert.equal(verdict.state, 'damaged');
    assert.match(verdict.reason!, /changed on its way/);
  });

  it('says a token that opens nothing is refused', async () => {
    const wrong = patientAppUrl(base, { kind: 'appointment', appointmentId: seedAppointments.formsDue.id, token: 'tok_not_this_one' });

    assert.equal((await check(wrong)).state, 'refused');
  });

  it("says a link to another site is not this clinic's", async () => {
    assert.equal((await check('https://elsewhere.example/patient/?circle=book-service&service=svc_physio')).state, 'not-this-clinic');
  });

  it('says a service link works, or why it is not ready', async () => {
    const physio = await check(patientAppUrl(base, { kind: 'book-service', serviceId: 'svc_physio' }));
    const hydro = await check(patientAppUrl(base, { kind: 'book-service', serviceId: 'svc_hydro' }));

    assert.deepEqual([physio.state, physio.opens], ['works', 'Book Physiotherapy (a service)']);
    assert.deepEqual([hydro.state, hydro.reason], ['not-ready', 'Online booking for this service is paused; please call the clinic.']);
  });

  it('says a variant link works at its location', async () => {
    const verdict = await check(patientAppUrl(base, { kind: 'book-variant', variantId: 'var_physio_initial', locationId: 'loc_berlin' }));

    assert.deepEqual([verdict.state, verdict.opens], ['works', 'Book Initial assessment · Physiotherapy (a treatment) at Circle Health Mitte']);
  });

  it('never says works when the API cannot be asked', async () => {
    const offline = createClient({ apiBase: 'http://127.0.0.1:9/api', retry: { retries: 0 } });

    assert.equal((await checkPatientLink(offline, appointmentLink('formsDue'), base)).state, 'unchecked');
  });
});
