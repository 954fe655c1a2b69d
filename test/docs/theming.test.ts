import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { readManifest } from '../../scripts/element-docs.js';

const root = join(import.meta.dirname, '../..');

/** Every `var(--circle-…, fallback)` the styles read: token → fallback. */
function tokensRead(): Map<string, string> {
  const read = new Map<string, string>();
  const files = readdirSync(join(root, 'src'), { recursive: true })
    .map(String)
    .filter((f) => f.endsWith('.ts') && !f.startsWith('locales'));
  for (const file of files) {
    const text = readFileSync(join(root, 'src', file), 'utf8');
    for (const match of text.matchAll(/var\((--circle-[a-z0-9-]+)\s*(,\s*|\))/g)) {
      if (match[2] === ')') {
        read.set(match[1]!, ''); // no fallback: unset, the property keeps what it inherits
        continue;
      }
      let depth = 1;
      let end = match.index + match[0].length;
      for (; end < text.length && depth > 0; end++) depth += text[end] === '(' ? 1 : text[end] === ')' ? -1 : 0;
      read.set(match[1]!, text.slice(match.index + match[0].length, end - 1).trim());
    }
  }
  return read;
}

/** light-dark(a, b) → [a, b]; anything else → [it]. */
function defaults(fallback: string): string[] {
  const lightDark = /^light-dark\(\s*([^,]+),\s*([^)]+)\)$/.exec(fallback);
  return lightDark ? [lightDark[1]!.trim(), lightDark[2]!.trim()] : [fallback];
}

const docs = readFileSync(join(root, 'docs/theming.md'), 'utf8');
const rows = new Map([...docs.matchAll(/^\| `(--circle-[a-z0-9-]+)` \|(.*)$/gm)].map((m) => [m[1]!, m[2]!]));

describe('the theming contract', () => {
  const read = tokensRead();

  it('finds the tokens the styles read', () => {
    assert.ok(read.size >= 20, [...read.keys()].join(', '));
  });

  for (const [token, fallback] of read) {
    it(`docs/theming.md documents ${token} with its defaults`, () => {
      const row = rows.get(token);
      assert.ok(row, `${token} has no row`);
      // Worded in the page: a tint of the accent, another token's value, the page's own.
      if (fallback.startsWith('color-mix(') || fallback.startsWith('var(--_') || fallback === '') return;
      for (const value of defaults(fallback)) assert.ok(row.includes(`\`${value}\``), `${token}: ${value} not in "${row}"`);
    });
  }

  it('documents no token the styles do not read', () => {
    assert.deepEqual(
      [...rows.keys()].filter((token) => !read.has(token)),
      [],
    );
  });

  it('custom-elements.json names every token the styles read on a public element that reads it', () => {
    const onElements = new Set(
      (readManifest().modules ?? [])
        .filter((m) => m.path.startsWith('src/elements/'))
        .flatMap((m) => m.declarations ?? [])
        .filter((d) => d.tagName)
        .flatMap((d) => (d.cssProperties ?? []).map((p) => p.name)),
    );
    assert.deepEqual(
      [...read.keys()].filter((token) => !onElements.has(token)),
      [],
    );
  });

  it('custom-elements.json names only tokens the styles read, with their light defaults', () => {
    const props = (readManifest().modules ?? []).flatMap((m) => m.declarations ?? []).flatMap((d) => d.cssProperties ?? []);
    assert.ok(props.length > 0);
    for (const { name, default: value } of props) {
      assert.ok(read.has(name ?? ''), `${name} is not read by any style`);
      if (value) assert.equal(value, defaults(read.get(name!)!)[0], `${name}'s documented default`);
    }
  });
});
