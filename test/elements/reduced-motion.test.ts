// prefers-reduced-motion: the loading skeleton's shimmer stops, and transitions are cut to nothing.
import { expect, fixture, html } from '@open-wc/testing';
import { emulateMedia } from '@web/test-runner-commands';
import { engine } from '../support/engine.js';
import '../../src/elements/book-service/book-service.js';
import { apiBase, useSimulator } from '../support/simulator-worker.js';
import { find } from '../support/dom.js';

async function loadingBone(): Promise<Element> {
  const simulator = await useSimulator();
  simulator.addFault({ route: 'getService', latencyMs: 2_000, times: 1 });
  const host = await fixture<HTMLElement>(html`<circle-book-service service-id="svc_physio" api-base=${apiBase}></circle-book-service>`);
  return find(() => host.shadowRoot!.querySelector('.bone'), 'the loading skeleton');
}

describe('reduced motion', () => {
  // Chromium only: prefers-color-scheme and prefers-reduced-motion are emulated over the Chrome
  // DevTools Protocol; neither Firefox's WebDriver BiDi nor WebKitWebDriver can emulate them.
  before(function () {
    if (engine !== 'chromium') this.skip();
  });
  afterEach(() => emulateMedia({ reducedMotion: 'no-preference' }));

  it('shimmers the skeleton when motion is welcome (so the check below can fail)', async () => {
    await emulateMedia({ reducedMotion: 'no-preference' });
    const bone = await loadingBone();
    expect(getComputedStyle(bone).animationName).not.to.equal('none');
  });

  it('stops the skeleton’s shimmer and shortens transitions when the patient asks for less motion', async () => {
    await emulateMedia({ reducedMotion: 'reduce' });
    const bone = await loadingBone();
    expect(getComputedStyle(bone).animationName).to.equal('none');
    const host = bone.getRootNode() as ShadowRoot;
    for (const element of host.querySelectorAll('*')) {
      const durations = getComputedStyle(element)
        .transitionDuration.split(',')
        .map((value) => parseFloat(value));
      expect(Math.max(...durations), element.localName).to.be.at.most(0.001);
    }
  });
});
