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
