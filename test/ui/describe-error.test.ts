import { expect } from '@open-wc/testing';
import { NetworkError, ProblemError, ResponseShapeError } from '../../src/api/errors.js';
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

  it('says a link has expired only when the API said so', () => {
    expect(describeError(errorWith('link_expired'))).to.include({ title: 'This link has expired', body: 'Ask the clinic for a new link.', retry: false });
  });

  it("says a link the API does not know doesn't work, not that it expired", () => {
    expect(describeError(errorWith('unauthorized'))).to.include({ title: "This link doesn't work", body: 'Ask the clinic for a new link.', retry: false });
    expect(describeError(errorWith('unauthorized'), { clinic }).body).to.equal('Ask Circle Clinic for a new link.');
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

  it('words a time another patient holds, a hold that ended and a late fee, none of them worth trying again as it is', () => {
    expect(describeError(errorWith('slot_held'))).to.include({ title: 'Someone else is booking this time', retry: false });
    expect(describeError(errorWith('hold_expired'))).to.include({ title: 'This time is no longer held for you', retry: false });
    expect(describeError(errorWith('fee_required'))).to.include({ title: 'A late fee now applies', retry: false });
  });
});

describe("the server's detail", () => {
  const fallback = 'Something changed in the meantime. Please reload the page and try again.';
  const conflict = (detail: string) => describeError(new ProblemError('conflict', detail, 409)).body;

  it('is shown when it is clean short text', () => {
    expect(conflict('  Cancellation closes 24 hours before your visit.  ')).to.equal('Cancellation closes 24 hours before your visit.');
    expect(conflict('تم إلغاء هذا الموعد بالفعل.')).to.equal('تم إلغاء هذا الموعد بالفعل.');
  });

  for (const [what, detail] of [
    ['escape characters', 'Closed\u001b[31m now'],
    ['a new line', 'Closed.\nCall us.'],
    ['a bidi override', 'Closed \u202Eeno llac'],
    ['a zero-width space', 'Clo\u200Bsed'],
    ['a replacement character', 'Closed \uFFFD'],
    ['markup', 'Closed <a href="https://evil.example">call</a>'],
    ['an entity', 'Closed&nbsp;now'],
    ['no letter at all', '!!! 409 !!!'],
    ['301 characters', 'a'.repeat(301)],
  ] as const) {
    it(`is not shown with ${what}`, () => {
      expect(conflict(detail)).to.equal(fallback);
    });
  }

  it('is never shown from a bare status, which is not the API speaking', () => {
    const bare = new ProblemError('conflict', 'The booking service answered 409.', 409, [], undefined, true);
    expect(describeError(bare, { action: 'cancel' }).body).to.not.contain('answered 409');
  });
});

describe('long waits', () => {
  it('a wait of more than an hour is said as "later", not as a count of minutes', () => {
    const said = (seconds: number) => describeError(new ProblemError('rate_limited', 'Slow down', 429, [], seconds)).body;
    expect(said(120)).to.equal('Too many attempts. Please wait 2 minutes and try again.');
    expect(said(3600)).to.equal('Too many attempts. Please wait 60 minutes and try again.');
    expect(said(86_400)).to.equal('Too many attempts. Please try again later.');
    expect(said(1e20)).to.equal('Too many attempts. Please try again later.');
  });
});

describe('a failed read', () => {
  for (const subject of ['service', 'variant', 'appointment'] as const) {
    for (const [code, status] of [
      ['validation', 400],
      ['conflict', 409],
      ['validation', 422],
      ['http_error', 418],
    ] as const) {
      it(`${status} ${code} reading a ${subject}: read wording, Try again and the clinic's contact, nothing about what was entered`, () => {
        const described = describeError(new ProblemError(code, 'Bad request', status), { subject, action: 'read', clinic });
        expect(described.retry).to.equal(true);
        expect(described.title).to.match(/^We couldn't load/);
        expect(described.body).to.contain('Call Circle Clinic on +44 20 7946 0000.');
        expect(`${described.title} ${described.body}`).to.not.match(/check what you entered|can't be done right now|Bad request/);
      });
    }
  }

  it('service and variant are reads without saying so', () => {
    expect(describeError(new ProblemError('validation', 'x', 400), { subject: 'service' }).title).to.equal("We couldn't load this service");
    expect(describeError(new ProblemError('validation', 'x', 400), { subject: 'variant' }).title).to.equal("We couldn't load this type of appointment");
  });
});

describe('a write whose outcome is unknown', () => {
  const garbled = new ResponseShapeError('POST /bookings', 201, ['not JSON']);

  it('booking: "We couldn\'t confirm your booking. Try again: you won\'t be booked twice."', () => {
    expect(describeError(garbled, { action: 'book' })).to.include({
      title: "We couldn't confirm your booking",
      body: "Try again: you won't be booked twice.",
      retry: true,
      code: 'malformed_response',
    });
    expect(describeError(new ProblemError('validation', 'x', 400, [], undefined, true), { action: 'book' }).title).to.equal("We couldn't confirm your booking");
  });

  it('cancelling and moving say the same of theirs', () => {
    expect(describeError(garbled, { action: 'cancel', subject: 'appointment' }).body).to.equal('Try again: it will only be cancelled once.');
    expect(describeError(garbled, { action: 'reschedule', subject: 'appointment' }).body).to.equal('Try again: it will only be moved once.');
  });

  it('"taken" after such an attempt may be the patient\'s own booking, and is said so', () => {
    const described = describeError(errorWith('slot_unavailable'), { action: 'book', unconfirmed: true, clinic });
    expect(described.title).to.equal('This time may already be booked for you');
    expect(described.body).to.contain('Check your email for a confirmation');
    expect(described.body).to.contain('Call Circle Clinic on +44 20 7946 0000.');
  });
});

describe('describeError for a booking limit and a code', () => {
  it("says a booking limit is reached, with the clinic's contact, and no Try again", () => {
    const described = describeError(new ProblemError('booking_limit', 'You already have 3 upcoming visits.', 409, [], undefined, false, { limit: 3 }), {
      clinic,
      action: 'book',
    });

    expect(described.title).to.equal("You can't book more visits online");
    expect(described.body).to.contain(clinic.phone!);
    expect(described.retry).to.equal(false);
  });

  it('tells a wrong code from an expired one and from too many tries', () => {
    const titles = (['verification_code_wrong', 'verification_code_expired', 'verification_attempts_exceeded'] as const).map(
      (code) => describeError(new ProblemError(code, 'x', 422), { action: 'book' }).title,
    );

    expect(titles).to.deep.equal(["That code isn't right", 'That code has expired', 'Too many wrong codes']);
  });
});
