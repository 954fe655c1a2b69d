/**
 * <circle-share-menu>: one story per state staff can meet on a service, variant or booking
 * page, each against a fresh booking-API simulator (src/mocks) behind msw's service worker.
 * The play functions open the menu and its "Copy share link" submenu, so each story shows the
 * items (or why they are disabled) at once; press Escape to close them.
 */
import type { Meta, StoryObj } from '@storybook/web-components-vite';
import { html } from 'lit';
import { ifDefined } from 'lit/directives/if-defined.js';
import { http, HttpResponse } from 'msw';
import { expect, fn, waitFor } from 'storybook/test';
import '../src/elements/share-menu/share-menu.js';
import type { CircleShareMenu } from '../src/elements/share-menu/share-menu.js';
import { seedAppointments } from '../src/mocks/index.js';
import { apiBase, simulate } from './support/simulator.js';

interface Args {
  kind?: string;
  'record-id'?: string;
  'api-base'?: string;
  url?: string;
  'disabled-reason'?: string;
  onCircleLinkCopied?: (event: Event) => void;
  onCircleError?: (event: Event) => void;
}

const patience = { timeout: 10_000 };

/** The story's share menu once it has rendered. */
async function menuIn(canvas: HTMLElement): Promise<CircleShareMenu> {
  return waitFor(() => {
    const menu = canvas.querySelector('circle-share-menu');
    if (!menu?.shadowRoot?.querySelector('#button')) throw new Error('<circle-share-menu> has not rendered yet');
    return menu;
  }, patience);
}

/** Waits for the link (or why there is none) unless `loading`, then opens the menu and the submenu. */
async function openSubmenu(canvas: HTMLElement, { waitForLink = true } = {}): Promise<CircleShareMenu> {
  const menu = await menuIn(canvas);
  const root = menu.shadowRoot!;
  if (waitForLink) {
    await waitFor(() => {
      if (root.querySelector('[data-action=copy]')?.textContent?.includes('Loading…')) throw new Error('The link is still loading');
    }, patience);
  }
  root.querySelector<HTMLButtonElement>('#button')!.click();
  await menu.updateComplete;
  root.querySelector<HTMLElement>('#share')!.click();
  await menu.updateComplete;
  return menu;
}

/** The play function of a story whose items are disabled: shows the reason and checks it. */
function showsReason(reason: string | RegExp) {
  return async ({ canvasElement }: { canvasElement: HTMLElement }) => {
    const menu = await openSubmenu(canvasElement);
    const shown = menu.shadowRoot!.querySelector('#share-reason')?.textContent ?? '';
    await expect(shown).toMatch(reason);
    await expect(menu.shadowRoot!.querySelector('[data-action=copy]')!.getAttribute('aria-disabled')).toBe('true');
  };
}

async function showsReadyLink({ canvasElement }: { canvasElement: HTMLElement }): Promise<void> {
  const menu = await openSubmenu(canvasElement, { waitForLink: false });
  // Waits for the link in any language: "Loading…" is only the English wording of the wait.
  await waitFor(() => expect(menu.shadowRoot!.querySelector<HTMLAnchorElement>('[data-action=open]')?.href).toMatch(/^https?:/), patience);
}

export default {
  title: 'Elements/circle-share-menu',
  component: 'circle-share-menu',
  tags: ['autodocs'],
  args: { kind: 'service', 'record-id': 'svc_physio', 'api-base': apiBase, onCircleLinkCopied: fn(), onCircleError: fn() },
  render: (args) => html`<circle-share-menu
    kind=${ifDefined(args.kind || undefined)}
    record-id=${ifDefined(args['record-id'] || undefined)}
    api-base=${ifDefined(args['api-base'] || undefined)}
    url=${ifDefined(args.url || undefined)}
    disabled-reason=${ifDefined(args['disabled-reason'] || undefined)}
    @circle-link-copied=${args.onCircleLinkCopied}
    @circle-error=${args.onCircleError}
  ></circle-share-menu>`,
  argTypes: Object.fromEntries(['recordId', 'apiBase', 'disabledReason'].map((name) => [name, { control: false }])),
  beforeEach: simulate(),
  parameters: {
    layout: 'padded',
    docs: {
      // Each story in its own frame: they all mount the API at /api, and each frame's msw
      // answers from its own simulator. Tall enough for the open menu and submenu.
      story: { inline: false, iframeHeight: 260 },
    },
  },
} satisfies Meta<Args>;

type Story = StoryObj<Args>;

/** Physiotherapy is offered online: its link can be copied or opened. */
export const ReadyService: Story = {
  name: 'Ready service',
  play: showsReadyLink,
};

/** One treatment of a service: the link books that variant directly. */
export const ReadyVariant: Story = {
  name: 'Ready variant',
  args: { kind: 'variant', 'record-id': 'var_physio_initial' },
  play: showsReadyLink,
};

/**
 * A booked appointment: the link carries the patient's access token in its fragment. It is
 * copied whole; the `circle-link-copied` event carries it without the fragment.
 */
export const ReadyAppointment: Story = {
  name: 'Ready appointment',
  args: { kind: 'appointment', 'record-id': seedAppointments.formsDue.id },
  play: showsReadyLink,
};

/** A service hidden from patients (`not_visible`): nothing to share. */
export const NotVisible: Story = {
  name: 'Not visible',
  args: { 'record-id': 'svc_hidden' },
  play: showsReason('This service is not offered online.'),
};

/** Hydrotherapy is paused (`not_bookable`): the clinic's own message says why. */
export const NotBookable: Story = {
  name: 'Not bookable',
  args: { 'record-id': 'svc_hydro' },
  play: showsReason(/paused/),
};

/** Home visits are offered only where online booking is off (`no_location`). */
export const NoLocation: Story = {
  name: 'No bookable location',
  args: { kind: 'variant', 'record-id': 'var_home_visit' },
  play: showsReason(/None of our locations/),
};

/** An appointment id the API does not know (`appointment_missing`). */
export const AppointmentMissing: Story = {
  name: 'Appointment missing',
  args: { kind: 'appointment', 'record-id': 'apt_does_not_exist' },
  play: showsReason('There is no appointment with this id.'),
};

/** A cancelled appointment (`appointment_cancelled`): its link is not shared any more. */
export const AppointmentCancelled: Story = {
  name: 'Appointment cancelled',
  args: { kind: 'appointment', 'record-id': seedAppointments.cancelled.id },
  play: showsReason(/cancelled/),
};

/** The host page already has the link and sets `url`: the API is not asked. */
export const UrlSetDirectly: Story = {
  name: 'URL set directly',
  args: { kind: undefined, 'record-id': undefined, 'api-base': undefined, url: 'https://clinic.example/patient/?circle=book-service&service=svc_physio' },
  play: showsReadyLink,
};

/** The host page knows the link is not ready and says why with `disabled-reason`. */
export const DisabledReasonSetDirectly: Story = {
  name: 'Disabled reason set directly',
  args: {
    kind: undefined,
    'record-id': undefined,
    'api-base': undefined,
    url: 'https://clinic.example/patient/?circle=book-service&service=svc_physio',
    'disabled-reason': 'Publish this service before sharing it.',
  },
  play: showsReason('Publish this service before sharing it.'),
};

/** The link takes very long to arrive: the items say "Loading…" and stay disabled. */
export const Loading: Story = {
  beforeEach: simulate({ faults: [{ route: 'getShareLink', latencyMs: 100_000 }] }),
  play: async ({ canvasElement }) => {
    await openSubmenu(canvasElement, { waitForLink: false });
  },
};

/** Asking for the link fails before any answer (offline): the error's title, and Try again. */
export const ApiError: Story = {
  name: 'API error',
  beforeEach: simulate({
    overrides: () => [http.get(`${apiBase}/share-links/:kind/:recordId`, () => HttpResponse.error())],
  }),
  play: async ({ canvasElement }) => {
    const menu = await openSubmenu(canvasElement);
    await waitFor(() => expect(menu.shadowRoot!.querySelector('[data-action=retry]')).toBeTruthy(), patience);
  },
};

/**
 * `kind="product"`: a product checkout link is not a patient-app link. The element logs one
 * console error naming the kinds it takes, asks nothing, and never offers a link.
 */
export const RefusedKind: Story = {
  name: 'Refused kind',
  args: { kind: 'product', 'record-id': 'prod_gift_card' },
  play: showsReason('This record has no patient app link.'),
};

/** The host adds its own items (`role="menuitem"`) after the built-in ones; the arrows and typeahead reach them. */
export const WithExtraItems: Story = {
  name: 'With extra items',
  render: (args) => html`<circle-share-menu kind=${ifDefined(args.kind)} record-id=${ifDefined(args['record-id'])} api-base=${ifDefined(args['api-base'])}>
    <button type="button" role="menuitem">Duplicate service</button>
    <button type="button" role="menuitem">Archive</button>
  </circle-share-menu>`,
  play: async ({ canvasElement }) => {
    const menu = await menuIn(canvasElement);
    menu.shadowRoot!.querySelector<HTMLButtonElement>('#button')!.click();
  },
};

/**
 * Inside a 200 px scroll container, scrolled: the menu opens below the button and stays
 * attached when the container scrolls; the container's `overflow` does not clip it.
 */
export const InsideScrollContainer: Story = {
  name: 'Inside a scroll container',
  render: (args) => html`<div id="scroller" style="block-size: 200px; overflow: auto; border: 1px dashed; padding: 0.5rem">
    <p style="block-size: 260px; margin: 0">Booking details…</p>
    <circle-share-menu kind=${ifDefined(args.kind)} record-id=${ifDefined(args['record-id'])} api-base=${ifDefined(args['api-base'])}></circle-share-menu>
    <p style="block-size: 400px; margin: 0">…more details</p>
  </div>`,
  play: async ({ canvasElement }) => {
    canvasElement.querySelector('#scroller')!.scrollTop = 200;
    await openSubmenu(canvasElement);
  },
};

/** In Arabic, on a right-to-left page: the menu aligns to the button's right edge and the submenu opens to the left. */
export const RightToLeft: Story = {
  name: 'Right-to-left (Arabic)',
  globals: { locale: 'ar' },
  play: showsReadyLink,
};

/** On a dark page (`color-scheme: dark`): the menus follow the page's scheme. */
export const DarkTheme: Story = {
  name: 'Dark theme',
  decorators: [(story) => html`<div style="color-scheme: dark; background: #0f1419; color: #e8edf2; padding: 1.5rem; min-block-size: 220px">${story()}</div>`],
  play: showsReadyLink,
};
