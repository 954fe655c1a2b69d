import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import fc from 'fast-check';
import { appointmentAccessProblem, parsePatientAppUrl, patientAppUrl } from '../../src/links/index.js';
import { aBookingTarget, accessIn, aManglingOf, anAppointmentTarget, damagedForSure, linkBase, mangledAnyhow } from '../support/mangle-links.js';

const linkProblems = ['malformed', 'unknown-kind', 'missing-id', 'missing-token', 'damaged-id', 'damaged-token'];

describe('a link damaged at its end on its way to the patient is known as damaged', () => {
  it('for appointment and intake-forms links', () => {
    fc.assert(
      fc.property(aManglingOf(anAppointmentTarget, damagedForSure), ({ how, link }) => {
        const parsed = parsePatientAppUrl(link);
        assert.equal(parsed.ok, false, `${how}: ${link}`);
        if (!parsed.ok) assert.ok(linkProblems.includes(parsed.error.code), parsed.error.code);
      }),
      { numRuns: 3000 },
    );
  });

  it('for service and variant links', () => {
    fc.assert(
      fc.property(aManglingOf(aBookingTarget, damagedForSure), ({ how, link }) => {
        assert.equal(parsePatientAppUrl(link).ok, false, `${how}: ${link}`);
      }),
      { numRuns: 3000 },
    );
  });
});

describe('a link mangled anywhere never opens something else', () => {
  it('an appointment link opens its own appointment, or none', () => {
    fc.assert(
      fc.property(aManglingOf(anAppointmentTarget, mangledAnyhow), ({ how, link, target }) => {
        const parsed = parsePatientAppUrl(link);
        if (!parsed.ok || target.kind === 'book-service' || target.kind === 'book-variant') return;
        // The one change no classifier can see: a soft line break's = just before a token's =
        // padding makes one more padding character. The API refuses that token ("This link
        // doesn't work"); it cannot open anything else.
        const token = parsed.target.kind === 'appointment' || parsed.target.kind === 'intake-forms' ? parsed.target.token : '';
        const padded = token.endsWith('=') && token.slice(0, -1) === target.token;
        assert.deepEqual(parsed.target, padded ? { ...target, token } : target, `${how}: ${link}`);
      }),
      { numRuns: 3000 },
    );
  });

  it('a booking link books its own service or variant, or nothing (a lost location or practitioner is chosen again)', () => {
    fc.assert(
      fc.property(aManglingOf(aBookingTarget, mangledAnyhow), ({ how, link, target }) => {
        const parsed = parsePatientAppUrl(link);
        if (!parsed.ok) return;
        const { locationId: _, ...withoutLocation } = target as typeof target & { locationId?: string; practitionerId?: string };
        const { practitionerId: _p, ...withoutPractitioner } = target as typeof target & { practitionerId?: string };
        const { practitionerId: _q, ...withoutEither } = withoutLocation;
        assert.ok(
          [target, withoutLocation, withoutPractitioner, withoutEither].some((allowed) => fc.stringify(parsed.target) === fc.stringify(allowed)),
          `${how}: ${link} opened ${fc.stringify(parsed.target)}`,
        );
      }),
      { numRuns: 3000 },
    );
  });
});

describe('the links parser and <circle-appointment> agree', () => {
  it('on every mangled appointment link: the element asks the API exactly when the parser accepts the link', () => {
    fc.assert(
      fc.property(aManglingOf(anAppointmentTarget, mangledAnyhow), ({ link }) => {
        const { appointmentId, token } = accessIn(link);
        const parsed = parsePatientAppUrl(link);
        const kindKnown = parsed.ok || !['malformed', 'unknown-kind', 'foreign-origin'].includes(parsed.error.code);
        // A link of no known kind never reaches the element; every other verdict is the element's too.
        if (kindKnown) assert.equal(appointmentAccessProblem(appointmentId, token) === undefined, parsed.ok, link);
      }),
      { numRuns: 3000 },
    );
  });
});

describe("what no browser can send is the link's problem", () => {
  it('refuses a token with a character outside Latin-1, which no Authorization header can carry', () => {
    for (const token of ['tok…', 'tok”', 'tök', 'tok🦷', 'tok\u00a0']) {
      assert.equal(appointmentAccessProblem('apt_1', token), 'damaged-token', token);
    }
  });

  it('accepts every token the links builder accepts, and every one it makes can be sent', () => {
    fc.assert(
      fc.property(anAppointmentTarget, (target) => {
        const parsed = parsePatientAppUrl(patientAppUrl(linkBase, target));
        const token = parsed.ok && (parsed.target.kind === 'appointment' || parsed.target.kind === 'intake-forms') ? parsed.target.token : undefined;
        assert.ok(token);
        assert.doesNotThrow(() => new Headers({ Authorization: `Bearer ${token}` }));
      }),
      { numRuns: 500 },
    );
  });
});

describe('damaged links seen in the wild', () => {
  const link = `${linkBase}?circle=appointment&appointment=apt_ready#token=tok_ready_8b2e51`;
  const cases: [string, string, string][] = [
    ['cut short by a mail client', `${link.slice(0, -4)}…`, 'damaged-token'],
    ['followed by a curly quote', `${link}”`, 'damaged-token'],
    ['followed by a full stop', `${link}.`, 'damaged-token'],
    ['with a soft line break', link.replace('8b2e', '8b=\r\n2e'), 'damaged-token'],
    ['with a space from wrapping', link.replace('apt_ready', 'apt_re ady'), 'damaged-id'],
    ['with its id escaped twice', `${linkBase}?circle=appointment&appointment=apt%255Fready#token=tok`, 'damaged-id'],
    ['in curly quotes', `“${link}”`, 'malformed'],
  ];
  for (const [what, damaged, code] of cases) {
    it(what, () => {
      const parsed = parsePatientAppUrl(damaged);
      assert.equal(parsed.ok ? 'ok' : parsed.error.code, code);
    });
  }
});
