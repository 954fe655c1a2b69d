import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { readManifest } from '../../scripts/element-docs.js';
import { vscodeCssData, vscodeHtmlData, webTypes } from '../../scripts/editor-data.js';

const root = join(import.meta.dirname, '../..');
const manifest = readManifest();
const declarations = (manifest.modules ?? []).flatMap((module) => (module.declarations ?? []).map((declaration) => ({ path: module.path, ...declaration })));
const elements = declarations.filter((declaration) => declaration.tagName);

describe('custom-elements.json', () => {
  it('lists the seven public elements', () => {
    assert.deepEqual(elements.map((element) => element.tagName).sort(), [
      'circle-appointment',
      'circle-book-button',
      'circle-book-dialog',
      'circle-book-service',
      'circle-book-variant',
      'circle-patient-app',
      'circle-share-menu',
    ]);
  });

  it('names and types every event, each once', () => {
    for (const element of elements) {
      const events = element.events ?? [];
      assert.deepEqual(
        events.filter((event) => !event.name || !/^[A-Z]\w*Event$/.test(event.type?.text ?? '')),
        [],
        `${element.tagName}'s events`,
      );
      assert.equal(new Set(events.map((event) => event.name)).size, events.length, `${element.tagName} lists an event twice`);
    }
  });

  it('types each event by the class it is in GlobalEventHandlersEventMap', () => {
    const sources = readdirSync(join(root, 'src'), { recursive: true })
      .map(String)
      .filter((file) => file.endsWith('.ts'))
      .map((file) => readFileSync(join(root, 'src', file), 'utf8'))
      .join('\n');
    for (const event of elements.flatMap((element) => element.events ?? [])) {
      assert.match(sources, new RegExp(`'${event.name}': ${event.type!.text};`), `${event.name} → ${event.type!.text}`);
    }
  });

  it('leaves out the inner views, controllers and the command line', () => {
    const names = declarations.map((declaration) => declaration.name);
    for (const internal of [
      'CircleBookingFlow',
      'CircleDayPicker',
      'CircleTimeList',
      'CirclePatientForm',
      'LoadController',
      'LocaleController',
      'TimeSelectEvent',
      'LocalizedElement',
      'ApiClientController',
      'BookingCatalogController',
    ]) {
      assert.ok(!names.includes(internal), `${internal} is in the manifest`);
    }
    assert.deepEqual(
      declarations.filter((declaration) => declaration.path.startsWith('src/cli/')),
      [],
    );
  });
});

describe('the editors’ data', () => {
  const web = webTypes(manifest, '0.0.0') as {
    contributions: {
      html: {
        elements: Array<{
          name: string;
          attributes: Array<{ name: string; value: { type: string }; values?: Array<{ name: string }> }>;
          js: { events: Array<{ name: string; type: string }> };
        }>;
      };
    };
  };
  const html = vscodeHtmlData(manifest) as { tags: Array<{ name: string; attributes: Array<{ name: string; values?: Array<{ name: string }> }> }> };
  const css = vscodeCssData(manifest) as { properties: Array<{ name: string }> };
  const pkg = JSON.parse(readFileSync(join(root, 'package.json'), 'utf8')) as { 'web-types': string; exports: Record<string, unknown> };

  it('has every public element, in web-types and in VS Code’s data', () => {
    const tags = elements.map((element) => element.tagName).sort();
    assert.deepEqual(web.contributions.html.elements.map((element) => element.name).sort(), tags);
    assert.deepEqual(html.tags.map((tag) => tag.name).sort(), tags);
  });

  it('offers the layouts and corners as the only values, and the languages for locale', () => {
    const attribute = (tag: string, name: string) =>
      web.contributions.html.elements.find((element) => element.name === tag)!.attributes.find((a) => a.name === name)!;
    assert.deepEqual(
      attribute('circle-book-service', 'layout').values?.map((v) => v.name),
      ['month', 'week', 'list'],
    );
    assert.equal(attribute('circle-book-service', 'layout').value.type, 'enum');
    assert.deepEqual(
      attribute('circle-book-button', 'corner').values?.map((v) => v.name),
      ['bottom-end', 'bottom-start', 'top-end', 'top-start'],
    );
    assert.deepEqual(
      attribute('circle-appointment', 'locale')
        .values?.map((v) => v.name)
        .sort(),
      ['ar', 'de', 'en', 'es', 'fr'],
    );
    assert.equal(attribute('circle-appointment', 'locale').value.type, 'string', 'another language falls back, so it is not refused');
    const vsLayout = html.tags.find((tag) => tag.name === 'circle-book-variant')!.attributes.find((a) => a.name === 'layout')!;
    assert.deepEqual(
      vsLayout.values?.map((v) => v.name),
      ['month', 'week', 'list'],
    );
  });

  it('types the events by their classes', () => {
    const events = web.contributions.html.elements.find((element) => element.name === 'circle-book-service')!.js.events;
    assert.deepEqual(events.find((event) => event.name === 'circle-booking-created')?.type, 'BookingCreatedEvent');
  });

  it('gives VS Code the custom properties', () => {
    assert.ok(css.properties.some((property) => property.name === '--circle-book-service-max-width'));
  });

  it('is named from package.json', () => {
    assert.equal(pkg['web-types'], './dist/web-types.json');
    assert.equal(pkg.exports['./vscode.html-custom-data.json'], './dist/vscode.html-custom-data.json');
    assert.equal(pkg.exports['./vscode.css-custom-data.json'], './dist/vscode.css-custom-data.json');
  });
});
