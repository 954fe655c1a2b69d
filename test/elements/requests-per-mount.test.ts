// What each element asks the API for when it is put on a page, until it has painted: each
// resource once. A request sent twice (the second aborting the first, say because the
// element's client was rebuilt once its language loaded) doubles the API's load on every page view.
import { expect } from '@open-wc/testing';
import '../../src/index.js';
import { apiBase, apiRequestsDuring, useSimulator } from '../support/simulator-worker.js';
import { find, queryDeep } from '../support/dom.js';

interface Mount {
  tag: string;
  properties: Record<string, unknown>;
  /** What shows once the element has what it asked for. */
  painted: string;
  /** Paths (below the API base) it should ask for; availability is asked per month. */
  asks: RegExp[];
}

const mounts: Mount[] = [
  { tag: 'circle-book-service', properties: { serviceId: 'svc_physio' }, painted: '[part=flow]', asks: [/^\/services\/svc_physio$/] },
  {
    tag: 'circle-book-variant',
    properties: { variantId: 'var_checkup' },
    painted: 'circle-day-picker',
    // The month shown comes with the variant's answer; the next one is prefetched: one request.
    asks: [/^\/variants\/var_checkup$/, /^\/availability\?/],
  },
  {
    tag: 'circle-appointment',
    properties: { appointmentId: 'apt_forms_due', token: 'tok_forms_due_4f1c9a' },
    painted: '[part=details]',
    asks: [/^\/appointments\/apt_forms_due$/],
  },
  { tag: 'circle-share-menu', properties: { kind: 'service', recordId: 'svc_physio' }, painted: '#button', asks: [/^\/share-links\/service\/svc_physio$/] },
];

const settle = () => new Promise((resolve) => setTimeout(resolve, 400));

describe('requests made by an element put on the page', () => {
  beforeEach(useSimulator);

  // `de` and `ar` load their messages when first needed: the element waits for them before its first update.
  for (const lang of ['en', 'de', 'ar']) {
    for (const mount of mounts) {
      it(`<${mount.tag}> in ${lang}: each resource once`, async () => {
        const page = document.createElement('div');
        page.lang = lang;
        document.body.append(page);
        try {
          const requests = await apiRequestsDuring(async (seen) => {
            const element = Object.assign(document.createElement(mount.tag), mount.properties, { apiBase }) as unknown as HTMLElement & {
              updateComplete: Promise<boolean>;
            };
            page.append(element);
            await element.updateComplete;
            await find(() => queryDeep(element.shadowRoot!, mount.painted), `<${mount.tag}> painted`);
            // The prefetch of the next month follows the first month's answer, which a busy
            // machine or a slower engine may give after the paint: wait for what is expected,
            // then long enough for a request sent twice to show.
            await find(() => (seen.length >= mount.asks.length ? true : undefined), `${mount.asks.length} requests`).catch(() => undefined);
            await settle();
          });

          expect(new Set(requests).size, `asked twice: ${requests.join(', ')}`).to.equal(requests.length);
          expect(requests.length, requests.join(', ')).to.equal(mount.asks.length);
          mount.asks.forEach((pattern, index) => expect(requests[index]).to.match(pattern));
        } finally {
          page.remove();
        }
      });
    }
  }

  it('<circle-book-service> asks again only when what it shows changes', async () => {
    const requests = await apiRequestsDuring(async () => {
      const element = Object.assign(document.createElement('circle-book-service'), { serviceId: 'svc_physio', apiBase });
      document.body.append(element);
      try {
        await find(() => queryDeep(element.shadowRoot!, '[part=flow]'), 'the flow');
        element.locale = 'de-DE';
        await element.updateComplete;
        await settle();
        element.serviceId = 'svc_nutrition';
        await element.updateComplete;
        await settle();
      } finally {
        element.remove();
      }
    });

    // Another language asks again (server messages come in it); another service too. (The
    // second service has one variant at one place, so its times follow: not counted here.)
    expect(requests.filter((path) => path.startsWith('/services/'))).to.deep.equal(['/services/svc_physio', '/services/svc_physio', '/services/svc_nutrition']);
  });
});
