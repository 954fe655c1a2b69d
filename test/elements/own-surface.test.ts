/**
 * The elements paint their own surface: on a page that declares `color-scheme: light dark` but
 * paints its body white, a patient who prefers dark gets the dark colours on the element's own
 * dark surface, never dark-theme text on the page's white.
 */
import { expect, fixture, html } from '@open-wc/testing';
import { emulateMedia } from '@web/test-runner-commands';
import { engine } from '../support/engine.js';
import '../../src/elements/book-service/book-service.js';
import '../../src/elements/appointment/appointment.js';
import { seedAppointments } from '../../src/mocks/index.js';
import { flowOf } from '../support/booking.js';
import { find } from '../support/dom.js';
import { apiBase, useSimulator } from '../support/simulator-worker.js';

/** sRGB channels and alpha of a computed colour: `rgb()`, `rgba()` or `color(srgb …)`. */
function channels(color: string): [number, number, number, number] {
  const numbers = (color.match(/[\d.]+/g) ?? []).map(Number);
  if (color.startsWith('color(srgb')) return [numbers[0]! * 255, numbers[1]! * 255, numbers[2]! * 255, numbers[3] ?? 1];
  return [numbers[0]!, numbers[1]!, numbers[2]!, numbers[3] ?? 1];
}

function luminance([r, g, b]: number[]): number {
  const linear = (value: number) => ((value /= 255) <= 0.03928 ? value / 12.92 : ((value + 0.055) / 1.055) ** 2.4);
  return 0.2126 * linear(r!) + 0.7152 * linear(g!) + 0.0722 * linear(b!);
}

/** The first opaque background behind `element`, through shadow roots up to the page. */
function backgroundBehind(element: Element): number[] {
  for (let node: Node | null = element; node; node = node.parentNode ?? (node as ShadowRoot).host ?? null) {
    if (!(node instanceof Element)) continue;
    const color = channels(getComputedStyle(node).backgroundColor);
    if (color[3] > 0.99) return color;
  }
  return [255, 255, 255, 1];
}

function contrast(element: Element): number {
  const [a, b] = [luminance(channels(getComputedStyle(element).color)), luminance(backgroundBehind(element))];
  return (Math.max(a, b) + 0.05) / (Math.min(a, b) + 0.05);
}

describe('the elements’ own surface', () => {
  // Chromium only: prefers-color-scheme and prefers-reduced-motion are emulated over the Chrome
  // DevTools Protocol; neither Firefox's WebDriver BiDi nor WebKitWebDriver can emulate them.
  before(function () {
    if (engine !== 'chromium') this.skip();
  });
  beforeEach(async () => {
    await useSimulator();
    document.documentElement.style.colorScheme = 'light dark';
    document.body.style.background = '#ffffff';
  });
  afterEach(async () => {
    document.documentElement.style.colorScheme = '';
    document.body.style.background = '';
    await emulateMedia({ colorScheme: 'light' });
  });

  for (const scheme of ['dark', 'light'] as const) {
    it(`${scheme} preference on a white page: the booking’s heading reads at 4.5:1 or more`, async () => {
      await emulateMedia({ colorScheme: scheme });
      const host = await fixture<HTMLElement>(html`<circle-book-service service-id="svc_physio" api-base=${apiBase}></circle-book-service>`);
      const flow = await flowOf(host);
      await flow.updateComplete;
      const heading = flow.shadowRoot!.querySelector('#step-heading')!;
      expect(contrast(heading)).to.be.at.least(4.5);
    });

    it(`${scheme} preference on a white page: the appointment’s heading reads at 4.5:1 or more`, async () => {
      await emulateMedia({ colorScheme: scheme });
      const { id, token } = seedAppointments.formsDue;
      const host = await fixture<HTMLElement>(html`<circle-appointment appointment-id=${id} .token=${token} api-base=${apiBase}></circle-appointment>`);
      const heading = await find(() => host.shadowRoot!.querySelector('article[aria-busy=false] #heading'), 'the appointment');
      expect(contrast(heading)).to.be.at.least(4.5);
    });
  }
});
