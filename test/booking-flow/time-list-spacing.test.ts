// WCAG 1.4.12 text spacing: with the bookmarklet's line height, letter and word spacing, every
// time chip still holds its text inside its border, at every chip width the grid can give it,
// in a sans-serif host font (wider figures than the test page's default serif).
import { expect, fixture, html } from '@open-wc/testing';
import '../../src/booking-flow/time-list.js';
import type { CircleTimeList } from '../../src/booking-flow/time-list.js';
import { overrideTextSpacing } from '../support/layout.js';

const slots = ['10:15', '11:00', '11:45', '12:30'].map((time) => ({ start: `2026-11-25T${time}:00+01:00`, end: `2026-11-25T${time}:00+01:00` }));

/** Chips whose text is drawn beyond their border box. */
function overflowingChips(list: CircleTimeList): string[] {
  return [...list.shadowRoot!.querySelectorAll<HTMLElement>('label span')].flatMap((chip) => {
    const box = chip.getBoundingClientRect();
    const range = document.createRange();
    range.selectNodeContents(chip);
    const text = range.getBoundingClientRect();
    const border = parseFloat(getComputedStyle(chip).borderInlineStartWidth);
    // Past the inner edge of the border: the text crosses it.
    const over = Math.max(box.left + border - text.left, text.right - (box.right - border), chip.scrollWidth - chip.clientWidth);
    return over > 0.5 ? [`"${chip.textContent.trim()}" overflows by ${over.toFixed(1)} px`] : [];
  });
}

describe('time chips under WCAG text spacing', () => {
  // 88 px (one chip at the narrowest) up to a phone's column.
  for (const width of [88, 120, 200, 320]) {
    it(`hold "10:15 AM" inside their border at ${width} px, chosen (bold) or not`, async () => {
      const container = await fixture<HTMLDivElement>(html`<div style="inline-size: ${width}px; font: 16px sans-serif">
        <circle-time-list .slots=${slots} .value=${slots[0]!.start} time-zone="Europe/Berlin" locale="en-US" label="Free times"></circle-time-list>
      </div>`);
      const list = container.querySelector<CircleTimeList>('circle-time-list')!;
      await list.updateComplete;
      expect(overflowingChips(list), 'before').to.deep.equal([]);
      // At normal spacing each time is on one line.
      for (const chip of list.shadowRoot!.querySelectorAll('label span')) {
        const range = document.createRange();
        range.selectNodeContents(chip);
        expect(range.getBoundingClientRect().height, chip.textContent).to.be.below(parseFloat(getComputedStyle(chip).fontSize) * 2);
      }

      const restore = overrideTextSpacing(list);
      await new Promise(requestAnimationFrame);
      const problems = overflowingChips(list);
      restore();

      expect(problems).to.deep.equal([]);
    });
  }
});
