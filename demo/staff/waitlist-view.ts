// A service's waitlist on its staff page (issue #23, part 2): who waits for an earlier time,
// first come first, for which days, and the time each was offered once a cancellation freed one.
import { listWaitlist, type StaffWaitlistEntry } from 'circle-booking/api';
import { api } from './data.js';
import { empty, failure, h, show } from './dom.js';

const day = new Intl.DateTimeFormat(undefined, { dateStyle: 'medium' });
const when = new Intl.DateTimeFormat(undefined, { dateStyle: 'medium', timeStyle: 'short' });

function row(entry: StaffWaitlistEntry, place: number): HTMLTableRowElement {
  const { contact } = entry;
  return h(
    'tr',
    {},
    h('td', { 'data-label': 'Place' }, String(place)),
    h('th', { scope: 'row' }, `${contact.givenName} ${contact.familyName}`),
    h('td', { 'data-label': 'Contact' }, h('a', { href: `mailto:${contact.email}` }, contact.email), h('br'), contact.phone),
    h('td', { 'data-label': 'Variant' }, `${entry.variant.name} · ${entry.location.name}`),
    h('td', { 'data-label': 'Days' }, `${day.format(new Date(`${entry.fromDate}T12:00:00Z`))} – ${day.format(new Date(`${entry.toDate}T12:00:00Z`))}`),
    h(
      'td',
      { 'data-label': 'Status' },
      entry.offeredStart
        ? h('span', { class: 'chip chip--booked' }, `Offered ${when.format(new Date(entry.offeredStart))}`)
        : h('span', { class: 'chip chip--muted' }, 'Waiting'),
    ),
  );
}

/** Fills `region` with the service's waitlist, with Try again when it cannot be loaded. */
export async function mountWaitlist(region: HTMLElement, serviceId: string): Promise<void> {
  region.setAttribute('aria-busy', 'true');
  try {
    const { entries } = await listWaitlist(api(), { serviceId });
    show(
      region,
      entries.length === 0
        ? empty('Nobody is waiting', h('p', {}, 'Patients join from the booking page when no time suits them, or after booking for an earlier one.'))
        : h(
            'div',
            { class: 'table-scroll' },
            h(
              'table',
              { class: 'stacking' },
              h(
                'thead',
                {},
                h(
                  'tr',
                  {},
                  ['Place', 'Patient', 'Contact', 'Variant', 'Days', 'Status'].map((name) => h('th', { scope: 'col' }, name)),
                ),
              ),
              h(
                'tbody',
                {},
                entries.map((entry, index) => row(entry, index + 1)),
              ),
            ),
          ),
    );
  } catch (error) {
    show(
      region,
      failure(error, () => void mountWaitlist(region, serviceId)),
    );
  } finally {
    region.setAttribute('aria-busy', 'false');
  }
}
