/**
 * The theming contract as a clinic's stylesheet meets it: a token set on one part re-themes
 * that region only, and the tokens for accent text, the focus ring and the heading font each
 * reach what they name.
 */
import { expect, fixture, html } from '@open-wc/testing';
import '../../src/elements/book-variant/book-variant.js';
import type { CircleBookVariant } from '../../src/elements/book-variant/book-variant.js';
import { BookingPage, deepQuery } from '../../src/testing/index.js';
import { apiBase, useSimulator } from '../support/simulator-worker.js';

const ada = { givenName: 'Ada', familyName: 'Lovelace', email: 'ada@example.org', phone: '+44 20 7946 0958', dateOfBirth: '1985-12-10' };

/** A book-variant on the review step, under `css` (the clinic's page styles). */
async function reviewUnder(css: string): Promise<CircleBookVariant> {
  const wrapper = await fixture(html`<div>
    <style>${css}</style>
    <circle-book-variant variant-id="var_checkup" api-base=${apiBase}></circle-book-variant>
  </div>`);
  const element = wrapper.querySelector('circle-book-variant')!;
  const page = new BookingPage(element);
  await page.chooseTime();
  await page.continue();
  await page.fillDetails(ada);
  await page.continue();
  return element;
}

const colourOf = (element: Element | undefined) => getComputedStyle(element!).color;

describe('tokens set on a part', () => {
  beforeEach(useSimulator);

  it('re-theme that region and leave the rest of the element alone', async () => {
    const element = await reviewUnder('circle-book-variant::part(summary) { --circle-color-muted: rgb(200, 0, 0); }');

    expect(colourOf(deepQuery(element, '[part~="summary"] .muted'))).to.equal('rgb(200, 0, 0)');
    expect(colourOf(deepQuery(element, '.progress'))).not.to.equal('rgb(200, 0, 0)');
  });

  it('re-theme a button through its own part', async () => {
    const element = await reviewUnder('circle-book-variant::part(confirm-button) { --circle-color-accent: rgb(0, 0, 200); }');

    expect(getComputedStyle(deepQuery(element, '[part~="confirm-button"]')!).backgroundColor).to.equal('rgb(0, 0, 200)');
    expect(getComputedStyle(deepQuery(element, '[part~="back-button"]')!).borderColor).not.to.equal('rgb(0, 0, 200)');
  });
});

describe('the tokens for accent text, the focus ring and the heading font', () => {
  beforeEach(useSimulator);

  it("colour outlined buttons' text apart from their border", async () => {
    const element = await reviewUnder('circle-book-variant { --circle-color-accent: rgb(224, 122, 95); --circle-color-accent-text: rgb(140, 50, 30); }');
    const back = deepQuery(element, '[part~="back-button"]')!;

    expect(getComputedStyle(back).color).to.equal('rgb(140, 50, 30)');
    expect(getComputedStyle(back).borderColor).to.equal('rgb(224, 122, 95)');
  });

  it('draw the focus ring in its own colour', async () => {
    const element = await reviewUnder('circle-book-variant { --circle-color-focus-ring: rgb(10, 20, 30); }');
    const back = deepQuery(element, '[part~="back-button"]')!;

    back.focus({ focusVisible: true });

    expect(getComputedStyle(back).outlineColor).to.equal('rgb(10, 20, 30)');
  });

  it("set the headings' font, and leave the text in the page's", async () => {
    const element = await reviewUnder('div { font-family: serif; } circle-book-variant { --circle-font-heading: monospace; }');

    expect(getComputedStyle(deepQuery(element, 'h2')!).fontFamily).to.equal('monospace');
    expect(getComputedStyle(deepQuery(element, '[part~="summary"]')!).fontFamily).to.equal('serif');
  });

  it("round the form's fields apart from the buttons", async () => {
    const wrapper = await fixture(html`<div>
      <style>circle-book-variant { --circle-input-radius: 3px; --circle-radius: 11px; }</style>
      <circle-book-variant variant-id="var_checkup" api-base=${apiBase}></circle-book-variant>
    </div>`);
    const page = new BookingPage(wrapper.querySelector('circle-book-variant')!);
    await page.chooseTime();
    await page.continue();
    const form = deepQuery(page.host, 'circle-patient-form')!;

    expect(getComputedStyle(deepQuery(form, 'input')!).borderRadius).to.equal('3px');
    expect(getComputedStyle(deepQuery(page.host, '[part~="continue-button"]')!).borderRadius).to.equal('11px');
  });

  it("keep the page's font in headings when unset", async () => {
    const element = await reviewUnder('div { font-family: serif; }');

    expect(getComputedStyle(deepQuery(element, 'h2')!).fontFamily).to.equal('serif');
  });
});
