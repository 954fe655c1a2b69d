/**
 * The booking-API contract. Every request body the client sends and every response body it
 * accepts is described here, once; TypeScript types are inferred from these schemas and
 * `docs/openapi.json` is generated from them (a test keeps it in step).
 *
 * `zod/mini` because this ships to clinic websites: full zod costs about 20 KB more.
 */
import * as z from 'zod/mini';
import { email, httpsUrl, instant, integer, isoDate, rule, webUrl } from './formats.js';

const id = z.string().check(z.minLength(1), z.maxLength(200));
/** Text from the API. Always rendered as text, never as HTML. */
const text = z.string().check(z.maxLength(10_000));
const shortText = z.string().check(z.minLength(1), z.maxLength(500));
const phonePattern = /^\+?[0-9 ()./-]{6,32}$/;
const ianaTimeZone = z.string().check(z.minLength(1), rule(isKnownTimeZone, 'Unknown IANA time zone'));

function isKnownTimeZone(zone: string): boolean {
  try {
    new Intl.DateTimeFormat('en', { timeZone: zone });
    return true;
  } catch {
    return false;
  }
}

/** How the clinic can be reached when something can't be done online. */
export const ClinicContact = z.object({
  name: shortText,
  phone: z.optional(shortText),
  email: z.optional(email),
});

export const Address = z.object({
  line1: shortText,
  line2: z.optional(shortText),
  city: shortText,
  postalCode: z.optional(shortText),
  country: z.string().check(z.minLength(2), z.maxLength(2)),
});

export const Location = z.object({
  id,
  name: shortText,
  address: Address,
  timeZone: ianaTimeZone,
  /** False when the location is not configured for online booking; such a location is never offered. */
  bookable: z.boolean(),
});

/** An amount in the currency's minor unit (cents), to avoid floating-point money. */
export const Price = z.object({
  amountMinor: integer.check(z.nonnegative()),
  currency: z.string().check(z.regex(/^[A-Z]{3}$/)),
});

/*
 * Who sees the patient, and when online booking is open (practitioners, the booking window).
 * The fields are optional: an API without practitioners or a window works as before.
 */

/** A BCP 47 language tag: `de`, `en-GB`, `zh-Hant`. */
const languageTag = z.string().check(z.regex(/^[A-Za-z]{2,3}(?:-[A-Za-z0-9]{2,8})*$/));

/** Someone who sees patients, as patients choose between them. */
export const Practitioner = z.object({
  id,
  displayName: shortText,
  /** Their role as patients read it: "Chartered physiotherapist". */
  title: shortText,
  /** A portrait, https only: an http one would be mixed content on the clinic's https site. */
  photoUrl: z.optional(httpsUrl),
  /** A short introduction, plain text. */
  bio: text,
  /** The languages they see patients in. */
  languages: z.array(languageTag),
});

/** What an appointment names of its practitioner. */
export const PractitionerName = z.object({ id, displayName: shortText, title: shortText });

/**
 * When a variant can be booked online. Times sooner than the minimum notice are shown but
 * booked by phone ("Call to book"); days past the horizon cannot be booked online.
 */
export const BookingWindow = z.object({
  /** No time starting sooner than this after now is bookable online, e.g. 1440 (24 hours). */
  minimumNoticeMinutes: integer.check(z.nonnegative(), z.maximum(366 * 24 * 60)),
  /** Online booking opens this many days ahead, e.g. 56 (8 weeks). */
  horizonDays: integer.check(z.positive(), z.maximum(3660)),
});

/** A variant's practitioners (ids into its service's or detail's `practitioners`) and its window. */
const variantScheduleFields = {
  practitionerIds: z.optional(z.array(id)),
  bookingWindow: z.optional(BookingWindow),
};

/** The practitioners a service or a variant's detail lists, in the order patients see them. */
const practitionersField = { practitioners: z.optional(z.array(Practitioner)) };

/** A free time: who is free at it, and whether it can be booked online or only by phone. */
const slotScheduleFields = {
  /** The practitioners free at this time; left out when the API has none. */
  practitionerIds: z.optional(z.array(id)),
  /** False for a time inside the minimum notice: free, but booked by phone. Left out means true. */
  bookableOnline: z.optional(z.boolean()),
};

/** The practitioner chosen for a booking or a move; left out, anyone free (a move: the same one). */
const practitionerChoiceField = { practitionerId: z.optional(id) };

/** The practitioner an appointment is with, when the API has practitioners. */
const appointmentPractitionerField = { practitioner: z.optional(PractitionerName) };
// Video and phone visits (issue #23): how a visit takes place, and where a video visit is joined.

/** How a visit takes place: at the location, by video call, or by the clinic phoning the patient. Absent means in person. */
export const VisitMode = z.enum(['in_person', 'video', 'phone']);

/** An https link only (formats.ts): a video visit is never joined over plain http or any other scheme. */
export { httpsUrl };
// Who the visit is for, new and returning patients, and the code that confirms it's them.

/** Whom a variant is for: an initial assessment for new patients, a follow-up for returning ones. */
export const PatientKind = z.enum(['new', 'returning', 'both']);

/**
 * What the API asks of a returning patient to find their record, besides name, contact and date
 * of birth: `matchFields` names fields of `PatientMatch` (and may name `dateOfBirth`, which every
 * booking carries). Names the elements do not know are ignored, so a newer API never breaks them.
 */
export const ReturningPatients = z.object({
  matchFields: z.array(z.string().check(z.minLength(1), z.maxLength(100))),
});

/** The fields a returning patient gives, as `ReturningPatients.matchFields` asked. */
export const PatientMatch = z.object({
  postalCode: z.optional(z.string().check(z.trim(), z.minLength(2), z.maxLength(20))),
  patientNumber: z.optional(z.string().check(z.trim(), z.minLength(1), z.maxLength(50))),
});

/** How the person booking for someone else is related to them. */
export const Relationship = z.enum(['parent', 'guardian', 'carer', 'partner', 'relative', 'other']);

/**
 * Who books for someone else (a parent for a child, a carer for the person they look after).
 * The clinic writes to them about the visit.
 */
export const Booker = z.object({
  givenName: z.string().check(z.trim(), z.minLength(1), z.maxLength(100)),
  familyName: z.string().check(z.trim(), z.minLength(1), z.maxLength(100)),
  relationship: Relationship,
  email: z.string().check(z.trim(), z.maxLength(254), email),
  phone: z.string().check(z.trim(), z.regex(phonePattern)),
});

/** A person as an answer names them. */
export const PersonName = z.object({ givenName: shortText, familyName: shortText });

/** Who booked for someone else, as an appointment names them: no contact. */
export const BookerName = z.object({ givenName: shortText, familyName: shortText, relationship: Relationship });

/** The patient's answer to a code the API sent: the verification's id and the code typed. */
export const VerificationAnswer = z.object({
  id,
  code: z.string().check(z.regex(/^[0-9]{4,10}$/)),
});

/**
 * A code the API sent to confirm the booker's email or phone, named in a `verification_required`
 * problem (and again with a wrong, expired or used-up code). `destination` is masked by the API
 * (`a•••@example.org`) and shown as it is.
 */
export const Verification = z.object({
  id,
  channel: z.enum(['email', 'sms']),
  destination: shortText,
  codeLength: integer.check(z.minimum(4), z.maximum(10)),
  /** Seconds the code stays valid, counted from this answer. */
  expiresInSeconds: integer.check(z.nonnegative()),
  /** Seconds until a new code may be asked for; 0 when it may be now. */
  resendAfterSeconds: integer.check(z.nonnegative()),
  /** Wrong codes the patient may still type before this code stops working. */
  attemptsLeft: integer.check(z.nonnegative()),
});

// The form the clinic asks for (issue #26): which patient fields a variant requires, and the
// clinic's own questions with their answers.

/** Whether a variant requires a patient field or lets the patient leave it out. */
export const FieldRequirement = z.enum(['required', 'optional']);

/**
 * The patient fields whose need differs between clinics and treatments. Absent, or a field left
 * out, means required: a clinic that says nothing asks what it always asked.
 */
export const PatientFields = z.object({
  dateOfBirth: z.optional(FieldRequirement),
  phone: z.optional(FieldRequirement),
});

/** A label or hint of a question, from the clinic: shown as text, never as HTML. */
const questionText = z.string().check(z.minLength(1), z.maxLength(300));

/** What every question has: its id (the key of its answer), its label, an optional hint, and whether it must be answered. */
const questionFields = {
  id: z.string().check(z.regex(/^[A-Za-z0-9_-]{1,64}$/)),
  label: questionText,
  hint: z.optional(questionText),
  required: z.boolean(),
};

/** One of a choice question's answers: `id` is what the booking sends, `label` what the patient reads. */
export const QuestionOption = z.object({ id: questionFields.id, label: questionText });

/** What a question asks for. Other kinds (a newer API's) fail validation: a form cannot ask what it cannot show. */
export const QuestionType = z.enum(['text', 'choice', 'yes_no', 'date']);

/** A choice question comes with its options. */
const choiceHasOptions: z.core.CheckFn<{ type: string; options?: unknown[] | undefined }> = (payload) => {
  if (payload.value.type === 'choice' && !payload.value.options?.length) {
    payload.issues.push({ code: 'custom', message: 'A choice question needs options.', input: payload.value, path: ['options'] });
  }
};

/**
 * A question the clinic adds to the booking form: free text (`text`, at most `maxLength`
 * characters, 500 when left out), one of `options` (`choice`), yes or no (`yes_no`), or a date
 * between `min` and `max` (`date`, both inclusive, both optional). Its answer travels with the
 * booking in `answers`, keyed by `id`. One object rather than a union by `type`: a union costs
 * every booking page about 1 kB of zod.
 */
export const Question = z
  .object({
    ...questionFields,
    type: QuestionType,
    /** `text`: the longest answer, in characters. */
    maxLength: z.optional(integer.check(z.positive(), z.maximum(2000))),
    /** `choice`: the answers to choose from, in order. */
    options: z.optional(z.array(QuestionOption).check(z.maxLength(50))),
    /** `date`: the earliest and latest dates accepted. */
    min: z.optional(isoDate),
    max: z.optional(isoDate),
  })
  .check(choiceHasOptions);

/**
 * A patient's answer, as text: what they typed for a text question, an option's `id` for a
 * choice, `yes` or `no`, `YYYY-MM-DD` for a date. A question left unanswered is left out.
 */
export const Answer = z.string().check(z.maxLength(2000));

/** Every key of the answers is a question's id. */
const keyedByQuestionId: z.core.CheckFn<Record<string, string>> = (payload) => {
  for (const key of Object.keys(payload.value)) {
    if (!/^[A-Za-z0-9_-]{1,64}$/.test(key)) payload.issues.push({ code: 'custom', message: 'Not a question id.', input: payload.value, path: [key] });
  }
};

/**
 * The answers of a booking, keyed by question id. An object with a catch-all rather than
 * `z.record`, which costs every page that asks the API about 0.5 kB of zod.
 */
export const Answers = z.catchall(z.object({}), Answer).check(keyedByQuestionId);

/** What a variant asks of the patient beyond their name and contact. */
const variantFormFields = {
  patientFields: z.optional(PatientFields),
  questions: z.optional(z.array(Question).check(z.maxLength(30))),
};

export const Variant = z.object({
  id,
  serviceId: id,
  name: shortText,
  durationMinutes: integer.check(z.positive(), z.maximum(24 * 60)),
  price: z.optional(Price),
  bookable: z.boolean(),
  /** The locations that offer this variant. */
  locationIds: z.array(id),
  ...variantScheduleFields,
  mode: z.optional(VisitMode),
  /** Whom the variant is for: new patients, returning ones, or both (also when absent). */
  forPatients: z.optional(PatientKind),
  ...variantFormFields,
});

/** Why a service, variant or share link is not available; `message` is shown to people as is. */
export const Unavailability = z.object({
  code: z.enum(['not_visible', 'not_bookable', 'no_location', 'appointment_missing', 'appointment_cancelled']),
  message: shortText,
});

export const Slot = z.object({ start: instant, end: instant, ...slotScheduleFields });

/** Free slots of one variant at one location, for the dates `from` to `to` inclusive, in `timeZone`. */
export const Availability = z.object({
  variantId: id,
  locationId: id,
  timeZone: ianaTimeZone,
  from: isoDate,
  to: isoDate,
  slots: z.array(Slot),
  /** The first later date with a free slot, when there is one, so an empty window has a way forward. */
  nextAvailableDate: z.optional(isoDate),
  /** The last date that can be booked online (the booking horizon), when there is one: later dates are never free. */
  bookableUntil: z.optional(isoDate),
});

/**
 * What a service is, without what hangs off it; shared field by field with the lighter views
 * below. Spread rather than `z.pick`, which costs every page about 0.3 kB of zod.
 */
const serviceFields = {
  id,
  name: shortText,
  /** Plain text; paragraphs separated by blank lines. */
  description: text,
  visible: z.boolean(),
  bookable: z.boolean(),
};

export const Service = z.object({
  ...serviceFields,
  unavailable: z.optional(Unavailability),
  variants: z.array(Variant),
  locations: z.array(Location),
  clinic: ClinicContact,
  /**
   * The free slots the booking flow opens on, so that it shows the first free times after one
   * request, not two: where one variant is bookable at one location, that variant's free slots
   * there from today to the end of this month in the location's zone, as `GET /availability`
   * answers them. Optional: an API may leave it out, and the flow then asks `GET /availability`.
   */
  availability: z.optional(Availability),
  ...practitionersField,
  returningPatients: z.optional(ReturningPatients),
});

/** A service with its variants, as listed for discovery. */
export const ServiceList = z.object({
  services: z.array(z.object({ id, name: serviceFields.name, visible: serviceFields.visible, bookable: serviceFields.bookable })),
});

/** One variant with what a booking flow needs around it: its service and its locations. */
export const VariantDetail = z.object({
  variant: Variant,
  service: z.object(serviceFields),
  unavailable: z.optional(Unavailability),
  locations: z.array(Location),
  clinic: ClinicContact,
  /** As on a service: the free slots the flow opens on, where the variant is bookable at one location. */
  availability: z.optional(Availability),
  ...practitionersField,
  returningPatients: z.optional(ReturningPatients),
});

/** What the patient types. The same schema validates the form inline and the request at the API. */
export const PatientDetails = z.object({
  givenName: z.string().check(z.trim(), z.minLength(1), z.maxLength(100)),
  familyName: z.string().check(z.trim(), z.minLength(1), z.maxLength(100)),
  email: z.string().check(z.trim(), z.maxLength(254), email),
  phone: z.string().check(z.trim(), z.regex(phonePattern)),
  // Not after today anywhere on Earth: UTC+14 is up to a day ahead of the UTC date.
  dateOfBirth: isoDate.check(rule((date) => date <= new Date(Date.now() + 14 * 3_600_000).toISOString().slice(0, 10), 'Date of birth is in the future')),
  note: z.optional(z.string().check(z.trim(), z.maxLength(1000))),
});

/**
 * An ad platform's click id, as the host page's URL carried it (`gclid=Cj0KCQ…`): letters,
 * digits and `-._~`, which is all the platforms put in one.
 */
const clickId = z.string().check(z.regex(/^[\w.~-]{1,500}$/));

/** The click ids Google (`gclid`, `gbraid`, `wbraid`), Meta (`fbclid`) and Microsoft (`msclkid`) add to an ad's link. */
export const clickIdNames = ['gclid', 'gbraid', 'wbraid', 'fbclid', 'msclkid'] as const;

function clickIdFields() {
  return { gclid: z.optional(clickId), gbraid: z.optional(clickId), wbraid: z.optional(clickId), fbclid: z.optional(clickId), msclkid: z.optional(clickId) };
}

/** One campaign parameter, as the host page's URL carried it (`utm_source=newsletter`). */
const campaignValue = z.string().check(z.trim(), z.minLength(1), z.maxLength(200));

/**
 * The campaign (UTM) parameters of the page the patient booked on, for the clinic's own
 * reporting: `utm_source` as `source`, and so on. Sent only with the booking, to the API.
 */
export const Tracking = z.object({
  source: z.optional(campaignValue),
  medium: z.optional(campaignValue),
  campaign: z.optional(campaignValue),
  term: z.optional(campaignValue),
  content: z.optional(campaignValue),
  ...clickIdFields(),
});

/**
 * The person the visit is for when someone else books it: a child may have no email or phone,
 * and the clinic writes to the booker, so the patient's own contact is optional.
 */
export const DependantDetails = z.object({
  ...PatientDetails.shape,
  email: z.optional(PatientDetails.shape.email),
  phone: z.optional(PatientDetails.shape.phone),
});

/**
 * The patient as a booking names them: a date of birth and a phone number are required unless the
 * variant's `patientFields` makes them optional, which the API checks against the variant.
 */
export const BookingPatient = z.object({
  ...DependantDetails.shape,
  dateOfBirth: z.optional(PatientDetails.shape.dateOfBirth),
});

/**
 * Without `bookedBy` the patient books for themselves, and the clinic needs their own email (and
 * their phone, unless the variant's `patientFields` makes it optional: the API checks that).
 */
const selfBookingHasContact: z.core.CheckFn<{ patient: BookingPatient; bookedBy?: Booker | undefined }> = (payload) => {
  if (payload.value.bookedBy) return;
  for (const field of ['email'] as const) {
    if (payload.value.patient[field] === undefined) {
      payload.issues.push({ code: 'custom', message: `${field} is required unless bookedBy is given.`, input: payload.value, path: ['patient', field] });
    }
  }
};

export const CreateBookingRequest = z
  .object({
    variantId: id,
    locationId: id,
    start: instant,
    /**
     * Who the visit is for. Their email may be left out only when `bookedBy` is given; their phone
     * only then or when the variant's `patientFields` makes it optional, and their date of birth
     * only when the variant's `patientFields` does.
     */
    patient: BookingPatient,
    /** Who books, when it is not the patient: the clinic writes to them. */
    bookedBy: z.optional(Booker),
    /** The patient's answer to "Have you been to us before?", when the flow asked it. */
    returningPatient: z.optional(z.boolean()),
    /** For a returning patient, the fields the service's `returningPatients.matchFields` asked for. */
    patientMatch: z.optional(PatientMatch),
    /** The code the API sent, in answer to its `verification_required` problem. */
    verification: z.optional(VerificationAnswer),
    tracking: z.optional(Tracking),
    ...practitionerChoiceField,
    /** The hold on this time (`POST /holds`), when one was taken: the API books what it held. */
    holdId: z.optional(id),
    /** The answers to the variant's `questions`, keyed by question id; errors come back as `answers.<id>`. */
    answers: z.optional(Answers),
  })
  .check(selfBookingHasContact);

export const AppointmentStatus = z.enum(['booked', 'cancelled', 'completed', 'no_show']);

// Cancellation terms (issue 21, part 4): what an action costs and when it closes, said before the patient acts.

/**
 * The terms of a cancel or reschedule action, spread into `AppointmentAction`. A patient reads
 * them before acting; an action done while `fee` applies must send it back as `acceptedFee`,
 * or the API answers 409 `fee_required`, so nobody is charged an amount they were not shown.
 */
const actionTermsFields = {
  /** Until when the action is free of charge; after it, and until `deadline`, it carries `fee`. */
  freeUntil: z.optional(instant),
  /** What the action costs after `freeUntil` (now, when `freeUntil` is absent or past). */
  fee: z.optional(Price),
  /**
   * How long before the visit's start the action closes. With it a patient choosing a new time
   * is told, before confirming, that the moved visit could no longer be changed online.
   */
  cutoffMinutes: z.optional(integer.check(z.nonnegative(), z.maximum(366 * 24 * 60))),
};

/**
 * Something the workspace lets the patient do with an appointment. Types the elements do not
 * know (a newer API) are kept and ignored, so they never render broken.
 */
export const AppointmentAction = z.object({
  type: z.string().check(z.minLength(1), z.maxLength(100)),
  allowed: z.boolean(),
  /** Why the action is not allowed, shown to the patient as is. */
  reason: z.optional(shortText),
  /** Until when the action is allowed. */
  deadline: z.optional(instant),
  ...actionTermsFields,
});

export const Intake = z.object({
  complete: z.boolean(),
  formsUrl: z.optional(webUrl),
});

/** What an appointment names of its service and variant. */
const ServiceName = z.object({ id, name: shortText });
const VariantName = z.object({ id, name: shortText, durationMinutes: integer.check(z.positive()) });

/** Present once an appointment is cancelled. */
const Cancellation = z.object({
  at: instant,
  reason: z.optional(z.string().check(z.maxLength(1000))),
  /** True when the patient undid the booking within its grace period (`undoUntil`): never a late cancellation. */
  undone: z.optional(z.boolean()),
});

export const Appointment = z.object({
  id,
  status: AppointmentStatus,
  start: instant,
  end: instant,
  service: ServiceName,
  variant: VariantName,
  location: Location,
  intake: Intake,
  actions: z.array(AppointmentAction),
  cancellation: z.optional(Cancellation),
  clinic: ClinicContact,
  ...appointmentPractitionerField,
  ...visitFields(),
  /** Present when someone else booked the visit: whom it is for (`patient`) and who booked it, by name only. */
  patient: z.optional(PersonName),
  bookedBy: z.optional(BookerName),
});

/** How the visit takes place (absent: in person) and, for a video visit, where it is joined. */
function visitFields() {
  return { mode: z.optional(VisitMode), videoUrl: z.optional(httpsUrl) };
}

export const BookingConfirmation = z.object({
  appointment: Appointment,
  /** The patient's own link to this appointment; it carries the access token. */
  appointmentUrl: webUrl,
  ...undoFields(),
});

/**
 * Undo a booking just made (issue #23). Until `undoUntil` (a few minutes after the booking),
 * `POST /appointments/{id}/undo` with the appointment's access token (the one its
 * `appointmentUrl` carries) cancels it without counting as a late cancellation. Absent: no undo.
 */
function undoFields() {
  return { undoUntil: z.optional(instant) };
}

export const CancelAppointmentRequest = z.object({
  reason: z.optional(z.string().check(z.trim(), z.maxLength(1000))),
  acceptedFee: z.optional(Price),
});

export const RescheduleAppointmentRequest = z.object({ start: instant, acceptedFee: z.optional(Price), ...practitionerChoiceField });

/** `practitioner`: a link to book a practitioner's service with them. */
export const ShareKind = z.enum(['service', 'variant', 'appointment', 'practitioner']);

/** For staff: the patient-app link of a record and whether it is ready to share. */
export const ShareLink = z.object({
  kind: ShareKind,
  recordId: id,
  ready: z.boolean(),
  /** Present when ready. */
  url: z.optional(webUrl),
  unavailable: z.optional(Unavailability),
});

/** For staff: who booked, as the dashboard shows it. */
export const StaffPatient = z.object({
  givenName: shortText,
  familyName: shortText,
  email: z.optional(email),
  phone: z.optional(shortText),
});

/**
 * For staff: one booking as the dashboard lists it, with who booked it and what last changed,
 * so staff can tell a new booking from a moved or cancelled one.
 */
export const StaffAppointment = z.object({
  id,
  status: AppointmentStatus,
  start: instant,
  end: instant,
  service: ServiceName,
  variant: VariantName,
  location: z.object({ id, name: shortText, timeZone: ianaTimeZone }),
  patient: StaffPatient,
  /** Who booked, when not the patient; the clinic writes to them. */
  bookedBy: z.optional(z.object({ ...BookerName.shape, email: z.optional(email), phone: z.optional(shortText) })),
  intake: z.object({ complete: z.boolean() }),
  /** When the patient booked it. */
  bookedAt: instant,
  /** When it was booked, moved or cancelled last. */
  updatedAt: instant,
  /** Where the visit was before it was last moved; absent when it never moved. */
  previousStart: z.optional(instant),
  cancellation: z.optional(Cancellation),
  ...appointmentPractitionerField,
  /** The patient's answers to the clinic's own questions, in the variant's order, as staff read them. */
  answers: z.optional(z.array(AnsweredQuestion())),
});

/** For staff: one answer, with the question's label and the answer in words (an option's label, "Yes", a date). */
function AnsweredQuestion() {
  return z.object({ questionId: questionFields.id, question: questionText, answer: z.string().check(z.maxLength(2000)) });
}

/** For staff: bookings by start time, a page at a time; `nextCursor` fetches the next page. */
export const AppointmentList = z.object({
  appointments: z.array(StaffAppointment),
  nextCursor: z.optional(shortText),
});

export const ProblemCode = z.enum([
  'slot_unavailable',
  'not_bookable',
  'link_expired',
  'unauthorized',
  'not_found',
  'validation',
  'rate_limited',
  'conflict',
  'idempotency_key_reused',
  'server_error',
  'verification_required',
  'verification_code_wrong',
  'verification_code_expired',
  'verification_attempts_exceeded',
  'booking_limit',
  // Held times and cancellation terms (issue 21, parts 3 and 4).
  /** Another patient holds this time; it may come free again when their hold ends. */
  'slot_held',
  /** The hold sent with the booking ended (or is unknown): hold the time again, if it is still free. */
  'hold_expired',
  /** The action now carries a fee the request did not accept (`acceptedFee`). */
  'fee_required',
]);

/** RFC 9457 problem details with a machine `code` and, for validation, per-field errors. */
export const Problem = z.object({
  type: z.optional(z.string()),
  title: z.string(),
  status: integer,
  detail: z.optional(z.string()),
  code: ProblemCode,
  /** Dotted paths into the request body, e.g. `patient.email`. */
  errors: z.optional(z.array(z.object({ field: z.string(), message: z.string() }))),
  /** With the verification_* codes: the code the API sent, and where (masked). */
  verification: z.optional(Verification),
  /** With booking_limit: the most upcoming visits one patient may hold online. */
  limit: z.optional(integer.check(z.nonnegative())),
});

// The simulator's outbox: what a clinic's message workflows would send, with their links.

/**
 * A message's reason: the confirmation (with the appointment link), the intake forms link while
 * forms are incomplete, the reminder the day before, notices of a change and a cancellation, and
 * a verification code, and a freed time offered to the first patient on the waitlist.
 */
export const MessageKind = z.enum(['confirmation', 'intake_forms', 'reminder', 'rescheduled', 'cancelled', 'verification_code', 'waitlist_offer']);

/** One message the clinic sent a patient (or the person who booked for them). */
export const OutboxMessage = z.object({
  id,
  kind: MessageKind,
  channel: z.enum(['email', 'sms']),
  /** The address it went to, unmasked: the simulator's outbox stands in for the patient's inbox. */
  to: shortText,
  sentAt: instant,
  subject: shortText,
  /** Plain text. */
  body: text,
  appointmentId: z.optional(id),
  /** The patient-app link the message carries, built with `circle-booking/links` as a clinic's server would. */
  link: z.optional(webUrl),
  /** A verification message's code. */
  code: z.optional(z.string().check(z.regex(/^[0-9]{4,10}$/))),
});

/** Simulator only: the messages sent so far, newest first. */
export const Outbox = z.object({ messages: z.array(OutboxMessage) });

export type ClinicContact = z.infer<typeof ClinicContact>;
export type Address = z.infer<typeof Address>;
export type Location = z.infer<typeof Location>;
export type Price = z.infer<typeof Price>;
export type Variant = z.infer<typeof Variant>;
export type Unavailability = z.infer<typeof Unavailability>;
export type Practitioner = z.infer<typeof Practitioner>;
export type PractitionerName = z.infer<typeof PractitionerName>;
export type BookingWindow = z.infer<typeof BookingWindow>;
export type Service = z.infer<typeof Service>;
export type ServiceList = z.infer<typeof ServiceList>;
export type VariantDetail = z.infer<typeof VariantDetail>;
export type Slot = z.infer<typeof Slot>;
export type Availability = z.infer<typeof Availability>;
export type PatientDetails = z.infer<typeof PatientDetails>;
export type Tracking = z.infer<typeof Tracking>;
export type VisitMode = z.infer<typeof VisitMode>;
export type CreateBookingRequest = z.infer<typeof CreateBookingRequest>;
export type AppointmentStatus = z.infer<typeof AppointmentStatus>;
export type AppointmentAction = z.infer<typeof AppointmentAction>;
export type Intake = z.infer<typeof Intake>;
export type Appointment = z.infer<typeof Appointment>;
export type BookingConfirmation = z.infer<typeof BookingConfirmation>;
export type CancelAppointmentRequest = z.infer<typeof CancelAppointmentRequest>;
export type RescheduleAppointmentRequest = z.infer<typeof RescheduleAppointmentRequest>;
export type ShareKind = z.infer<typeof ShareKind>;
export type ShareLink = z.infer<typeof ShareLink>;
export type StaffPatient = z.infer<typeof StaffPatient>;
export type StaffAppointment = z.infer<typeof StaffAppointment>;
export type AppointmentList = z.infer<typeof AppointmentList>;
export type ProblemCode = z.infer<typeof ProblemCode>;
export type Problem = z.infer<typeof Problem>;
export type PatientKind = z.infer<typeof PatientKind>;
export type ReturningPatients = z.infer<typeof ReturningPatients>;
export type PatientMatch = z.infer<typeof PatientMatch>;
export type Relationship = z.infer<typeof Relationship>;
export type Booker = z.infer<typeof Booker>;
export type PersonName = z.infer<typeof PersonName>;
export type BookerName = z.infer<typeof BookerName>;
export type DependantDetails = z.infer<typeof DependantDetails>;
export type VerificationAnswer = z.infer<typeof VerificationAnswer>;
export type Verification = z.infer<typeof Verification>;
export type MessageKind = z.infer<typeof MessageKind>;
export type OutboxMessage = z.infer<typeof OutboxMessage>;
export type Outbox = z.infer<typeof Outbox>;
export type FieldRequirement = z.infer<typeof FieldRequirement>;
export type PatientFields = z.infer<typeof PatientFields>;
export type Question = z.infer<typeof Question>;
export type QuestionOption = z.infer<typeof QuestionOption>;
export type QuestionType = z.infer<typeof QuestionType>;
export type Answer = z.infer<typeof Answer>;
export type Answers = z.infer<typeof Answers>;
export type BookingPatient = z.infer<typeof BookingPatient>;
