// Proves the browser test setup itself: the browser, the DOM features the elements need,
// axe, and the console guard every browser test runs under (test/setup/fail-on-console.ts).
import 'axe-core';
import { expect } from '@open-wc/testing';
import { allowConsole, takeConsoleMessages } from '../setup/fail-on-console.js';
import { engine, engineOf } from '../support/engine.js';

declare global {
  interface Window {
    axe: typeof import('axe-core');
  }
}

describe('the browser the tests run in', () => {
  it('is Chromium, Firefox or WebKit, told apart by its user agent', () => {
    expect(engine, navigator.userAgent).to.be.oneOf(['chromium', 'firefox', 'webkit']);
    expect(engineOf('Mozilla/5.0 (X11; Linux x86_64) AppleWebKit/537.36 (KHTML, like Gecko) HeadlessChrome/156.0.0.0 Safari/537.36')).to.equal('chromium');
    expect(engineOf('Mozilla/5.0 (X11; Linux x86_64; rv:153.0) Gecko/20100101 Firefox/153.0')).to.equal('firefox');
    expect(engineOf('Mozilla/5.0 (X11; Linux x86_64) AppleWebKit/605.1.15 (KHTML, like Gecko) Version/60.5 Safari/605.1.15')).to.equal('webkit');
  });

  it('defines custom elements and renders into an open shadow root', () => {
    class SetupProbe extends HTMLElement {
      constructor() {
        super();
        this.attachShadow({ mode: 'open' }).innerHTML = '<p part="text">inside</p>';
      }
    }
    window.customElements.define('circle-setup-probe', SetupProbe);
    const probe = document.createElement('circle-setup-probe');
    document.body.append(probe);

    expect(probe).to.be.instanceOf(SetupProbe);
    expect(probe.shadowRoot?.querySelector('[part="text"]')?.textContent).to.equal('inside');
    probe.remove();
  });
});

describe('axe', () => {
  afterEach(() => document.body.replaceChildren());

  it('finds no violations on a valid page', async () => {
    document.body.innerHTML = '<main><h1>Book an appointment</h1><button type="button">Book</button></main>';

    const results = await window.axe.run(document.body);

    expect(results.violations.map((v) => v.id)).to.deep.equal([]);
    expect(results.passes.length).to.be.greaterThan(0);
  });

  it('reports an unnamed button, so the zero above is not vacuous', async () => {
    document.body.innerHTML = '<main><button type="button"></button></main>';

    const results = await window.axe.run(document.body);

    expect(results.violations.map((v) => v.id)).to.include('button-name');
  });
});

describe('the console guard', () => {
  it('records console.error and console.warn for the hook that fails the test', () => {
    console.error('[expected] console guard self-test: error');
    console.warn('[expected] console guard self-test: warning');

    const messages = takeConsoleMessages(); // taken here, so this test itself passes

    expect(messages).to.deep.equal([
      { level: 'error', text: '[expected] console guard self-test: error' },
      { level: 'warn', text: '[expected] console guard self-test: warning' },
    ]);
  });

  it('lets a test allow the messages it expects', () => {
    allowConsole(/^\[expected\] allowed/);

    console.error('[expected] allowed by this test');

    expect(takeConsoleMessages()).to.deep.equal([]);
  });
});
