/**
 * `<circle-share-menu>` given `kind` + `record-id` fetches the code that asks the API only
 * then. This file's page has not fetched it before its one test, so the test can make that
 * fetch fail, as it does offline or after the site was redeployed.
 */
import { expect, fixture, html } from '@open-wc/testing';
import { until } from '../support/dom.js';
import { http, HttpResponse } from 'msw';
import '../../src/elements/share-menu/share-menu.js';
import type { CircleShareMenu } from '../../src/elements/share-menu/share-menu.js';
import type { ShareLink } from '../../src/api/schemas.js';
import type { CircleErrorEvent } from '../../src/error-event.js';
import { apiBase, simulator, useSimulator, worker } from '../support/simulator-worker.js';
import { engine } from '../support/engine.js';

const text = (element: Element | null | undefined) => element?.textContent?.replace(/\s+/g, ' ').trim() ?? '';

describe('<circle-share-menu> when the code that asks the API cannot be fetched', () => {
  beforeEach(useSimulator);

  it('says so, tells the host, and fetches it again on Try again', async function () {
    // Firefox (seen on CI) and WebKit keep a failed module fetch for the page's life: there Try
    // again shows the same error, and only a reload fetches the code again. What the menu says
    // and tells the host is checked in every engine by the failure half of this test.
    const retries = engine === 'chromium';
    worker.use(http.get(/share-menu\.fetch\.[jt]s/, () => HttpResponse.error()));
    const failed = new Promise<CircleErrorEvent>((resolve) => document.addEventListener('circle-error', resolve, { once: true }));
    const element = await fixture<CircleShareMenu>(html`<circle-share-menu kind="service" record-id="svc_physio" api-base=${apiBase}></circle-share-menu>`);
    const root = element.shadowRoot!;

    expect((await failed).detail).to.deep.equal({ code: 'unknown', message: 'Something went wrong' });
    await until(() => text(root.querySelector('#share-reason')) !== 'Loading…', 'the failure to show');
    expect(text(root.querySelector('#share-reason'))).to.equal('Something went wrong');
    expect(root.querySelector('[data-action=copy]')!.getAttribute('aria-disabled')).to.equal('true');

    if (!retries) return;
    worker.resetHandlers();
    root.querySelector<HTMLElement>('[data-action=retry]')!.click();
    await until(() => !root.querySelector('[data-action=copy]')!.hasAttribute('aria-disabled'), 'the link to load', { timeout: 5000 });
    expect(root.querySelector<HTMLAnchorElement>('[data-action=open]')!.href).to.equal((simulator.getShareLink('service', 'svc_physio').body as ShareLink).url);
    expect(root.querySelector('[data-action=retry]'), 'no Try again').to.equal(null);
  });
});
