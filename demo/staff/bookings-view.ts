/**
 * The bookings list, kept fresh by polling: upcoming first, then past; each booking names the
 * patient, what, when and where, its status and, when recent, what changed (new, moved,
 * cancelled). Changes since the last poll are also announced to screen readers.
 */
import type { AppointmentListQuery, StaffAppointment } from 'circle-booking/api';
import { recentChange, updatesSince, type Change, type Update } from './changes.js';
import { allBookings } from './data.js';
import { groupBookings } from './groups.js';
import { empty, failure, h, loading, show, type Child } from './dom.js';
import { ago, bookedByNote, dateTime, patientName, statusLabels, visitTime, whoLine } from './format.js';
import { poll } from './poll.js';

export interface BookingsViewOptions {
  query?: AppointmentListQuery;
  /** What the list is of, for its loading and empty states: "bookings of Physiotherapy". */
  what?: string;
  /** Where staff can go when there are none yet. */
  emptyHint?: Child;
  /** Only the bookings this keeps, e.g. one practitioner's (the list has no query for that). */
  only?: (booking: StaffAppointment) => boolean;
}

export function mountBookings(region: HTMLElement, { query = {}, what = 'bookings', emptyHint, only = () => true }: BookingsViewOptions = {}): void {
  const list = h('div', { class: 'bookings-region' });
  const updated = h('p', { class: 'small refreshed', 'aria-live': 'off' });
  const announcer = h('p', { class: 'visually-hidden', 'aria-live': 'polite' });
  const filter = statusFilter(() => render());
  region.replaceChildren(h('div', { class: 'list-tools' }, filter.element, updated), list, announcer);
  show(list, loading(`Loading ${what}…`));

  let bookings: StaffAppointment[] | undefined;
  let refreshError: unknown;

  function render() {
    if (!bookings) return;
    const now = Date.now();
    const shown = bookings.filter((booking) => filter.value() === '' || booking.status === filter.value());
    const { upcoming, cancelled, past } = groupBookings(shown, now);
    if (bookings.length === 0) return show(list, empty(`No ${what} yet`, emptyHint));
    if (shown.length === 0) return show(list, empty(`No ${filter.label().toLowerCase()} ${what}`, h('p', {}, 'Choose “All” to see every booking.')));
    show(
      list,
      h('h3', { class: 'list-heading' }, `Upcoming (${upcoming.length})`),
      upcoming.length ? bookingList(upcoming, now) : h('p', { class: 'small' }, 'Nothing upcoming.'),
      cancelled.length > 0 &&
        h(
          'details',
          { class: 'past', open: filter.value() === 'cancelled' || cancelled.some((booking) => recentChange(booking, now) === 'cancelled') },
          h('summary', {}, `Cancelled (${cancelled.length})`),
          bookingList(cancelled, now),
        ),
      past.length > 0 && h('details', { class: 'past' }, h('summary', {}, `Past (${past.length})`), bookingList(past, now)),
    );
  }

  const poller = poll({
    load: async (signal) => (await allBookings(query, signal)).filter(only),
    onData: (next) => {
      announce(announcer, updatesSince(bookings, next));
      bookings = next;
      refreshError = undefined;
      updated.textContent = `Up to date · ${new Date().toLocaleTimeString(undefined, { hour: 'numeric', minute: '2-digit', second: '2-digit' })}`;
      updated.classList.remove('refreshed--stale');
      render();
    },
    onError: (error, hasData) => {
      if (!hasData)
        return show(
          list,
          failure(error, () => {
            show(list, loading(`Loading ${what}…`));
            poller.refresh();
          }),
        );
      // Keep the last list on screen; say it may be out of date.
      if (!refreshError) updated.textContent = `${updated.textContent?.replace(/^Up to date · /, 'Could not refresh; showing the list as of ')}. Retrying…`;
      updated.classList.add('refreshed--stale');
      refreshError = error;
    },
  });
}

function statusFilter(onChange: () => void) {
  const id = `status-${Math.random().toString(36).slice(2, 8)}`;
  const select = h(
    'select',
    { id },
    h('option', { value: '' }, 'All'),
    ...(['booked', 'cancelled', 'completed', 'no_show'] as const).map((status) => h('option', { value: status }, statusLabels[status])),
  );
  select.addEventListener('change', onChange);
  return {
    element: h('p', { class: 'field' }, h('label', { for: id }, 'Status'), select),
    value: () => select.value,
    label: () => select.selectedOptions[0]?.textContent ?? '',
  };
}

function bookingList(bookings: StaffAppointment[], now: number): HTMLElement {
  return h(
    'ol',
    { class: 'bookings' },
    bookings.map((booking) => bookingItem(booking, now)),
  );
}

const changeLabels: Record<Change, string> = { new: 'New', moved: 'Moved', cancelled: 'Cancelled' };

function bookingItem(booking: StaffAppointment, now: number): HTMLElement {
  const change = recentChange(booking, now);
  const zone = booking.location.timeZone;
  return h(
    'li',
    { class: `booking booking--${booking.status}`, 'data-id': booking.id, 'data-change': change },
    h('a', { class: 'booking__who', href: `/staff/booking.html?id=${encodeURIComponent(booking.id)}` }, patientName(booking)),
    booking.bookedBy && h('span', { class: 'booking__booker' }, bookedByNote(booking)),
    h('span', { class: 'booking__when' }, visitTime(booking)),
    h(
      'span',
      { class: 'booking__what' },
      `${booking.service.name} · ${booking.variant.name}`,
      booking.practitioner ? ` · with ${booking.practitioner.displayName}` : '',
    ),
    h('span', { class: 'booking__where' }, booking.location.name),
    h(
      'span',
      { class: 'booking__status' },
      h('span', { class: `chip chip--${booking.status}` }, statusLabels[booking.status]),
      !booking.intake.complete && booking.status === 'booked' && h('span', { class: 'chip chip--todo' }, 'Forms due'),
    ),
    change &&
      h(
        'span',
        { class: `change change--${change}` },
        h('strong', {}, changeLabels[change]),
        ` · ${changeText(booking, change, now)}`,
        change === 'moved' && booking.previousStart ? `, was ${dateTime(booking.previousStart, zone)}` : '',
      ),
  );
}

function changeText(booking: StaffAppointment, change: Change, now: number): string {
  if (change === 'new') return `booked ${ago(booking.bookedAt, now)}`;
  if (change === 'moved') return `moved ${ago(booking.updatedAt, now)}`;
  return `cancelled ${ago(booking.updatedAt, now)}`;
}

function announce(region: HTMLElement, updates: Update[]): void {
  if (updates.length === 0) return;
  const verbs: Record<Change, string> = { new: 'New booking', moved: 'Booking moved', cancelled: 'Booking cancelled' };
  region.textContent = updates.map(({ booking, change }) => `${verbs[change]}: ${whoLine(booking)}, ${booking.variant.name}, ${visitTime(booking)}.`).join(' ');
}
