/**
 * The simulator answers its own words (why something cannot be booked, cancelled, moved or
 * shared) in the language the request's `Accept-Language` asks for, among the five the elements
 * speak, as docs/api.md asks of a real API. English when none of them is asked for.
 *
 * The language is set for one answer at a time: the handlers answer synchronously from the
 * moment they read the request (see handlers.ts), so two requests never see each other's.
 */
export const languages = ['en', 'de', 'fr', 'es', 'ar'] as const;
export type Language = (typeof languages)[number];
/** One text in every language the simulator answers in. */
export type Localized = Readonly<Record<Language, string>>;

let current: Language = 'en';

/** The language of the answer being made. */
export function answerLanguage(): Language {
  return current;
}

/** `text` in the language of the answer being made. */
export function say(text: Localized): string {
  return text[current];
}

/** Makes `answer` (synchronously) in the language `acceptLanguage` asks for. */
export function answerIn<T>(acceptLanguage: string | null | undefined, answer: () => T): T {
  const before = current;
  current = languageOf(acceptLanguage);
  try {
    return answer();
  } finally {
    current = before;
  }
}

/** The first of our languages an `Accept-Language` header asks for, by its q-values: `de-CH, en;q=0.5` → `de`. */
export function languageOf(acceptLanguage: string | null | undefined): Language {
  const asked = (acceptLanguage ?? '')
    .split(',')
    .map((part, index) => {
      const [tag = '', ...parameters] = part.trim().split(';');
      const q = parameters.map((parameter) => /^\s*q=([\d.]+)\s*$/.exec(parameter)?.[1]).find(Boolean);
      return { language: tag.trim().toLowerCase().split('-')[0]!, q: q === undefined ? 1 : Number(q), index };
    })
    .filter(({ q }) => q > 0)
    .sort((a, b) => b.q - a.q || a.index - b.index);
  return asked.map(({ language }) => language).find((language): language is Language => (languages as readonly string[]).includes(language)) ?? 'en';
}

/** Why a service, a variant or an appointment cannot be booked or shared, by the contract's code. */
export const unavailableMessages = {
  not_visible: {
    en: 'This service is not offered online.',
    de: 'Diese Leistung wird online nicht angeboten.',
    fr: 'Ce service n’est pas proposé en ligne.',
    es: 'Este servicio no se ofrece en línea.',
    ar: 'هذه الخدمة غير متاحة عبر الإنترنت.',
  },
  not_bookable: {
    en: 'This service cannot be booked online; please call the clinic.',
    de: 'Diese Leistung kann nicht online gebucht werden; bitte rufen Sie die Praxis an.',
    fr: 'Ce service ne peut pas être réservé en ligne ; veuillez appeler le cabinet.',
    es: 'Este servicio no se puede reservar en línea; llame a la clínica.',
    ar: 'لا يمكن حجز هذه الخدمة عبر الإنترنت؛ يُرجى الاتصال بالعيادة.',
  },
  no_location: {
    en: 'None of our locations takes online bookings for this; please call the clinic.',
    de: 'Keiner unserer Standorte nimmt dafür Online-Buchungen an; bitte rufen Sie die Praxis an.',
    fr: 'Aucun de nos sites n’accepte de réservation en ligne pour ce soin ; veuillez appeler le cabinet.',
    es: 'Ninguno de nuestros centros acepta reservas en línea para esto; llame a la clínica.',
    ar: 'لا يقبل أيٌّ من مواقعنا الحجز عبر الإنترنت لهذا؛ يُرجى الاتصال بالعيادة.',
  },
  appointment_missing: {
    en: 'There is no appointment with this id.',
    de: 'Es gibt keinen Termin mit dieser ID.',
    fr: 'Aucun rendez-vous ne porte cet identifiant.',
    es: 'No hay ninguna cita con este identificador.',
    ar: 'لا يوجد موعد بهذا المعرّف.',
  },
  appointment_cancelled: {
    en: 'This appointment was cancelled, so there is nothing to share.',
    de: 'Dieser Termin wurde abgesagt, es gibt also nichts zu teilen.',
    fr: 'Ce rendez-vous a été annulé : il n’y a rien à partager.',
    es: 'Esta cita se canceló, así que no hay nada que compartir.',
    ar: 'أُلغي هذا الموعد، فلا يوجد ما يمكن مشاركته.',
  },
} as const satisfies Record<string, Localized>;

/** Why cancelling or moving a visit online is closed: `hours` before it, and how to call instead. */
export function closedReason(type: 'cancel' | 'reschedule', hours: number, phone: string | undefined): string {
  const texts: Record<Language, () => string> = {
    en: () =>
      `${type === 'cancel' ? 'Cancellation' : 'Rescheduling'} closes ${hours} hours before your visit; ${phone ? `call the clinic on ${phone}` : 'call the clinic'}.`,
    de: () =>
      `${type === 'cancel' ? 'Absagen' : 'Verschieben'} ist bis ${hours} Stunden vor Ihrem Termin möglich; ${phone ? `rufen Sie die Praxis unter ${phone} an` : 'rufen Sie die Praxis an'}.`,
    fr: () =>
      `${type === 'cancel' ? 'L’annulation' : 'Le changement d’horaire'} ferme ${hours} heures avant votre visite ; ${phone ? `appelez le cabinet au ${phone}` : 'appelez le cabinet'}.`,
    es: () =>
      `${type === 'cancel' ? 'La cancelación' : 'El cambio de hora'} se cierra ${hours} horas antes de su visita; ${phone ? `llame a la clínica al ${phone}` : 'llame a la clínica'}.`,
    ar: () =>
      `${type === 'cancel' ? 'يُغلق الإلغاء' : 'يُغلق تغيير الموعد'} قبل ${hours} ساعة من زيارتك؛ ${phone ? `اتصل بالعيادة على ${phone}` : 'اتصل بالعيادة'}.`,
  };
  return texts[current]();
}
