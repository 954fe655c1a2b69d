// One practitioner of a service: who they are, the variants they see, their bookings, and the
// share menu that copies the link to book with them. The API has no practitioner endpoint: the
// page reads them from their service (`?service=…&id=…`).
import { getService, type Service } from 'circle-booking/api';
import { mountBookings } from './bookings-view.js';
import { api } from './data.js';
import { h, recordId, show } from './dom.js';
import { loadRecord, recordHeader } from './record-page.js';

const region = document.querySelector<HTMLElement>('#record')!;
const id = recordId();
const serviceId = new URLSearchParams(location.search).get('service') ?? '';

const languageNames = new Intl.DisplayNames('en', { type: 'language' });

function languageName(tag: string): string {
  try {
    return languageNames.of(tag) ?? tag;
  } catch {
    return tag;
  }
}

function initials(name: string): string {
  return name
    .split(/\s+/)
    .filter((word) => /^\p{Lu}/u.test(word))
    .slice(-2)
    .map((word) => word[0])
    .join('');
}

void loadRecord(
  region,
  'the practitioner',
  () => getService(api(), serviceId),
  (service: Service) => {
    const practitioner = service.practitioners?.find((candidate) => candidate.id === id);
    document.querySelector('#crumb-service')?.replaceWith(h('a', { href: `/staff/service.html?id=${encodeURIComponent(service.id)}` }, service.name));
    if (!practitioner) {
      show(region, h('div', { role: 'alert', class: 'notice notice--error' }, h('p', {}, `${service.name} has no practitioner with this id.`)));
      return;
    }
    document.title = `${practitioner.displayName} · Circle Health staff`;
    const variants = service.variants.filter((variant) => variant.practitionerIds?.includes(practitioner.id));
    const bookings = h('div');
    show(
      region,
      recordHeader(
        'practitioner',
        practitioner.id,
        practitioner.title,
        practitioner.displayName,
        h('span', { class: `chip ${service.bookable ? 'chip--booked' : 'chip--muted'}` }, service.bookable ? 'Bookable online' : 'Not bookable online'),
      ),
      h(
        'section',
        { class: 'panel person', 'aria-labelledby': 'about' },
        h('span', { class: 'avatar', 'aria-hidden': 'true' }, initials(practitioner.displayName)),
        h(
          'div',
          {},
          h('h2', { id: 'about' }, 'About'),
          practitioner.bio && h('p', {}, practitioner.bio),
          h(
            'dl',
            { class: 'facts' },
            h('dt', {}, 'Speaks'),
            h('dd', {}, practitioner.languages.map(languageName).join(', ') || '—'),
            h('dt', {}, 'Sees'),
            h(
              'dd',
              {},
              h(
                'ul',
                { class: 'plain' },
                variants.map((variant) => h('li', {}, h('a', { href: `/staff/variant.html?id=${encodeURIComponent(variant.id)}` }, variant.name))),
              ),
            ),
          ),
        ),
      ),
      h('section', { class: 'panel', 'aria-labelledby': 'practitioner-bookings' }, h('h2', { id: 'practitioner-bookings' }, 'Bookings'), bookings),
    );
    mountBookings(bookings, {
      query: { serviceId: service.id },
      what: 'bookings',
      only: (booking) => booking.practitioner?.id === practitioner.id,
      emptyHint: h('p', {}, `Copy the link to book with ${practitioner.displayName} from Actions and send it to a patient.`),
    });
  },
);
