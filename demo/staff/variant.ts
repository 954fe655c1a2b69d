// One variant: its length, price and locations, its bookings, and the share menu that copies
// the link straight to booking it.
import { getVariant, type VariantDetail } from 'circle-booking/api';
import { mountBookings } from './bookings-view.js';
import { api } from './data.js';
import { h, recordId, show } from './dom.js';
import { money } from './format.js';
import { loadRecord, recordHeader } from './record-page.js';

const region = document.querySelector<HTMLElement>('#record')!;
const id = recordId();

void loadRecord(
  region,
  'the variant',
  () => getVariant(api(), id),
  ({ variant, service, unavailable, locations }: VariantDetail) => {
    document.title = `${variant.name} · Circle Health staff`;
    const crumb = document.querySelector('#crumb-service');
    crumb?.replaceWith(h('a', { href: `/staff/service.html?id=${encodeURIComponent(service.id)}` }, service.name));
    const bookings = h('div');
    show(
      region,
      recordHeader(
        'variant',
        variant.id,
        `Variant of ${service.name}`,
        variant.name,
        h('span', { class: `chip ${variant.bookable ? 'chip--booked' : 'chip--muted'}` }, variant.bookable ? 'Bookable online' : 'Not bookable online'),
      ),
      unavailable && h('p', { class: 'notice' }, unavailable.message),
      h(
        'section',
        { class: 'panel', 'aria-labelledby': 'details' },
        h('h2', { id: 'details' }, 'Details'),
        h(
          'dl',
          { class: 'facts' },
          h('dt', {}, 'Length'),
          h('dd', {}, `${variant.durationMinutes} minutes`),
          h('dt', {}, 'Price'),
          h('dd', {}, variant.price ? money(variant.price.amountMinor, variant.price.currency) : 'Not shown online'),
          h('dt', {}, 'Locations'),
          h(
            'dd',
            {},
            h(
              'ul',
              { class: 'plain' },
              locations.map((location) => h('li', {}, location.name, location.bookable ? '' : ' (not taking online bookings)')),
            ),
          ),
        ),
      ),
      h('section', { class: 'panel', 'aria-labelledby': 'variant-bookings' }, h('h2', { id: 'variant-bookings' }, 'Bookings'), bookings),
    );
    mountBookings(bookings, { query: { variantId: variant.id }, emptyHint: h('p', {}, 'Copy this variant’s link from Actions and send it to a patient.') });
  },
);
