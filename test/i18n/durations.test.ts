import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { formatDuration } from '../../src/i18n/format.js';

describe('formatDuration', () => {
  it('never leaves a unit as a single letter, which a screen reader reads as the letter (Arabic د and س)', () => {
    for (const locale of ['en', 'de', 'fr', 'es', 'ar', 'ar-EG']) {
      for (const minutes of [15, 30, 45, 60, 90, 120]) {
        const text = formatDuration(minutes, locale);
        const words = text.split(/[\s\u00a0\u202f]+/).filter((word) => !/^[\d٠-٩.,]+$/.test(word));
        for (const word of words) assert.ok([...word.replace(/\.$/, '')].length > 1, `${locale} ${minutes} min: "${text}"`);
      }
    }
  });

  it('says Arabic minutes and hours in words', () => {
    assert.equal(formatDuration(30, 'ar'), '30 دقيقة');
    assert.equal(formatDuration(90, 'ar'), 'ساعة 30 دقيقة');
  });

  it('keeps the short units where they are words', () => {
    assert.equal(formatDuration(90, 'en'), '1 hr 30 min');
    assert.equal(formatDuration(45, 'de'), '45 Min.');
  });
});
