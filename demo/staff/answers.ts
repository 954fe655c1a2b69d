// The patient's answers to the clinic's own questions (the variant's `questions`), as staff read
// them on a booking: each question with the answer in words, as the API gives them.
import type { StaffAppointment } from 'circle-booking/api';
import { h } from './dom.js';

export function answersPanel(booking: StaffAppointment): HTMLElement | undefined {
  if (!booking.answers?.length) return undefined;
  return h(
    'section',
    { class: 'panel', 'aria-labelledby': 'answers' },
    h('h2', { id: 'answers' }, 'Answers to your questions'),
    h(
      'dl',
      { class: 'facts facts--answers', 'data-field': 'answers' },
      ...booking.answers.map(({ question, answer }) => [h('dt', {}, question), h('dd', {}, answer)]),
    ),
  );
}
