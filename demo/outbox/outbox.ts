/**
 * The demo's Outbox: the messages the simulator's clinic sent, as the patient would read them.
 * Each message's link is followed like a link in an email: it opens the patient app. Reads go
 * through the package's API client; sending reminders is the simulator's control route.
 */
import { createClient, getOutbox, type OutboxMessage } from 'circle-booking/api';
import { failure, h, show } from '../staff/dom.js';

const list = document.querySelector<HTMLOListElement>('#messages')!;
const status = document.querySelector<HTMLElement>('#outbox-status')!;
const apiBase = import.meta.env.VITE_CIRCLE_API_BASE ?? 'http://127.0.0.1:4010/api';

const kindLabels: Record<OutboxMessage['kind'], string> = {
  confirmation: 'Confirmation',
  intake_forms: 'Intake forms',
  reminder: 'Reminder',
  rescheduled: 'Change',
  cancelled: 'Cancellation',
  verification_code: 'Verification code',
  waitlist_offer: 'Waitlist offer',
};

const linkLabels: Partial<Record<OutboxMessage['kind'], string>> = {
  confirmation: 'Open your appointment',
  intake_forms: 'Fill in your forms',
  reminder: 'Open your appointment',
  rescheduled: 'Open your appointment',
  cancelled: 'Book another time',
  waitlist_offer: 'Book this time',
};

function renderMessage(message: OutboxMessage): HTMLLIElement {
  const sent = new Intl.DateTimeFormat(undefined, { dateStyle: 'medium', timeStyle: 'short' }).format(new Date(message.sentAt));
  return h(
    'li',
    { class: `message message--${message.kind}`, 'data-kind': message.kind, 'data-appointment': message.appointmentId },
    h(
      'article',
      { 'aria-labelledby': `subject-${message.id}` },
      h('p', { class: 'message__meta' }, h('span', { class: 'chip' }, kindLabels[message.kind]), ` To ${message.to} · ${sent}`),
      h('h2', { class: 'message__subject', id: `subject-${message.id}` }, message.subject),
      ...message.body.split('\n\n').map((paragraph) => h('p', { dir: 'auto' }, paragraph)),
      message.code && h('p', { class: 'message__code' }, h('span', { class: 'visually-hidden' }, 'Code: '), message.code),
      message.link && h('p', {}, h('a', { class: 'message__link', href: message.link }, linkLabels[message.kind] ?? 'Open the link')),
    ),
  );
}

async function load(): Promise<void> {
  list.setAttribute('aria-busy', 'true');
  try {
    const { messages } = await getOutbox(createClient());
    show(
      list,
      messages.length === 0
        ? h('li', { class: 'message message--empty' }, 'No messages yet. Book a visit on the clinic website, and its confirmation arrives here.')
        : messages.map(renderMessage),
    );
  } catch (error) {
    show(
      list,
      h(
        'li',
        {},
        failure(error, () => void load()),
      ),
    );
  } finally {
    list.setAttribute('aria-busy', 'false');
  }
}

document.querySelector('#refresh')!.addEventListener('click', () => void load());
document.querySelector('#send-reminders')!.addEventListener('click', async () => {
  const response = await fetch(`${apiBase}/__simulator/reminders`, { method: 'POST' }).catch(() => undefined);
  const sent = response?.ok ? ((await response.json()) as { messages: unknown[] }).messages.length : undefined;
  status.textContent = sent === undefined ? 'The reminders could not be sent.' : sent === 1 ? 'Sent 1 reminder.' : `Sent ${sent} reminders.`;
  await load();
});

void load();
