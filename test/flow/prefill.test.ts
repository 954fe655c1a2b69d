import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import fc from 'fast-check';
import { PatientDetails } from '../../src/api/schemas.js';
import { prefillFromQuery, prefillParams, validPrefill } from '../../src/flow/prefill.js';

describe('validPrefill', () => {
  it('keeps the fields that pass the patient schema, trimmed', () => {
    const prefill = validPrefill({ givenName: ' Ada ', email: 'ada@example.org', phone: '+44 20 7946 0958', dateOfBirth: '1985-12-10' });

    assert.deepEqual(prefill, { givenName: 'Ada', email: 'ada@example.org', phone: '+44 20 7946 0958', dateOfBirth: '1985-12-10' });
  });

  it('drops values the schema rejects, and anything that is not a patient field', () => {
    const prefill = validPrefill({ givenName: 'Ada', email: 'not-an-email', phone: 'call me', dateOfBirth: '2999-01-01', token: 'tok_x', familyName: 42 });

    assert.deepEqual(prefill, { givenName: 'Ada' });
  });

  it('gives nothing for something that is not an object', () => {
    for (const input of [null, undefined, 'Ada', 7, ['Ada']]) assert.deepEqual(validPrefill(input), {});
  });

  it('never lets through a value the booking request would refuse', () => {
    fc.assert(
      fc.property(fc.dictionary(fc.constantFrom('givenName', 'familyName', 'email', 'phone', 'dateOfBirth', 'note', 'other'), fc.string()), (draft) => {
        for (const [field, value] of Object.entries(validPrefill(draft))) {
          assert.ok(PatientDetails.shape[field as 'email'].safeParse(value).success, `${field}: ${value}`);
        }
      }),
    );
  });
});

describe('prefillFromQuery', () => {
  it('reads name (the last word as family name), email and phone', () => {
    const prefill = prefillFromQuery('?name=Ada%20King%20Lovelace&email=ada%40example.org&phone=%2B44%2020%207946%200958');

    assert.deepEqual(prefill, { givenName: 'Ada King', familyName: 'Lovelace', email: 'ada@example.org', phone: '+44 20 7946 0958' });
  });

  it('takes given and family names by their own keys over name', () => {
    assert.deepEqual(prefillFromQuery('?name=Ada&first_name=Augusta&last_name=King'), { givenName: 'Augusta', familyName: 'King' });
    assert.deepEqual(prefillFromQuery('?given_name=Ada&family_name=Lovelace'), { givenName: 'Ada', familyName: 'Lovelace' });
  });

  it('ignores bad values and unrelated parameters without throwing', () => {
    assert.deepEqual(prefillFromQuery('?email=nope&phone=%3Cscript%3E&date_of_birth=yesterday&utm_source=x&name='), {});
    assert.deepEqual(prefillFromQuery(''), {});
  });
});

describe('prefillParams', () => {
  it('writes what prefillFromQuery reads back, as a fragment carries it', () => {
    const grace = { givenName: 'Grace', familyName: 'Hopper', email: 'grace.hopper@example.org', phone: '+1 202 555 0143', dateOfBirth: '1906-12-09' };
    const fragment = prefillParams(grace).toString();
    assert.equal(fragment, 'given_name=Grace&family_name=Hopper&email=grace.hopper%40example.org&phone=%2B1+202+555+0143&date_of_birth=1906-12-09');
    assert.deepEqual(prefillFromQuery(fragment), grace);
  });

  it('leaves out the fields the patient left empty', () => {
    assert.equal(prefillParams({ givenName: 'Ada', email: '' }).toString(), 'given_name=Ada');
  });
});
