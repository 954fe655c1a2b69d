/**
 * Theming: three clinics, one element. Each clinic sets the same CSS custom properties on an
 * ancestor, nothing else: accent, surfaces, text, radius and the page's own font and colour
 * scheme. All three talk to one booking-API simulator.
 */
import type { Meta, StoryObj } from '@storybook/web-components-vite';
import { html } from 'lit';
import '../src/elements/book-variant/book-variant.js';
import { apiBase, simulate } from './support/simulator.js';
import { contrast, themeTokens } from './support/theme-tokens.js';

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

/** Text and its background, as the elements pair them, for the contrast table. */
const pairs: Array<[text: string, background: string, what: string]> = [
  ['--circle-color-text', '--circle-color-surface', 'Text'],
  ['--circle-color-muted', '--circle-color-surface', 'Secondary text'],
  ['--circle-color-accent-text', '--circle-color-surface', 'Links and outlined buttons'],
  ['--circle-color-on-accent', '--circle-color-accent', 'Text on filled buttons'],
  ['--circle-color-danger', '--circle-color-surface', 'Errors'],
  ['--circle-color-success', '--circle-color-surface', 'Confirmations'],
];

/**
 * Try a clinic's colours live: every token in the Controls panel (colour pickers for the
 * colours), the element restyled as you go, the contrast of each pair of text and background
 * against WCAG's 4.5:1, and the CSS to copy into the clinic's site (what you changed only).
 */
export const ThemeBuilder: StoryObj<Record<string, string>> = {
  name: 'Theme builder',
  // The colours start at their light defaults; the others (a tint mixed from the accent, lengths) unset.
  args: Object.fromEntries(themeTokens.map((token) => [token.name, token.light.startsWith('#') ? token.light : ''])),
  argTypes: Object.fromEntries(
    themeTokens.map((token) => [
      token.name,
      {
        control: token.name.includes('-color-') ? 'color' : 'text',
        description: `${token.description}. Defaults: ${token.light || 'see docs/theming.md'} (light), ${token.dark || 'the same'} (dark)`,
        table: { category: 'tokens' },
      },
    ]),
  ),
  parameters: { controls: { include: themeTokens.map((token) => token.name), expanded: true }, layout: 'padded' },
  render: (args) => {
    const changed = themeTokens.filter((token) => args[token.name] && args[token.name] !== token.light);
    const css = `circle-book-service,\ncircle-book-variant {\n${changed.map((token) => `  ${token.name}: ${args[token.name]};`).join('\n')}\n}`;
    // A token left to its default: its light value, or for the accent text, the accent.
    const value = (name: string): string =>
      args[name] || themeTokens.find((token) => token.name === name)?.light || (name === '--circle-color-accent-text' ? value('--circle-color-accent') : '');
    return html`
      <div style="display: grid; grid-template-columns: repeat(auto-fit, minmax(20rem, 1fr)); gap: 1.5rem; align-items: start">
        <circle-book-variant variant-id="var_checkup" api-base=${apiBase}></circle-book-variant>
        <div style="font: 0.875rem/1.5 system-ui, sans-serif">
          <h2 style="font-size: 1rem; margin: 0 0 0.5rem">Contrast (WCAG AA: 4.5:1)</h2>
          <table style="border-collapse: collapse; width: 100%">
            ${pairs.map(([text, background, what]) => {
              const ratio = contrast(value(text), value(background));
              const verdict = ratio === undefined ? 'not a #rrggbb colour' : ratio >= 4.5 ? 'passes' : 'fails';
              return html`<tr>
                <td style="padding: 0.25rem 0.5rem 0.25rem 0">
                  <span style="display: inline-block; padding: 0 0.5rem; background: ${value(background)}; color: ${value(text)}; border: 1px solid #8795a1">Aa</span>
                  ${what}
                </td>
                <td style="padding: 0.25rem 0; white-space: nowrap">${ratio === undefined ? '' : `${ratio.toFixed(2)}:1 `}<strong>${verdict}</strong></td>
              </tr>`;
            })}
          </table>
          <h2 style="font-size: 1rem; margin: 1rem 0 0.5rem">CSS for the clinic's site</h2>
          <pre style="margin: 0; padding: 0.75rem; background: #f4f6f8; color: #1b2530; overflow-x: auto"><code>${changed.length ? css : '/* Change a token in the Controls panel */'}</code></pre>
        </div>
      </div>
    `;
  },
};
