/**
 * The words of the clinic's messages, in the five languages the simulator answers in: a
 * subject and a first paragraph per kind of message. The link follows the paragraph.
 */
import type { MessageKind } from '../api/schemas.js';
import type { Language } from './language.js';

/** What a message says about its appointment, already formatted in the message's language. */
export interface MessageFacts {
  /** The variant's name, e.g. "Follow-up treatment". */
  what: string;
  /** The location's name. */
  where: string;
  /** The start, as a date and time in the location's zone and the message's language. */
  when: string;
  /** The verification code, for verification messages. */
  code?: string;
  /** Minutes a code stays valid. */
  minutes?: number;
}

type Words = (facts: MessageFacts) => { subject: string; body: string };

const texts: Record<MessageKind, Record<Language, Words>> = {
  confirmation: {
    en: ({ what, where, when }) => ({
      subject: 'Your appointment is booked',
      body: `${what} at ${where}, ${when}. Open your appointment to add it to your calendar, or to change or cancel it:`,
    }),
    de: ({ what, where, when }) => ({
      subject: 'Ihr Termin ist gebucht',
      body: `${what} in ${where}, ${when}. Öffnen Sie Ihren Termin, um ihn in Ihren Kalender einzutragen, zu verschieben oder abzusagen:`,
    }),
    fr: ({ what, where, when }) => ({
      subject: 'Votre rendez-vous est réservé',
      body: `${what} à ${where}, ${when}. Ouvrez votre rendez-vous pour l’ajouter à votre agenda, le déplacer ou l’annuler :`,
    }),
    es: ({ what, where, when }) => ({
      subject: 'Su cita está reservada',
      body: `${what} en ${where}, ${when}. Abra su cita para añadirla a su calendario, cambiarla o cancelarla:`,
    }),
    ar: ({ what, where, when }) => ({ subject: 'تم حجز موعدك', body: `${what} في ${where}، ${when}. افتح موعدك لإضافته إلى تقويمك أو تغييره أو إلغائه:` }),
  },
  intake_forms: {
    en: ({ what, when }) => ({
      subject: 'Please fill in your forms before your visit',
      body: `${what}, ${when}: your intake forms are not complete yet. Fill them in here:`,
    }),
    de: ({ what, when }) => ({
      subject: 'Bitte füllen Sie vor Ihrem Besuch Ihre Formulare aus',
      body: `${what}, ${when}: Ihre Aufnahmeformulare sind noch nicht vollständig. Füllen Sie sie hier aus:`,
    }),
    fr: ({ what, when }) => ({
      subject: 'Merci de remplir vos formulaires avant votre visite',
      body: `${what}, ${when} : vos formulaires d’admission ne sont pas encore complets. Remplissez-les ici :`,
    }),
    es: ({ what, when }) => ({
      subject: 'Rellene sus formularios antes de su visita',
      body: `${what}, ${when}: sus formularios de admisión aún no están completos. Rellénelos aquí:`,
    }),
    ar: ({ what, when }) => ({ subject: 'يُرجى تعبئة نماذجك قبل زيارتك', body: `${what}، ${when}: نماذج الاستقبال الخاصة بك لم تكتمل بعد. املأها هنا:` }),
  },
  reminder: {
    en: ({ what, where, when }) => ({
      subject: 'Reminder: your appointment',
      body: `A reminder of your visit: ${what} at ${where}, ${when}. Open your appointment:`,
    }),
    de: ({ what, where, when }) => ({
      subject: 'Erinnerung: Ihr Termin',
      body: `Eine Erinnerung an Ihren Besuch: ${what} in ${where}, ${when}. Öffnen Sie Ihren Termin:`,
    }),
    fr: ({ what, where, when }) => ({
      subject: 'Rappel : votre rendez-vous',
      body: `Un rappel de votre visite : ${what} à ${where}, ${when}. Ouvrez votre rendez-vous :`,
    }),
    es: ({ what, where, when }) => ({ subject: 'Recordatorio: su cita', body: `Le recordamos su visita: ${what} en ${where}, ${when}. Abra su cita:` }),
    ar: ({ what, where, when }) => ({ subject: 'تذكير: موعدك', body: `تذكير بزيارتك: ${what} في ${where}، ${when}. افتح موعدك:` }),
  },
  rescheduled: {
    en: ({ what, where, when }) => ({ subject: 'Your appointment has moved', body: `${what} at ${where} is now ${when}. Open your appointment:` }),
    de: ({ what, where, when }) => ({ subject: 'Ihr Termin wurde verschoben', body: `${what} in ${where} ist jetzt ${when}. Öffnen Sie Ihren Termin:` }),
    fr: ({ what, where, when }) => ({
      subject: 'Votre rendez-vous a été déplacé',
      body: `${what} à ${where} a lieu désormais ${when}. Ouvrez votre rendez-vous :`,
    }),
    es: ({ what, where, when }) => ({ subject: 'Su cita ha cambiado de hora', body: `${what} en ${where} es ahora ${when}. Abra su cita:` }),
    ar: ({ what, where, when }) => ({ subject: 'تم نقل موعدك', body: `${what} في ${where} أصبح الآن ${when}. افتح موعدك:` }),
  },
  cancelled: {
    en: ({ what, when }) => ({ subject: 'Your appointment is cancelled', body: `${what}, ${when}, is cancelled. To book another time:` }),
    de: ({ what, when }) => ({ subject: 'Ihr Termin ist abgesagt', body: `${what}, ${when}, ist abgesagt. Einen neuen Termin buchen:` }),
    fr: ({ what, when }) => ({ subject: 'Votre rendez-vous est annulé', body: `${what}, ${when}, est annulé. Pour réserver un autre horaire :` }),
    es: ({ what, when }) => ({ subject: 'Su cita está cancelada', body: `${what}, ${when}, está cancelada. Para reservar otra hora:` }),
    ar: ({ what, when }) => ({ subject: 'تم إلغاء موعدك', body: `تم إلغاء ${what}، ${when}. لحجز موعد آخر:` }),
  },
  waitlist_offer: {
    en: ({ what, where, when }) => ({
      subject: 'An earlier time has opened',
      body: `You asked us to tell you if an earlier time opened: ${what} at ${where}, ${when}, is free now. The first patient to book it gets it:`,
    }),
    de: ({ what, where, when }) => ({
      subject: 'Ein früherer Termin ist frei geworden',
      body: `Sie wollten erfahren, wenn ein früherer Termin frei wird: ${what} in ${where}, ${when}, ist jetzt frei. Wer zuerst bucht, bekommt ihn:`,
    }),
    fr: ({ what, where, when }) => ({
      subject: 'Un horaire plus tôt s’est libéré',
      body: `Vous souhaitiez être prévenu si un horaire plus tôt se libérait : ${what} à ${where}, ${when}, est libre. Le premier patient qui le réserve l’obtient :`,
    }),
    es: ({ what, where, when }) => ({
      subject: 'Se ha liberado una hora antes',
      body: `Nos pidió que le avisáramos si se liberaba una hora antes: ${what} en ${where}, ${when}, está libre ahora. El primer paciente que la reserve se la queda:`,
    }),
    ar: ({ what, where, when }) => ({
      subject: 'أصبح موعد أبكر متاحًا',
      body: `طلبت منا إخبارك إذا أصبح موعد أبكر متاحًا: ${what} في ${where}، ${when}، متاح الآن. أول مريض يحجزه يحصل عليه:`,
    }),
  },
  verification_code: {
    en: ({ code, minutes }) => ({ subject: `Your code: ${code}`, body: `Enter ${code} to confirm your booking. The code works for ${minutes} minutes.` }),
    de: ({ code, minutes }) => ({
      subject: `Ihr Code: ${code}`,
      body: `Geben Sie ${code} ein, um Ihre Buchung zu bestätigen. Der Code gilt ${minutes} Minuten.`,
    }),
    fr: ({ code, minutes }) => ({
      subject: `Votre code : ${code}`,
      body: `Saisissez ${code} pour confirmer votre réservation. Le code est valable ${minutes} minutes.`,
    }),
    es: ({ code, minutes }) => ({
      subject: `Su código: ${code}`,
      body: `Introduzca ${code} para confirmar su reserva. El código es válido durante ${minutes} minutos.`,
    }),
    ar: ({ code, minutes }) => ({ subject: `رمزك: ${code}`, body: `أدخل ${code} لتأكيد حجزك. الرمز صالح لمدة ${minutes} دقيقة.` }),
  },
};

/** The line that opens a message about someone else's visit, to the person who booked it. */
const forSomeoneElse: Record<Language, (name: string) => string> = {
  en: (name) => `This visit is for ${name}.`,
  de: (name) => `Dieser Termin ist für ${name}.`,
  fr: (name) => `Ce rendez-vous est pour ${name}.`,
  es: (name) => `Esta visita es para ${name}.`,
  ar: (name) => `هذه الزيارة لـ ${name}.`,
};

/** A message's subject and body in `language`; `patientName` when it goes to someone who booked for the patient. */
export function messageWords(kind: MessageKind, language: Language, facts: MessageFacts, patientName?: string): { subject: string; body: string } {
  const { subject, body } = texts[kind][language](facts);
  return { subject, body: patientName ? `${forSomeoneElse[language](patientName)}\n\n${body}` : body };
}
