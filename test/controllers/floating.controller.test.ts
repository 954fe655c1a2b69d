import { expect, fixture, html } from '@open-wc/testing';
import { until } from '../support/dom.js';
import type { ReactiveController, ReactiveControllerHost } from 'lit';
import { FloatingController, preloadFloating, type FloatingPlatform } from '../../src/controllers/floating.controller.js';

/** Just enough of a Lit element for a controller: it can be told it left the page. */
class FakeHost implements ReactiveControllerHost {
  readonly controllers = new Set<ReactiveController>();
  readonly updateComplete = Promise.resolve(true);
  addController(controller: ReactiveController): void {
    this.controllers.add(controller);
  }
  removeController(controller: ReactiveController): void {
    this.controllers.delete(controller);
  }
  requestUpdate(): void {}
  disconnect(): void {
    for (const controller of this.controllers) controller.hostDisconnected?.();
  }
}

/**
 * floating-ui itself, counting loads, starts of `autoUpdate`, its cleanups and its updates:
 * wrapped, not replaced, so the popup is really kept in place.
 */
function watchedPlatform() {
  const calls = { load: 0, follow: 0, cleanup: 0, update: 0 };
  const platform: FloatingPlatform = {
    load: async () => {
      calls.load++;
      const ui = await preloadFloating();
      return {
        ...ui,
        autoUpdate: (anchor, floating, update, options) => {
          calls.follow++;
          const cleanup = ui.autoUpdate(
            anchor,
            floating,
            () => {
              calls.update++;
              update();
            },
            options,
          );
          return () => {
            calls.cleanup++;
            cleanup();
          };
        },
      };
    },
  };
  return { calls, platform };
}

const frame = () => new Promise((resolve) => requestAnimationFrame(() => requestAnimationFrame(resolve)));

interface Stage {
  scroller: HTMLElement;
  anchor: HTMLElement;
  popup: HTMLElement;
}

/** An anchor button 200 px down a 300 px scroll container, and a popup in the top layer. */
async function stage(): Promise<Stage> {
  const root = await fixture(html`
    <div>
      <div id="scroller" style="height: 300px; overflow: auto; border: 1px solid">
        <div style="height: 200px"></div>
        <button id="anchor" style="margin-inline-start: 40px; height: 32px">Anchor</button>
        <div style="height: 1200px"></div>
      </div>
      <div id="popup" popover="manual" style="margin: 0; inset: auto; width: 120px; height: 80px; padding: 0">Popup</div>
    </div>
  `);
  const popup = root.querySelector<HTMLElement>('#popup')!;
  popup.showPopover();
  return { scroller: root.querySelector('#scroller')!, anchor: root.querySelector('#anchor')!, popup };
}

describe('FloatingController', () => {
  let host: FakeHost;
  beforeEach(() => {
    host = new FakeHost();
  });

  describe('placing', () => {
    it('places the popup below its anchor, start-aligned, with a fixed strategy', async () => {
      const { anchor, popup } = await stage();
      const controller = new FloatingController(host);

      await controller.start(anchor, popup, { placement: 'bottom-start', gap: 4 });

      const a = anchor.getBoundingClientRect();
      const p = popup.getBoundingClientRect();
      expect(popup.style.position).to.equal('fixed');
      expect(p.top).to.be.closeTo(a.bottom + 4, 1);
      expect(p.left).to.be.closeTo(a.left, 1);
      expect(popup.dataset.placement).to.equal('bottom-start');
      controller.stop();
    });

    it('flips to the other side when the popup does not fit', async () => {
      const { anchor, popup, scroller } = await stage();
      // The anchor near the viewport's bottom edge.
      scroller.style.marginTop = `${window.innerHeight - 250}px`;
      const controller = new FloatingController(host);

      await controller.start(anchor, popup, { placement: 'bottom-start', gap: 4 });

      expect(popup.dataset.placement).to.equal('top-start');
      expect(popup.getBoundingClientRect().bottom).to.be.closeTo(anchor.getBoundingClientRect().top - 4, 1);
      controller.stop();
    });

    it('aligns start and end with the text direction, right-to-left too', async () => {
      const { anchor, popup } = await stage();
      anchor.style.marginInlineStart = '200px'; // room to align either edge
      const controller = new FloatingController(host);

      await controller.start(anchor, popup, { placement: 'bottom-end' });
      expect(popup.getBoundingClientRect().right).to.be.closeTo(anchor.getBoundingClientRect().right, 1);

      popup.dir = 'rtl';
      await controller.start(anchor, popup, { placement: 'bottom-start' });
      expect(popup.getBoundingClientRect().right).to.be.closeTo(anchor.getBoundingClientRect().right, 1);
      await controller.start(anchor, popup, { placement: 'bottom-end' });
      expect(popup.getBoundingClientRect().left).to.be.closeTo(anchor.getBoundingClientRect().left, 1);
      controller.stop();
    });

    it('puts a submenu beside its item, moved along its edge by alignmentOffset', async () => {
      const { anchor, popup } = await stage();
      const controller = new FloatingController(host);

      await controller.start(anchor, popup, { placement: 'right-start', gap: 2, alignmentOffset: -5 });

      const a = anchor.getBoundingClientRect();
      const p = popup.getBoundingClientRect();
      expect(popup.dataset.placement).to.equal('right-start');
      expect(p.left).to.be.closeTo(a.right + 2, 1);
      expect(p.top).to.be.closeTo(a.top - 5, 1);
      controller.stop();
    });

    it('tries the fallback placements in order, and shifts the popup inside the viewport', async () => {
      const { anchor, popup } = await stage();
      // The anchor at the viewport's right edge: no room on its right, room on its left.
      anchor.style.marginInlineStart = `${document.documentElement.clientWidth - 100}px`;
      const controller = new FloatingController(host);

      await controller.start(anchor, popup, { placement: 'right-start', fallbackPlacements: ['left-start', 'bottom-start'] });
      expect(popup.dataset.placement).to.equal('left-start');
      expect(popup.getBoundingClientRect().right).to.be.closeTo(anchor.getBoundingClientRect().left - 4, 1);

      // Wider than the room on either side: below, moved left to stay 8 px inside the viewport.
      popup.style.width = `${document.documentElement.clientWidth - 60}px`;
      await controller.start(anchor, popup, { placement: 'right-start', fallbackPlacements: ['left-start', 'bottom-start'] });
      expect(popup.dataset.placement).to.equal('bottom-start');
      expect(popup.getBoundingClientRect().right).to.be.closeTo(document.documentElement.clientWidth - 8, 1);
      expect(popup.getBoundingClientRect().top).to.be.closeTo(anchor.getBoundingClientRect().bottom + 4, 1);
      controller.stop();
    });

    it('places a popup outside the top layer under a transformed ancestor', async () => {
      const root = await fixture(html`<div style="transform: translate(30px, 20px); padding: 40px">
        <button id="anchor">Anchor</button>
        <div id="popup" style="margin: 0; width: 120px; height: 80px">Popup</div>
      </div>`);
      const anchor = root.querySelector('#anchor')!;
      const popup = root.querySelector<HTMLElement>('#popup')!;
      const controller = new FloatingController(host);

      await controller.start(anchor, popup, { placement: 'bottom-start', gap: 4 });

      expect(popup.getBoundingClientRect().top).to.be.closeTo(anchor.getBoundingClientRect().bottom + 4, 1);
      expect(popup.getBoundingClientRect().left).to.be.closeTo(anchor.getBoundingClientRect().left, 1);
      controller.stop();
    });

    it('follows its anchor when the container scrolls', async () => {
      const { anchor, popup, scroller } = await stage();
      const controller = new FloatingController(host);
      await controller.start(anchor, popup, { placement: 'bottom-start', gap: 4 });
      await frame(); // past the size observer's first report

      scroller.scrollTop = 100;
      await until(() => Math.abs(popup.getBoundingClientRect().top - (anchor.getBoundingClientRect().bottom + 4)) < 1, 'the popup to follow');

      expect(popup.getBoundingClientRect().top).to.be.closeTo(anchor.getBoundingClientRect().bottom + 4, 1);
      controller.stop();
    });

    it('hides the popup while its anchor is scrolled out of view', async () => {
      const { anchor, popup, scroller } = await stage();
      const controller = new FloatingController(host);
      await controller.start(anchor, popup, { placement: 'bottom-start' });

      scroller.scrollTop = 600;
      await until(() => popup.style.visibility === 'hidden', 'the popup to hide');
      scroller.scrollTop = 100;
      await until(() => popup.style.visibility === '', 'the popup to show again');
      controller.stop();
    });
  });

  describe('what the page does around it', () => {
    it('follows an anchor the page moves, with no scroll, resize or change of size', async () => {
      const { anchor, popup } = await stage();
      const controller = new FloatingController(host);
      await controller.start(anchor, popup, { placement: 'bottom-start', gap: 4 });
      await frame();

      anchor.style.marginInlineStart = '160px'; // the page moves it sideways; nothing changes size
      await until(() => Math.abs(popup.getBoundingClientRect().left - anchor.getBoundingClientRect().left) < 1, 'the popup to follow the moved anchor', {
        timeout: 3000,
      });

      expect(popup.getBoundingClientRect().top).to.be.closeTo(anchor.getBoundingClientRect().bottom + 4, 1);
      controller.stop();
    });

    describe('in a pinch-zoomed page', () => {
      /**
       * The visual viewport as a pinch zoom leaves it, emulated in every engine: the layout
       * viewport stays as it is, and only the part at `offsetLeft`, `offsetTop` of `width` by
       * `height` is on screen.
       */
      function zoomIn(box: { offsetLeft: number; offsetTop: number; width: number; height: number }) {
        const visual = Object.assign(new EventTarget(), { ...box, scale: 2, pageLeft: box.offsetLeft, pageTop: box.offsetTop });
        Object.defineProperty(window, 'visualViewport', { value: visual, configurable: true });
        return visual;
      }
      afterEach(() => {
        Reflect.deleteProperty(window, 'visualViewport'); // the browser's own again
      });

      it('keeps the popup inside the part of the page on screen, and follows when it pans', async function () {
        // WebKit measures fixed elements from the visual viewport, which a stand-in cannot move (see share-menu-popups.test.ts).
        if (CSS.supports('-webkit-backdrop-filter', 'none')) this.skip();
        const { anchor, popup } = await stage();
        // 150 px of the page on screen from 20 px left of the anchor: the popup (126 px with its borders) does not fit where it would start.
        const { left, top } = anchor.getBoundingClientRect();
        const visual = zoomIn({ offsetLeft: left - 20, offsetTop: top - 100, width: 150, height: 300 });
        const controller = new FloatingController(host);

        await controller.start(anchor, popup, { placement: 'bottom-start', gap: 4 });

        const p = popup.getBoundingClientRect();
        expect(p.right, 'inside the zoomed-in view, 8 px in').to.be.at.most(visual.offsetLeft + 150 - 8 + 0.5);
        expect(p.left, 'moved left of where it would start').to.be.below(left - 1);
        expect(p.top).to.be.closeTo(anchor.getBoundingClientRect().bottom + 4, 1);

        // Panned up to the anchor's bottom edge: the popup goes above it.
        visual.offsetTop = anchor.getBoundingClientRect().bottom + 40 - 300;
        visual.dispatchEvent(new Event('scroll'));
        await until(() => popup.dataset.placement === 'top-start', 'the popup to flip above its anchor in view');
        expect(popup.getBoundingClientRect().bottom).to.be.closeTo(anchor.getBoundingClientRect().top - 4, 1);
        controller.stop();
      });
    });
  });

  describe('fetching the library', () => {
    it('keeps the popup transparent but focusable until the library has placed it', async () => {
      const { anchor, popup } = await stage();
      popup.tabIndex = -1;
      let arrive!: () => void;
      const arrived = new Promise<void>((resolve) => (arrive = resolve));
      const controller = new FloatingController(host, { load: () => arrived.then(preloadFloating) });

      const started = controller.start(anchor, popup, { placement: 'bottom-start', gap: 4 });
      await frame();
      expect(getComputedStyle(popup).opacity).to.equal('0');
      popup.focus();
      expect(document.activeElement).to.equal(popup);

      arrive();
      await started;
      expect(getComputedStyle(popup).opacity).to.equal('1');
      expect(popup.getBoundingClientRect().top).to.be.closeTo(anchor.getBoundingClientRect().bottom + 4, 1);
      controller.stop();
    });

    it('places nothing when stopped before the library arrives', async () => {
      const { anchor, popup } = await stage();
      const { calls, platform } = watchedPlatform();
      const controller = new FloatingController(host, platform);

      const started = controller.start(anchor, popup, { placement: 'bottom-start' });
      controller.stop();
      await started;

      expect(calls).to.include({ load: 1, follow: 0 });
      expect(popup.dataset.placement).to.equal(undefined);
      expect(controller.active).to.equal(false);
    });

    it('shows the popup unplaced when the library cannot be fetched, and fetches it again next time', async () => {
      const { anchor, popup } = await stage();
      let attempts = 0;
      const controller = new FloatingController(host, {
        load: () => (++attempts === 1 ? Promise.reject(new TypeError('Failed to fetch dynamically imported module')) : preloadFloating()),
      });

      await controller.start(anchor, popup, { placement: 'bottom-start' });
      expect(getComputedStyle(popup).opacity, 'visible, where the page puts it').to.equal('1');
      expect(popup.dataset.placement).to.equal(undefined);

      await controller.start(anchor, popup, { placement: 'bottom-start', gap: 4 });
      expect(attempts).to.equal(2);
      expect(popup.dataset.placement).to.equal('bottom-start');
      controller.stop();
    });
  });

  describe('cleaning up', () => {
    it('starts following once and lets go on stop', async () => {
      const { anchor, popup } = await stage();
      const { calls, platform } = watchedPlatform();
      const controller = new FloatingController(host, platform);

      await controller.start(anchor, popup, { placement: 'bottom-start' });
      expect(controller.active).to.equal(true);
      expect(calls).to.include({ follow: 1, cleanup: 0 });

      controller.stop();
      controller.stop(); // twice is harmless

      expect(controller.active).to.equal(false);
      expect(calls).to.include({ follow: 1, cleanup: 1 });
    });

    it('lets go when the host leaves the page', async () => {
      const { anchor, popup } = await stage();
      const { calls, platform } = watchedPlatform();
      const controller = new FloatingController(host, platform);
      await controller.start(anchor, popup, { placement: 'bottom-start' });

      host.disconnect();

      expect(calls.cleanup).to.equal(1);
      expect(controller.active).to.equal(false);
    });

    it('replaces a previous start, letting it go', async () => {
      const { anchor, popup } = await stage();
      const { calls, platform } = watchedPlatform();
      const controller = new FloatingController(host, platform);

      await controller.start(anchor, popup, { placement: 'bottom-start' });
      await controller.start(anchor, popup, { placement: 'top-start' });

      expect(calls).to.include({ follow: 2, cleanup: 1 });
      expect(popup.dataset.placement).to.equal('top-start');
      controller.stop();
      expect(calls.cleanup).to.equal(2);
    });

    it('places again on scroll, resize and size changes while started, and not at all once stopped', async () => {
      const { anchor, popup, scroller } = await stage();
      const { calls, platform } = watchedPlatform();
      const controller = new FloatingController(host, platform);
      await controller.start(anchor, popup, { placement: 'bottom-start' });
      await frame(); // the ResizeObserver's first report

      for (const change of [
        () => (scroller.scrollTop = 50),
        () => window.dispatchEvent(new Event('resize')),
        () => (popup.style.width = '140px'),
        () => (anchor.style.height = '40px'),
      ]) {
        const before = calls.update;
        change();
        await until(() => calls.update > before, `placed again after ${String(change)}`);
      }
      controller.stop();
      const top = popup.style.top;
      const updates = calls.update;

      scroller.scrollTop = 150;
      window.dispatchEvent(new Event('resize'));
      popup.style.width = '100px';
      await frame();

      expect(calls.update).to.equal(updates);
      expect(popup.style.top).to.equal(top);
    });

    it('hears scrolls inside a shadow root around the anchor', async () => {
      const outer = await fixture(html`<div></div>`);
      const shadow = outer.attachShadow({ mode: 'open' });
      shadow.innerHTML = `<div id="scroller" style="height: 300px; overflow: auto"><div style="height: 200px"></div>
        <button id="anchor">Anchor</button><div style="height: 1200px"></div></div>
        <div id="popup" popover="manual" style="margin: 0; inset: auto; width: 120px; height: 80px">Popup</div>`;
      const popup = shadow.querySelector<HTMLElement>('#popup')!;
      const anchor = shadow.querySelector<HTMLElement>('#anchor')!;
      popup.showPopover();
      const controller = new FloatingController(host);
      await controller.start(anchor, popup, { placement: 'bottom-start', gap: 4 });

      shadow.querySelector('#scroller')!.scrollTop = 100;
      await until(() => Math.abs(popup.getBoundingClientRect().top - (anchor.getBoundingClientRect().bottom + 4)) < 1, 'the popup to follow');
      shadow.querySelector('#scroller')!.scrollTop = 600;
      await until(() => popup.style.visibility === 'hidden', 'the popup to hide');
      controller.stop();
    });
  });
});
