/**
 * Text from the API or the clinic keeps its own direction on a right-to-left page: a New York
 * address starting with its house number, and an English reason ending in a full stop, read in
 * their own order inside Arabic (or any dir="rtl") layout. Checked where the words are drawn.
 */
import { expect, fixture, html } from '@open-wc/testing';
import { http, HttpResponse } from 'msw';
import type { ShareLink } from '../../src/api/schemas.js';
import '../../src/elements/book-service/book-service.js';
import '../../src/elements/appointment/appointment.js';
import '../../src/elements/share-menu/share-menu.js';
import type { CircleAppointment } from '../../src/elements/appointment/appointment.js';
import { seedAppointments } from '../../src/mocks/index.js';
import { appointmentShown, continueTo, flowOf } from '../support/booking.js';
import { find, queryAllDeep } from '../support/dom.js';
import { apiBase, simulator, useSimulator, worker } from '../support/simulator-worker.js';

/** Where `word` is drawn: the box of its first occurrence in a text node below `root`. */
function drawn(root: Element | ShadowRoot, word: string, within?: Element): DOMRect {
  const scopes = within ? [within] : [root];
  for (const scope of scopes) {
    const walker = document.createTreeWalker(scope, NodeFilter.SHOW_TEXT);
    for (let node = walker.nextNode(); node; node = walker.nextNode()) {
      const at = node.textContent!.indexOf(word);
      if (at < 0) continue;
      const range = document.createRange();
      range.setStart(node, at);
      range.setEnd(node, at + word.length);
      return range.getBoundingClientRect();
    }
  }
  throw new Error(`"${word}" is not drawn`);
}

/** The words appear left to right in this order (on one line). */
function expectLeftToRight(within: Element, words: string[]): void {
  const lefts = words.map((word) => drawn(within, word, within).left);
  const order = [...words].sort((a, b) => lefts[words.indexOf(a)]! - lefts[words.indexOf(b)]!);
  expect(order, `drawn as "${order.join(' ')}"`).to.deep.equal(words);
}

/** The element whose own text holds `text`, below `root`'s shadow roots. */
function holding(root: Element, selector: string, text: string): Element {
  const found = queryAllDeep(root.shadowRoot!, selector).find((element) => element.textContent?.includes(text));
  if (!found) throw new Error(`no ${selector} holding "${text}"`);
  return found;
}

describe('left-to-right text from the API on right-to-left pages', () => {
  beforeEach(useSimulator);

  it('an Arabic appointment draws a New York address in its own order', async () => {
    const { id, token } = seedAppointments.ready;
    const host = await fixture<CircleAppointment>(
      html`<circle-appointment locale="ar" appointment-id=${id} token=${token} api-base=${apiBase} style="inline-size: 60rem"></circle-appointment>`,
    );
    await appointmentShown(host);
    const address = holding(host, 'bdi, span', '350 Fifth Avenue');
    expectLeftToRight(address, ['350', 'Fifth', 'Avenue,', 'Suite', '4100,', '10118', 'New', 'York,', 'NY']);
  });

  it('an Arabic booking draws the locations’ addresses in their own order', async () => {
    const host = await fixture<HTMLElement>(
      html`<circle-book-service locale="ar" service-id="svc_physio" api-base=${apiBase} style="inline-size: 60rem"></circle-book-service>`,
    );
    const flow = await flowOf(host);
    await flow.updateComplete;
    flow.shadowRoot!.querySelector<HTMLInputElement>('input[name=variant]')!.click();
    await continueTo(flow, 'location');
    const address = holding(flow, '.choice .muted', '350 Fifth Avenue');
    expectLeftToRight(address, ['350', 'Fifth', 'Avenue,', 'Suite', '4100,', '10118', 'New', 'York,', 'NY']);
  });

  it('an English reason on a dir="rtl" page ends with its full stop at its end', async () => {
    const { id, token } = seedAppointments.soon;
    const page = await fixture<HTMLElement>(html`<div dir="rtl" style="inline-size: 70rem">
      <circle-appointment dir="rtl" locale="en" appointment-id=${id} token=${token} api-base=${apiBase}></circle-appointment>
    </div>`);
    const host = page.querySelector<CircleAppointment>('circle-appointment')!;
    const closed = await find(() => host.shadowRoot!.querySelector('[data-action=cancel].closed'), 'cancelling closed');
    const reason = [...closed.querySelectorAll('p')].find((p) => /closes 24 hours/.test(p.textContent ?? ''))!;
    const text = reason.textContent.trim();
    expect(text.endsWith('.'), text).to.equal(true);
    // The last full stop is drawn right of every word: the sentence reads left to right.
    const stop = (() => {
      const walker = document.createTreeWalker(reason, NodeFilter.SHOW_TEXT);
      let last: { node: Node; at: number } | undefined;
      for (let node = walker.nextNode(); node; node = walker.nextNode()) {
        const at = node.textContent!.lastIndexOf('.');
        if (at >= 0 && node.textContent!.slice(at + 1).trim() === '') last = { node, at };
      }
      const range = document.createRange();
      range.setStart(last!.node, last!.at);
      range.setEnd(last!.node, last!.at + 1);
      return range.getBoundingClientRect();
    })();
    expect(stop.left, 'the full stop right of "Cancellation"').to.be.greaterThan(drawn(reason, 'Cancellation', reason).right);
  });

  it('an Arabic share menu keeps an English reason from the API left to right', async () => {
    // An API that words its reasons in English only, whatever the page's language.
    const english = simulator.getShareLink('appointment', seedAppointments.cancelled.id).body as ShareLink;
    worker.use(http.get(`${apiBase}/share-links/:kind/:recordId`, () => HttpResponse.json(english)));
    const menu = await fixture<HTMLElement>(
      html`<circle-share-menu locale="ar" kind="appointment" record-id=${seedAppointments.cancelled.id} api-base=${apiBase}></circle-share-menu>`,
    );
    const reason = await find(() => menu.shadowRoot!.querySelector<HTMLElement>('#share-reason:not(:empty)'), 'the reason');
    await find(() => (/[A-Za-z]/.test(reason.textContent ?? '') ? true : undefined), 'the English reason');
    // Inside the right-to-left menu the English sentence takes its own direction from its first
    // strong letter, so its full stop stays at its end.
    expect(getComputedStyle(reason).direction, reason.textContent ?? '').to.equal('ltr');
  });
});
