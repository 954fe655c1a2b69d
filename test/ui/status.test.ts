import { expect } from '@open-wc/testing';
import { NetworkError, ProblemError } from '../../src/api/errors.js';
import { errorAnnouncement } from '../../src/ui/describe-error.js';
import { renderEmpty, renderError, renderLoading } from '../../src/ui/status.js';
import { clinic, errorWith, everyCode } from '../support/api-errors.js';
import { renderInShadowRoot } from '../support/template-host.js';

describe('renderError', () => {
  it('renders the title and body, leaving announcing to the element’s live region', async () => {
    const root = await renderInShadowRoot(renderError(new NetworkError()));

    const alert = root.querySelector('[part="error"]')!;
    expect(alert.getAttribute('role'), 'no live role of its own').to.equal(null);
    expect(errorAnnouncement(new NetworkError())).to.equal(
      "You seem to be offline. We couldn't reach the clinic's booking system. Check your connection and try again.",
    );
    expect(alert.getAttribute('part')).to.equal('error');
    expect(alert.querySelector('.title')!.textContent).to.equal('You seem to be offline');
    expect(alert.textContent).to.contain('Check your connection');
    expect(alert.querySelector('h2, h3, h4, h5, h6')).to.equal(null);
  });

  it('renders the title as a heading of the level asked for', async () => {
    const root = await renderInShadowRoot(renderError(new NetworkError(), { headingLevel: 3 }));

    expect(root.querySelector('h3.title')!.textContent).to.equal('You seem to be offline');
  });

  it('offers Try again only when retrying can help and there is a handler, and calls it', async () => {
    let retried = 0;
    const withRetry = await renderInShadowRoot(renderError(new NetworkError(), { onRetry: () => retried++ }));
    const button = withRetry.querySelector<HTMLButtonElement>('button')!;

    button.click();

    expect(button.className).to.equal('button primary');
    expect(button.textContent.trim()).to.equal('Try again');
    expect(retried).to.equal(1);
    expect((await renderInShadowRoot(renderError(new NetworkError()))).querySelector('button')).to.equal(null);
    expect((await renderInShadowRoot(renderError(errorWith('slot_unavailable'), { onRetry: () => retried++ }))).querySelector('button')).to.equal(null);
  });

  it("links the clinic's phone and email", async () => {
    const root = await renderInShadowRoot(renderError(new NetworkError(), { clinic }));

    const hrefs = [...root.querySelectorAll('a')].map((a) => a.getAttribute('href'));
    expect(hrefs).to.deep.equal(['tel:+442079460000', 'mailto:hello@circle.example']);
  });

  it('links the phone inside the body instead of repeating it', async () => {
    const root = await renderInShadowRoot(renderError(errorWith('not_bookable'), { clinic, subject: 'service' }));

    const links = [...root.querySelectorAll('a')];
    expect(links.map((a) => a.getAttribute('href'))).to.deep.equal(['tel:+442079460000', 'mailto:hello@circle.example']);
    expect(root.querySelector('.body')!.textContent).to.equal('Call Circle Clinic on +44 20 7946 0000.');
    expect(root.querySelector('.body a')!.textContent).to.equal('+44 20 7946 0000');
  });

  it('shows an HTML-looking server message not at all, in our own words instead', async () => {
    const message = '<img src=x onerror="window.hacked=1"><b>bold</b>';
    const root = await renderInShadowRoot(renderError(new ProblemError('conflict', message, 409)));

    expect(root.querySelector('img, b')).to.equal(null);
    expect(root.querySelector('.body')!.textContent).to.equal('Something changed in the meantime. Please reload the page and try again.');
  });

  it('renders a clean server message as text', async () => {
    const message = 'Cancellation closes < 24 hours before your visit & can be done by phone.';
    const root = await renderInShadowRoot(renderError(new ProblemError('conflict', message, 409)));

    expect(root.querySelector('.body')!.textContent).to.equal(message);
  });

  it('never shows "[object" or "undefined" for any code', async () => {
    for (const code of everyCode) {
      const root = await renderInShadowRoot(renderError(errorWith(code), { clinic, onRetry: () => {} }));
      expect(root.textContent, code).to.not.match(/\[object|undefined/);
    }
  });

  it('is accessible, with and without contact and retry', async () => {
    await expect((await renderInShadowRoot(renderError(new NetworkError(), { clinic, onRetry: () => {} }))).host).to.be.accessible();
    await expect((await renderInShadowRoot(renderError(errorWith('not_bookable'), { clinic, headingLevel: 2 }))).host).to.be.accessible();
    await expect((await renderInShadowRoot(renderError(new Error('x')))).host).to.be.accessible();
  });
});

describe('renderLoading', () => {
  it('is busy, with its label and a skeleton hidden from assistive technology', async () => {
    const root = await renderInShadowRoot(renderLoading('Loading free times…', 'grid'));

    const status = root.querySelector('[part="loading"]')!;
    expect(status.getAttribute('aria-busy')).to.equal('true');
    expect(status.querySelector('.visually-hidden')!.textContent).to.equal('Loading free times…');
    expect(status.querySelector('.skeleton.grid')!.getAttribute('aria-hidden')).to.equal('true');
    expect(status.querySelectorAll('.bone').length).to.be.greaterThan(0);
  });

  it('takes space before the content arrives', async () => {
    const root = await renderInShadowRoot(renderLoading('Loading…'));

    expect(root.querySelector<HTMLElement>('[part="loading"]')!.getBoundingClientRect().height).to.be.greaterThan(60);
  });

  it('is accessible', async () => {
    await expect((await renderInShadowRoot(renderLoading('Loading…'))).host).to.be.accessible();
    await expect((await renderInShadowRoot(renderLoading('Loading free times…', 'grid'))).host).to.be.accessible();
  });
});

describe('renderEmpty', () => {
  it('says why and offers a way forward', async () => {
    let clicked = 0;
    const root = await renderInShadowRoot(
      renderEmpty('No free times this week', 'The next free time is on Monday.', { label: 'Go to next available day', onClick: () => clicked++ }),
    );

    root.querySelector('button')!.click();

    expect(root.querySelector('.title')!.textContent).to.equal('No free times this week');
    expect(root.textContent).to.contain('The next free time is on Monday.');
    expect(clicked).to.equal(1);
  });

  it('renders no button without an action', async () => {
    expect((await renderInShadowRoot(renderEmpty('Nothing here', 'Try later.'))).querySelector('button')).to.equal(null);
  });

  it('is accessible', async () => {
    await expect(
      (await renderInShadowRoot(renderEmpty('No free times this week', 'Try next week.', { label: 'Next week', onClick: () => {} }))).host,
    ).to.be.accessible();
  });
});
