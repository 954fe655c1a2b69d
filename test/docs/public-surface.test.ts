import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { readManifest } from '../../scripts/element-docs.js';
import { bookingFlowParts, bookingHostParts } from '../../src/booking-flow/parts.js';

/** The parts an element's JSDoc documents, as custom-elements.json has them. */
function documentedParts(tag: string): string[] {
  const declaration = (readManifest().modules ?? []).flatMap((module) => module.declarations ?? []).find((d) => d.tagName === tag);
  assert.ok(declaration, `${tag} is in custom-elements.json (npm run manifest)`);
  return (declaration.cssParts ?? []).map((part) => part.name ?? '');
}

describe('the booking elements’ parts', () => {
  for (const tag of ['circle-book-service', 'circle-book-variant']) {
    it(`${tag} documents exactly the parts the flow exports and the parts it draws itself`, () => {
      const exported = new Set<string>([...bookingFlowParts, ...bookingHostParts]);

      assert.deepEqual(documentedParts(tag).sort(), [...exported].sort());
    });
  }
});

/** The names `src/index.ts` exports, values and types. */
function rootExports(): Set<string> {
  const source = readFileSync('src/index.ts', 'utf8');
  const names = [...source.matchAll(/export\s+(?:type\s+)?\{([^}]*)\}/g)].flatMap((match) => match[1]!.split(','));
  const starred = [...source.matchAll(/export \* from '(\.[^']+)'/g)].flatMap((match) => {
    const module = readFileSync(`src/${match[1]!.slice(2).replace(/\.js$/, '.ts')}`, 'utf8');
    return [...module.matchAll(/export (?:class|interface|type|function|const) (\w+)/g)].map((found) => found[1]!);
  });
  return new Set(
    [...names, ...starred]
      .map((name) =>
        name
          .replace(/^\s*type\s+/, '')
          .split(/\s+as\s+/)
          .pop()!
          .trim(),
      )
      .filter(Boolean),
  );
}

interface PublicDeclaration {
  tagName?: string;
  members?: { kind: string; static?: boolean; privacy?: string; type?: { text: string } }[];
}

describe('the package root', () => {
  it('exports every type a public element’s properties are typed with', () => {
    const builtIn = new Set(['string', 'boolean', 'number', 'undefined', 'null']);
    // Read as the analyzer wrote it: its members (fields with their privacy) are not in readManifest's type.
    const manifest = JSON.parse(readFileSync('custom-elements.json', 'utf8')) as { modules: { declarations?: PublicDeclaration[] }[] };
    const publicTypes = manifest.modules
      .flatMap((module) => module.declarations ?? [])
      .filter((declaration) => declaration.tagName && !declaration.tagName.startsWith('circle-booking-flow'))
      .flatMap((declaration) => declaration.members ?? [])
      .filter((member) => member.kind === 'field' && !member.static && !member.privacy && member.type)
      .flatMap((member) => member.type!.text.replace(/'[^']*'/g, ' ').split(/\W+/))
      .filter((name) => name && !builtIn.has(name));
    const exported = rootExports();
    assert.deepEqual(
      [...new Set(publicTypes)].filter((name) => !exported.has(name)),
      [],
    );
  });
});
