/**
 * How many requests a patient waits for before the first free times show: where the service
 * answer carries the first month (`availability` in the contract), one; where it does not, the
 * month is asked for as before.
 */
import { expect, fixture, html } from '@open-wc/testing';
import '../../src/elements/book-service/book-service.js';
import type { CircleBookService } from '../../src/elements/book-service/book-service.js';
import { todayIn } from '../../src/flow/availability-window.js';
import { apiBase, apiRequestsDuring, useSimulator, withoutFirstMonth, worker } from '../support/simulator-worker.js';
import { find, queryDeep } from '../support/dom.js';
import { flowOf } from '../support/booking.js';

/** Mounts the check-up (one variant, at Mitte in Berlin) and gives the API requests made before its first free time showed. */
async function requestsUntilFirstTime(): Promise<string[]> {
  let shown: string[] = [];
  await apiRequestsDuring(async (seen) => {
    const element = await fixture<CircleBookService>(html`<circle-book-service service-id="svc_checkup" api-base=${apiBase}></circle-book-service>`);
    const flow = await flowOf(element);
    await find(() => queryDeep(flow.shadowRoot!, 'circle-time-list')?.shadowRoot?.querySelector('input[type=radio]'), 'a free time');
    shown = [...seen];
  });
  return shown;
}

const firstMonth = (request: string) =>
  request.startsWith('/availability?') && new URLSearchParams(request.split('?')[1]).get('from') === todayIn('Europe/Berlin');

describe('<circle-book-service> first free times', () => {
  beforeEach(useSimulator);

  it('show after one request where the service answer carries the first month', async () => {
    const requests = await requestsUntilFirstTime();

    expect(requests.filter((request) => request.startsWith('/services/'))).to.deep.equal(['/services/svc_checkup']);
    expect(requests.filter(firstMonth), 'the first month asked for on its own').to.deep.equal([]);
  });

  it('ask for the first month where the service answer does not carry it', async () => {
    worker.use(...withoutFirstMonth());

    const requests = await requestsUntilFirstTime();

    expect(requests.filter(firstMonth)).to.have.length(1);
  });
});
