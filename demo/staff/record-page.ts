/** What the service, variant and booking pages share: a header with the share menu, and loading. */
import type { ShareKind } from 'circle-booking/api';
import { failure, h, loading, show, type Child } from './dom.js';

/**
 * The page's title block: what kind of record, its name, status chips, and the action area
 * with `<circle-share-menu>` for copying the patient's link.
 */
export function recordHeader(kind: ShareKind, recordId: string, eyebrow: string, title: string, ...chips: Child[]): HTMLElement {
  const menu = h('circle-share-menu', { kind, 'record-id': recordId });
  return h(
    'div',
    { class: 'page-head' },
    h('div', {}, h('p', { class: 'eyebrow' }, eyebrow), h('h1', {}, title), h('p', { class: 'chips' }, chips)),
    h('div', { class: 'actions', role: 'group', 'aria-label': 'Actions' }, menu),
  );
}

/** Loads the page's record once, showing a skeleton, then the page or a designed error. */
export async function loadRecord<T>(region: HTMLElement, what: string, load: () => Promise<T>, render: (record: T) => void): Promise<void> {
  show(region, loading(`Loading ${what}…`, 2));
  try {
    const record = await load();
    render(record);
  } catch (error) {
    show(
      region,
      failure(error, () => void loadRecord(region, what, load, render)),
    );
  }
}

export function paragraphs(text: string): HTMLElement[] {
  return text.split(/\n\s*\n/).map((paragraph) => h('p', {}, paragraph));
}
