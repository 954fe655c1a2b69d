import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { templates as de } from '../../src/locales/de.js';
import { templates as fr } from '../../src/locales/fr.js';
import { templates as es } from '../../src/locales/es.js';
import { templates as ar } from '../../src/locales/ar.js';

/** The message ids a translator's file holds (each `<trans-unit id>`). */
function xliffIds(locale: string): string[] {
  const xml = readFileSync(new URL(`../../xliff/${locale}.xlf`, import.meta.url), 'utf8');
  return [...xml.matchAll(/<trans-unit id="([^"]+)"/g)].map((match) => match[1]!).sort();
}

// The catalogs the elements load are generated from the translators' files; a message in one but
// not the other shows in English on a translated page, or a translation never reaches it.
describe('the loaded catalogs hold every translated message', () => {
  for (const [locale, catalog] of Object.entries({ de, fr, es, ar })) {
    it(`${locale}: the same messages as xliff/${locale}.xlf`, () => {
      assert.deepEqual(Object.keys(catalog).sort(), xliffIds(locale));
    });
  }
});
