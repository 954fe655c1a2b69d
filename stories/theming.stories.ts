/**
 * Theming: three clinics, one element. Each clinic sets the same CSS custom properties on an
 * ancestor, nothing else: accent, surfaces, text, radius and the page's own font and colour
 * scheme. All three talk to one booking-API simulator.
 */
import type { Meta, StoryObj } from '@storybook/web-components-vite';
import { html } from 'lit';
import '../src/elements/book-variant/book-variant.js';
import { apiBase, simulate } from './support/simulator.js';

interface Clinic {
  name: string;
  tagline: string;
  /** Only custom properties, plus the page's font and colour scheme, which the elements inherit. */
  style: string;
}

const clinics: Clinic[] = [
  {
    name: 'Circle Health',
    tagline: 'Navy accent, rounded cards, the demo clinic’s look',
    style: `--circle-color-accent: #1f4e8c; --circle-color-accent-soft: #e3ecf8; --circle-radius: 0.75rem;
      font-family: 'Avenir Next', Avenir, 'Segoe UI', system-ui, sans-serif; background: #f7f3ec; color: #1c2433;`,
  },
  {
    name: 'Smile Studio',
    tagline: 'Warm coral on cream, pill-shaped buttons, a serif face',
    style: `--circle-color-accent: #b4432d; --circle-color-on-accent: #ffffff; --circle-color-accent-soft: #fbe6df;
      --circle-color-surface: #fffaf5; --circle-color-surface-raised: #f8eee6; --circle-color-text: #3b2a22;
      --circle-color-muted: #6e5246; --circle-color-border: #b49a8c; --circle-radius: 1.5rem;
      font-family: Georgia, 'Times New Roman', serif; background: #fffaf5; color: #3b2a22;`,
  },
  {
    name: 'Nordic Physio',
    tagline: 'A dark page (color-scheme: dark), mint accent, square corners',
    style: `color-scheme: dark; --circle-color-accent: #6fe3c1; --circle-color-on-accent: #06241c; --circle-radius: 0.125rem;
      font-family: 'Helvetica Neue', Arial, sans-serif; background: #10161c; color: #e6edf3;`,
  },
];

export default {
  title: 'Guides/Theming',
  component: 'circle-book-variant',
  beforeEach: simulate(),
  parameters: { layout: 'fullscreen' },
} satisfies Meta;

/** The same `<circle-book-variant>` in three clinics' colours, side by side. */
export const ThreeClinics: StoryObj = {
  name: 'Three clinics side by side',
  render: () => html`
    <div style="display: grid; grid-template-columns: repeat(auto-fit, minmax(20rem, 1fr)); gap: 1rem; padding: 1rem">
      ${clinics.map(
        (clinic) => html`<section style=${clinic.style.replace(/\s+/g, ' ')} aria-label=${clinic.name}>
          <div style="padding: 1rem 1rem 0">
            <h2 style="margin: 0; font-size: 1.25rem">${clinic.name}</h2>
            <p style="margin: 0.25rem 0 0; font-size: 0.875rem; opacity: 0.8">${clinic.tagline}</p>
          </div>
          <div style="padding: 1rem">
            <circle-book-variant variant-id="var_checkup" api-base=${apiBase}></circle-book-variant>
          </div>
        </section>`,
      )}
    </div>
  `,
};
