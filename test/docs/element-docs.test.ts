import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { docsPath, elementDocs, readManifest, type Manifest } from '../../scripts/element-docs.js';

describe('docs/elements.md', () => {
  it('is what custom-elements.json generates (run `npm run docs:elements` after changing an element’s JSDoc)', () => {
    assert.equal(readFileSync(docsPath, 'utf8'), elementDocs(readManifest()));
  });
});

describe('the element reference', () => {
  const manifest: Manifest = {
    modules: [
      { path: 'src/ui/inner.ts', declarations: [{ name: 'Inner', customElement: true, tagName: 'circle-inner' }] },
      {
        path: 'src/elements/thing/thing.ts',
        declarations: [
          {
            name: 'CircleThing',
            customElement: true,
            tagName: 'circle-thing',
            summary: 'Does a thing.',
            attributes: [{ name: 'mode', fieldName: 'mode', type: { text: "'a' | 'b'" }, default: "'a'", description: 'Which\nmode.' }],
            events: [{ description: 'an event class without a name' }, { name: 'circle-thing-done', type: { text: 'ThingDoneEvent' }, description: 'Done.' }],
            cssProperties: [{ name: '--circle-thing-gap', default: '1rem', description: 'The gap.' }],
          },
        ],
      },
    ],
  };

  it('lists public elements only, with their import path', () => {
    const docs = elementDocs(manifest);

    assert.match(docs, /## <a id="circle-thing"><\/a>`<circle-thing>`\n\nDoes a thing\./);
    assert.match(docs, /import 'circle-booking\/elements\/thing'/);
    assert.doesNotMatch(docs, /circle-inner/);
  });

  it('keeps table cells on one line with pipes escaped, and skips unnamed events', () => {
    const docs = elementDocs(manifest);

    assert.match(docs, /\| `mode` \| `mode` \| `'a' \\\| 'b'` \| `'a'` \| Which mode\. \|/);
    assert.match(docs, /\| `circle-thing-done` \| `ThingDoneEvent` \| Done\. \|/);
    assert.doesNotMatch(docs, /an event class without a name/);
    assert.doesNotMatch(docs, /### Slots/);
  });
});
