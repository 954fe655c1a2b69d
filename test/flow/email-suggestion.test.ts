import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { editDistance, suggestEmail } from '../../src/flow/email-suggestion.js';

describe('suggestEmail: a mistyped mail provider', () => {
  const mistyped: Array<[string, string]> = [
    ['ada@gmial.com', 'ada@gmail.com'],
    ['ada@gmal.com', 'ada@gmail.com'],
    ['ada@gmaill.com', 'ada@gmail.com'],
    ['ada@hotmial.com', 'ada@hotmail.com'],
    ['ada@hotmal.com', 'ada@hotmail.com'],
    ['ada@outlok.com', 'ada@outlook.com'],
    ['ada@yaho.com', 'ada@yahoo.com'],
    ['ada@iclod.com', 'ada@icloud.com'],
    ['ada@icoud.com', 'ada@icloud.com'],
    ['ada@gmx.dee', 'ada@gmx.de'],
    ['ada@wbe.de', 'ada@web.de'],
    ['ada@t-onlien.de', 'ada@t-online.de'],
    ['ada@orage.fr', 'ada@orange.fr'],
    ['ada@wanado.fr', 'ada@wanadoo.fr'],
    ['ada@laposte.ner', 'ada@laposte.net'],
    ['ada@hotmial.co.uk', 'ada@hotmail.co.uk'],
    ['ada@hotmaill.con', 'ada@hotmail.com'],
    ['ada@outlookk.fr', 'ada@outlook.fr'],
    ['ada@hotmial.es', 'ada@hotmail.es'],
    ['ada@gmail.co', 'ada@gmail.com'],
  ];
  for (const [typed, meant] of mistyped) {
    it(`${typed} → ${meant}`, () => assert.equal(suggestEmail(typed), meant));
  }
});

describe('suggestEmail: a top-level domain no one has', () => {
  it('.con, .cmo, .ocm become .com', () => {
    assert.equal(suggestEmail('ada@gmail.con'), 'ada@gmail.com');
    assert.equal(suggestEmail('ada@yahoo.cmo'), 'ada@yahoo.com');
    assert.equal(suggestEmail('ada@outlook.ocm'), 'ada@outlook.com');
  });

  it('.ogr becomes .org, on any domain, and .ner .net', () => {
    assert.equal(suggestEmail('ada@example.ogr'), 'ada@example.org');
    assert.equal(suggestEmail('ada@clinic-berlin.ner'), 'ada@clinic-berlin.net');
  });

  it('fixes the provider and the ending together', () => {
    assert.equal(suggestEmail('ada@gmial.con'), 'ada@gmail.com');
    assert.equal(suggestEmail('ada@hotmial.cmo'), 'ada@hotmail.com');
  });
});

describe('suggestEmail: a dot left out, or the wrong one', () => {
  it('puts the dot back', () => {
    assert.equal(suggestEmail('ada@gmailcom'), 'ada@gmail.com');
    assert.equal(suggestEmail('ada@webde'), 'ada@web.de');
    assert.equal(suggestEmail('ada@orangefr'), 'ada@orange.fr');
    assert.equal(suggestEmail('ada@hotmailcouk'), 'ada@hotmail.co.uk');
  });

  it('a comma for the dot, and a dot at the end', () => {
    assert.equal(suggestEmail('ada@gmail,com'), 'ada@gmail.com');
    assert.equal(suggestEmail('ada@gmail.com.'), 'ada@gmail.com');
  });
});

describe('suggestEmail: what it leaves alone', () => {
  it('a provider spelled right, in any case', () => {
    for (const address of ['ada@gmail.com', 'ada@GMAIL.COM', 'ada@web.de', 'ada@gmx.at', 'ada@orange.fr', 'ada@icloud.com', 'ada@mail.com', 'ada@ymail.com']) {
      assert.equal(suggestEmail(address), undefined, address);
    }
  });

  it('a domain of its own, even one near a provider’s in length', () => {
    for (const address of [
      'ada@example.org',
      'ada@charite.de',
      'ada@uni-bonn.de',
      'ada@circle.health',
      'ada@mailbox.org',
      'ada@gmx.it',
      'ada@hotmail.it',
      'ada@yahoo.it',
      'ada@tmail.de',
      'ada@web.fr',
    ]) {
      assert.equal(suggestEmail(address), undefined, address);
    }
  });

  it('what is not an address yet', () => {
    for (const typed of ['', 'ada', 'ada@', '@gmail.com', '   ']) assert.equal(suggestEmail(typed), undefined, JSON.stringify(typed));
  });

  it('keeps the local part as typed, and trims around it', () => {
    assert.equal(suggestEmail('  Ada.Lovelace+clinic@gmial.com '), 'Ada.Lovelace+clinic@gmail.com');
  });

  it('never suggests what it would suggest a change to', () => {
    for (const typed of ['ada@gmial.com', 'ada@gmail.con', 'ada@webde', 'ada@hotmial.cmo']) {
      const suggested = suggestEmail(typed)!;
      assert.equal(suggestEmail(suggested), undefined, suggested);
    }
  });
});

describe('editDistance', () => {
  it('counts a swap of neighbours as one edit', () => {
    assert.equal(editDistance('gmial', 'gmail'), 1);
    assert.equal(editDistance('abc', 'abc'), 0);
    assert.equal(editDistance('kitten', 'sitting'), 3);
    assert.equal(editDistance('kitten', 'sitting', 5), 3);
  });
});
