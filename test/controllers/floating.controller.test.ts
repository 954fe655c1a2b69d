import { expect, fixture, html, waitUntil } from '@open-wc/testing';
import type { ReactiveController, ReactiveControllerHost } from 'lit';
import { autoUpdate, computePosition } from '@floating-ui/dom';
import { FloatingController, type FloatingPlatform } from '../../src/controllers/floating.controller.js';

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

/** The real floating-ui, counting autoUpdate's starts and cleanups. */
function watchedPlatform() {
  const calls = { autoUpdate: 0, cleanup: 0, computePosition: 0 };
  const platform: FloatingPlatform = {
    autoUpdate: (reference, floating, update, options) => {
      calls.autoUpdate++;
      const cleanup = autoUpdate(reference, floating, update, options);
      return () => {
        calls.cleanup++;
        cleanup();
      };
    },
    computePosition: (reference, floating, options) => {
      calls.computePosition++;
      return computePosition(reference, floating, options);
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

    it('follows its anchor when the container scrolls', async () => {
      const { anchor, popup, scroller } = await stage();
      const controller = new FloatingController(host);
      await controller.start(anchor, popup, { placement: 'bottom-start', gap: 4 });

      scroller.scrollTop = 100;
      await waitUntil(() => Math.abs(popup.getBoundingClientRect().top - (anchor.getBoundingClientRect().bottom + 4)) < 1, 'the popup to follow');

      expect(popup.getBoundingClientRect().top).to.be.closeTo(anchor.getBoundingClientRect().bottom + 4, 1);
      controller.stop();
    });

    it('hides the popup while its anchor is scrolled out of view', async () => {
      const { anchor, popup, scroller } = await stage();
      const controller = new FloatingController(host);
      await controller.start(anchor, popup, { placement: 'bottom-start' });

      scroller.scrollTop = 600;
      await waitUntil(() => popup.style.visibility === 'hidden', 'the popup to hide');
      scroller.scrollTop = 100;
      await waitUntil(() => popup.style.visibility === '', 'the popup to show again');
      controller.stop();
    });
  });

  describe('cleaning up', () => {
    it('starts autoUpdate once and calls its cleanup on stop', async () => {
      const { anchor, popup } = await stage();
      const { calls, platform } = watchedPlatform();
      const controller = new FloatingController(host, platform);

      await controller.start(anchor, popup, { placement: 'bottom-start' });
      expect(controller.active).to.equal(true);
      expect(calls).to.include({ autoUpdate: 1, cleanup: 0 });

      controller.stop();
      controller.stop(); // twice is harmless

      expect(controller.active).to.equal(false);
      expect(calls).to.include({ autoUpdate: 1, cleanup: 1 });
    });

    it('calls the cleanup when the host leaves the page', async () => {
      const { anchor, popup } = await stage();
      const { calls, platform } = watchedPlatform();
      const controller = new FloatingController(host, platform);
      await controller.start(anchor, popup, { placement: 'bottom-start' });

      host.disconnect();

      expect(calls.cleanup).to.equal(1);
      expect(controller.active).to.equal(false);
    });

    it('replaces a previous start, cleaning it up', async () => {
      const { anchor, popup } = await stage();
      const { calls, platform } = watchedPlatform();
      const controller = new FloatingController(host, platform);

      await controller.start(anchor, popup, { placement: 'bottom-start' });
      await controller.start(anchor, popup, { placement: 'top-start' });

      expect(calls).to.include({ autoUpdate: 2, cleanup: 1 });
      controller.stop();
      expect(calls.cleanup).to.equal(2);
    });

    it('does not place the popup any more once stopped, when the container scrolls', async () => {
      const { anchor, popup, scroller } = await stage();
      const { calls, platform } = watchedPlatform();
      const controller = new FloatingController(host, platform);
      await controller.start(anchor, popup, { placement: 'bottom-start' });
      controller.stop();
      const top = popup.style.top;
      const computed = calls.computePosition;

      scroller.scrollTop = 150;
      window.dispatchEvent(new Event('resize'));
      await frame();

      expect(calls.computePosition).to.equal(computed);
      expect(popup.style.top).to.equal(top);
    });

    it('never applies a position that arrives after stop', async () => {
      const { anchor, popup } = await stage();
      let release!: () => void;
      const gate = new Promise<void>((resolve) => (release = resolve));
      const controller = new FloatingController(host, {
        autoUpdate: (_reference, _floating, update) => {
          update();
          return () => {};
        },
        computePosition: async (reference, floating, options) => {
          await gate;
          return computePosition(reference, floating, options);
        },
      });

      const before = popup.style.cssText;
      const placed = controller.start(anchor, popup, { placement: 'bottom-start' });
      controller.stop();
      release();
      await placed;

      expect(popup.style.cssText).to.equal(before);
      expect(popup.dataset.placement).to.equal(undefined);
    });
  });
});
