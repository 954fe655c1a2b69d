/**
 * A few DOM helpers for the dashboard's plain-TypeScript pages. Text from the API only ever
 * becomes text nodes or attribute values, never HTML.
 */
import { ApiError } from 'circle-booking/api';

export type Child = Node | string | number | null | undefined | false | Child[];

export function h<Tag extends keyof HTMLElementTagNameMap>(
  tag: Tag,
  attributes: Record<string, string | boolean | undefined> = {},
  ...children: Child[]
): HTMLElementTagNameMap[Tag] {
  const element = document.createElement(tag);
  for (const [name, value] of Object.entries(attributes)) {
    if (value === true) element.setAttribute(name, '');
    else if (typeof value === 'string') element.setAttribute(name, value);
  }
  append(element, children);
  return element;
}

function append(parent: Node, children: Child[]): void {
  for (const child of children) {
    if (child === null || child === undefined || child === false) continue;
    if (Array.isArray(child)) append(parent, child);
    else parent.appendChild(child instanceof Node ? child : document.createTextNode(String(child)));
  }
}

/** Replaces what `region` shows. */
export function show(region: Element, ...children: Child[]): void {
  region.replaceChildren();
  append(region, children);
}

/** Placeholder rows while the first answer is on its way, announced once as `label`. */
export function loading(label: string, rows = 3): HTMLElement {
  return h(
    'div',
    { role: 'status', class: 'loading' },
    h('span', { class: 'visually-hidden' }, label),
    Array.from({ length: rows }, () => h('div', { class: 'skeleton', 'aria-hidden': 'true' })),
  );
}

/** What went wrong, in words, with a way to try again. */
export function failure(error: unknown, retry: () => void): HTMLElement {
  // Trying again cannot find what is not there: offer the way back instead.
  if (error instanceof ApiError && error.code === 'not_found') {
    return h(
      'div',
      { role: 'alert', class: 'notice notice--error' },
      h('p', {}, errorMessage(error)),
      h('p', {}, h('a', { href: '/staff/' }, 'Back to the dashboard')),
    );
  }
  const button = h('button', { type: 'button', class: 'button' }, 'Try again');
  button.addEventListener('click', retry);
  return h('div', { role: 'alert', class: 'notice notice--error' }, h('p', {}, errorMessage(error)), button);
}

export function empty(title: string, ...body: Child[]): HTMLElement {
  return h('div', { class: 'notice notice--empty' }, h('p', { class: 'notice__title' }, title), ...body);
}

export function errorMessage(error: unknown): string {
  if (!(error instanceof ApiError)) return 'Something went wrong on this page. Reload it to try again.';
  switch (error.code) {
    case 'network':
    case 'timeout':
      return 'The booking system cannot be reached. Check the connection and try again.';
    case 'not_found':
      return 'There is nothing with this id: it may have been removed, or the link is incomplete.';
    case 'unauthorized':
      return 'Your staff session has ended. Sign in again to see bookings.';
    case 'rate_limited':
      return 'The booking system is busy. Try again in a moment.';
    case 'malformed_response':
      return 'The booking system sent an answer this dashboard does not understand. Tell your administrator.';
    default:
      return 'The booking system could not answer. Try again in a moment.';
  }
}

/** The page's `?id=`; the detail pages are opened as `service.html?id=svc_physio`. */
export function recordId(): string {
  return new URLSearchParams(location.search).get('id') ?? '';
}
