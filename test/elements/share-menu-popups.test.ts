/**
 * Where the share menu's three popups (the menu, the "Copy share link" submenu and the "Link
 * copied" note) go and how big they are, in whichever engine runs this file. The phone and
 * desktop widths are real viewports of their own: each case runs in an iframe of that size, so
 * no runner's window size matters. Copying is stubbed there (the copy itself is tested in
 * share-menu.test.ts); what is measured is the popups.
 */
import { expect, fixture, html } from '@open-wc/testing';
import { until } from '../support/dom.js';
import '../../src/elements/share-menu/share-menu.js';
import type { CircleShareMenu } from '../../src/elements/share-menu/share-menu.js';

const link = 'https://clinic.example/patient/#/s/svc_physio';

type Popups = ReturnType<typeof popupsOf>;

function popupsOf(element: CircleShareMenu) {
  const root = element.shadowRoot!;
  const one = (selector: string) => root.querySelector<HTMLElement>(selector)!;
  return { button: one('#button'), share: one('#share'), menu: one('#menu'), submenu: one('#submenu'), copy: one('[data-action=copy]'), toast: one('#toast') };
}

const nextFrame = (win: Window = window) => new Promise((resolve) => win.requestAnimationFrame(resolve));

/** A page of `width` by `height` CSS px with the share menu where `place` puts it in its top bar. */
interface Frame {
  win: Window;
  element: CircleShareMenu;
  /** What the page's window reported as errors (a ResizeObserver loop is one). */
  errors: string[];
}

const frames: HTMLIFrameElement[] = [];
afterEach(() => {
  for (const frame of frames.splice(0)) frame.remove();
});

async function framePage(width: number, height: number, { dir = 'ltr', locale = '', align = 'end' } = {}): Promise<Frame> {
  const frame = document.createElement('iframe');
  // At the window's top left, in view: an engine may slow the frames of an iframe out of view.
  frame.style.cssText = `position: fixed; top: 0; left: 0; z-index: 1; width: ${width}px; height: ${height}px; border: 0; background: white`;
  frames.push(frame);
  // The element's module, served as the tests' own (an absolute path resolves against this page).
  const module = new URL('../../src/elements/share-menu/share-menu.ts', import.meta.url).pathname;
  frame.srcdoc = `<!doctype html><html lang="en" dir="${dir}"><head><meta charset="utf-8"><meta name="viewport" content="width=device-width, initial-scale=1">
    <style>body { margin: 0; font: 16px sans-serif } .bar { display: flex; justify-content: ${align === 'end' ? 'space-between' : 'flex-start'}; align-items: center; gap: 1rem; padding: 1rem }</style>
    <script>window.__errors = []; addEventListener('error', (event) => __errors.push(String(event.message)));
      addEventListener('unhandledrejection', (event) => __errors.push(String(event.reason)));</script>
    <script type="module" src="${module}"></script></head>
    <body><div class="bar"><h1 style="margin: 0; font-size: 1.25rem">Physiotherapy</h1>
    <circle-share-menu kind="service" record-id="svc_physio" url="${link}" ${locale ? `locale="${locale}"` : ''}></circle-share-menu></div>
    <p style="padding: 1rem">Service details.</p></body></html>`;
  const loaded = new Promise((resolve) => frame.addEventListener('load', resolve, { once: true }));
  document.body.append(frame);
  await loaded;
  const win = frame.contentWindow as Window & typeof globalThis & { __errors: string[] };
  await until(() => win.customElements.get('circle-share-menu'), 'the share menu to load in the frame', { timeout: 10000 });
  const element = win.document.querySelector('circle-share-menu') as CircleShareMenu;
  await element.updateComplete;
  // The copy succeeds, as a staff member's would.
  Object.defineProperty(win.navigator.clipboard, 'writeText', { value: () => Promise.resolve(), configurable: true });
  return { win, element, errors: win.__errors };
}

/** Waits until `popup` is shown and placed, and has stayed where it is for two frames. */
async function placed(popup: HTMLElement, win: Window = window): Promise<DOMRect> {
  await until(() => popup.matches(':popover-open') && popup.dataset.placement !== undefined, `the ${popup.id} to be placed`, { timeout: 5000 });
  let last = '';
  for (let frame = 0; frame < 40; frame++) {
    await nextFrame(win);
    const now = JSON.stringify(popup.getBoundingClientRect());
    if (now === last) break;
    last = now;
  }
  return popup.getBoundingClientRect();
}

/**
 * Opens the menu, then the submenu, then copies, as clicks do; returns each popup's box once
 * placed, with its anchor's box at that moment (copying closes the menus).
 */
async function openEach({ element, win }: Pick<Frame, 'element' | 'win'>) {
  const popups = popupsOf(element);
  popups.button.click();
  const menu = await placed(popups.menu, win);
  popups.share.click();
  const submenu = await placed(popups.submenu, win);
  const share = popups.share.getBoundingClientRect();
  popups.copy.click();
  const toast = await placed(popups.toast, win);
  return { menu, submenu, toast, share, button: popups.button.getBoundingClientRect(), popups };
}

/** How far apart two boxes are, across (x) and down (y); 0 where they overlap on that axis. */
function apart(a: DOMRect, b: DOMRect): [number, number] {
  return [Math.max(a.left - b.right, b.left - a.right, 0), Math.max(a.top - b.bottom, b.top - a.bottom, 0)];
}

function expectNextTo(popup: DOMRect, anchor: DOMRect, name: string): void {
  const [x, y] = apart(popup, anchor);
  expect(Math.min(x, y), `${name} lines up with its anchor on one axis`).to.equal(0);
  expect(Math.max(x, y), `${name} is just off its anchor`).to.be.within(1, 6);
}

function expectInside(popup: DOMRect, win: Window, name: string): void {
  const { clientWidth, clientHeight } = win.document.documentElement;
  expect(popup.left, `${name}'s left edge`).to.be.at.least(0);
  expect(popup.top, `${name}'s top edge`).to.be.at.least(0);
  expect(popup.right, `${name}'s right edge`).to.be.at.most(clientWidth);
  expect(popup.bottom, `${name}'s bottom edge`).to.be.at.most(clientHeight);
}

/**
 * Sized to its content: as tall as what it holds plus its padding and border (not the
 * viewport), and no label wrapped onto a second line.
 */
function expectSizedToContent(popup: HTMLElement, name: string): void {
  const box = popup.getBoundingClientRect();
  const style = getComputedStyle(popup);
  const edges = ['padding-top', 'padding-bottom', 'border-top-width', 'border-bottom-width'].reduce(
    (sum, property) => sum + parseFloat(style.getPropertyValue(property)),
    0,
  );
  // What it holds, less what sits in another popup (the submenu is inside the menu's markup).
  const content = [...popup.querySelectorAll('*')]
    .filter((child) => child.closest('[popover]') === popup)
    .map((child) => child.getBoundingClientRect())
    .filter((rect) => rect.height > 0);
  const top = Math.min(...content.map((rect) => rect.top));
  const bottom = Math.max(...content.map((rect) => rect.bottom));
  expect(box.height, `${name}'s height`).to.be.closeTo(bottom - top + edges, 1.5);
  for (const label of popup.querySelectorAll('.label, .copied-mark')) {
    if (label.closest('[popover]') !== popup) continue;
    // The line boxes of its words (not of its icon).
    const text = [...label.childNodes].find((node) => node.nodeType === Node.TEXT_NODE && node.textContent!.trim())!;
    const range = document.createRange();
    range.selectNodeContents(text);
    const lines = new Set([...range.getClientRects()].filter((rect) => rect.width > 0).map((rect) => Math.round(rect.top)));
    expect(lines.size, `"${label.textContent?.trim()}" in the ${name} on one line`).to.equal(1);
  }
}

describe('<circle-share-menu> popups', () => {
  for (const [width, height] of [
    [390, 844],
    [1280, 900],
  ] as const) {
    describe(`at ${width} × ${height}`, () => {
      it('puts each popup next to its anchor, inside the viewport, sized to its content', async () => {
        const page = await framePage(width, height);
        const { menu, submenu, toast, share, button } = await openEach(page);

        expectNextTo(menu, button, 'the menu');
        expectNextTo(submenu, share, 'the submenu');
        expectNextTo(toast, button, 'the note');
        for (const [name, box] of [
          ['menu', menu],
          ['submenu', submenu],
          ['note', toast],
        ] as const) {
          expectInside(box, page.win, `the ${name}`);
        }
        expect(page.errors).to.deep.equal([]);
      });

      it('sizes each popup to its content', async () => {
        const page = await framePage(width, height);
        const popups = popupsOf(page.element);
        popups.button.click();
        await placed(popups.menu, page.win);
        expectSizedToContent(popups.menu, 'menu');
        popups.share.click();
        await placed(popups.submenu, page.win);
        expectSizedToContent(popups.submenu, 'submenu');
        popups.copy.click();
        await placed(popups.toast, page.win);
        expectSizedToContent(popups.toast, 'note');
      });

      it("settles the note's size before placing it: the same from its first frame on, and no window error", async () => {
        const page = await framePage(width, height);
        const popups = popupsOf(page.element);
        popups.button.click();
        await placed(popups.menu, page.win);
        popups.share.click();
        await placed(popups.submenu, page.win);

        popups.copy.click();
        await until(() => popups.toast.dataset.placement !== undefined, 'the note to be placed');
        const sizes: string[] = [];
        for (let frame = 0; frame < 8; frame++) {
          const { width: w, height: h } = popups.toast.getBoundingClientRect();
          sizes.push(`${Math.round(w)} × ${Math.round(h)}`);
          await nextFrame(page.win);
        }

        expect(new Set(sizes).size, `the note's size frame by frame: ${sizes.join(', ')}`).to.equal(1);
        expect(page.errors, 'window errors').to.deep.equal([]);
      });
    });
  }

  describe('in an Arabic menu on a left-to-right page', () => {
    /** Which way the "Copy share link" arrow points: drawn pointing right, then turned by its CSS transform. */
    function arrowDirection(share: HTMLElement): 'left' | 'right' | 'down' | 'up' {
      const arrow = share.querySelector('.directional')!;
      const transform = getComputedStyle(arrow).transform;
      const { a: dx, b: dy } = new DOMMatrix(transform === 'none' ? undefined : transform);
      return Math.abs(dx) > Math.abs(dy) ? (dx < 0 ? 'left' : 'right') : dy < 0 ? 'up' : 'down';
    }

    for (const [align, side] of [
      ['end', 'left'],
      ['start', 'right'],
    ] as const) {
      it(`opens the submenu toward the side its arrow points, the button at the page's ${align}`, async () => {
        const page = await framePage(1280, 900, { locale: 'ar', align });
        const popups = popupsOf(page.element);
        popups.button.click();
        await placed(popups.menu, page.win);
        expect(arrowDirection(popups.share), 'closed, the arrow points where Arabic reads to').to.equal('left');

        popups.share.click();
        const submenu = await placed(popups.submenu, page.win);
        const share = popups.share.getBoundingClientRect();

        // Room on the left (the button at the page's end): it opens there. None (at the page's start): it opens on the right, and the arrow says so.
        if (side === 'left') expect(submenu.right, 'the submenu is left of its item').to.be.at.most(share.left);
        else expect(submenu.left, 'the submenu is right of its item').to.be.at.least(share.right);
        expect(arrowDirection(popups.share), 'the arrow points at the open submenu').to.equal(side);
        expect(page.errors).to.deep.equal([]);
      });
    }
  });
});

describe('<circle-share-menu> popups on a right-to-left page', () => {
  // In Arabic on an Arabic page: the bar reads from the right, so its start is the right edge.
  for (const align of ['start', 'end'] as const) {
    it(`puts each popup next to its anchor and inside the page, the button at the bar's ${align}`, async () => {
      const page = await framePage(1280, 900, { dir: 'rtl', locale: 'ar', align });
      const { menu, submenu, toast, share, button } = await openEach(page);

      expectNextTo(menu, button, 'the menu');
      // With room on the left, the menu starts where its button starts: at its right edge. With
      // the button at the page's left edge, it flips to line up with the button's left edge.
      if (align === 'start') expect(menu.right, "the menu's right edge on its button's").to.be.closeTo(button.right, 1.5);
      else expect(menu.left, "the menu's left edge on its button's, at the page's left").to.be.closeTo(button.left, 1.5);
      expectNextTo(submenu, share, 'the submenu');
      expectNextTo(toast, button, 'the note');
      for (const [name, box] of [
        ['menu', menu],
        ['submenu', submenu],
        ['note', toast],
      ] as const) {
        expectInside(box, page.win, `the ${name}`);
      }
      expect(page.errors).to.deep.equal([]);
    });
  }
});

describe('<circle-share-menu> popups on a changing page', () => {
  async function menuIn(template: ReturnType<typeof html>): Promise<{ root: HTMLElement; element: CircleShareMenu }> {
    const root = await fixture<HTMLElement>(template);
    const element = root.querySelector('circle-share-menu')!;
    await element.updateComplete;
    return { root, element };
  }
  const belowButton = (popups: Popups) => Math.abs(popups.menu.getBoundingClientRect().top - (popups.button.getBoundingClientRect().bottom + 4)) < 1.5;

  it('stays next to its button inside a scrolled container, and hides when the button is scrolled out of view', async () => {
    const { root, element } = await menuIn(html`<div style="height: 300px; overflow: auto">
      <div style="height: 400px"></div>
      <circle-share-menu url=${link}></circle-share-menu>
      <div style="height: 800px"></div>
    </div>`);
    root.scrollTop = 250;
    const popups = popupsOf(element);
    popups.button.click();
    await placed(popups.menu);
    expect(belowButton(popups)).to.equal(true);

    root.scrollTop = 200;
    await until(() => belowButton(popups), 'the menu to follow its button');
    root.scrollTop = 900;
    await until(() => getComputedStyle(popups.menu).visibility === 'hidden', 'the menu to hide with its button');
  });

  it('follows its button when the page moves it', async () => {
    const { root, element } = await menuIn(html`<div><div id="above" style="height: 40px"></div><circle-share-menu url=${link}></circle-share-menu></div>`);
    const popups = popupsOf(element);
    popups.button.click();
    await placed(popups.menu);

    // A banner appears above: the button moves down, and nothing scrolls or resizes the window.
    root.querySelector<HTMLElement>('#above')!.style.height = '140px';
    await until(() => belowButton(popups), 'the menu to follow its moved button', { timeout: 3000 });
    expect(popups.menu.getBoundingClientRect().left).to.be.closeTo(popups.button.getBoundingClientRect().left, 1.5);
  });

  describe('in a pinch-zoomed page', () => {
    /**
     * WebKit measures fixed elements from the visual viewport, which floating-ui allows for, and
     * a stand-in visual viewport cannot move what the engine measures: the emulation holds only
     * in the engines that measure from the layout viewport. floating-ui tells WebKit the same way.
     */
    const clientRectsFollowVisualViewport = () => CSS.supports('-webkit-backdrop-filter', 'none');
    afterEach(() => {
      Reflect.deleteProperty(window, 'visualViewport'); // the browser's own again
    });

    it('keeps the menu and submenu inside the part of the page on screen', async function () {
      if (clientRectsFollowVisualViewport()) this.skip();
      const { element } = await menuIn(html`<div style="padding: 40px 0 0 300px"><circle-share-menu url=${link}></circle-share-menu></div>`);
      const popups = popupsOf(element);
      const button = popups.button.getBoundingClientRect();
      // Zoomed in on the button: 320 × 400 px of the page are on screen, from 40 px left of it.
      const visual = Object.assign(new EventTarget(), { offsetLeft: button.left - 40, offsetTop: button.top - 20, width: 320, height: 400, scale: 2 });
      Object.defineProperty(window, 'visualViewport', { value: visual, configurable: true });

      popups.button.click();
      const menu = await placed(popups.menu);
      popups.share.click();
      const submenu = await placed(popups.submenu);

      for (const [name, box] of [
        ['menu', menu],
        ['submenu', submenu],
      ] as const) {
        expect(box.left, `the ${name}'s left edge`).to.be.at.least(visual.offsetLeft);
        expect(box.right, `the ${name}'s right edge`).to.be.at.most(visual.offsetLeft + visual.width);
        expect(box.bottom, `the ${name}'s bottom edge`).to.be.at.most(visual.offsetTop + visual.height);
      }
      // No room beside the menu on screen: the submenu goes below its item.
      expect(popups.submenu.dataset.placement).to.equal('bottom-start');
    });
  });
});
