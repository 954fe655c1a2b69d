import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { readManifest } from '../../scripts/element-docs.js';
import { bookingFlowParts, bookingHostParts } from '../../src/ui/booking-flow/parts.js';

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
