import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { ShareLink } from '../../src/api/index.js';
import { parsePatientAppUrl } from '../../src/links/index.js';
import { seedAppointments } from '../../src/mocks/index.js';
import { aSimulator, codeOf, patientAppBase } from './helpers.js';

function shareLink(kind: string, recordId: string): ShareLink {
  const result = aSimulator({ patientAppBase }).getShareLink(kind, recordId);
  assert.equal(result.status, 200, JSON.stringify(result.body));
  return ShareLink.parse(result.body);
}

function target(link: ShareLink) {
  assert.equal(link.ready, true);
  const parsed = parsePatientAppUrl(link.url ?? '', { base: patientAppBase });
  assert.ok(parsed.ok, link.url);
  return parsed.target;
}

describe('a share link that is ready', () => {
  it('books a service', () => {
    assert.deepEqual(target(shareLink('service', 'svc_physio')), { kind: 'book-service', serviceId: 'svc_physio' });
  });

  it('books a variant', () => {
    assert.deepEqual(target(shareLink('variant', 'var_checkup')), { kind: 'book-variant', variantId: 'var_checkup' });
  });

  it('opens an appointment with its token', () => {
    const { id, token } = seedAppointments.formsDue;

    assert.deepEqual(target(shareLink('appointment', id)), { kind: 'appointment', appointmentId: id, token });
  });
});

describe('a share link that is not ready', () => {
  for (const [kind, recordId, code] of [
    ['service', 'svc_hidden', 'not_visible'],
    ['variant', 'var_hidden', 'not_visible'],
    ['service', 'svc_hydro', 'not_bookable'],
    ['variant', 'var_hydro', 'not_bookable'],
    ['service', 'svc_home', 'no_location'],
    ['variant', 'var_home_visit', 'no_location'],
    ['appointment', 'apt_unknown', 'appointment_missing'],
    ['appointment', seedAppointments.cancelled.id, 'appointment_cancelled'],
  ] as const) {
    it(`says ${code} for ${kind} ${recordId}, with no url`, () => {
      const link = shareLink(kind, recordId);

      assert.equal(link.ready, false);
      assert.equal(link.unavailable?.code, code);
      assert.equal(link.url, undefined);
    });
  }

  it("passes on the paused service's own message", () => {
    assert.equal(shareLink('service', 'svc_hydro').unavailable?.message, 'Online booking for this service is paused; please call the clinic.');
  });
});

describe('a share link request the API cannot answer', () => {
  it('answers 404 for an unknown kind or record', () => {
    const simulator = aSimulator();

    assert.equal(codeOf(simulator.getShareLink('clinic', 'svc_physio')), 'not_found');
    assert.equal(codeOf(simulator.getShareLink('service', 'svc_unknown')), 'not_found');
    assert.equal(codeOf(simulator.getShareLink('variant', 'var_unknown')), 'not_found');
  });

  it('answers 401 without the staff token when one is required', () => {
    const simulator = aSimulator({ staffToken: 'staff-secret' });

    assert.equal(codeOf(simulator.getShareLink('service', 'svc_physio', 'wrong')), 'unauthorized');
    assert.equal(simulator.getShareLink('service', 'svc_physio', 'staff-secret').status, 200);
  });
});
