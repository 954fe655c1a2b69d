/**
 * <circle-book-dialog>: the booking flow in a popup on the native `<dialog>`. Opened by its own
 * `trigger` slot, or by any element with `data-circle-book-service` / `data-circle-book-variant`
 * once `circle-booking/embed` is on the page. Against a fresh simulator per story.
 */
import type { Decorator, Meta, StoryObj } from '@storybook/web-components-vite';
import { html } from 'lit';
import { waitFor } from 'storybook/test';
import '../src/embed/index.js';
import type { CircleBookDialog } from '../src/elements/book-dialog/book-dialog.js';
import { apiBase, clickThrough, flowIn, simulate } from './support/simulator.js';

interface Args {
  label: string;
}

export default {
  title: 'Elements/circle-book-dialog',
  component: 'circle-book-dialog',
  tags: ['autodocs'],
  args: { label: 'Book a check-up' },
  render: (args) => html`<p>Circle Health Clinic: check-ups on weekdays in Berlin.</p>
    <circle-book-dialog label=${args.label}>
      <button slot="trigger" class="book">Book a check-up</button>
      <circle-book-service service-id="svc_checkup" api-base=${apiBase} patient-given-name="Ada"></circle-book-service>
    </circle-book-dialog>`,
  beforeEach: simulate(),
  parameters: { layout: 'padded', docs: { story: { inline: false, iframeHeight: 720 } } },
} satisfies Meta<Args>;

type Story = StoryObj<Args>;

async function openDialog(canvas: HTMLElement): Promise<CircleBookDialog> {
  const host = canvas.querySelector<CircleBookDialog>('circle-book-dialog') ?? document.querySelector<CircleBookDialog>('circle-book-dialog')!;
  if (!host.open) (canvas.querySelector<HTMLElement>('[slot=trigger], [data-circle-book-service], [data-circle-book-variant]') ?? host).click();
  await waitFor(() => {
    if (!document.querySelector('circle-book-dialog[open]')) throw new Error('The dialog has not opened');
  });
  return document.querySelector<CircleBookDialog>('circle-book-dialog[open]')!;
}

/** Closed: the trigger slot's button is all the page shows. Press it to open the popup. */
export const TriggerSlot: Story = { name: 'Trigger slot' };

/** Open over the page: the page behind is dimmed and inert; Escape or × closes, focus returns to the button. */
export const Open: Story = {
  play: async ({ canvasElement }) => {
    await openDialog(canvasElement);
  },
};

/** Closed half-way and opened again: the patient is back on their details, their time still chosen. */
export const Resumed: Story = {
  play: async ({ canvasElement }) => {
    const dialog = await openDialog(canvasElement);
    const flow = await flowIn(dialog, 'circle-book-service');
    await clickThrough(flow, 'details');
    dialog.close();
    await openDialog(canvasElement);
  },
};

/**
 * Any element can open a booking: with `circle-booking/embed` loaded, a link or button with
 * `data-circle-book-service="svc_physio"` opens that service in a popup, made on first use.
 * The link's own `href` stays as the way in without JavaScript, and for a new tab.
 */
export const DataAttributeTrigger: Story = {
  name: 'Data-attribute trigger',
  render: () => html`<p>
      <a href="/book/physiotherapy" data-circle-book-service="svc_physio" data-circle-api-base=${apiBase} data-circle-label="Book physiotherapy">
        Book physiotherapy</a
      >
      or
      <button data-circle-book-variant="var_checkup" data-circle-api-base=${apiBase} data-circle-layout="week">Book a check-up (week view)</button>
    </p>`,
};

/**
 * The story in a 390 × 844 frame wherever the window is wider than a phone: opened on its own
 * (iframe.html), the story would otherwise fill a desktop window, where the viewport toolbar
 * cannot reach. In the frame, or in a phone-wide window, it renders as it is.
 */
const phoneSized: Decorator = (story, { id }) => {
  if (window.innerWidth <= 480 || new URLSearchParams(location.search).has('phone-frame')) return story();
  return html`<iframe
    data-phone-frame
    title="The story on a 390 × 844 phone"
    src=${`iframe.html?id=${encodeURIComponent(id)}&viewMode=story&phone-frame`}
    width="390"
    height="844"
    style="border: 1px solid #8795a1; border-radius: 1.5rem; display: block"
  ></iframe>`;
};

/** On a 390 px phone the popup takes the whole screen, the close button at the top. */
export const Phone: Story = {
  globals: { viewport: { value: 'mobile2', isRotated: false } },
  decorators: [phoneSized],
  play: async ({ canvasElement }) => {
    // Framed, the story plays in its frame, where it renders itself.
    if (canvasElement.querySelector('[data-phone-frame]')) return;
    await openDialog(canvasElement);
  },
};
