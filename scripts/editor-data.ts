/**
 * The editors' data, written from custom-elements.json into dist/ by `npm run build` (after
 * `cem analyze`), so an editor completes and explains the elements in HTML:
 *
 * - dist/web-types.json: JetBrains IDEs (WebStorm, IntelliJ) read it through package.json's
 *   `web-types` field: tags, attributes with their values, properties, events, slots, parts and
 *   custom properties.
 * - dist/vscode.html-custom-data.json and dist/vscode.css-custom-data.json: VS Code's custom
 *   data (tags and attributes with their values; the custom properties), which a project names
 *   in `.vscode/settings.json` (`html.customData`, `css.customData`); README says how.
 */
import { mkdirSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { sourceLocale, targetLocales } from '../src/i18n/locale-codes.js';
import { dirname, resolve } from 'node:path';
import { pathToFileURL } from 'node:url';
import { readManifest, type Manifest } from './element-docs.js';

interface Entry {
  name?: string;
  description?: string;
  summary?: string;
  default?: string;
  fieldName?: string;
  type?: { text?: string };
  kind?: string;
  privacy?: string;
  static?: boolean;
}

interface ElementDeclaration extends Entry {
  tagName: string;
  attributes?: Entry[];
  members?: Entry[];
  events?: Entry[];
  slots?: Entry[];
  cssParts?: Entry[];
  cssProperties?: Entry[];
}

/** The public elements (src/elements/*) with everything the manifest says of them. */
function elements(manifest: Manifest): ElementDeclaration[] {
  return (manifest.modules ?? [])
    .filter((module) => module.path.startsWith('src/elements/'))
    .flatMap((module) => (module.declarations ?? []) as Entry[])
    .filter((declaration): declaration is ElementDeclaration => 'tagName' in declaration && !!declaration.tagName)
    .sort((a, b) => a.tagName.localeCompare(b.tagName));
}

/**
 * The string-literal type aliases the sources declare (`export type CalendarLayout = 'month' |
 * 'week' | 'list'`): the manifest writes an attribute's type as written, alias and all.
 */
function literalAliases(): Map<string, string> {
  const aliases = new Map<string, string>();
  const src = resolve(import.meta.dirname, '../src');
  for (const file of readdirSync(src, { recursive: true })
    .map(String)
    .filter((name) => name.endsWith('.ts'))) {
    for (const [, name, union] of readFileSync(resolve(src, file), 'utf8').matchAll(/^export type (\w+) = ((?:'[^']*'\s*\|\s*)+'[^']*');/gm))
      aliases.set(name!, union!);
  }
  return aliases;
}
const aliases = literalAliases();

/** `'month' | 'week' | 'list'`, or an alias of one, → the values; undefined for an open type. */
export function literalValues(type: string | undefined): string[] | undefined {
  const parts = (type ?? '')
    .split('|')
    .map((part) => part.trim())
    .filter((part) => part && part !== 'undefined')
    .flatMap((part) => (aliases.get(part) ?? part).split('|').map((p) => p.trim()));
  if (parts.length === 0 || !parts.every((part) => /^(['"]).*\1$/.test(part))) return undefined;
  return parts.map((part) => part.slice(1, -1));
}

/** The languages the elements speak, offered for `locale` (any other falls back to English). */
const locales = [sourceLocale, ...targetLocales];
const suggestions = (attribute: Entry) => literalValues(attribute.type?.text) ?? (attribute.name === 'locale' ? locales : undefined);

const text = (entry: Entry) => (entry.description || entry.summary || '').replace(/\s*\n\s*/g, ' ').trim();
const named = (entries: Entry[] | undefined) => (entries ?? []).filter((entry) => entry.name);

export function webTypes(manifest: Manifest, version: string): object {
  const all = elements(manifest);
  return {
    $schema: 'https://raw.githubusercontent.com/JetBrains/web-types/master/schema/web-types.json',
    name: 'circle-booking',
    version,
    'description-markup': 'markdown',
    'js-types-syntax': 'typescript',
    contributions: {
      html: {
        elements: all.map((element) => ({
          name: element.tagName,
          description: text(element),
          attributes: named(element.attributes).map((attribute) => {
            const closed = literalValues(attribute.type?.text);
            const values = suggestions(attribute);
            const boolean = attribute.type?.text?.trim() === 'boolean';
            return {
              name: attribute.name,
              description: text(attribute),
              ...(attribute.default ? { default: attribute.default } : {}),
              value: closed ? { type: 'enum' } : boolean ? { type: 'boolean', required: false } : { type: 'string' },
              ...(values ? { values: values.map((name) => ({ name })) } : {}),
            };
          }),
          slots: named(element.slots).map((slot) => ({ name: slot.name, description: text(slot) })),
          js: {
            properties: named(element.members)
              .filter((member) => member.kind === 'field' && !member.privacy && !member.static)
              .map((member) => ({ name: member.name, description: text(member), type: member.type?.text ?? 'unknown' })),
            events: named(element.events).map((event) => ({ name: event.name, description: text(event), type: event.type?.text ?? 'Event' })),
          },
          css: {
            parts: named(element.cssParts).map((part) => ({ name: part.name, description: text(part) })),
            properties: named(element.cssProperties).map((property) => ({ name: property.name, description: text(property) })),
          },
        })),
      },
    },
  };
}

export function vscodeHtmlData(manifest: Manifest): object {
  return {
    version: 1.1,
    tags: elements(manifest).map((element) => ({
      name: element.tagName,
      description: text(element),
      attributes: named(element.attributes).map((attribute) => {
        const values = suggestions(attribute);
        return {
          name: attribute.name,
          description: text(attribute),
          ...(values ? { values: values.map((name) => ({ name })) } : attribute.type?.text?.trim() === 'boolean' ? { valueSet: 'v' } : {}),
        };
      }),
    })),
  };
}

export function vscodeCssData(manifest: Manifest): object {
  const properties = new Map<string, string>();
  for (const element of elements(manifest)) for (const property of named(element.cssProperties)) properties.set(property.name!, text(property));
  return { version: 1.1, properties: [...properties].map(([name, description]) => ({ name, description })) };
}

/** Writes the three files into `outDir` (dist/). */
export function writeEditorData(manifest: Manifest, outDir: string, version: string): string[] {
  const files = {
    'web-types.json': webTypes(manifest, version),
    'vscode.html-custom-data.json': vscodeHtmlData(manifest),
    'vscode.css-custom-data.json': vscodeCssData(manifest),
  };
  return Object.entries(files).map(([name, data]) => {
    const path = resolve(outDir, name);
    mkdirSync(dirname(path), { recursive: true });
    writeFileSync(path, `${JSON.stringify(data, null, 2)}\n`);
    return path;
  });
}

if (import.meta.url === pathToFileURL(process.argv[1] ?? '').href) {
  const root = resolve(import.meta.dirname, '..');
  const { version } = JSON.parse(readFileSync(resolve(root, 'package.json'), 'utf8')) as { version: string };
  writeEditorData(readManifest(), resolve(root, 'dist'), version);
}
