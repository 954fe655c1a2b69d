import { expect } from '@open-wc/testing';
import { ApiError, NetworkError, ProblemError } from '../../src/api/errors.js';
import { describeError, type ErrorSubject } from '../../src/ui/describe-error.js';
import { clinic, errorWith, everyCode } from '../support/api-errors.js';

describe('describeError', () => {
  for (const code of everyCode) {
    for (const context of [{}, { clinic }, { clinic: { name: 'Circle Clinic' } }]) {
      for (const subject of [undefined, 'service', 'variant', 'appointment', 'times'] as (ErrorSubject | undefined)[]) {
        it(`gives ${code} words${'clinic' in context ? ' with a clinic' : ''}${subject ? ` about a ${subject}` : ''}`, () => {
          const described = describeError(errorWith(code), { ...context, subject });

          expect(described.code).to.equal(code);
          for (const text of [described.title, described.body]) {
            expect(text.trim()).to.not.equal('');
            expect(text).to.not.match(/\[object|undefined|null|NaN|Error:|at \w+ \(/);
          }
        });
      }
    }
  }

  it('has retry true for what may pass next time and false for what will not', () => {
    const retryable = everyCode.filter((code) => describeError(errorWith(code)).retry);

    expect(retryable.sort()).to.deep.equal(['aborted', 'http_error', 'malformed_response', 'network', 'rate_limited', 'server_error', 'timeout']);
  });

  it('words being offline', () => {
    expect(describeError(new NetworkError())).to.deep.equal({
      title: 'You seem to be offline',
      body: "We couldn't reach the clinic's booking system. Check your connection and try again.",
      retry: true,
      code: 'network',
    });
  });

  it('names the missing thing', () => {
    expect(describeError(errorWith('not_found'), { subject: 'service' }).title).to.equal("We couldn't find this service");
    expect(describeError(errorWith('not_found'), { subject: 'appointment' }).title).to.equal("We couldn't find this appointment");
  });

  it('tells the patient how to book by phone when online booking is off', () => {
    const described = describeError(errorWith('not_bookable'), { clinic, subject: 'service' });

    expect(described.title).to.equal("This service can't be booked online right now");
    expect(described.body).to.equal('Call Circle Clinic on +44 20 7946 0000.');
  });

  it('words an expired link and an unauthorized one the same', () => {
    for (const code of ['link_expired', 'unauthorized'] as const) {
      expect(describeError(errorWith(code))).to.include({ title: 'This link has expired', body: 'Ask the clinic for a new link.', retry: false });
    }
  });

  it('says how long to wait when the server said', () => {
    expect(describeError(new ProblemError('rate_limited', 'Slow down', 429, [], 30)).body).to.equal('Too many attempts. Please wait 30 seconds and try again.');
    expect(describeError(new ProblemError('rate_limited', 'Slow down', 429)).body).to.equal('Too many attempts. Please wait a moment and try again.');
  });

  it("uses the server's message for a conflict", () => {
    expect(describeError(errorWith('conflict')).body).to.equal('The appointment was already cancelled.');
  });

  it('gives a generic message for what is not an ApiError, never its text', () => {
    for (const error of [new Error('secret stack'), 'boom', { message: 'object' }, undefined, null, 42]) {
      const described = describeError(error);

      expect(described).to.include({ code: 'unknown', retry: true });
      expect(`${described.title} ${described.body}`).to.not.match(/secret|boom|object|undefined|null|42/);
    }
  });

  it('words a slot that was just taken', () => {
    expect(describeError(errorWith('slot_unavailable'))).to.include({ title: 'That time was just taken', retry: false });
  });
});
