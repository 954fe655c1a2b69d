import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { CreateBookingRequest } from '../../src/api/schemas.js';
import { trackingFromQuery } from '../../src/flow/tracking.js';

describe('trackingFromQuery', () => {
  it('reads the five utm parameters', () => {
    const tracking = trackingFromQuery('?utm_source=newsletter&utm_medium=email&utm_campaign=spring&utm_term=physio&utm_content=hero&name=Ada');

    assert.deepEqual(tracking, { source: 'newsletter', medium: 'email', campaign: 'spring', term: 'physio', content: 'hero' });
  });

  it('gives nothing without campaign parameters', () => {
    assert.equal(trackingFromQuery('?email=ada%40example.org'), undefined);
    assert.equal(trackingFromQuery(''), undefined);
  });

  it('leaves out empty and overlong values, keeping the rest', () => {
    const tracking = trackingFromQuery(`?utm_source=%20%20&utm_medium=${'x'.repeat(201)}&utm_campaign=%20spring%20`);

    assert.deepEqual(tracking, { campaign: 'spring' });
  });

  it('fits the booking request of the contract', () => {
    const request = {
      variantId: 'var_1',
      locationId: 'loc_1',
      start: '2026-11-25T09:00:00+01:00',
      patient: { givenName: 'Ada', familyName: 'Lovelace', email: 'ada@example.org', phone: '+44 20 7946 0958', dateOfBirth: '1985-12-10' },
      tracking: trackingFromQuery('?utm_source=newsletter'),
    };

    assert.equal(CreateBookingRequest.safeParse(request).success, true);
  });
});

describe('click ids from the host page', () => {
  it('travel with the booking as the page carried them, beside the utm values', () => {
    const tracking = trackingFromQuery('?gclid=Cj0KCQiA-abc_123&gbraid=0AAAAA9x&wbraid=CkEKCQ&fbclid=IwAR2x.y~z&msclkid=5f1d2e3c&utm_source=ads');

    assert.deepEqual(tracking, { source: 'ads', gclid: 'Cj0KCQiA-abc_123', gbraid: '0AAAAA9x', wbraid: 'CkEKCQ', fbclid: 'IwAR2x.y~z', msclkid: '5f1d2e3c' });
  });

  it('leaves out a click id with characters no platform puts in one, or one too long', () => {
    assert.equal(trackingFromQuery(`?gclid=${encodeURIComponent('<script>')}&fbclid=${'x'.repeat(501)}&msclkid=`), undefined);
  });

  it('reads no other parameter of the page, such as the patient’s email', () => {
    assert.deepEqual(trackingFromQuery('?gclid=abc&email=ada%40example.org&name=Ada'), { gclid: 'abc' });
  });
});
