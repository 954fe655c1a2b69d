/**
 * The clinic's outbox: every message its workflows would send, in place of real email. Each
 * message's link is built with `circle-booking/links`, exactly as a clinic's server would, so a
 * test or the demo can follow it and land where the patient would.
 */
import type { MessageKind, OutboxMessage } from '../api/schemas.js';
import { prefillParams } from '../flow/prefill.js';
import { patientAppUrl, type PatientAppTarget } from '../links/index.js';
import { formatInstant } from '../time/instants.js';
import type { SeedAppointment, SeedData } from './fixtures.js';
import type { Language } from './language.js';
import { messageWords } from './message-texts.js';
import type { WaitlistRecord } from './waitlist.js';

/** Where a message about an appointment goes: to whoever booked it, in the language they booked in. */
export function recipientOf(record: SeedAppointment): { to: string; patientName?: string } | undefined {
  if (record.bookedBy) return { to: record.bookedBy.email, patientName: `${record.patient?.givenName} ${record.patient?.familyName}` };
  return record.patient?.email ? { to: record.patient.email } : undefined;
}

export class Outbox {
  private messages: OutboxMessage[] = [];
  private sent = 0;

  constructor(private readonly patientAppBase: string) {}

  /** Newest first; only those to `to` when given (compared without case). */
  list(to?: string): OutboxMessage[] {
    const wanted = to?.trim().toLowerCase();
    return structuredClone(this.messages.filter((message) => !wanted || message.to.toLowerCase() === wanted)).reverse();
  }

  clear(): void {
    this.messages = [];
  }

  /**
   * A message about an appointment, with the link that fits it: the appointment for the
   * confirmation, reminder and change; the intake forms; a new booking of the same variant after
   * a cancellation. Nothing is sent when the booking names no one to write to.
   */
  sendAbout(kind: Exclude<MessageKind, 'verification_code' | 'waitlist_offer'>, data: SeedData, record: SeedAppointment, now: Date): OutboxMessage | undefined {
    const recipient = recipientOf(record);
    if (!recipient) return undefined;
    const language = record.language ?? 'en';
    const variant = data.variants.find((candidate) => candidate.id === record.variantId)!;
    const location = data.locations.find((candidate) => candidate.id === record.locationId)!;
    const when = new Intl.DateTimeFormat(language, { dateStyle: 'full', timeStyle: 'short', timeZone: location.timeZone }).format(new Date(record.start));
    const words = messageWords(kind, language, { what: variant.name, where: location.name, when }, recipient.patientName);
    return this.add({
      kind,
      channel: 'email',
      to: recipient.to,
      sentAt: formatInstant(now, location.timeZone),
      ...words,
      appointmentId: record.id,
      link: patientAppUrl(this.patientAppBase, linkTarget(kind, record)),
    });
  }

  /**
   * A freed time, offered to a patient on the waitlist. Its link opens the booking flow at that
   * time, with the patient's details filled in through the prefill parameters (`given_name`,
   * `family_name`, `email`, `phone`) that a page with `prefill-from-url` reads. They go in the
   * fragment, as an appointment link's token does: never sent to the clinic's server, nor in a
   * Referer.
   */
  sendOffer(data: SeedData, offer: WaitlistRecord, now: Date): OutboxMessage {
    const variant = data.variants.find((candidate) => candidate.id === offer.variantId)!;
    const location = data.locations.find((candidate) => candidate.id === offer.locationId)!;
    const start = new Date(offer.offeredStart!);
    const when = new Intl.DateTimeFormat(offer.language, { dateStyle: 'full', timeStyle: 'short', timeZone: location.timeZone }).format(start);
    const words = messageWords('waitlist_offer', offer.language, { what: variant.name, where: location.name, when });
    const link = new URL(
      patientAppUrl(this.patientAppBase, {
        kind: 'book-variant',
        variantId: offer.variantId,
        locationId: offer.locationId,
        start: formatInstant(start, location.timeZone),
      }),
    );
    link.hash = prefillParams(offer.contact).toString();
    return this.add({
      kind: 'waitlist_offer',
      channel: 'email',
      to: offer.contact.email,
      sentAt: formatInstant(now, location.timeZone),
      ...words,
      link: link.href,
    });
  }

  /** A verification code, to the address being confirmed. */
  sendCode(to: string, code: string, minutes: number, language: Language, now: Date): OutboxMessage {
    const words = messageWords('verification_code', language, { what: '', where: '', when: '', code, minutes });
    return this.add({ kind: 'verification_code', channel: 'email', to, sentAt: now.toISOString().replace(/\.\d{3}Z$/, 'Z'), ...words, code });
  }

  private add(message: Omit<OutboxMessage, 'id'>): OutboxMessage {
    const sent = { id: `msg_${String(++this.sent).padStart(4, '0')}`, ...message };
    this.messages.push(sent);
    return structuredClone(sent);
  }
}

function linkTarget(kind: Exclude<MessageKind, 'verification_code' | 'waitlist_offer'>, record: SeedAppointment): PatientAppTarget {
  const access = { appointmentId: record.id, token: record.token };
  if (kind === 'intake_forms') return { kind: 'intake-forms', ...access };
  if (kind === 'cancelled') return { kind: 'book-variant', variantId: record.variantId, locationId: record.locationId };
  return { kind: 'appointment', ...access };
}
