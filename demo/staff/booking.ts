// One booking as staff see it: the patient, the visit, its history (booked, moved, cancelled),
// kept fresh while open, and the share menu that copies the patient's own appointment link.
import type { StaffAppointment } from 'circle-booking/api';
import { answersPanel } from './answers.js';
import { recentChange } from './changes.js';
import { allBookings } from './data.js';
import { empty, failure, h, loading, recordId, show } from './dom.js';
import { bookedByNote, dateTime, patientName, statusLabels, visitTime } from './format.js';
import { poll } from './poll.js';
import { recordHeader } from './record-page.js';

const region = document.querySelector<HTMLElement>('#record')!;
const id = recordId();
show(region, loading('Loading the booking…', 2));

let shown: StaffAppointment | undefined;
const poller = poll({
  // The list filtered here: the staff API has no single-booking read, and a clinic's list is short.
  load: async (signal) => (await allBookings({}, signal)).find((booking) => booking.id === id) ?? null,
  onData: (booking) => {
    if (!booking) return show(region, empty('There is no booking with this id', h('p', {}, h('a', { href: '/staff/' }, 'Back to all bookings'))));
    // Re-render only on change: the share menu keeps its state (and focus) between polls.
    if (shown && shown.updatedAt === booking.updatedAt && shown.status === booking.status) return;
    shown = booking;
    render(booking);
  },
  onError: (error, hasData) => {
    if (!hasData)
      show(
        region,
        failure(error, () => poller.refresh()),
      );
  },
});

function render(booking: StaffAppointment): void {
  document.title = `${patientName(booking)} · Circle Health staff`;
  const zone = booking.location.timeZone;
  const change = recentChange(booking, Date.now());
  const history = [
    h('li', {}, `Booked ${dateTime(booking.bookedAt, zone)}`),
    booking.previousStart && h('li', {}, `Moved ${dateTime(booking.updatedAt, zone)}, from ${dateTime(booking.previousStart, zone)}`),
    booking.cancellation &&
      h('li', {}, `Cancelled ${dateTime(booking.cancellation.at, zone)}`, booking.cancellation.reason ? `: “${booking.cancellation.reason}”` : ''),
  ];
  show(
    region,
    recordHeader(
      'appointment',
      booking.id,
      `Booking ${booking.id}`,
      patientName(booking),
      h('span', { class: `chip chip--${booking.status}` }, statusLabels[booking.status]),
      change && h('span', { class: `chip chip--change-${change}` }, { new: 'New', moved: 'Moved', cancelled: 'Just cancelled' }[change]),
    ),
    h(
      'section',
      { class: 'panel', 'aria-labelledby': 'visit' },
      h('h2', { id: 'visit' }, 'Visit'),
      h(
        'dl',
        { class: 'facts' },
        h('dt', {}, 'What'),
        h(
          'dd',
          {},
          h('a', { href: `/staff/service.html?id=${encodeURIComponent(booking.service.id)}` }, booking.service.name),
          ' · ',
          h('a', { href: `/staff/variant.html?id=${encodeURIComponent(booking.variant.id)}` }, booking.variant.name),
        ),
        h('dt', {}, 'When'),
        h('dd', { 'data-field': 'when' }, visitTime(booking)),
        booking.practitioner && [
          h('dt', {}, 'With'),
          h('dd', {}, booking.practitioner.displayName, h('span', { class: 'small' }, ` · ${booking.practitioner.title}`)),
        ],
        h('dt', {}, 'Where'),
        h('dd', {}, booking.location.name),
        h('dt', {}, 'Intake forms'),
        h('dd', {}, booking.intake.complete ? 'Complete' : 'Not filled in yet'),
      ),
    ),
    h(
      'section',
      { class: 'panel', 'aria-labelledby': 'patient' },
      h('h2', { id: 'patient' }, 'Patient'),
      h(
        'dl',
        { class: 'facts' },
        h('dt', {}, 'Name'),
        h('dd', {}, patientName(booking)),
        booking.patient.email && [h('dt', {}, 'Email'), h('dd', {}, h('a', { href: `mailto:${booking.patient.email}` }, booking.patient.email))],
        booking.patient.phone && [
          h('dt', {}, 'Phone'),
          h('dd', {}, h('a', { href: `tel:${booking.patient.phone.replace(/[^+\d]/g, '')}` }, booking.patient.phone)),
        ],
        booking.bookedBy && [
          h('dt', {}, 'Booked by'),
          h('dd', { 'data-field': 'booked-by' }, bookedByNote(booking).replace(/^booked by /, '')),
          booking.bookedBy.email && [h('dt', {}, 'Their email'), h('dd', {}, h('a', { href: `mailto:${booking.bookedBy.email}` }, booking.bookedBy.email))],
          booking.bookedBy.phone && [
            h('dt', {}, 'Their phone'),
            h('dd', {}, h('a', { href: `tel:${booking.bookedBy.phone.replace(/[^+\d]/g, '')}` }, booking.bookedBy.phone)),
          ],
        ],
      ),
    ),
    answersPanel(booking),
    h('section', { class: 'panel', 'aria-labelledby': 'history' }, h('h2', { id: 'history' }, 'History'), h('ol', { class: 'history' }, history)),
  );
}
