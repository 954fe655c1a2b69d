// The first page of the Storybook: what the library is and how its stories work. A story
// rather than an MDX page, so it needs no MDX toolchain.
import type { Meta, StoryObj } from '@storybook/web-components-vite';
import { html } from 'lit';

export default {
  title: 'Introduction',
  parameters: { layout: 'padded', controls: { disable: true }, actions: { disable: true } },
} satisfies Meta;

export const AboutCircleBooking: StoryObj = {
  name: 'About circle-booking',
  render: () => html`
    <article style="max-width: 44rem; font: 1rem/1.5 system-ui, sans-serif">
      <h1>circle-booking</h1>
      <p>
        Web components a clinic embeds in its own site so patients can book, manage and share
        appointments. They are plain custom elements built with Lit: one script tag registers
        them, and they work in any page or framework.
      </p>
      <h2>What the package holds</h2>
      <ul>
        <li><code>circle-booking</code>: registers every element.</li>
        <li><code>circle-booking/elements/&lt;name&gt;</code>: registers one element.</li>
        <li><code>circle-booking/api</code>: the typed client of the booking API. It also runs in Node.</li>
        <li><code>circle-booking/links</code>: builds and parses links into the patient app.</li>
        <li>
          <code>circle-booking/mocks</code>: <a href="https://mswjs.io">Mock Service Worker</a>
          handlers that simulate the booking API, for stories, the demo and integrators' own tests.
        </li>
        <li><code>circle-booking/testing</code>: page objects that book through the elements' shadow roots, for integrators' tests.</li>
      </ul>
      <h2>How the stories work</h2>
      <p>
        Each element gets its own page with one story per state: loading, error, empty, slot
        taken and so on. Those stories run against the simulated API from
        <code>circle-booking/mocks</code>, served by a service worker, so no real booking server
        is needed. The controls come from the elements' documentation comments through
        <code>custom-elements.json</code>.
      </p>
      <p>
        The elements (<code>circle-book-service</code>, <code>circle-book-variant</code>,
        <code>circle-appointment</code>, <code>circle-share-menu</code>) are still being built.
        Each one's stories will appear here when it is ready.
      </p>
    </article>
  `,
};
