// The dashboard's home: every booking, kept fresh, and the services staff can open and share.
import { listServices } from 'circle-booking/api';
import { mountBookings } from './bookings-view.js';
import { api } from './data.js';
import { failure, h, loading, show } from './dom.js';
import { mountLinkCheck } from './link-check-view.js';

mountLinkCheck(document.querySelector<HTMLElement>('#link-check')!);

mountBookings(document.querySelector<HTMLElement>('#bookings')!, {
  emptyHint: h(
    'p',
    {},
    'Bookings appear here as patients make them. Open a service below and copy its link for a patient, or ',
    h('a', { href: '/#physio' }, 'book one on the clinic website'),
    '.',
  ),
});

const services = document.querySelector<HTMLElement>('#services')!;

async function loadServices(): Promise<void> {
  show(services, loading('Loading services…', 4));
  try {
    const { services: list } = await listServices(api());
    if (list.length === 0) return show(services, h('p', {}, 'No services are set up yet.'));
    show(
      services,
      h(
        'ul',
        { class: 'service-list' },
        list.map((service) =>
          h(
            'li',
            {},
            h('a', { href: `/staff/service.html?id=${encodeURIComponent(service.id)}` }, service.name),
            !service.visible
              ? h('span', { class: 'chip chip--muted' }, 'Not on the website')
              : !service.bookable
                ? h('span', { class: 'chip chip--muted' }, 'Not bookable online')
                : h('span', { class: 'chip chip--booked' }, 'Bookable'),
          ),
        ),
      ),
    );
  } catch (error) {
    show(
      services,
      failure(error, () => void loadServices()),
    );
  }
}
void loadServices();
