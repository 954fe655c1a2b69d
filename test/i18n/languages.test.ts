import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { formatLanguages } from '../../src/i18n/format.js';

describe('formatLanguages', () => {
  it("names the languages a practitioner speaks in the patient's language, as a list", () => {
    assert.equal(formatLanguages(['de', 'en', 'fr'], 'en'), 'German, English, and French');
    assert.equal(formatLanguages(['de', 'en'], 'de'), 'Deutsch und Englisch');
  });

  it('shows a tag it cannot name as it is', () => {
    assert.equal(formatLanguages(['zz'], 'en'), 'zz');
  });
});
