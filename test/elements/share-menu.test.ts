import { expect, fixture, html, oneEvent } from '@open-wc/testing';
import { http, HttpResponse } from 'msw';
import { resetMouse, sendKeys, sendMouse } from '@web/test-runner-commands';
import type { TemplateResult } from 'lit';
import '../../src/elements/share-menu/share-menu.js';
import type { CircleShareMenu } from '../../src/elements/share-menu/share-menu.js';
import type { LinkCopiedEvent } from '../../src/elements/share-menu/share-menu.events.js';
import { configure, resetConfiguration } from '../../src/api/client.js';
import type { ShareLink } from '../../src/api/schemas.js';
import type { CircleErrorEvent } from '../../src/error-event.js';
import { seedAppointments } from '../../src/mocks/index.js';
import { apiBase, patientAppBase, simulator, useSimulator, worker } from '../support/simulator-worker.js';
import { deepActiveElement, find, until } from '../support/dom.js';

// ——— Arrange helpers ———

function menuFor(kind: string, recordId: string, extra?: TemplateResult) {
  return fixture<CircleShareMenu>(html`<circle-share-menu kind=${kind} record-id=${recordId} api-base=${apiBase}>${extra}</circle-share-menu>`);
}

const archiveAndDuplicate = html`
  <button type="button" role="menuitem" id="archive">Archive</button>
  <button type="button" role="menuitem" id="duplicate">Duplicate</button>
`;

/** The element's inner parts, looked up afresh (items come and go as the link loads). */
function parts(element: CircleShareMenu) {
  const root = element.shadowRoot!;
  const one = <T extends HTMLElement = HTMLElement>(selector: string) => root.querySelector<T>(selector)!;
  return {
    button: one<HTMLButtonElement>('[part=button]'),
    menu: one('[part=menu]'),
    submenu: one('[part=submenu]'),
    share: one('#share'),
    copy: one('[data-action=copy]'),
    open: one<HTMLAnchorElement>('[data-action=open]'),
    retry: root.querySelector<HTMLElement>('[data-action=retry]'),
    reason: root.querySelector<HTMLElement>('#share-reason'),
    toast: one('[part=toast]'),
    live: one('[role=status]'),
  };
}

const shown = (popup: HTMLElement) => popup.matches(':popover-open');
const describeNode = (node: Element | null | undefined) =>
  node ? `<${node.localName}${node.id ? `#${node.id}` : ''}> "${text(node).slice(0, 40)}"` : 'nothing';

/** Compares elements by identity; a failing chai comparison of two elements would try to print them whole. */
function expectFocus(expected: Element | null | undefined, message = ''): void {
  const actual = deepActiveElement();
  expect(actual === expected, `${message} focus is on ${describeNode(actual)}, not ${describeNode(expected)}`.trim()).to.equal(true);
}
const text = (element: Element | null | undefined) => element?.textContent?.replace(/\s+/g, ' ').trim() ?? '';

/** Waits until the link has loaded (or failed): the items stop saying "Loading…". */
async function settled(element: CircleShareMenu): Promise<void> {
  await find(() => (text(parts(element).copy).includes('Loading…') ? undefined : true), 'the share link to load');
  await element.updateComplete;
}

async function press(element: CircleShareMenu, key: string): Promise<void> {
  await sendKeys({ press: key });
  await element.updateComplete;
}

/** Opens the menu from the keyboard, then the submenu; focus ends on "Copy Patient App URL". */
async function openSubmenu(element: CircleShareMenu): Promise<void> {
  parts(element).button.focus();
  await press(element, 'Enter');
  await press(element, 'ArrowRight');
  expectFocus(parts(element).copy);
}

/** What the simulator answers for a record, to compare the shown reason with. */
function answer(kind: string, recordId: string): ShareLink {
  return simulator.getShareLink(kind, recordId).body as ShareLink;
}

/** Every request the page makes while a test runs. */
function recordRequests(): { requests: Request[]; stop(): void } {
  const requests: Request[] = [];
  const listener = ({ request }: { request: Request }) => void requests.push(request.clone());
  worker.events.on('request:start', listener);
  return { requests, stop: () => worker.events.removeListener('request:start', listener) };
}

/** Replaces console.error for one test, recording what is logged (and keeping it off the guard). */
function recordConsoleErrors(): { messages: string[]; restore(): void } {
  const messages: string[] = [];
  const original = console.error;
  console.error = (...args: unknown[]) => void messages.push(args.map(String).join(' '));
  return { messages, restore: () => (console.error = original) };
}

/** Own properties that shadow the browser's clipboard functions for one test. */
const restorers: (() => void)[] = [];
function override<T extends object>(target: T, name: string, value: unknown): void {
  Object.defineProperty(target, name, { value, configurable: true, writable: true });
  restorers.push(() => Reflect.deleteProperty(target, name));
}

function recordClipboardWrites(outcome: 'resolve' | 'reject' = 'resolve'): string[] {
  const written: string[] = [];
  override(navigator.clipboard, 'writeText', (value: string) => {
    written.push(value);
    return outcome === 'resolve' ? Promise.resolve() : Promise.reject(new DOMException('Write permission denied.', 'NotAllowedError'));
  });
  return written;
}

function recordExecCommand(result: boolean): string[] {
  const commands: string[] = [];
  override(document, 'execCommand', (command: string) => {
    commands.push(command);
    return result;
  });
  return commands;
}

describe('<circle-share-menu>', () => {
  beforeEach(useSimulator);
  afterEach(async () => {
    for (const restore of restorers.splice(0)) restore();
    resetConfiguration();
    await resetMouse();
  });

  describe('the menu button', () => {
    it('is a closed menu button until used', async () => {
      const element = await menuFor('service', 'svc_physio');
      const { button, menu } = parts(element);

      expect(text(button)).to.equal('Actions');
      expect(button.getAttribute('aria-haspopup')).to.equal('menu');
      expect(button.getAttribute('aria-expanded')).to.equal('false');
      expect(button.getAttribute('aria-controls')).to.equal(menu.id);
      expect(menu.getAttribute('role')).to.equal('menu');
      expect(shown(menu)).to.equal(false);
      await expect(element).to.be.accessible();
    });

    it('has targets of at least 24 by 24 px', async () => {
      const element = await menuFor('service', 'svc_physio', archiveAndDuplicate);
      await settled(element);
      await openSubmenu(element);
      const { button, share, copy, open } = parts(element);

      for (const target of [button, share, copy, open, element.querySelector('#archive')!]) {
        const { width, height } = target.getBoundingClientRect();
        expect(width, text(target)).to.be.at.least(24);
        expect(height, text(target)).to.be.at.least(24);
      }
    });
  });

  describe('by keyboard alone', () => {
    for (const key of ['Enter', ' ', 'ArrowDown']) {
      it(`${key === ' ' ? 'Space' : key} on the button opens the menu on its first item`, async () => {
        const element = await menuFor('service', 'svc_physio', archiveAndDuplicate);
        parts(element).button.focus();

        await press(element, key === ' ' ? 'Space' : key);

        const { button, menu, share } = parts(element);
        expect(shown(menu)).to.equal(true);
        expect(button.getAttribute('aria-expanded')).to.equal('true');
        expectFocus(share);
      });
    }

    it('ArrowUp on the button opens the menu on its last item', async () => {
      const element = await menuFor('service', 'svc_physio', archiveAndDuplicate);
      parts(element).button.focus();

      await press(element, 'ArrowUp');

      expectFocus(element.querySelector('#duplicate'));
    });

    it('moves with ArrowDown and ArrowUp, wrapping, and jumps with Home and End', async () => {
      const element = await menuFor('service', 'svc_physio', archiveAndDuplicate);
      parts(element).button.focus();
      await press(element, 'Enter');
      const [share, archive, duplicate] = [parts(element).share, element.querySelector('#archive'), element.querySelector('#duplicate')];

      await press(element, 'ArrowDown');
      expectFocus(archive);
      await press(element, 'ArrowDown');
      expectFocus(duplicate);
      await press(element, 'ArrowDown');
      expectFocus(share, 'wraps to the first');
      await press(element, 'ArrowUp');
      expectFocus(duplicate, 'wraps to the last');
      await press(element, 'Home');
      expectFocus(share);
      await press(element, 'End');
      expectFocus(duplicate);
    });

    it('moves to the next item starting with a typed character', async () => {
      const element = await menuFor(
        'service',
        'svc_physio',
        html`
        <button type="button" role="menuitem" id="archive">Archive</button>
        <button type="button" role="menuitem" id="cancel">Cancel booking</button>
      `,
      );
      parts(element).button.focus();
      await press(element, 'Enter');

      await press(element, 'a');
      expectFocus(element.querySelector('#archive'));
      await press(element, 'c');
      expectFocus(element.querySelector('#cancel'));
      await press(element, 'C');
      expectFocus(parts(element).share, 'on to the next "c", wrapping');
      await press(element, 'z');
      expectFocus(parts(element).share, 'no match: stays');
    });

    it('opens the submenu with ArrowRight, Enter or Space on "Copy share link", and leaves it with ArrowLeft or Escape', async () => {
      const element = await menuFor('service', 'svc_physio');
      await settled(element);
      parts(element).button.focus();
      await press(element, 'Enter');

      for (const [into, out] of [
        ['ArrowRight', 'ArrowLeft'],
        ['Enter', 'Escape'],
        ['Space', 'ArrowLeft'],
      ] as const) {
        await press(element, into);
        const { share, submenu, copy } = parts(element);
        expect(shown(submenu), `${into} opens the submenu`).to.equal(true);
        expect(share.getAttribute('aria-expanded')).to.equal('true');
        expectFocus(copy);

        await press(element, out);
        expect(shown(parts(element).submenu), `${out} closes the submenu`).to.equal(false);
        expect(shown(parts(element).menu), `${out} leaves the menu open`).to.equal(true);
        expectFocus(share);
        expect(share.getAttribute('aria-expanded')).to.equal('false');
      }
    });

    it('moves inside the submenu with the arrows, Home, End and typeahead', async () => {
      const element = await menuFor('service', 'svc_physio');
      await settled(element);
      await openSubmenu(element);
      const { copy, open } = parts(element);

      await press(element, 'ArrowDown');
      expectFocus(open);
      await press(element, 'ArrowDown');
      expectFocus(copy);
      await press(element, 'ArrowUp');
      expectFocus(open);
      await press(element, 'Home');
      expectFocus(copy);
      await press(element, 'End');
      expectFocus(open);
      await press(element, 'c');
      expectFocus(copy);
      await press(element, 'o');
      expectFocus(open);
    });

    it('Escape in the menu closes it and returns focus to the button', async () => {
      const element = await menuFor('service', 'svc_physio');
      parts(element).button.focus();
      await press(element, 'Enter');

      await press(element, 'Escape');

      const { button, menu } = parts(element);
      expect(shown(menu)).to.equal(false);
      expect(button.getAttribute('aria-expanded')).to.equal('false');
      expectFocus(button);
    });

    it('Tab closes the menus and moves on from the button', async () => {
      const root = await fixture(html`<div>
        <circle-share-menu kind="service" record-id="svc_physio" api-base=${apiBase}></circle-share-menu>
        <button id="after">After</button>
      </div>`);
      const element = root.querySelector('circle-share-menu')!;
      await settled(element);
      await openSubmenu(element);

      await press(element, 'Tab');

      expect(shown(parts(element).menu)).to.equal(false);
      expect(shown(parts(element).submenu)).to.equal(false);
      expectFocus(root.querySelector('#after'));
    });

    it('activates a slotted item with Enter, then closes and returns focus to the button', async () => {
      const element = await menuFor('service', 'svc_physio', archiveAndDuplicate);
      const archive = element.querySelector<HTMLButtonElement>('#archive')!;
      let archived = 0;
      archive.addEventListener('click', () => archived++);
      parts(element).button.focus();
      await press(element, 'Enter');
      await press(element, 'ArrowDown');

      await press(element, 'Enter');

      expect(archived).to.equal(1);
      expect(shown(parts(element).menu)).to.equal(false);
      expectFocus(parts(element).button);
      expect(archive.tabIndex, 'slotted items leave the tab order').to.equal(-1);
    });

    it('in right-to-left text, ArrowLeft opens the submenu (on the left) and ArrowRight closes it', async () => {
      const root = await fixture(html`<div dir="rtl">
        <circle-share-menu kind="service" record-id="svc_physio" api-base=${apiBase}></circle-share-menu>
      </div>`);
      const element = root.querySelector('circle-share-menu')!;
      await settled(element);
      parts(element).button.focus();
      await press(element, 'Enter');

      await press(element, 'ArrowLeft');
      const { share, submenu, copy } = parts(element);
      expectFocus(copy);
      await until(() => submenu.dataset.placement === 'left-start', `the submenu on the left, not ${submenu.dataset.placement}`);
      expect(submenu.getBoundingClientRect().right).to.be.at.most(share.getBoundingClientRect().left + 1);

      await press(element, 'ArrowRight');
      expectFocus(share);
      expect(shown(parts(element).submenu)).to.equal(false);
    });
  });

  describe('by mouse', () => {
    async function pointAt(target: Element): Promise<void> {
      const { x, y, width, height } = target.getBoundingClientRect();
      await sendMouse({ type: 'move', position: [Math.round(x + width / 2), Math.round(y + height / 2)] });
    }

    /** Clicks the button and waits until the menu is placed, so the pointer finds the items where they are. */
    async function clickOpen(element: CircleShareMenu): Promise<void> {
      parts(element).button.click();
      await element.updateComplete;
      await until(() => parts(element).menu.dataset.placement !== undefined, 'the menu to be placed');
    }

    it('opens and closes with clicks on the button', async () => {
      const element = await menuFor('service', 'svc_physio');
      const { button } = parts(element);

      button.click();
      await element.updateComplete;
      expect(shown(parts(element).menu)).to.equal(true);
      expectFocus(parts(element).share);

      button.click();
      await element.updateComplete;
      expect(shown(parts(element).menu)).to.equal(false);
    });

    it('opens the submenu on hover, to the right of the menu, and closes it hovering another item', async () => {
      const element = await menuFor('service', 'svc_physio', archiveAndDuplicate);
      await settled(element);
      await clickOpen(element);
      const { share, submenu, menu } = parts(element);

      await pointAt(share);
      await element.updateComplete;
      expect(shown(submenu)).to.equal(true);
      await until(() => submenu.dataset.placement === 'right-start', 'the submenu placed');
      expect(submenu.getBoundingClientRect().left).to.be.at.least(menu.getBoundingClientRect().right - 8);

      await pointAt(element.querySelector('#archive')!);
      await element.updateComplete;
      expect(shown(submenu)).to.equal(false);
      expectFocus(element.querySelector('#archive'));
    });

    it('copies with a click on the item', async () => {
      const written = recordClipboardWrites();
      const element = await menuFor('service', 'svc_physio');
      await settled(element);
      await clickOpen(element);
      await pointAt(parts(element).share);
      await element.updateComplete;
      await until(() => parts(element).submenu.dataset.placement !== undefined, 'the submenu to be placed');

      const copied = oneEvent<LinkCopiedEvent>(element, 'circle-link-copied');
      const { x, y, width, height } = parts(element).copy.getBoundingClientRect();
      await sendMouse({ type: 'click', position: [Math.round(x + width / 2), Math.round(y + height / 2)] });
      await copied;

      expect(written).to.deep.equal([answer('service', 'svc_physio').url]);
    });

    it('closes when clicking outside', async () => {
      const root = await fixture(html`<div style="padding: 8px">
        <p id="outside" style="height: 40px; margin: 0">Outside</p>
        <circle-share-menu kind="service" record-id="svc_physio" api-base=${apiBase}></circle-share-menu>
      </div>`);
      const element = root.querySelector('circle-share-menu')!;
      parts(element).button.click();
      await element.updateComplete;

      const { x, y } = root.querySelector('#outside')!.getBoundingClientRect();
      await sendMouse({ type: 'click', position: [Math.round(x + 5), Math.round(y + 5)] });
      await element.updateComplete;

      expect(shown(parts(element).menu)).to.equal(false);
      expect(parts(element).button.getAttribute('aria-expanded')).to.equal('false');
    });
  });

  describe('the link from the API', () => {
    it('asks for it when put on the page, before the menu is opened', async () => {
      const recorder = recordRequests();
      const element = await menuFor('service', 'svc_physio');
      await settled(element);
      recorder.stop();

      expect(recorder.requests.map((request) => new URL(request.url).pathname)).to.deep.equal(['/api/share-links/service/svc_physio']);
    });

    it("offers a ready service's link to copy and to open in a new tab", async () => {
      const element = await menuFor('service', 'svc_physio');
      await settled(element);
      const { copy, open, reason } = parts(element);
      const url = answer('service', 'svc_physio').url!;

      expect(url.startsWith(patientAppBase)).to.equal(true);
      expect(copy.hasAttribute('aria-disabled')).to.equal(false);
      expect(reason === null, 'no reason').to.equal(true);
      expect(open.href).to.equal(url);
      expect(open.target).to.equal('_blank');
      expect(open.rel).to.contain('noopener');
    });

    it('opens the exact link in a new tab from "Open patient view", by keyboard and by click', async () => {
      const element = await menuFor('appointment', seedAppointments.formsDue.id);
      await settled(element);
      const opened: string[] = [];
      // Record the anchor's own navigation instead of letting it open a tab.
      parts(element).open.addEventListener('click', (event) => {
        const link = event.currentTarget as HTMLAnchorElement;
        opened.push(`${link.href} ${link.target} ${link.rel}`);
        event.preventDefault();
      });
      const url = answer('appointment', seedAppointments.formsDue.id).url!;

      await openSubmenu(element);
      await press(element, 'ArrowDown');
      await press(element, 'Enter');
      expect(shown(parts(element).menu)).to.equal(false);
      expectFocus(parts(element).button);

      await openSubmenu(element);
      parts(element).open.click();
      await element.updateComplete;

      expect(opened).to.deep.equal([`${url} _blank noopener noreferrer`, `${url} _blank noopener noreferrer`]);
      expect(url).to.contain(`#token=${seedAppointments.formsDue.token}`);
    });

    it("sends the page's configured staff credentials", async () => {
      configure({ apiBase, headers: () => ({ Authorization: 'Bearer staff-session' }) });
      const recorder = recordRequests();
      const element = await fixture<CircleShareMenu>(html`<circle-share-menu kind="variant" record-id="var_physio_initial"></circle-share-menu>`);
      await settled(element);
      recorder.stop();

      expect(recorder.requests[0]?.headers.get('Authorization')).to.equal('Bearer staff-session');
      expect(parts(element).open.href).to.equal(answer('variant', 'var_physio_initial').url);
    });

    const notReady = [
      ['service', 'svc_hidden', 'not_visible'],
      ['service', 'svc_hydro', 'not_bookable'],
      ['variant', 'var_home_visit', 'no_location'],
      ['appointment', 'apt_does_not_exist', 'appointment_missing'],
      ['appointment', seedAppointments.cancelled.id, 'appointment_cancelled'],
    ] as const;
    for (const [kind, recordId, code] of notReady) {
      it(`disables copy and open, saying why, when ${code} (${kind} ${recordId})`, async () => {
        const written = recordClipboardWrites();
        const expected = answer(kind, recordId);
        expect(expected.unavailable?.code).to.equal(code);
        const element = await menuFor(kind, recordId);
        await settled(element);
        await openSubmenu(element);
        const { copy, open, reason } = parts(element);

        expect(text(reason)).to.equal(expected.unavailable!.message);
        for (const item of [copy, open]) expect(item.getAttribute('aria-disabled')).to.equal('true');
        expect(copy.contains(reason), 'the reason is shown in the copy item').to.equal(true);
        expect(open.getAttribute('aria-describedby'), 'and describes the open item').to.equal(reason!.id);
        expect(open.hasAttribute('href')).to.equal(false);

        // Still focusable; activating does nothing and keeps the reason on screen.
        await press(element, 'Enter');
        copy.click();
        await press(element, 'ArrowDown');
        expectFocus(open);
        await press(element, 'Enter');
        expect(written).to.deep.equal([]);
        expect(shown(parts(element).submenu)).to.equal(true);
        expect(text(parts(element).reason)).to.equal(expected.unavailable!.message);
        await expect(element).to.be.accessible();
      });
    }

    it('says "Loading…" in the disabled items while the link loads', async () => {
      simulator.addFault({ route: 'getShareLink', latencyMs: 400, times: 1 });
      const element = await menuFor('service', 'svc_physio');
      await openSubmenu(element);
      const { copy, open, reason } = parts(element);

      expect(text(reason)).to.equal('Loading…');
      expect(copy.getAttribute('aria-disabled')).to.equal('true');
      expect(open.getAttribute('aria-disabled')).to.equal('true');
      await settled(element);
      expect(parts(element).copy.hasAttribute('aria-disabled')).to.equal(false);
    });

    it("asks again when the record changes mid-load, and shows only the new record's link", async () => {
      // The first answer is slow: it arrives after the second, and must not replace it.
      simulator.addFault({ route: 'getShareLink', latencyMs: 600, times: 1 });
      const errors: Event[] = [];
      const onError = (event: Event) => void errors.push(event);
      document.addEventListener('circle-error', onError);
      const element = await menuFor('service', 'svc_physio');
      await new Promise((resolve) => setTimeout(resolve, 100));
      element.setAttribute('kind', 'variant');
      element.setAttribute('record-id', 'var_physio_initial');
      await settled(element);
      const second = answer('variant', 'var_physio_initial').url!;
      expect(parts(element).open.href).to.equal(second);

      await new Promise((resolve) => setTimeout(resolve, 700));
      await element.updateComplete;
      expect(parts(element).open.href, "still the second record's link").to.equal(second);
      document.removeEventListener('circle-error', onError);
      expect(errors, 'the aborted request is not an error').to.deep.equal([]);
    });

    it('taken off the page mid-load, asks again when put back', async () => {
      simulator.addFault({ route: 'getShareLink', latencyMs: 400, times: 1 });
      const recorder = recordRequests();
      const element = await menuFor('service', 'svc_physio');
      const parent = element.parentElement!;
      await until(() => recorder.requests.length === 1, 'the first request');
      element.remove();
      await new Promise((resolve) => setTimeout(resolve, 50));

      parent.append(element);
      await settled(element);
      recorder.stop();

      expect(recorder.requests).to.have.length(2);
      expect(parts(element).open.href).to.equal(answer('service', 'svc_physio').url);
    });

    it('shows a failed load with Try again, tells the host, and Try again loads it', async () => {
      worker.use(http.get(`${apiBase}/share-links/:kind/:recordId`, () => HttpResponse.error()));
      const failed = new Promise<CircleErrorEvent>((resolve) => document.addEventListener('circle-error', resolve, { once: true }));
      const element = await menuFor('service', 'svc_physio');
      expect((await failed).detail).to.deep.equal({ code: 'network', message: 'You seem to be offline' });
      await settled(element);
      await openSubmenu(element);

      expect(text(parts(element).reason)).to.equal('You seem to be offline');
      expect(parts(element).copy.getAttribute('aria-disabled')).to.equal('true');
      await expect(element).to.be.accessible();

      worker.resetHandlers();
      await press(element, 'End');
      expectFocus(parts(element).retry);
      await press(element, 'Enter');
      expectFocus(parts(element).copy);
      await settled(element);
      expect(parts(element).copy.hasAttribute('aria-disabled')).to.equal(false);
      expect(parts(element).retry === null, 'no Try again').to.equal(true);
    });
  });

  describe('fed directly', () => {
    it('uses `url` as it is, asking the API nothing', async () => {
      const written = recordClipboardWrites();
      const recorder = recordRequests();
      const url = `${patientAppBase}?circle=book-service&service=svc_physio`;
      const element = await fixture<CircleShareMenu>(html`<circle-share-menu url=${url}></circle-share-menu>`);
      await openSubmenu(element);
      await press(element, 'Enter');
      recorder.stop();

      expect(written).to.deep.equal([url]);
      expect(parts(element).open.href).to.equal(url);
      expect(recorder.requests).to.deep.equal([]);
    });

    it('disables the items with `disabled-reason`, asking the API nothing', async () => {
      const recorder = recordRequests();
      const element = await fixture<CircleShareMenu>(html`<circle-share-menu
        kind="service" record-id="svc_physio" api-base=${apiBase}
        url=${`${patientAppBase}?circle=book-service&service=svc_physio`}
        disabled-reason="Publish the service first."></circle-share-menu>`);
      await openSubmenu(element);
      recorder.stop();

      expect(text(parts(element).reason)).to.equal('Publish the service first.');
      expect(parts(element).copy.getAttribute('aria-disabled')).to.equal('true');
      expect(parts(element).open.hasAttribute('href')).to.equal(false);
      expect(recorder.requests).to.deep.equal([]);
    });

    it('refuses a javascript: url, with one console error', async () => {
      const errors = recordConsoleErrors();
      const written = recordClipboardWrites();
      let element: CircleShareMenu;
      try {
        element = await fixture<CircleShareMenu>(html`<circle-share-menu url="javascript:alert(1)"></circle-share-menu>`);
        element.requestUpdate();
        await element.updateComplete;
      } finally {
        errors.restore();
      }
      await openSubmenu(element);
      await press(element, 'Enter');

      expect(errors.messages).to.have.length(1);
      expect(errors.messages[0])
        .to.match(/javascript/)
        .and.match(/only http and https/);
      expect(parts(element).copy.getAttribute('aria-disabled')).to.equal('true');
      expect(text(parts(element).reason)).to.match(/only http and https/);
      expect(parts(element).open.hasAttribute('href')).to.equal(false);
      expect(written).to.deep.equal([]);
    });
  });

  describe('a kind without a patient app link', () => {
    it('refuses kind="product" with one console error naming the kinds, and disables the items', async () => {
      const errors = recordConsoleErrors();
      const recorder = recordRequests();
      let element: CircleShareMenu;
      try {
        element = await menuFor('product', 'prod_gift_card');
        element.requestUpdate();
        await element.updateComplete;
      } finally {
        errors.restore();
        recorder.stop();
      }
      await openSubmenu(element);

      expect(errors.messages).to.have.length(1);
      expect(errors.messages[0]).to.contain('"product"').and.contain('service, variant, appointment');
      expect(text(parts(element).reason)).to.equal('This record has no patient app link.');
      expect(parts(element).copy.getAttribute('aria-disabled')).to.equal('true');
      expect(parts(element).open.hasAttribute('href')).to.equal(false);
      expect(recorder.requests).to.deep.equal([]);
    });
  });

  describe('copying', () => {
    it('copies from the key press, says "Link copied", shows it by the button, and tells the host', async () => {
      const written = recordClipboardWrites();
      const element = await menuFor('service', 'svc_physio');
      await settled(element);
      await openSubmenu(element);
      const before = element.getBoundingClientRect();

      const copied = oneEvent<LinkCopiedEvent>(element, 'circle-link-copied');
      await press(element, 'Enter');
      const { detail } = await copied;
      await element.updateComplete;
      await element.updateComplete;

      const url = answer('service', 'svc_physio').url!;
      expect(written).to.deep.equal([url]);
      expect(detail).to.deep.equal({ kind: 'service', recordId: 'svc_physio', url });
      const { live, toast, button, menu } = parts(element);
      expect(text(live)).to.equal('Link copied');
      expect(shown(toast)).to.equal(true);
      expect(text(toast)).to.equal('Link copied');
      expect(toast.getBoundingClientRect().top).to.be.at.least(button.getBoundingClientRect().bottom);
      expect(element.getBoundingClientRect().toJSON(), 'no layout jump').to.deep.equal(before.toJSON());
      expect(shown(menu)).to.equal(false);
      expectFocus(button);
      await until(() => !shown(parts(element).toast), 'the mark to go after about 2 s', { timeout: 3500 });
    });

    it("copies an appointment's link whole, and leaves its token out of the event", async () => {
      const written = recordClipboardWrites();
      const { id, token } = seedAppointments.ready;
      const element = await menuFor('appointment', id);
      await settled(element);
      await openSubmenu(element);

      const copied = oneEvent<LinkCopiedEvent>(element, 'circle-link-copied');
      await press(element, 'Enter');
      const { detail } = await copied;

      expect(written[0]).to.contain(`#token=${token}`);
      expect(detail.url).to.equal(written[0]!.split('#')[0]);
      expect(JSON.stringify(detail)).not.to.contain(token).and.not.to.contain('#');
      expect(detail).to.include({ kind: 'appointment', recordId: id });
    });

    it('falls back to execCommand("copy") where the Clipboard API is missing', async () => {
      override(navigator, 'clipboard', undefined);
      const commands = recordExecCommand(true);
      const element = await menuFor('service', 'svc_physio');
      await settled(element);
      await openSubmenu(element);

      const copied = oneEvent<LinkCopiedEvent>(element, 'circle-link-copied');
      await press(element, 'Enter');
      await copied;

      expect(commands).to.deep.equal(['copy']);
      expect(element.shadowRoot!.querySelector('textarea') === null, 'the helper textarea is gone').to.equal(true);
    });

    it('falls back to execCommand("copy") when the Clipboard API refuses', async () => {
      const written = recordClipboardWrites('reject');
      const commands = recordExecCommand(true);
      const element = await menuFor('service', 'svc_physio');
      await settled(element);
      await openSubmenu(element);

      const copied = oneEvent<LinkCopiedEvent>(element, 'circle-link-copied');
      await press(element, 'Enter');
      await copied;

      expect(written).to.have.length(1);
      expect(commands).to.deep.equal(['copy']);
    });

    it('when copying fails, says so and shows the link selected in a read-only field', async () => {
      recordClipboardWrites('reject');
      recordExecCommand(false);
      const element = await menuFor('service', 'svc_physio');
      await settled(element);
      await openSubmenu(element);

      const failed = oneEvent<CircleErrorEvent>(element, 'circle-error');
      await press(element, 'Enter');
      const { detail } = await failed;
      await element.updateComplete;
      await element.updateComplete;

      const message = "Couldn't copy the link. Select it and copy it by hand.";
      const url = answer('service', 'svc_physio').url!;
      expect(detail).to.deep.equal({ code: 'copy_failed', message });
      const { toast, live } = parts(element);
      expect(shown(toast)).to.equal(true);
      expect(text(toast)).to.contain(message);
      expect(text(live)).to.equal(message);
      const input = toast.querySelector('input')!;
      expect(input.readOnly).to.equal(true);
      expect(input.value).to.equal(url);
      expectFocus(input);
      expect([input.selectionStart, input.selectionEnd]).to.deep.equal([0, url.length]);
      await expect(element).to.be.accessible();

      await press(element, 'Escape');
      expect(shown(parts(element).toast)).to.equal(false);
      expectFocus(parts(element).button);
    });

    it('forgets the toast when the element leaves the page', async () => {
      recordClipboardWrites();
      const element = await menuFor('service', 'svc_physio');
      await settled(element);
      await openSubmenu(element);
      await press(element, 'Enter');
      await until(() => shown(parts(element).toast), 'the "Link copied" mark');
      const parent = element.parentElement!;

      element.remove();
      await element.updateComplete;
      parent.append(element);
      await element.updateComplete;

      const { toast } = parts(element);
      expect(shown(toast)).to.equal(false);
      expect(toast.hasAttribute('data-open')).to.equal(false);
      expect(getComputedStyle(toast).display).to.equal('none');
    });
  });

  describe('positioning', () => {
    /** Opens by keyboard and waits until the menu is placed. */
    async function openAndPlace(element: CircleShareMenu): Promise<{ button: DOMRect; menu: DOMRect }> {
      parts(element).button.focus();
      await press(element, 'Enter');
      const { button, menu } = parts(element);
      await until(() => menu.dataset.placement !== undefined, 'the menu to be placed');
      return { button: button.getBoundingClientRect(), menu: menu.getBoundingClientRect() };
    }

    function expectJustBelow({ button, menu }: { button: DOMRect; menu: DOMRect }): void {
      expect(menu.top).to.be.closeTo(button.bottom + 4, 1.5);
      expect(menu.left).to.be.closeTo(button.left, 1.5);
    }

    it('opens just below the button inside a scrolled container', async () => {
      const root = await fixture(html`<div id="scroller" style="height: 300px; overflow: auto">
        <div style="height: 400px"></div>
        <circle-share-menu kind="service" record-id="svc_physio" api-base=${apiBase}></circle-share-menu>
        <div style="height: 600px"></div>
      </div>`);
      root.scrollTop = 200;
      const element = root.querySelector('circle-share-menu')!;

      expectJustBelow(await openAndPlace(element));
      // The container clips nothing: the menu is in the top layer.
      const { menu } = parts(element);
      const { left, top, width, height } = menu.getBoundingClientRect();
      expect(element.contains(document.elementFromPoint(left + width / 2, top + height - 4))).to.equal(true);
    });

    it('stays attached while the container scrolls, and stops following once closed', async () => {
      const root = await fixture(html`<div style="height: 300px; overflow: auto">
        <div style="height: 100px"></div>
        <circle-share-menu kind="service" record-id="svc_physio" api-base=${apiBase}></circle-share-menu>
        <div style="height: 600px"></div>
      </div>`);
      const element = root.querySelector('circle-share-menu')!;
      await openAndPlace(element);

      root.scrollTop = 60;
      await until(
        () => Math.abs(parts(element).menu.getBoundingClientRect().top - (parts(element).button.getBoundingClientRect().bottom + 4)) < 1.5,
        'the menu to follow the button',
      );

      await press(element, 'Escape');
      const top = parts(element).menu.style.top;
      root.scrollTop = 20;
      window.dispatchEvent(new Event('resize'));
      await new Promise((resolve) => requestAnimationFrame(() => requestAnimationFrame(resolve)));
      expect(parts(element).menu.style.top, 'not placed again after closing').to.equal(top);
    });

    it('opens just below the button under a transformed ancestor', async () => {
      const root = await fixture(html`<div style="transform: translateX(10px); padding: 20px">
        <circle-share-menu kind="service" record-id="svc_physio" api-base=${apiBase}></circle-share-menu>
      </div>`);

      expectJustBelow(await openAndPlace(root.querySelector('circle-share-menu')!));
    });

    it('opens just below the button, on top, inside a modal <dialog>; Escape closes the menu, not the dialog', async () => {
      const dialog = await fixture<HTMLDialogElement>(html`<dialog>
        <p>Booking details</p>
        <circle-share-menu kind="service" record-id="svc_physio" api-base=${apiBase}></circle-share-menu>
      </dialog>`);
      dialog.showModal();
      const element = dialog.querySelector('circle-share-menu')!;
      await settled(element);

      const placed = await openAndPlace(element);
      expectJustBelow(placed);
      const { left, top, width, height } = placed.menu;
      expect(element.contains(document.elementFromPoint(left + width / 2, top + height / 2)), 'the menu is above the dialog').to.equal(true);
      await press(element, 'ArrowRight');
      await until(() => parts(element).submenu.dataset.placement !== undefined, 'the submenu to be placed');
      await expect(element).to.be.accessible();

      await press(element, 'Escape');
      await press(element, 'Escape');
      expect(shown(parts(element).menu)).to.equal(false);
      expect(dialog.open).to.equal(true);
      dialog.close();
    });

    it('leaves nothing attached when removed from the page while open', async () => {
      const root = await fixture(html`<div style="height: 300px; overflow: auto">
        <circle-share-menu kind="service" record-id="svc_physio" api-base=${apiBase}></circle-share-menu>
        <div style="height: 600px"></div>
      </div>`);
      const element = root.querySelector('circle-share-menu')!;
      await settled(element);
      await openSubmenu(element);
      const { menu } = parts(element);

      element.remove();
      await element.updateComplete;
      const top = menu.style.top;
      root.scrollTop = 100;
      window.dispatchEvent(new Event('resize'));
      document.body.dispatchEvent(new PointerEvent('pointerdown', { bubbles: true, composed: true }));
      await new Promise((resolve) => requestAnimationFrame(() => requestAnimationFrame(resolve)));

      expect(menu.style.top).to.equal(top);
      root.prepend(element);
      await element.updateComplete;
      expect(shown(parts(element).menu), 'closed when back on the page').to.equal(false);
      expect(parts(element).button.getAttribute('aria-expanded')).to.equal('false');
    });
  });

  describe('accessibility', () => {
    it('is accessible closed, open, and with the submenu open', async () => {
      const element = await menuFor('appointment', seedAppointments.ready.id, archiveAndDuplicate);
      await settled(element);
      await expect(element).to.be.accessible();

      parts(element).button.focus();
      await press(element, 'Enter');
      await expect(element).to.be.accessible();

      await press(element, 'ArrowRight');
      expect(shown(parts(element).submenu)).to.equal(true);
      await expect(element).to.be.accessible();
    });

    it('names the submenu after its parent and puts the reason in the disabled item', async () => {
      const element = await menuFor('service', 'svc_hidden');
      await settled(element);
      const { submenu, share, copy } = parts(element);

      expect(submenu.getAttribute('role')).to.equal('menu');
      expect(element.shadowRoot!.getElementById(submenu.getAttribute('aria-labelledby')!)!.textContent).to.equal(text(share));
      expect(share.getAttribute('aria-haspopup')).to.equal('menu');
      expect(text(copy)).to.equal('Copy Patient App URL This service is not offered online.');
    });
  });
});
