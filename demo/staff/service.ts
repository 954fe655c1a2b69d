// A service: what it is, whether patients can book it online, its variants, its bookings, and
// the share menu that copies its booking link.
import { getService, type Service } from 'circle-booking/api';
import { mountBookings } from './bookings-view.js';
import { mountWaitlist } from './waitlist-view.js';
import { api } from './data.js';
import { h, recordId, show } from './dom.js';
import { money } from './format.js';
import { loadRecord, paragraphs, recordHeader } from './record-page.js';

const region = document.querySelector<HTMLElement>('#record')!;
const id = recordId();

void loadRecord(
  region,
  'the service',
  () => getService(api(), id),
  (service: Service) => {
    document.title = `${service.name} · Circle Health staff`;
    const bookings = h('div');
    const waitlist = h('div');
    show(
      region,
      recordHeader(
        'service',
        service.id,
        'Service',
        service.name,
        h('span', { class: `chip ${service.bookable ? 'chip--booked' : 'chip--muted'}` }, service.bookable ? 'Bookable online' : 'Not bookable online'),
        !service.visible && h('span', { class: 'chip chip--muted' }, 'Not on the website'),
      ),
      service.unavailable && h('p', { class: 'notice' }, service.unavailable.message),
      h('section', { class: 'panel', 'aria-labelledby': 'about' }, h('h2', { id: 'about' }, 'About'), paragraphs(service.description)),
      h(
        'section',
        { class: 'panel', 'aria-labelledby': 'variants' },
        h('h2', { id: 'variants' }, 'Variants'),
        h(
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
                h('th', { scope: 'col' }, 'Variant'),
                h('th', { scope: 'col' }, 'Length'),
                h('th', { scope: 'col' }, 'Price'),
                h('th', { scope: 'col' }, 'Locations'),
                h('th', { scope: 'col' }, 'Online'),
              ),
            ),
            h(
              'tbody',
              {},
              service.variants.map((variant) =>
                h(
                  'tr',
                  {},
                  h('th', { scope: 'row' }, h('a', { href: `/staff/variant.html?id=${encodeURIComponent(variant.id)}` }, variant.name)),
                  h('td', { 'data-label': 'Length' }, `${variant.durationMinutes} min`),
                  h('td', { 'data-label': 'Price' }, variant.price ? money(variant.price.amountMinor, variant.price.currency) : '—'),
                  h(
                    'td',
                    { 'data-label': 'Locations' },
                    service.locations
                      .filter((location) => variant.locationIds.includes(location.id))
                      .map((location) => location.name)
                      .join(', '),
                  ),
                  h('td', { 'data-label': 'Online' }, variant.bookable ? 'Yes' : 'No'),
                ),
              ),
            ),
          ),
        ),
      ),
      (service.practitioners?.length ?? 0) > 0 &&
        h(
          'section',
          { class: 'panel', 'aria-labelledby': 'practitioners' },
          h('h2', { id: 'practitioners' }, 'Practitioners'),
          h(
            'ul',
            { class: 'plain' },
            service.practitioners!.map((practitioner) =>
              h(
                'li',
                {},
                h(
                  'a',
                  { href: `/staff/practitioner.html?service=${encodeURIComponent(service.id)}&id=${encodeURIComponent(practitioner.id)}` },
                  practitioner.displayName,
                ),
                ` · ${practitioner.title}`,
              ),
            ),
          ),
        ),
      h('section', { class: 'panel', 'aria-labelledby': 'service-bookings' }, h('h2', { id: 'service-bookings' }, 'Bookings'), bookings),
      h('section', { class: 'panel', 'aria-labelledby': 'service-waitlist' }, h('h2', { id: 'service-waitlist' }, 'Waitlist'), waitlist),
    );
    void mountWaitlist(waitlist, service.id);
    mountBookings(bookings, {
      query: { serviceId: service.id },
      what: 'bookings',
      emptyHint: h('p', {}, service.bookable ? 'Copy this service’s link from Actions and send it to a patient.' : 'Patients cannot book this service online.'),
    });
  },
);
