import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import fc from 'fast-check';
import { parsePatientAppUrl, patientAppUrl, type PatientAppLinkErrorCode, type PatientAppTarget } from '../../src/links/index.js';

const base = 'https://clinic.example/patient-app';
const baseWithQueryAndFragment = 'https://clinic.example/patient-app?lang=de#top';

// Ids and tokens in every shape a link carries (src/links/link-shapes.ts).
const anId = fc.stringMatching(/^[A-Za-z0-9._~-]{0,199}[A-Za-z0-9_~-]$/);
const aToken = fc.stringMatching(/^[A-Za-z0-9._~+/-]{0,60}[A-Za-z0-9_~+/-]={0,2}$/);

// Plain-prototype records, as a caller would write them: deepEqual compares prototypes too.
const aTarget: fc.Arbitrary<PatientAppTarget> = fc.oneof(
  fc.record(
    { kind: fc.constant('book-service'), serviceId: anId, locationId: anId, practitionerId: anId },
    { requiredKeys: ['kind', 'serviceId'], noNullPrototype: true },
  ),
  fc.record(
    { kind: fc.constant('book-variant'), variantId: anId, locationId: anId, practitionerId: anId },
    { requiredKeys: ['kind', 'variantId'], noNullPrototype: true },
  ),
  fc.record({ kind: fc.constantFrom('appointment', 'intake-forms'), appointmentId: anId, token: aToken }, { noNullPrototype: true }),
);

/** Any http(s) page a clinic could host the patient app on, with its own query but no fragment. */
const aBase = fc.webUrl({ withQueryParameters: true, withFragments: true }).map((url) => url.split('#')[0]!);

function assertError(url: string, code: PatientAppLinkErrorCode, options?: { base?: string }) {
  const result = parsePatientAppUrl(url, options);
  assert.equal(result.ok, false, `expected ${code} for ${url}`);
  if (!result.ok) {
    assert.equal(result.error.code, code);
    assert.match(result.error.message, /^[A-Z].+\.$/);
  }
}

describe('patientAppUrl builds the link for each kind', () => {
  const cases: [PatientAppTarget, string][] = [
    [{ kind: 'book-service', serviceId: 'svc-1' }, '?circle=book-service&service=svc-1'],
    [{ kind: 'book-service', serviceId: 'svc-1', locationId: 'loc-9' }, '?circle=book-service&service=svc-1&location=loc-9'],
    [{ kind: 'book-variant', variantId: 'var-2' }, '?circle=book-variant&variant=var-2'],
    [{ kind: 'book-variant', variantId: 'var-2', locationId: 'loc-9' }, '?circle=book-variant&variant=var-2&location=loc-9'],
    [{ kind: 'book-service', serviceId: 'svc-1', practitionerId: 'prac-4' }, '?circle=book-service&service=svc-1&practitioner=prac-4'],
    [
      { kind: 'book-variant', variantId: 'var-2', locationId: 'loc-9', practitionerId: 'prac-4' },
      '?circle=book-variant&variant=var-2&location=loc-9&practitioner=prac-4',
    ],
    [{ kind: 'appointment', appointmentId: 'apt-3', token: 'tok-xyz' }, '?circle=appointment&appointment=apt-3#token=tok-xyz'],
    [{ kind: 'intake-forms', appointmentId: 'apt-3', token: 'tok-xyz' }, '?circle=intake-forms&appointment=apt-3#token=tok-xyz'],
  ];

  for (const [target, link] of cases) {
    it(`${target.kind} on a plain base${'locationId' in target ? ' with a location' : ''}`, () => {
      assert.equal(patientAppUrl(base, target), `${base}${link}`);
    });

    it(`${target.kind} on a base with a query and a fragment${'locationId' in target ? ' with a location' : ''}`, () => {
      assert.equal(patientAppUrl(baseWithQueryAndFragment, target), `https://clinic.example/patient-app?lang=de&${link.slice(1)}`);
    });
  }

  it('accepts a URL object as the base and leaves it unchanged', () => {
    const baseUrl = new URL(baseWithQueryAndFragment);

    const link = patientAppUrl(baseUrl, { kind: 'book-service', serviceId: 'svc-1' });

    assert.equal(link, 'https://clinic.example/patient-app?lang=de&circle=book-service&service=svc-1');
    assert.equal(baseUrl.href, baseWithQueryAndFragment);
  });

  it('replaces the link parameters a base already has', () => {
    const staleBase = `${base}?circle=appointment&appointment=old&service=old&variant=old&location=old&lang=de`;

    const link = patientAppUrl(staleBase, { kind: 'book-service', serviceId: 'svc-1' });

    assert.equal(link, `${base}?lang=de&circle=book-service&service=svc-1`);
  });

  it('leaves out an empty location', () => {
    const link = patientAppUrl(base, { kind: 'book-service', serviceId: 'svc-1', locationId: '' });

    assert.equal(link, `${base}?circle=book-service&service=svc-1`);
  });
});

describe('patientAppUrl encodes ids and tokens safely', () => {
  it('escapes the token characters that mean something in a URL', () => {
    const link = patientAppUrl(base, { kind: 'appointment', appointmentId: 'apt.3~x_y-z', token: 'a+b/c==' });

    assert.equal(link, `${base}?circle=appointment&appointment=apt.3%7Ex_y-z#token=a%2Bb%2Fc%3D%3D`);
  });
});

describe('patientAppUrl refuses what cannot make a link', () => {
  const target: PatientAppTarget = { kind: 'book-service', serviceId: 'svc-1' };

  const badBases = ['javascript:alert(1)', 'data:text/html,<p>hi</p>', '/patient-app', 'patient-app', 'ftp://clinic.example/', ''];
  for (const badBase of badBases) {
    it(`throws a TypeError for the base ${JSON.stringify(badBase)}`, () => {
      assert.throws(() => patientAppUrl(badBase, target), TypeError);
    });
  }

  const badTargets: [string, unknown][] = [
    ['an empty service id', { kind: 'book-service', serviceId: '' }],
    ['a missing variant id', { kind: 'book-variant' }],
    ['a numeric appointment id', { kind: 'appointment', appointmentId: 42, token: 'tok' }],
    ['an empty token', { kind: 'intake-forms', appointmentId: 'apt-3', token: '' }],
    ['a missing token', { kind: 'appointment', appointmentId: 'apt-3' }],
    ['a lone surrogate in an id', { kind: 'book-service', serviceId: 'svc-\uD800' }],
    ['a space in an id', { kind: 'book-variant', variantId: 'var 2' }],
    ['a whitespace-only location', { kind: 'book-variant', variantId: 'var-2', locationId: ' \t' }],
    ['a practitioner id with a slash', { kind: 'book-service', serviceId: 'svc-1', practitionerId: 'prac/4' }],
    ['an id ending in a full stop', { kind: 'appointment', appointmentId: 'apt-3.', token: 'tok' }],
    ['a token with a character no header can carry', { kind: 'appointment', appointmentId: 'apt-3', token: 'tok…' }],
    ['a token with = inside it', { kind: 'appointment', appointmentId: 'apt-3', token: 'to=k' }],
    ['an unknown kind', { kind: 'reschedule', appointmentId: 'apt-3' }],
  ];
  for (const [what, badTarget] of badTargets) {
    it(`throws a TypeError for ${what}`, () => {
      assert.throws(() => patientAppUrl(base, badTarget as PatientAppTarget), TypeError);
    });
  }
});

describe('parsePatientAppUrl reads each kind back', () => {
  it('reads a service link with a location', () => {
    const result = parsePatientAppUrl(`${base}?lang=de&circle=book-service&service=svc-1&location=loc-9`, { base });

    assert.deepEqual(result, { ok: true, target: { kind: 'book-service', serviceId: 'svc-1', locationId: 'loc-9' } });
  });

  it('leaves out an empty location', () => {
    const result = parsePatientAppUrl(`${base}?circle=book-variant&variant=var-2&location=`);

    assert.deepEqual(result, { ok: true, target: { kind: 'book-variant', variantId: 'var-2' } });
  });

  it('reads the practitioner of a booking link, and leaves out an empty one', () => {
    assert.deepEqual(parsePatientAppUrl(`${base}?circle=book-service&service=svc-1&practitioner=prac-4`), {
      ok: true,
      target: { kind: 'book-service', serviceId: 'svc-1', practitionerId: 'prac-4' },
    });
    assert.deepEqual(parsePatientAppUrl(`${base}?circle=book-service&service=svc-1&practitioner=`), {
      ok: true,
      target: { kind: 'book-service', serviceId: 'svc-1' },
    });
  });

  it('reports a practitioner id damaged on its way as damaged-id', () => {
    assertError(`${base}?circle=book-variant&variant=var-2&practitioner=prac-4%E2%80%A6`, 'damaged-id');
  });

  it('reads the token of an intake-forms link from the fragment', () => {
    const result = parsePatientAppUrl(`${base}?circle=intake-forms&appointment=apt-3#token=tok-xyz`);

    assert.deepEqual(result, { ok: true, target: { kind: 'intake-forms', appointmentId: 'apt-3', token: 'tok-xyz' } });
  });
});

describe('parsePatientAppUrl reports malformed links', () => {
  it('for text that is not a URL', () => assertError('see you on tuesday', 'malformed'));
  it('for a relative link', () => assertError('/patient-app?circle=book-service&service=svc-1', 'malformed'));
  it('for a javascript: link', () => assertError('javascript:alert(document.cookie)//?circle=book-service&service=s', 'malformed'));
  it('for a mailto: link', () => assertError('mailto:desk@clinic.example?circle=book-service&service=s', 'malformed'));
  it('for a base that is not an http(s) URL', () => {
    assertError(`${base}?circle=book-service&service=svc-1`, 'malformed', { base: 'patient-app' });
  });
});

describe('parsePatientAppUrl reports links to another app as foreign-origin', () => {
  const link = '?circle=book-service&service=svc-1';
  it('for another host', () => assertError(`https://evil.example/patient-app${link}`, 'foreign-origin', { base }));
  it('for another scheme', () => assertError(`http://clinic.example/patient-app${link}`, 'foreign-origin', { base }));
  it('for another port', () => assertError(`https://clinic.example:8443/patient-app${link}`, 'foreign-origin', { base }));
  it('for another path on the same host', () => assertError(`https://clinic.example/blog${link}`, 'foreign-origin', { base }));
  it('but not for another query or fragment on the base', () => {
    assert.equal(parsePatientAppUrl(`${base}${link}`, { base: baseWithQueryAndFragment }).ok, true);
  });
});

describe('parsePatientAppUrl reports links of no known kind', () => {
  it('for a page without a circle parameter', () => assertError(`${base}?lang=de`, 'unknown-kind'));
  it('for a kind from a newer version', () => assertError(`${base}?circle=reschedule&appointment=apt-3`, 'unknown-kind'));
  it('for an empty circle parameter', () => assertError(`${base}?circle=&service=svc-1`, 'unknown-kind'));
  it('for a name inherited by every object', () => {
    assertError(`${base}?circle=constructor&constructor=x`, 'unknown-kind');
    assertError(`${base}?circle=__proto__&__proto__=x`, 'unknown-kind');
  });
});

describe('parsePatientAppUrl reports links without an id', () => {
  it('for a service link cut short', () => assertError(`${base}?circle=book-service`, 'missing-id'));
  it('for a variant link with an empty id', () => assertError(`${base}?circle=book-variant&variant=&location=l`, 'missing-id'));
  it('for a variant link carrying a service id', () => assertError(`${base}?circle=book-variant&service=s`, 'missing-id'));
  it('for an appointment link without an id', () => assertError(`${base}?circle=appointment#token=tok`, 'missing-id'));
});

describe('parsePatientAppUrl reports links without a token', () => {
  it('for an appointment link without a fragment', () => {
    assertError(`${base}?circle=appointment&appointment=apt-3`, 'missing-token');
  });
  it('for an empty token', () => assertError(`${base}?circle=intake-forms&appointment=apt-3#token=`, 'missing-token'));
  it('for a token put in the query instead of the fragment', () => {
    assertError(`${base}?circle=appointment&appointment=apt-3&token=tok`, 'missing-token');
  });
});

describe('the token stays out of the query', () => {
  it('is only in the fragment of both token-carrying kinds', () => {
    for (const kind of ['appointment', 'intake-forms'] as const) {
      const url = new URL(patientAppUrl(`${base}?lang=de`, { kind, appointmentId: 'apt-3', token: 's3cr3t-t0ken' }));

      assert.equal(url.search, `?lang=de&circle=${kind}&appointment=apt-3`);
      assert.equal(url.hash, '#token=s3cr3t-t0ken');
    }
  });

  it('is only in the fragment, for any token', () => {
    fc.assert(
      fc.property(aToken, (token) => {
        const url = new URL(patientAppUrl(base, { kind: 'appointment', appointmentId: 'apt-3', token }));

        assert.equal(url.search, '?circle=appointment&appointment=apt-3');
        assert.equal(new URLSearchParams(url.hash.slice(1)).get('token'), token);
      }),
      { numRuns: 1000 },
    );
  });
});

describe('a built link parses back to its target', () => {
  it('for any target on any base', () => {
    fc.assert(
      fc.property(aBase, aTarget, (base, target) => {
        assert.deepEqual(parsePatientAppUrl(patientAppUrl(base, target), { base }), { ok: true, target });
      }),
      { numRuns: 1000 },
    );
  });
});

describe('parsePatientAppUrl never throws', () => {
  const neverThrows = (url: string) => {
    const result = parsePatientAppUrl(url, { base });
    assert.equal(typeof result.ok, 'boolean');
  };

  it('on any string', () => {
    fc.assert(fc.property(fc.string(), neverThrows), { numRuns: 2000 });
    fc.assert(fc.property(fc.string({ unit: 'binary' }), neverThrows), { numRuns: 2000 });
  });

  it('on any web URL', () => {
    const aWebUrl = fc.webUrl({ withQueryParameters: true, withFragments: true });
    fc.assert(fc.property(aWebUrl, neverThrows), { numRuns: 2000 });
  });

  it('on inputs that are not strings', () => {
    const unthrowable = {
      toString: () => {
        throw new Error('no string for you');
      },
    };
    for (const input of [null, 42, {}, Symbol('link'), unthrowable]) {
      assert.equal(parsePatientAppUrl(input as unknown as string).ok, false);
      assert.equal(parsePatientAppUrl(`${base}?circle=book-service&service=svc-1`, { base: input as unknown as string }).ok, false);
    }
    assert.equal(parsePatientAppUrl(undefined as unknown as string).ok, false);
  });
});
