/**
 * The layers of src/ (docs/architecture.md), held by a test: every import points down or stays
 * in its own folder, no two modules import each other through any path, views use no
 * controllers and controllers render nothing. A file moved to the wrong folder, or a shortcut from a lower
 * layer to a higher one, fails here with the import that broke the rule.
 */
import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { readdirSync, readFileSync } from 'node:fs';
import { dirname, join, normalize, relative } from 'node:path';

/** Lowest first. A folder imports only from layers below its own, and from itself. */
const layers: readonly (readonly string[])[] = [
  ['time', 'links', 'locales', 'styles'],
  ['api'],
  ['i18n', 'calendar'],
  ['flow'],
  ['error-event'],
  ['controllers', 'ui'],
  ['booking-flow'],
  ['elements'],
  ['embed'],
  ['index'],
  // Node and development only: nothing in the browser layers may import them.
  ['mocks', 'cli'],
  // circle-booking/testing, for integrators' tests: reads the elements' types; nothing imports it.
  ['testing'],
];

const rankOf = new Map(layers.flatMap((folders, rank) => folders.map((folder) => [folder, rank] as const)));

const sources = readdirSync('src', { recursive: true, encoding: 'utf8' })
  .filter((file) => file.endsWith('.ts'))
  .map((file) => join('src', file));

/** Every relative import and re-export of a module, static or dynamic, type-only included. */
const importPattern = /(?:^|[^\w.])(?:import|export)\s*(?:type\s+)?(?:[^'";]*?\sfrom\s*)?\(?\s*'(\.{1,2}\/[^']+)'/g;

function importsOf(file: string): string[] {
  const text = readFileSync(file, 'utf8');
  return [...text.matchAll(importPattern)].map((match) => normalize(join(dirname(file), match[1]!)).replace(/\.js$/, '.ts'));
}

const graph = new Map(sources.map((file) => [file, importsOf(file)]));

/** `src/elements/x/y.ts` → `elements`; `src/index.ts` → `index`. */
function folderOf(file: string): string {
  const [, first] = relative('.', file).split(/[\\/]/);
  return first!.replace(/\.ts$/, '');
}

describe('the import graph of src/', () => {
  it('knows the layer of every folder', () => {
    const unknown = [...new Set(sources.map(folderOf))].filter((folder) => !rankOf.has(folder));
    assert.deepEqual(unknown, [], 'add new folders to the layers above and to docs/architecture.md');
  });

  it('resolves every relative import to a file', () => {
    const missing = [...graph].flatMap(([file, targets]) => targets.filter((target) => !graph.has(target)).map((target) => `${file} → ${target}`));
    assert.deepEqual(missing, []);
  });

  it('points every import down a layer or within its folder', () => {
    const upward = [...graph].flatMap(([file, targets]) =>
      targets
        .filter((target) => folderOf(target) !== folderOf(file) && rankOf.get(folderOf(target))! >= rankOf.get(folderOf(file))!)
        .map((target) => `${file} → ${target}`),
    );
    assert.deepEqual(upward, []);
  });

  it('has no import cycle', () => {
    const cycles: string[] = [];
    const state = new Map<string, 'visiting' | 'done'>();
    const visit = (file: string, path: string[]) => {
      if (state.get(file) === 'done') return;
      if (state.get(file) === 'visiting') return void cycles.push([...path.slice(path.indexOf(file)), file].join(' → '));
      state.set(file, 'visiting');
      for (const target of graph.get(file) ?? []) visit(target, [...path, file]);
      state.set(file, 'done');
    };
    for (const file of graph.keys()) visit(file, []);
    assert.deepEqual(cycles, []);
  });

  it('keeps views apart from controllers: a module that renders and is no element imports none', () => {
    const isController = (file: string) => file.endsWith('.controller.ts') || folderOf(file) === 'controllers';
    const isView = (file: string) => {
      const text = readFileSync(file, 'utf8');
      return /\bhtml`/.test(text) && !/\bdefineElement\(/.test(text);
    };
    const views = [...graph].flatMap(([file, targets]) => (isView(file) ? targets.filter(isController).map((target) => `${file} → ${target}`) : []));
    assert.deepEqual(views, []);
  });

  it('keeps controllers from rendering', () => {
    const rendering = [...graph.keys()].filter((file) => file.endsWith('.controller.ts') && /\bhtml`/.test(readFileSync(file, 'utf8')));
    assert.deepEqual(rendering, []);
  });
});
