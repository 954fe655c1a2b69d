/**
 * <circle-book-button>: a floating "Book an appointment" button in a corner of the page that
 * opens the booking popup, and steps aside while it is open.
 */
import type { Meta, StoryObj } from '@storybook/web-components-vite';
import { html } from 'lit';
import { ifDefined } from 'lit/directives/if-defined.js';
import '../src/embed/index.js';
import { apiBase, simulate } from './support/simulator.js';

interface Args {
  'service-id': string;
  corner?: 'bottom-end' | 'bottom-start' | 'top-end' | 'top-start';
  offset?: string;
  layout?: 'month' | 'week' | 'list';
  text?: string;
}

export default {
  title: 'Elements/circle-book-button',
  component: 'circle-book-button',
  tags: ['autodocs'],
  args: { 'service-id': 'svc_physio' },
  argTypes: { corner: { control: 'select', options: ['bottom-end', 'bottom-start', 'top-end', 'top-start'] } },
  render: (args) => html`<main style="min-height: 600px">
      <h1 style="margin-top: 0">Circle Health Clinic</h1>
      <p>Physiotherapy, check-ups and nutrition advice in Berlin and New York.</p>
    </main>
    <circle-book-button
      service-id=${args['service-id']}
      api-base=${apiBase}
      corner=${ifDefined(args.corner)}
      offset=${ifDefined(args.offset)}
      layout=${ifDefined(args.layout)}
      >${args.text ?? ''}</circle-book-button
    >`,
  beforeEach: simulate(),
  parameters: { layout: 'padded', docs: { story: { inline: false, iframeHeight: 640 } } },
} satisfies Meta<Args>;

type Story = StoryObj<Args>;

/** Bottom right (bottom left in right-to-left pages), "Book an appointment". */
export const Default: Story = {};

/** The clinic's own words and corner: `corner="bottom-start"`, text in the default slot. */
export const CornerAndText: Story = {
  name: 'Corner and text',
  args: { corner: 'bottom-start', text: 'Book physio online' },
};

/**
 * The page has a cookie banner along the bottom: `offset="6rem"` keeps the button above it
 * (or set `--circle-book-button-offset-block`).
 */
export const AboveCookieBanner: Story = {
  name: 'Above a cookie banner',
  args: { offset: '6rem' },
  decorators: [
    (story) => html`${story()}
      <div role="region" aria-label="Cookies" style="position: fixed; inset: auto 0 0; min-height: 5rem; padding: 1rem; background: #1b2530; color: #fff">
        We use only the cookies this site needs. <button>OK</button>
      </div>`,
  ],
};
