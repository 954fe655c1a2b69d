// The flow's buttons are reached by Tab in the order they are drawn, at every width, and a
// Continue that is not ready yet is reached too and says what is missing (as Confirm, busy, is).
import { expect, fixture, html } from '@open-wc/testing';
import { sendKeys, setViewport } from '@web/test-runner-commands';
import '../../src/elements/book-service/book-service.js';
import { apiBase, useSimulator } from '../support/simulator-worker.js';
import { deepActiveElement, find, tabTo } from '../support/dom.js';
import { chooseRadio, currentStep, flowOf, pressContinue, waitForStep } from '../support/booking.js';
import type { CircleBookingFlow } from '../../src/booking-flow/booking-flow.js';

const named = (text: string) => (element: Element) => element.localName === 'button' && element.textContent.trim() === text;

async function bookService(): Promise<CircleBookingFlow> {
  return flowOf(await fixture<HTMLElement>(html`<circle-book-service service-id="svc_physio" api-base=${apiBase}></circle-book-service>`));
}

describe('the order Tab takes through the step’s buttons', () => {
  beforeEach(useSimulator);
  after(() => setViewport({ width: 800, height: 600 }));

  for (const width of [390, 600, 1280]) {
    it(`at ${width} px: Back, then Continue, as they are drawn`, async () => {
      await setViewport({ width, height: 900 });
      const flow = await bookService();
      await chooseRadio(flow, /Initial assessment/);
      await pressContinue(flow);
      await waitForStep(flow, 'location');
      await chooseRadio(flow, /Mitte/);

      const back = await tabTo(named('Back'), 'Back');
      await sendKeys({ press: 'Tab' });
      const next = deepActiveElement()!;
      expect(next.textContent.trim(), 'Tab after Back').to.equal('Continue');
      // Drawn in reading order: Continue after Back, on its line or below it.
      const [a, b] = [back.getBoundingClientRect(), next.getBoundingClientRect()];
      const after = b.top >= a.bottom - 1 || (Math.abs(b.top - a.top) < 1 && b.left >= a.right);
      expect(after, `Back at ${a.left},${a.top}; Continue at ${b.left},${b.top}`).to.equal(true);
    });
  }
});

describe('a Continue that is not ready', () => {
  beforeEach(useSimulator);

  it('is reached by Tab, says what is missing, and goes nowhere', async () => {
    const flow = await bookService();

    const button = await tabTo(named('Continue'), 'Continue');
    expect(button.getAttribute('aria-disabled')).to.equal('true');
    const hint = flow.shadowRoot!.getElementById(button.getAttribute('aria-describedby')!);
    expect(hint?.textContent?.trim()).to.equal('Choose a treatment to continue.');
    await sendKeys({ press: 'Enter' });
    await flow.updateComplete;
    expect(currentStep(flow)).to.equal('variant');
    expect(deepActiveElement()).to.equal(button);
    await expect(flow).to.be.accessible();

    await chooseRadio(flow, /Initial assessment/);
    expect(button.getAttribute('aria-disabled')).to.equal('false');
    expect(button.hasAttribute('aria-describedby')).to.equal(false);
    await find(() => (flow.shadowRoot!.querySelector('#continue-hint') ? undefined : true), 'the hint to go');
  });
});
