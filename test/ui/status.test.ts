import { expect, fixture, html } from '@open-wc/testing';
import { LitElement, type TemplateResult } from 'lit';
import { ApiError, NetworkError, ProblemError, ResponseShapeError, TimeoutError, type ApiErrorCode } from '../../src/api/errors.js';
import { ProblemCode, type ClinicContact } from '../../src/api/schemas.js';
import { buttons, tokens } from '../../src/styles/tokens.js';
import { defineElement } from '../../src/ui/define.js';
import { describeError, renderEmpty, renderError, renderLoading, statusStyles, type ErrorSubject, errorAnnouncement } from '../../src/ui/status.js';

/** Renders a status template inside a shadow root with the library's styles, as elements do. */
class StatusHost extends LitElement {
  static override styles = [tokens, buttons, statusStyles];
  content?: TemplateResult;
  protected override render() {
    return this.content;
  }
}
defineElement('test-status-host', StatusHost);

async function show(content: TemplateResult): Promise<ShadowRoot> {
  const el = await fixture<StatusHost>(html`<test-status-host .content=${content}></test-status-host>`);
  return el.shadowRoot!;
}

const clinic: ClinicContact = { name: 'Circle Clinic', phone: '+44 20 7946 0000', email: 'hello@circle.example' };

const everyCode: ApiErrorCode[] = [...ProblemCode.options, 'network', 'timeout', 'aborted', 'malformed_response', 'http_error'];

function errorWith(code: ApiErrorCode): ApiError {
  if (code === 'network') return new NetworkError();
  if (code === 'timeout') return new TimeoutError(10_000);
  if (code === 'malformed_response') return new ResponseShapeError('/services/x', 200, ['name: Invalid input']);
  if (code === 'aborted' || code === 'http_error') return new ApiError(code, 'x');
  return new ProblemError(code, code === 'conflict' ? 'The appointment was already cancelled.' : 'Problem', 400);
}

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

describe('renderError', () => {
  it('renders the title and body, leaving announcing to the element’s live region', async () => {
    const root = await show(renderError(new NetworkError()));

    const alert = root.querySelector('[part="error"]')!;
    expect(alert.getAttribute('role'), 'no live role of its own').to.equal(null);
    expect(errorAnnouncement(new NetworkError())).to.equal("You seem to be offline. We couldn't reach the clinic's booking system. Check your connection and try again.");
    expect(alert.getAttribute('part')).to.equal('error');
    expect(alert.querySelector('.title')!.textContent).to.equal('You seem to be offline');
    expect(alert.textContent).to.contain('Check your connection');
    expect(alert.querySelector('h2, h3, h4, h5, h6')).to.equal(null);
  });

  it('renders the title as a heading of the level asked for', async () => {
    const root = await show(renderError(new NetworkError(), { headingLevel: 3 }));

    expect(root.querySelector('h3.title')!.textContent).to.equal('You seem to be offline');
  });

  it('offers Try again only when retrying can help and there is a handler, and calls it', async () => {
    let retried = 0;
    const withRetry = await show(renderError(new NetworkError(), { onRetry: () => retried++ }));
    const button = withRetry.querySelector<HTMLButtonElement>('button')!;

    button.click();

    expect(button.className).to.equal('button primary');
    expect(button.textContent!.trim()).to.equal('Try again');
    expect(retried).to.equal(1);
    expect((await show(renderError(new NetworkError()))).querySelector('button')).to.equal(null);
    expect((await show(renderError(errorWith('slot_unavailable'), { onRetry: () => retried++ }))).querySelector('button')).to.equal(null);
  });

  it("links the clinic's phone and email", async () => {
    const root = await show(renderError(new NetworkError(), { clinic }));

    const hrefs = [...root.querySelectorAll('a')].map((a) => a.getAttribute('href'));
    expect(hrefs).to.deep.equal(['tel:+442079460000', 'mailto:hello@circle.example']);
  });

  it('links the phone inside the body instead of repeating it', async () => {
    const root = await show(renderError(errorWith('not_bookable'), { clinic, subject: 'service' }));

    const links = [...root.querySelectorAll('a')];
    expect(links.map((a) => a.getAttribute('href'))).to.deep.equal(['tel:+442079460000', 'mailto:hello@circle.example']);
    expect(root.querySelector('.body')!.textContent).to.equal('Call Circle Clinic on +44 20 7946 0000.');
    expect(root.querySelector('.body a')!.textContent).to.equal('+44 20 7946 0000');
  });

  it('renders an HTML-looking server message as text', async () => {
    const message = '<img src=x onerror="window.hacked=1"><b>bold</b>';
    const root = await show(renderError(new ProblemError('conflict', message, 409)));

    expect(root.querySelector('img, b')).to.equal(null);
    expect(root.querySelector('.body')!.textContent).to.equal(message);
  });

  it('never shows "[object" or "undefined" for any code', async () => {
    for (const code of everyCode) {
      const root = await show(renderError(errorWith(code), { clinic, onRetry: () => {} }));
      expect(root.textContent, code).to.not.match(/\[object|undefined/);
    }
  });

  it('is accessible, with and without contact and retry', async () => {
    await expect((await show(renderError(new NetworkError(), { clinic, onRetry: () => {} }))).host).to.be.accessible();
    await expect((await show(renderError(errorWith('not_bookable'), { clinic, headingLevel: 2 }))).host).to.be.accessible();
    await expect((await show(renderError(new Error('x')))).host).to.be.accessible();
  });
});

describe('renderLoading', () => {
  it('is busy, with its label and a skeleton hidden from assistive technology', async () => {
    const root = await show(renderLoading('Loading free times…', 'grid'));

    const status = root.querySelector('[part="loading"]')!;
    expect(status.getAttribute('aria-busy')).to.equal('true');
    expect(status.querySelector('.visually-hidden')!.textContent).to.equal('Loading free times…');
    expect(status.querySelector('.skeleton.grid')!.getAttribute('aria-hidden')).to.equal('true');
    expect(status.querySelectorAll('.bone').length).to.be.greaterThan(0);
  });

  it('takes space before the content arrives', async () => {
    const root = await show(renderLoading('Loading…'));

    expect(root.querySelector<HTMLElement>('[part="loading"]')!.getBoundingClientRect().height).to.be.greaterThan(60);
  });

  it('is accessible', async () => {
    await expect((await show(renderLoading('Loading…'))).host).to.be.accessible();
    await expect((await show(renderLoading('Loading free times…', 'grid'))).host).to.be.accessible();
  });
});

describe('renderEmpty', () => {
  it('says why and offers a way forward', async () => {
    let clicked = 0;
    const root = await show(renderEmpty('No free times this week', 'The next free time is on Monday.', { label: 'Go to next available day', onClick: () => clicked++ }));

    root.querySelector('button')!.click();

    expect(root.querySelector('.title')!.textContent).to.equal('No free times this week');
    expect(root.textContent).to.contain('The next free time is on Monday.');
    expect(clicked).to.equal(1);
  });

  it('renders no button without an action', async () => {
    expect((await show(renderEmpty('Nothing here', 'Try later.'))).querySelector('button')).to.equal(null);
  });

  it('is accessible', async () => {
    await expect((await show(renderEmpty('No free times this week', 'Try next week.', { label: 'Next week', onClick: () => {} }))).host).to.be.accessible();
  });
});
