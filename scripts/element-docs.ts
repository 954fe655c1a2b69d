/**
 * docs/elements.md, the element reference: each public element's attributes, events, slots,
 * parts and CSS custom properties, written from custom-elements.json (itself written by `cem`
 * from the elements' JSDoc). `npm run docs:elements` rewrites it; a test fails when the
 * committed file and the manifest disagree, so the reference cannot drift from the code.
 */
import { readFileSync, writeFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { pathToFileURL } from 'node:url';

interface Entry {
  name?: string;
  description?: string;
  default?: string;
  fieldName?: string;
  type?: { text?: string };
}

interface Declaration extends Entry {
  tagName?: string;
  customElement?: boolean;
  summary?: string;
  attributes?: Entry[];
  events?: Entry[];
  slots?: Entry[];
  cssParts?: Entry[];
  cssProperties?: Entry[];
  members?: Array<Entry & { kind?: string; static?: boolean; privacy?: string; type?: { text: string } }>;
}

export interface Manifest {
  modules?: Array<{ path: string; declarations?: Declaration[] }>;
}

const root = resolve(import.meta.dirname, '..');
export const manifestPath = resolve(root, 'custom-elements.json');
export const docsPath = resolve(root, 'docs/elements.md');

/** Table cell text: one line, pipes escaped. */
function cell(text: string | undefined): string {
  return (text ?? '')
    .replace(/\s*\n\s*/g, ' ')
    .replaceAll('|', '\\|')
    .trim();
}

function code(text: string | undefined): string {
  return text ? `\`${cell(text)}\`` : '';
}

function table(headings: string[], rows: string[][]): string {
  return [`| ${headings.join(' | ')} |`, `| ${headings.map(() => '---').join(' | ')} |`, ...rows.map((row) => `| ${row.join(' | ')} |`)].join('\n');
}

function section(title: string, entries: Entry[] | undefined, headings: string[], row: (entry: Entry) => string[]): string[] {
  const named = (entries ?? []).filter((entry) => entry.name !== undefined);
  return named.length === 0 ? [] : [`### ${title}`, '', table(headings, named.map(row)), ''];
}

/** The public elements: those under src/elements/ with a tag, in the order of their tags. */
function publicElements(manifest: Manifest): Array<{ path: string; element: Declaration }> {
  return (manifest.modules ?? [])
    .filter((module) => module.path.startsWith('src/elements/'))
    .flatMap((module) => (module.declarations ?? []).filter((d) => d.customElement && d.tagName).map((element) => ({ path: module.path, element })))
    .sort((a, b) => a.element.tagName!.localeCompare(b.element.tagName!));
}

export function elementDocs(manifest: Manifest): string {
  const elements = publicElements(manifest);
  const lines = [
    '# Element reference',
    '',
    '<!-- Generated from custom-elements.json by `npm run docs:elements`; do not edit by hand. -->',
    '',
    'Every public element with its attributes, events, slots, CSS parts and CSS custom properties,',
    'as its JSDoc declares them. Events bubble and are composed. Global tokens',
    '(`--circle-color-*`, `--circle-radius`) can be set on the element or any ancestor.',
    '',
    ...elements.map(({ element }) => `- [\`<${element.tagName}>\`](#${element.tagName})`),
    '',
  ];
  for (const { path, element } of elements) {
    const folder = path.split('/')[2];
    lines.push(
      `## <a id="${element.tagName}"></a>\`<${element.tagName}>\``,
      '',
      cell(element.summary ?? element.description),
      '',
      `Import it alone with \`import 'circle-booking/elements/${folder}'\`, or all elements with \`circle-booking\`.`,
      '',
      ...section('Attributes', element.attributes, ['Attribute', 'Property', 'Type', 'Default', 'Description'], (a) => [
        code(a.name),
        code(a.fieldName),
        code(a.type?.text),
        code(a.default),
        cell(a.description),
      ]),
      ...section('Events', element.events, ['Event', 'Class', 'Description'], (e) => [code(e.name), code(e.type?.text), cell(e.description)]),
      ...section('Slots', element.slots, ['Slot', 'Description'], (s) => [s.name ? code(s.name) : '(default)', cell(s.description)]),
      ...section('CSS parts', element.cssParts, ['Part', 'Description'], (p) => [code(p.name), cell(p.description)]),
      ...section('CSS custom properties', element.cssProperties, ['Property', 'Default', 'Description'], (p) => [
        code(p.name),
        code(p.default),
        cell(p.description),
      ]),
    );
  }
  return `${lines.join('\n').trimEnd()}\n`;
}

export function readManifest(): Manifest {
  try {
    return JSON.parse(readFileSync(manifestPath, 'utf8')) as Manifest;
  } catch {
    throw new Error('custom-elements.json is missing: run `npm run manifest` first.');
  }
}

if (import.meta.url === pathToFileURL(process.argv[1] ?? '').href) {
  writeFileSync(docsPath, elementDocs(readManifest()));
  console.log(`Wrote ${docsPath}`);
}
