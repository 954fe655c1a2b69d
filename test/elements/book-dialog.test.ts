import { expect, fixture, html, oneEvent } from '@open-wc/testing';
import { sendKeys, setViewport } from '@web/test-runner-commands';
import '../../src/embed/index.js';
import type { CircleBookButton } from '../../src/elements/book-button/book-button.js';
import type { CircleBookDialog } from '../../src/elements/book-dialog/book-dialog.js';
import { apiBase, useSimulator } from '../support/simulator-worker.js';
import { control, deepActiveElement, find } from '../support/dom.js';
import {
  ada,
  bookUntilReview,
  chooseFirstTime,
  chosenTime,
  currentStep,
  enteredDetails,
  fillDetails,
  flowOf,
  heldTime,
  pressContinue,
  waitForStep,
} from '../support/booking.js';

async function openedDialog(): Promise<CircleBookDialog> {
  const dialog = await find(() => document.querySelector<CircleBookDialog>('circle-book-dialog[open]'), 'an open booking dialog');
  await dialog.updateComplete;
  return dialog;
}

function nativeDialog(host: CircleBookDialog): HTMLDialogElement {
  return host.shadowRoot!.querySelector('dialog')!;
}

function bookingIn(dialog: CircleBookDialog): HTMLElement {
  return dialog.querySelector<HTMLElement>('circle-book-service, circle-book-variant')!;
}

function inside(dialog: CircleBookDialog, node: Element | null): boolean {
  for (let current: Node | null = node; current; current = current.parentNode ?? (current as ShadowRoot).host ?? null) {
    if (current === dialog) return true;
  }
  return false;
}

async function closeWithButton(dialog: CircleBookDialog): Promise<void> {
  const closed = oneEvent(dialog, 'circle-dialog-closed');
  dialog.shadowRoot!.querySelector<HTMLButtonElement>('[part=close-button]')!.click();
  await closed;
}

function page() {
  return fixture(html`<div>
    <p>Our physiotherapists see you in Berlin.</p>
    <button id="trigger" data-circle-book-service="svc_checkup" data-circle-api-base=${apiBase}>Book a check-up</button>
    <a id="outside" href="#elsewhere">Opening hours</a>
  </div>`);
}

describe('popups: data-circle-book-* triggers', () => {
  beforeEach(useSimulator);
  afterEach(async () => {
    for (const dialog of document.querySelectorAll('circle-book-dialog')) dialog.remove();
    await setViewport({ width: 800, height: 600 });
  });

  it('opens the flow in a modal dialog, with focus inside and the page behind inert and still', async () => {
    const root = await page();
    const trigger = root.querySelector<HTMLButtonElement>('#trigger')!;

    trigger.click();
    const dialog = await openedDialog();
    const flow = await flowOf(bookingIn(dialog));
    await waitForStep(flow, 'time');

    expect(nativeDialog(dialog).matches(':modal')).to.equal(true);
    expect(inside(dialog, deepActiveElement()), `focus is on ${deepActiveElement()?.outerHTML}`).to.equal(true);
    root.querySelector<HTMLElement>('#outside')!.focus();
    expect(inside(dialog, deepActiveElement()), 'the page behind cannot take focus').to.equal(true);
    expect(document.documentElement.style.overflow).to.equal('hidden');
    expect(nativeDialog(dialog).getAttribute('aria-labelledby')).to.equal('title');
    await expect(dialog).to.be.accessible();
  });

  it('opens for a trigger the page adds later, and for a click inside the trigger', async () => {
    const root = await page();
    const late = document.createElement('a');
    late.href = '/book/variant';
    late.dataset.circleBookVariant = 'var_physio_initial';
    late.dataset.circleApiBase = apiBase;
    late.innerHTML = '<span>Book an initial assessment</span>';
    root.append(late);

    late.querySelector('span')!.click();
    const dialog = await openedDialog();

    expect(bookingIn(dialog).localName).to.equal('circle-book-variant');
    expect(bookingIn(dialog).getAttribute('variant-id')).to.equal('var_physio_initial');
    expect(location.pathname).not.to.equal('/book/variant');
  });

  it('closes on Escape', async () => {
    const root = await page();
    const trigger = root.querySelector<HTMLButtonElement>('#trigger')!;
    trigger.focus();
    await sendKeys({ press: 'Enter' });
    const dialog = await openedDialog();
    await flowOf(bookingIn(dialog));

    const closed = oneEvent(dialog, 'circle-dialog-closed');
    await sendKeys({ press: 'Escape' });
    await closed;

    expect(dialog.open).to.equal(false);
    expect(document.activeElement).to.equal(trigger);
  });

  it('starts a new booking on reopening after one was made', async () => {
    const root = await page();
    const trigger = root.querySelector<HTMLButtonElement>('#trigger')!;
    trigger.click();
    const dialog = await openedDialog();
    const flow = await flowOf(bookingIn(dialog));
    await bookUntilReview(flow);
    control(flow.shadowRoot!, 'Confirm booking')!.click();
    await waitForStep(flow, 'done');
    await closeWithButton(dialog);

    trigger.click();
    const next = await openedDialog();
    const nextFlow = await flowOf(bookingIn(next));

    expect(next).not.to.equal(dialog);
    expect(dialog.isConnected).to.equal(false);
    await waitForStep(nextFlow, 'time');
  });

  it('takes the whole screen on a phone', async function () {
    // After the tests above showed popups at 800 px: WebKit's shadow styles missed the narrowing
    // (an @media rule there kept the wide layout); the dialog now follows matchMedia.
    await setViewport({ width: 390, height: 844 });
    const root = await page();
    root.querySelector<HTMLButtonElement>('#trigger')!.click();
    const dialog = await openedDialog();
    await flowOf(bookingIn(dialog));

    const box = nativeDialog(dialog).getBoundingClientRect();
    expect([box.left, box.top, Math.round(box.width), Math.round(box.height)]).to.deep.equal([0, 0, 390, 844]);
    await expect(dialog).to.be.accessible();
  });
});

interface Mode {
  name: string;
  /** Renders the page; returns the element the patient presses and the one focus returns to. */
  setup(): Promise<{ press: HTMLElement; opener: HTMLElement; outside: HTMLElement }>;
}

const modes: Mode[] = [
  {
    name: 'a data-circle-book-service trigger',
    async setup() {
      const root = await page();
      const press = root.querySelector<HTMLElement>('#trigger')!;
      return { press, opener: press, outside: root.querySelector<HTMLElement>('#outside')! };
    },
  },
  {
    name: 'the trigger slot of <circle-book-dialog>',
    async setup() {
      const root = await fixture(html`<div>
        <circle-book-dialog label="Book a check-up">
          <button slot="trigger">Book a check-up</button>
          <circle-book-service service-id="svc_checkup" api-base=${apiBase}></circle-book-service>
        </circle-book-dialog>
        <a id="outside" href="#elsewhere">Opening hours</a>
      </div>`);
      const press = root.querySelector<HTMLElement>('[slot=trigger]')!;
      return { press, opener: press, outside: root.querySelector<HTMLElement>('#outside')! };
    },
  },
  {
    name: 'the floating <circle-book-button>',
    async setup() {
      const root = await fixture(html`<div>
        <circle-book-button service-id="svc_checkup" api-base=${apiBase}></circle-book-button>
        <a id="outside" href="#elsewhere">Opening hours</a>
      </div>`);
      const button = root.querySelector('circle-book-button')!;
      await button.updateComplete;
      const press = button.shadowRoot!.querySelector('button')!;
      return { press, opener: press, outside: root.querySelector<HTMLElement>('#outside')! };
    },
  },
];

for (const mode of modes) {
  describe(`popups from ${mode.name}`, () => {
    beforeEach(useSimulator);
    afterEach(() => {
      for (const dialog of document.querySelectorAll('circle-book-dialog')) dialog.remove();
    });

    it('opens modal with focus inside and the page inert, books, and closes back to the opener', async () => {
      const simulator = await useSimulator();
      const { press, opener, outside } = await mode.setup();
      press.focus();
      press.click();
      const dialog = await openedDialog();
      const flow = await flowOf(bookingIn(dialog));

      expect(nativeDialog(dialog).matches(':modal')).to.equal(true);
      expect(inside(dialog, deepActiveElement())).to.equal(true);
      outside.focus();
      expect(inside(dialog, deepActiveElement()), 'the page behind cannot take focus').to.equal(true);
      expect(document.elementFromPoint(1, 1), 'the page behind cannot be clicked').not.to.equal(outside);

      const start = await bookUntilReview(flow);
      const before = simulator.appointmentsFor(start).length;
      control(flow.shadowRoot!, 'Confirm booking')!.click();
      await waitForStep(flow, 'done');
      expect(simulator.appointmentsFor(start)).to.have.length(before + 1);
      await expect(dialog).to.be.accessible();

      await closeWithButton(dialog);
      expect(deepActiveElement()).to.equal(opener);
    });

    it('resumes where the patient closed it', async () => {
      const { press, opener } = await mode.setup();
      press.click();
      const dialog = await openedDialog();
      const booking = bookingIn(dialog);
      const flow = await flowOf(booking);
      await waitForStep(flow, 'time');
      const start = await chooseFirstTime(flow);
      await pressContinue(flow);
      await fillDetails(flow, { givenName: ada.givenName });
      await closeWithButton(dialog);
      expect(deepActiveElement()).to.equal(opener);

      press.click();
      const reopened = await openedDialog();

      expect(bookingIn(reopened)).to.equal(booking);
      expect(currentStep(flow)).to.equal('details');
      expect(await enteredDetails(flow)).to.deep.equal({ givenName: ada.givenName });
      await pressContinue(flow, 'Back');
      await waitForStep(flow, 'time');
      expect(chosenTime(flow)).to.equal(start);
    });
  });
}

describe('popups: <circle-book-dialog> with a trigger slot', () => {
  beforeEach(useSimulator);

  it('stays closed until its trigger is pressed, and is named by its label', async () => {
    const host = await fixture<CircleBookDialog>(html`<circle-book-dialog label="Book a check-up">
      <button slot="trigger">Book a check-up</button>
      <circle-book-service service-id="svc_checkup" api-base=${apiBase}></circle-book-service>
    </circle-book-dialog>`);
    expect(nativeDialog(host).open).to.equal(false);
    expect(host.querySelector('button')!.checkVisibility()).to.equal(true);

    host.querySelector('button')!.click();
    await host.updateComplete;

    expect(nativeDialog(host).matches(':modal')).to.equal(true);
    expect(host.shadowRoot!.querySelector('h2')!.textContent).to.equal('Book a check-up');
  });
});

describe('<circle-book-button>', () => {
  beforeEach(useSimulator);
  afterEach(() => {
    for (const dialog of document.querySelectorAll('circle-book-dialog')) dialog.remove();
  });

  it('floats in its corner above the given offset, and hides while its dialog is open', async () => {
    const button = await fixture<CircleBookButton>(html`<circle-book-button service-id="svc_checkup" api-base=${apiBase} offset="6rem"></circle-book-button>`);
    const inner = button.shadowRoot!.querySelector('button')!;
    const box = button.getBoundingClientRect();
    expect(getComputedStyle(button).position).to.equal('fixed');
    expect(Math.round(innerHeight - box.bottom)).to.equal(96);
    expect(Math.round(innerWidth - box.right)).to.equal(24);
    expect(inner.textContent.trim()).to.equal('Book an appointment');
    await expect(button).to.be.accessible();

    inner.click();
    const dialog = await openedDialog();
    expect(getComputedStyle(button).visibility).to.equal('hidden');

    await closeWithButton(dialog);
    expect(getComputedStyle(button).visibility).to.equal('visible');
    expect(deepActiveElement()).to.equal(inner);
  });

  it('opens the same dialog as a trigger for the same service, progress kept', async () => {
    const root = await fixture(html`<div>
      <button data-circle-book-service="svc_checkup" data-circle-api-base=${apiBase}>Book</button>
      <circle-book-button service-id="svc_checkup" api-base=${apiBase} corner="top-start">Book a check-up</circle-book-button>
    </div>`);
    root.querySelector('button')!.click();
    const first = await openedDialog();
    const flow = await flowOf(bookingIn(first));
    await waitForStep(flow, 'time');
    await chooseFirstTime(flow);
    await closeWithButton(first);

    const floating = root.querySelector('circle-book-button')!;
    floating.shadowRoot!.querySelector('button')!.click();
    const second = await openedDialog();

    expect(second).to.equal(first);
    expect(await heldTime(flow)).to.exist;
    const box = floating.getBoundingClientRect();
    expect([Math.round(box.left), Math.round(box.top)]).to.deep.equal([24, 24]);
  });

  it('keeps its default place when the offset is not a CSS length', async () => {
    const button = await fixture<CircleBookButton>(html`<circle-book-button service-id="svc_checkup" offset="url(x)"></circle-book-button>`);

    expect(Math.round(innerHeight - button.getBoundingClientRect().bottom)).to.equal(24);
  });
});

describe('popups: closing and opening in quick succession', () => {
  beforeEach(useSimulator);
  afterEach(() => {
    for (const dialog of document.querySelectorAll('circle-book-dialog')) dialog.remove();
  });

  /** A dialog on the page, counting what it reports. */
  async function countingDialog() {
    const dialog = await fixture<CircleBookDialog>(html`<circle-book-dialog><p>Booking</p><button>Inside</button></circle-book-dialog>`);
    const counts = { opened: 0, closed: 0 };
    dialog.addEventListener('circle-dialog-opened', () => counts.opened++);
    dialog.addEventListener('circle-dialog-closed', () => counts.closed++);
    return { dialog, counts };
  }

  /** Long enough for any "close" event the browser still has queued. */
  const tasks = () => new Promise((resolve) => setTimeout(resolve, 50));

  it('reopened before the browser reports the closing: stays open, each closing reported once', async () => {
    const { dialog, counts } = await countingDialog();
    dialog.show();
    await dialog.updateComplete;

    dialog.close();
    await dialog.updateComplete;
    dialog.show(); // before the native "close" event of the closing just made
    await dialog.updateComplete;
    await tasks();

    expect(nativeDialog(dialog).open, 'open').to.equal(true);
    expect(counts).to.deep.equal({ opened: 2, closed: 1 });
  });

  it('closed by Escape and opened again before the closing is reported: opens, each reported once', async () => {
    const opener = await fixture<HTMLButtonElement>(html`<button>Open</button>`);
    const { dialog, counts } = await countingDialog();
    opener.focus();
    dialog.show(opener);
    await dialog.updateComplete;

    nativeDialog(dialog).close(); // as Escape closes it: natively, the "close" event a task later
    dialog.show(opener);
    await dialog.updateComplete;
    await tasks();

    expect(nativeDialog(dialog).open, 'open').to.equal(true);
    expect(counts).to.deep.equal({ opened: 2, closed: 1 });
    await sendKeys({ press: 'Escape' });
    await tasks();
    expect(counts).to.deep.equal({ opened: 2, closed: 2 });
    expect(document.activeElement).to.equal(opener);
  });
});
