import { strict as assert } from 'node:assert';
import { describe, it } from 'node:test';
import { msg, str } from '@lit/localize';
import { generateMsgId } from '@lit/localize/internal/id-generation.js';
import { activate, idOf, isLoaded, isRightToLeft, languageOf, loadLanguage, messageKey, registerMessages } from '../../src/i18n/localization.js';
import { plural } from '../../src/i18n/plural.js';
import { firstDayOfWeek, formatTime, usesTwelveHourClock, weekStartByRegion } from '../../src/i18n/format.js';

describe('choosing a language', () => {
  it('speaks the language of a regional tag, and English for one it does not know', () => {
    assert.equal(languageOf('de-CH'), 'de');
    assert.equal(languageOf('ar_EG'), 'ar');
    assert.equal(languageOf('FR'), 'fr');
    assert.equal(languageOf('pt-BR'), 'en');
    assert.equal(languageOf(undefined), 'en');
  });

  it('reads Arabic right to left and the others left to right', () => {
    assert.equal(isRightToLeft('ar'), true);
    assert.equal(isRightToLeft('de'), false);
  });
});

describe('msg() in the active language', () => {
  it('answers in English until a catalog is loaded, then in the activated language', async () => {
    activate('de-DE');
    assert.equal(isLoaded('de'), false);
    assert.equal(msg('Continue'), 'Continue');
    await loadLanguage('de');
    assert.equal(msg('Continue'), 'Weiter');
    const index = 2;
    assert.equal(msg(str`Step ${index} of ${6}`), 'Schritt 2 von 6');
    activate('en');
    assert.equal(msg('Continue'), 'Continue');
  });

  it('uses a clinic’s wording, the element’s over the page’s, with values filled in', async () => {
    await loadLanguage('fr');
    registerMessages('fr', { 'Confirm booking': 'Réserver maintenant', 'Step {0} of {1}': 'Étape {0}/{1}' });
    activate('fr-CA');
    assert.equal(msg('Confirm booking'), 'Réserver maintenant');
    assert.equal(msg(str`Step ${1} of ${4}`), 'Étape 1/4');
    activate('fr', { 'Confirm booking': 'Je réserve' });
    assert.equal(msg('Confirm booking'), 'Je réserve');
    assert.equal(msg('Back'), 'Retour');
    activate('de');
    assert.equal(msg('Confirm booking'), 'Buchung bestätigen', 'overrides apply to their own language only');
    activate('en');
  });

  it('takes a clinic’s wording registered through a second copy on the page (the one-script bundle beside an element’s entry)', async () => {
    // Another URL is another module instance, as for a second copy of the library on a page.
    const secondCopy: string = '../../src/i18n/localization.ts?second-copy';
    const copy = (await import(secondCopy)) as typeof import('../../src/i18n/localization.js');
    assert.notEqual(copy.registerMessages, registerMessages, 'a separate module instance');

    copy.registerMessages('en', { 'Back': 'Go back' });
    activate('en');

    assert.equal(msg('Back'), 'Go back');
    registerMessages('en', { 'Back': 'Back' });
  });

  it('keys overrides by the English text with numbered placeholders', () => {
    const count = 3;
    assert.equal(messageKey('Back'), 'Back');
    assert.equal(messageKey(str`${count} fields need attention`), '{0} fields need attention');
    assert.equal(messageKey(str`Call ${'a'} on ${'b'}.`), 'Call {0} on {1}.');
  });
});

describe('message ids', () => {
  it('names a message as lit-localize does, so the generated catalogs find it', () => {
    const name = 'Ada';
    const messages = [
      'Continue',
      '',
      "We couldn't reach the clinic's booking system. Check your connection and try again.",
      'Loading free times…',
      'Straße, café, 東京, مرحبا, 🦷',
      'x'.repeat(2000),
      str`Call ${name} on ${'+44 20 7946 0000'}.`,
      str`${3} fields need attention`,
      str`${name}`,
    ];
    for (const message of messages) {
      const strings = typeof message === 'string' ? message : [...message.strings];
      assert.equal(idOf(message), generateMsgId(strings, false), typeof message === 'string' ? message : strings.join('{}'));
    }
  });
});

describe('plural forms', () => {
  const fields = (count: number) =>
    plural(count, {
      one: () => msg(str`${count} field needs attention`),
      zero: () => msg(str`${count} fields need attention`, { id: 'fields-need-attention.zero' }),
      two: () => msg(str`${count} fields need attention`, { id: 'fields-need-attention.two' }),
      few: () => msg(str`${count} fields need attention`, { id: 'fields-need-attention.few' }),
      many: () => msg(str`${count} fields need attention`, { id: 'fields-need-attention.many' }),
      other: () => msg(str`${count} fields need attention`),
    });

  it('picks each of Arabic’s forms', async () => {
    await loadLanguage('ar');
    activate('ar');
    assert.equal(fields(1), '1 حقل يحتاج إلى تصحيح');
    assert.equal(fields(2), 'عدد الحقول التي تحتاج إلى تصحيح: 2');
    assert.equal(fields(3), '3 حقول تحتاج إلى تصحيح');
    assert.equal(fields(11), '11 حقلًا يحتاج إلى تصحيح');
    assert.equal(fields(100), '100 حقل يحتاج إلى تصحيح');
    activate('en');
  });

  it('uses one and other in English and German', async () => {
    activate('en');
    assert.equal(fields(1), '1 field needs attention');
    assert.equal(fields(2), '2 fields need attention');
    await loadLanguage('de');
    activate('de');
    assert.equal(fields(1), '1 Feld muss korrigiert werden');
    assert.equal(fields(5), '5 Felder müssen korrigiert werden');
    activate('en');
  });
});

describe('week and clock from the locale', () => {
  it('starts the week on the locale’s first day', () => {
    assert.equal(firstDayOfWeek('en-US'), 0);
    assert.equal(firstDayOfWeek('de-DE'), 1);
    assert.equal(firstDayOfWeek('ar-EG'), 6);
  });

  it('falls back to CLDR’s table by region where Intl has no week info', () => {
    assert.equal(weekStartByRegion('US'), 0);
    assert.equal(weekStartByRegion('EG'), 6);
    assert.equal(weekStartByRegion('FR'), 1);
    assert.equal(weekStartByRegion(undefined), 1);
  });

  it('writes times on the locale’s clock', () => {
    assert.equal(usesTwelveHourClock('en-US'), true);
    assert.equal(usesTwelveHourClock('de-DE'), false);
    assert.match(formatTime('2026-11-25T08:00:00Z', 'Europe/Berlin', 'de-DE'), /^0?9:00$/);
    assert.match(formatTime('2026-11-25T08:00:00Z', 'Europe/Berlin', 'en-US'), /^9:00\sAM$/);
  });
});
