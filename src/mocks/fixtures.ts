/**
 * The simulator's seed: a small clinic with every case the elements must handle. Plain data,
 * built relative to `now` so that upcoming appointments stay upcoming, and the same on every
 * run for the same `now`.
 */
import type {
  AppointmentAction,
  AppointmentStatus,
  Booker,
  ClinicContact,
  BookingPatient,
  Answers,
  Location,
  PatientDetails,
  Practitioner,
  Price,
  ReturningPatients,
  Tracking,
  Variant,
} from '../api/schemas.js';
import { addDays, dayOfWeek, localDate } from '../time/zoned.js';
import { formatInstant, fromLocal } from '../time/instants.js';
import type { Language, Localized } from './language.js';

export type Weekday = 'mon' | 'tue' | 'wed' | 'thu' | 'fri' | 'sat' | 'sun';

/** Opening hours in the location's wall time: `days` from `open` to `close` (`HH:MM`). */
export interface OpeningHours {
  days: Weekday[];
  open: string;
  close: string;
}

export interface SeedLocation extends Location {
  openingHours: OpeningHours[];
  /** How patients of this location reach it, when not the clinic's main contact. */
  contact?: ClinicContact;
}

export interface SeedService {
  id: string;
  name: string;
  description: string;
  visible: boolean;
  bookable: boolean;
  /** Shown to patients when the service is visible but not bookable, in the language asked for. */
  pausedMessage?: Localized;
  /** What a returning patient is asked, to find their record. */
  returningPatients?: ReturningPatients;
}

export interface SeedVariant extends Variant {
  /** Limits free slots to these weekdays, from this many days after today (a sparse calendar). */
  sparse?: { fromDay: number; days: Weekday[] };
  /**
   * Minutes between slot starts; left out, the duration rounded up to the quarter hour. A busy
   * clinic with several rooms offers a start every few minutes (the benchmark's dense days).
   */
  slotStepMinutes?: number;
}

export interface SeedAppointment {
  id: string;
  /** The access token in the patient's link. */
  token: string;
  /** After this instant the link answers 410 link_expired. */
  tokenExpiresAt: string;
  status: AppointmentStatus;
  variantId: string;
  locationId: string;
  /** ISO instant. The end follows from the variant's duration. */
  start: string;
  intakeComplete: boolean;
  cancellation?: { at: string; reason?: string; undone?: boolean };
  /** Actions beyond cancel and reschedule, passed through as they are. */
  extraActions?: AppointmentAction[];
  /** Whom the visit is for; only staff see their contact, in the bookings list. */
  patient?: BookingPatient;
  /** The answers to the variant's own questions, as the booking sent them. */
  answers?: Answers;
  /** Who booked it, when not the patient: the clinic writes to them. */
  bookedBy?: Booker;
  /** The language the patient booked in; the clinic's messages about the visit are in it. */
  language?: Language;
  /** When it was booked; a seed without it was booked a fortnight before the visit. */
  bookedAt?: string;
  /** When it was booked, moved or cancelled last. */
  updatedAt?: string;
  /** The start before it was last moved. */
  previousStart?: string;
  /** The campaign the booking came from, as the request carried it; tests may look. */
  tracking?: Tracking;
  /** Who sees the patient, for variants with practitioners. */
  practitionerId?: string;
  /** Until when the patient may undo the booking they just made (`BookingRules.undoMinutes`). */
  undoUntil?: string;
}

export interface BookingRules {
  /** No slot starts sooner than this after now, for a variant without its own `bookingWindow`. */
  minNoticeMinutes: number;
  /** No slot starts later than this many days after now, for a variant without its own `bookingWindow`. */
  horizonDays: number;
  /** Cancel and reschedule close this long before the start. */
  changeCutoffHours: number;
  /** The share of generated slots already taken by other patients, 0..1. */
  takenShare: number;
  /** A new booking's link works until this many days after the visit. */
  tokenValidityDays: number;
  /** A new booking can be undone for this many minutes, without counting as a late cancellation; 0: no undo. */
  undoMinutes?: number;
  /**
   * Cancellation terms (issue 21, part 4): cancelling or moving is free until `freeUntilHours`
   * before the visit, and from then until the cutoff costs `fee`. No fee when left out.
   */
  lateFee?: { freeUntilHours: number; fee: Price };
}

export interface SeedData {
  clinic: ClinicContact;
  locations: SeedLocation[];
  services: SeedService[];
  variants: SeedVariant[];
  appointments: SeedAppointment[];
  rules: BookingRules;
  /** Who sees patients; a seed without them books variants without practitioners. */
  practitioners?: SeedPractitioner[];
  /** The clinic's patient records: a returning patient is matched to one; an email among them needs no code. */
  patients?: SeedPatient[];
}

/** A patient the clinic has seen, as its records hold them. */
export interface SeedPatient extends PatientDetails {
  postalCode: string;
  patientNumber: string;
}

/** The seeded appointments, for stories, tests and the demo to open by id and token. */
export const seedAppointments = {
  /** Upcoming, intake forms still to fill in, can be cancelled and rescheduled. */
  formsDue: { id: 'apt_forms_due', token: 'tok_forms_due_4f1c9a' },
  /** Upcoming in New York, intake complete. */
  ready: { id: 'apt_ready', token: 'tok_ready_8b2e51' },
  /** Within 24 hours: cancel and reschedule are closed. */
  soon: { id: 'apt_soon', token: 'tok_soon_c7d034' },
  cancelled: { id: 'apt_cancelled', token: 'tok_cancelled_19ae77' },
  completed: { id: 'apt_completed', token: 'tok_completed_5d60b2' },
  noShow: { id: 'apt_no_show', token: 'tok_no_show_e24f88' },
  /** Its link expired: every request answers 410. */
  expiredLink: { id: 'apt_expired_link', token: 'tok_expired_link_0b93d4' },
  /** Carries an action type the elements do not know (`join_video`). */
  videoVisit: { id: 'apt_video_visit', token: 'tok_video_visit_7ac215' },
  ...remoteVisitAppointments(),
} as const;

export interface SeedPractitioner extends Practitioner {
  /** The weekdays they see patients; every open day when left out. */
  days?: Weekday[];
  /** The share of their free times other patients already hold, 0..1; 1 is fully booked. */
  takenShare?: number;
}

/** The seeded practitioners, for stories, tests and the demo to choose by id. */
export const seedPractitioners = {
  /** Sees patients every open day: free whenever the clinic is. */
  anna: 'prac_anna',
  /** Mondays, Wednesdays and Fridays, and busy: fewer days in the month grid. */
  jonas: 'prac_jonas',
  /** Fully booked online: no free time at all. */
  lukas: 'prac_lukas',
  /** The only GP for check-ups: the practitioner step is skipped. */
  claudia: 'prac_claudia',
} as const;

const practitioners: SeedPractitioner[] = [
  {
    id: seedPractitioners.anna,
    displayName: 'Anna Weber',
    title: 'Chartered physiotherapist',
    bio: 'Back and neck pain, and getting back to work after an injury.',
    languages: ['de', 'en'],
  },
  {
    id: seedPractitioners.jonas,
    displayName: 'Jonas Okafor',
    title: 'Sports physiotherapist',
    bio: 'Running and football injuries; sports massage.',
    languages: ['en', 'de', 'fr'],
    days: ['mon', 'wed', 'fri'],
    takenShare: 0.3,
  },
  {
    id: seedPractitioners.lukas,
    displayName: 'Lukas Brandt',
    title: 'Physiotherapist, manual therapy',
    bio: 'Joint mobility and manual therapy.',
    languages: ['de', 'ar'],
    takenShare: 1,
  },
  {
    id: seedPractitioners.claudia,
    displayName: 'Dr Claudia Meyer',
    title: 'General practitioner',
    bio: 'Yearly check-ups and preventive care.',
    languages: ['de', 'en', 'es'],
  },
];
/** Video and phone visits (issue #23): a video call in two days' time, and a phone call. */
function remoteVisitAppointments() {
  return {
    /** A video visit of the online service, two working days ahead: "Join video visit" opens 10 minutes before. */
    videoCall: { id: 'apt_video_call', token: 'tok_video_call_3e9a60' },
    /** A phone visit: the clinic calls the patient. */
    phoneCall: { id: 'apt_phone_call', token: 'tok_phone_call_a41d07' },
  } as const;
}

/** Where the simulator's video visits are joined: one room per appointment. */
export function videoRoomUrl(appointmentId: string): string {
  return `https://video.circle-health.example/visit/${encodeURIComponent(appointmentId)}`;
}

const clinic: ClinicContact = { name: 'Circle Health Clinic', phone: '+49 30 1234567', email: 'hello@circle-health.example' };

const weekdays: Weekday[] = ['mon', 'tue', 'wed', 'thu', 'fri'];

const locations: SeedLocation[] = [
  {
    id: 'loc_berlin',
    name: 'Circle Health Mitte',
    address: { line1: 'Friedrichstraße 100', line2: '3rd floor', city: 'Berlin', postalCode: '10117', country: 'DE' },
    timeZone: 'Europe/Berlin',
    bookable: true,
    openingHours: [
      { days: weekdays, open: '08:00', close: '12:00' },
      { days: weekdays, open: '13:00', close: '17:00' },
      { days: ['sat'], open: '09:00', close: '13:00' },
    ],
  },
  {
    id: 'loc_newyork',
    name: 'Circle Health Midtown',
    address: { line1: '350 Fifth Avenue', line2: 'Suite 4100', city: 'New York, NY', postalCode: '10118', country: 'US' },
    timeZone: 'America/New_York',
    bookable: true,
    contact: { name: 'Circle Health Midtown', phone: '+1 212 555 0100', email: 'midtown@circle-health.example' },
    openingHours: [
      { days: weekdays, open: '08:00', close: '12:00' },
      { days: weekdays, open: '13:00', close: '17:00' },
    ],
  },
  {
    id: 'loc_hamburg',
    name: 'Circle Health Altona',
    address: { line1: 'Ottenser Hauptstraße 10', city: 'Hamburg', postalCode: '22765', country: 'DE' },
    timeZone: 'Europe/Berlin',
    // Listed on the variants but not configured for online booking: never offered.
    bookable: false,
    openingHours: [{ days: weekdays, open: '09:00', close: '17:00' }],
  },
];

const services: SeedService[] = [
  {
    id: 'svc_physio',
    name: 'Physiotherapy',
    description:
      'Assessment and treatment of muscles, joints and movement, by chartered physiotherapists.\n\n' +
      'Your first visit is an initial assessment; later visits are follow-up treatments. Wear comfortable clothes.',
    visible: true,
    bookable: true,
    returningPatients: { matchFields: ['dateOfBirth', 'postalCode'] },
  },
  {
    id: 'svc_checkup',
    name: 'General check-up',
    description: 'A yearly check-up with a general practitioner: blood pressure, blood tests and a conversation about your health.',
    visible: true,
    bookable: true,
  },
  {
    id: 'svc_nutrition',
    name: 'Nutrition counselling',
    description: 'A consultation with our dietitian, who sees patients on a few days a month.',
    visible: true,
    bookable: true,
  },
  {
    id: 'svc_hydro',
    name: 'Hydrotherapy',
    description: 'Exercise in our warm-water pool, guided by a physiotherapist.\n\nThe pool is being refurbished.',
    visible: true,
    bookable: false,
    pausedMessage: {
      en: 'Online booking for this service is paused; please call the clinic.',
      de: 'Die Online-Buchung für diese Leistung ist pausiert; bitte rufen Sie die Praxis an.',
      fr: 'La réservation en ligne de ce service est suspendue ; veuillez appeler le cabinet.',
      es: 'La reserva en línea de este servicio está en pausa; llame a la clínica.',
      ar: 'الحجز عبر الإنترنت لهذه الخدمة متوقف مؤقتًا؛ يُرجى الاتصال بالعيادة.',
    },
  },
  {
    id: 'svc_home',
    name: 'Home visits',
    description: 'Physiotherapy at your home, within the Hamburg area.',
    visible: true,
    bookable: true,
  },
  {
    id: 'svc_online',
    name: 'Online consultation',
    description: 'A consultation with a physiotherapist by video call, or by phone: we call you.',
    visible: true,
    bookable: true,
  },
  {
    id: 'svc_hidden',
    name: 'Staff wellbeing check',
    description: 'For clinic staff only.',
    visible: false,
    bookable: true,
  },
];

const eur = (amountMinor: number) => ({ amountMinor, currency: 'EUR' });

const { anna, jonas, lukas, claudia } = seedPractitioners;
const physiotherapists = [anna, jonas, lukas];

const variants: SeedVariant[] = [
  {
    id: 'var_physio_initial',
    serviceId: 'svc_physio',
    name: 'Initial assessment',
    durationMinutes: 60,
    price: eur(9500),
    bookable: true,
    locationIds: ['loc_berlin', 'loc_newyork', 'loc_hamburg'],
    practitionerIds: physiotherapists,
    forPatients: 'new',
  },
  {
    id: 'var_physio_followup',
    serviceId: 'svc_physio',
    name: 'Follow-up treatment',
    durationMinutes: 30,
    price: eur(5500),
    bookable: true,
    locationIds: ['loc_berlin', 'loc_newyork', 'loc_hamburg'],
    practitionerIds: physiotherapists,
    forPatients: 'returning',
  },
  {
    id: 'var_physio_massage',
    serviceId: 'svc_physio',
    name: 'Sports massage',
    durationMinutes: 45,
    bookable: true,
    locationIds: ['loc_berlin', 'loc_newyork', 'loc_hamburg'],
    practitionerIds: [jonas, anna],
  },
  // A day's notice and eight weeks ahead, as many clinics set it: "Call to book" times and a
  // month grid that stops part way through a month.
  {
    id: 'var_checkup',
    serviceId: 'svc_checkup',
    name: 'Check-up with a GP',
    durationMinutes: 40,
    price: eur(12000),
    bookable: true,
    locationIds: ['loc_berlin'],
    practitionerIds: [claudia],
    bookingWindow: { minimumNoticeMinutes: 24 * 60, horizonDays: 56 },
    // The clinic's own form: the date of birth and phone it always asks, and questions of each
    // kind. All optional, so a patient who skips them books as before.
    patientFields: { dateOfBirth: 'required', phone: 'required' },
    questions: [
      { id: 'insurance_number', type: 'text', label: 'Health insurance number', hint: 'On your insurance card.', required: false, maxLength: 30 },
      {
        id: 'heard_about_us',
        type: 'choice',
        label: 'How did you hear about us?',
        required: false,
        options: [
          { id: 'search', label: 'Search engine' },
          { id: 'friend', label: 'A friend or relative' },
          { id: 'doctor', label: 'Another doctor' },
          { id: 'other', label: 'Somewhere else' },
        ],
      },
      { id: 'medication', type: 'yes_no', label: 'Do you take any medication regularly?', required: false },
      {
        id: 'last_blood_test',
        type: 'date',
        label: 'When was your last blood test?',
        hint: 'Leave it empty if you are not sure.',
        required: false,
        min: '1990-01-01',
      },
    ],
  },
  {
    id: 'var_nutrition',
    serviceId: 'svc_nutrition',
    name: 'Nutrition consultation',
    durationMinutes: 50,
    price: eur(8000),
    bookable: true,
    locationIds: ['loc_newyork'],
    sparse: { fromDay: 10, days: ['mon', 'wed', 'thu'] },
  },
  { id: 'var_hydro', serviceId: 'svc_hydro', name: 'Hydrotherapy session', durationMinutes: 45, price: eur(7000), bookable: true, locationIds: ['loc_berlin'] },
  {
    id: 'var_home_visit',
    serviceId: 'svc_home',
    name: 'Home physiotherapy visit',
    durationMinutes: 60,
    price: eur(14000),
    bookable: true,
    locationIds: ['loc_hamburg'],
  },
  {
    id: 'var_online_video',
    serviceId: 'svc_online',
    name: 'Video consultation',
    durationMinutes: 30,
    price: eur(4500),
    bookable: true,
    locationIds: ['loc_berlin'],
    mode: 'video',
  },
  {
    id: 'var_online_phone',
    serviceId: 'svc_online',
    name: 'Phone consultation',
    durationMinutes: 20,
    price: eur(3500),
    bookable: true,
    locationIds: ['loc_berlin'],
    mode: 'phone',
  },
  { id: 'var_hidden', serviceId: 'svc_hidden', name: 'Staff wellbeing check', durationMinutes: 30, bookable: true, locationIds: ['loc_berlin'] },
];

const rules: BookingRules = { minNoticeMinutes: 120, horizonDays: 180, changeCutoffHours: 24, takenShare: 0.3, tokenValidityDays: 90, undoMinutes: 3 };

const dayNames: Weekday[] = ['sun', 'mon', 'tue', 'wed', 'thu', 'fri', 'sat'];

/** The weekday of a `YYYY-MM-DD` date. */
export function weekdayOf(date: string): Weekday {
  return dayNames[dayOfWeek(date) % 7]!;
}

/** The instant of a wall time at a location, `days` after today there, moved off weekends. */
function workdayAt(now: Date, zone: string, days: number, time: string): string {
  let date = addDays(localDate(now, zone), days);
  while (weekdayOf(date) === 'sat' || weekdayOf(date) === 'sun') date = addDays(date, days < 0 ? -1 : 1);
  const instant = fromLocal(`${date}T${time}`, zone);
  if (!instant) throw new Error(`No ${time} on ${date} in ${zone}`);
  return instant.toISOString();
}

const hour = 3_600_000;
const day = 24 * hour;

/**
 * The first full hour between `from` and `to` hours after now when the location is open, so
 * the visit inside the cancellation cutoff is at a believable time; else `from` hours after now.
 */
function soonWhileOpen(now: Date, location: SeedLocation, from: number, to: number): string {
  const first = Math.ceil((now.getTime() + from * hour) / hour) * hour;
  for (let at = first; at <= now.getTime() + to * hour; at += hour) {
    const date = localDate(at, location.timeZone);
    const time = formatInstant(at, location.timeZone).slice(11, 16);
    const open = location.openingHours.some((rule) => rule.days.includes(weekdayOf(date)) && rule.open <= time && time < rule.close);
    if (open) return new Date(at).toISOString();
  }
  return new Date(first).toISOString();
}

function patient(givenName: string, familyName: string, phone: string, dateOfBirth: string): PatientDetails {
  return { givenName, familyName, phone, dateOfBirth, email: `${givenName}.${familyName}@example.org`.toLowerCase() };
}

function remoteVisits(now: Date, booked: Pick<SeedAppointment, 'status' | 'tokenExpiresAt'>): SeedAppointment[] {
  const berlin = 'Europe/Berlin';
  return [
    {
      ...seedAppointments.videoCall,
      patient: patient('Jonas', 'Weber', '+49 151 5550199', '1992-07-14'),
      ...booked,
      variantId: 'var_online_video',
      locationId: 'loc_berlin',
      start: workdayAt(now, berlin, 2, '10:00'),
      intakeComplete: true,
    },
    {
      ...seedAppointments.phoneCall,
      patient: patient('Emma', 'Fischer', '+49 160 5550142', '1975-10-02'),
      ...booked,
      variantId: 'var_online_phone',
      locationId: 'loc_berlin',
      start: workdayAt(now, berlin, 3, '15:00'),
      intakeComplete: true,
    },
  ];
}

export function seedData(now: Date): SeedData {
  const berlin = 'Europe/Berlin';
  const newYork = 'America/New_York';
  const later = (ms: number) => new Date(now.getTime() + ms).toISOString();
  // 3 to 20 hours ahead, while the clinic is open: inside the 24-hour cutoff, yet still upcoming.
  const soon = soonWhileOpen(now, locations[0]!, 3, 20);
  const booked = { status: 'booked' as const, tokenExpiresAt: later(200 * day) };
  const appointments: SeedAppointment[] = [
    {
      ...seedAppointments.formsDue,
      patient: patient('Maria', 'Schmidt', '+49 151 2345678', '1979-04-02'),
      ...booked,
      variantId: 'var_physio_initial',
      locationId: 'loc_berlin',
      start: workdayAt(now, berlin, 6, '10:00'),
      intakeComplete: false,
      practitionerId: anna,
    },
    {
      ...seedAppointments.ready,
      patient: patient('James', 'Carter', '+1 212 555 0143', '1990-08-17'),
      ...booked,
      variantId: 'var_physio_followup',
      locationId: 'loc_newyork',
      start: workdayAt(now, newYork, 9, '14:00'),
      intakeComplete: true,
      practitionerId: jonas,
    },
    {
      ...seedAppointments.soon,
      patient: patient('Lena', 'Vogel', '+49 160 9876543', '1985-01-23'),
      ...booked,
      variantId: 'var_physio_followup',
      locationId: 'loc_berlin',
      start: soon,
      intakeComplete: true,
      practitionerId: anna,
    },
    {
      ...seedAppointments.cancelled,
      patient: patient('Tom', 'Becker', '+49 171 1112233', '1968-11-30'),
      ...booked,
      status: 'cancelled',
      variantId: 'var_physio_massage',
      locationId: 'loc_berlin',
      start: workdayAt(now, berlin, 4, '11:00'),
      intakeComplete: false,
      cancellation: { at: later(-2 * day), reason: 'My knee is better; thank you.' },
    },
    {
      ...seedAppointments.completed,
      patient: patient('Aylin', 'Demir', '+49 152 4445566', '1994-06-09'),
      status: 'completed',
      tokenExpiresAt: later(60 * day),
      variantId: 'var_physio_initial',
      locationId: 'loc_berlin',
      start: workdayAt(now, berlin, -14, '09:00'),
      intakeComplete: true,
    },
    {
      ...seedAppointments.noShow,
      patient: patient('Peter', 'Novak', '+49 157 7778899', '1959-02-14'),
      status: 'no_show',
      tokenExpiresAt: later(60 * day),
      variantId: 'var_checkup',
      locationId: 'loc_berlin',
      start: workdayAt(now, berlin, -7, '15:00'),
      intakeComplete: false,
      practitionerId: claudia,
      // What the staff booking page shows under "Answers to your questions".
      answers: { insurance_number: 'A123456789', heard_about_us: 'doctor', medication: 'no' },
    },
    {
      ...seedAppointments.expiredLink,
      patient: patient('Sofia', 'Rossi', '+49 176 3332211', '2001-09-05'),
      status: 'completed',
      tokenExpiresAt: later(-30 * day),
      variantId: 'var_physio_followup',
      locationId: 'loc_berlin',
      start: workdayAt(now, berlin, -120, '10:00'),
      intakeComplete: true,
    },
    {
      ...seedAppointments.videoVisit,
      patient: patient('Grace', 'Kim', '+1 917 555 0176', '1987-03-28'),
      ...booked,
      variantId: 'var_physio_followup',
      locationId: 'loc_newyork',
      start: workdayAt(now, newYork, 12, '09:00'),
      intakeComplete: true,
      extraActions: [{ type: 'join_video', allowed: true }],
    },
    ...remoteVisits(now, booked),
  ];
  return structuredClone({ clinic, locations, services, variants, appointments, rules, practitioners, patients: patientRecords(appointments) });
}

/**
 * The seed's patient records: everyone with a seeded appointment, Ada Lovelace (a returning
 * patient with no upcoming visit; the tests and stories book as her), and the patient
 * `circle-booking check-api` books as, so its write checks need no code.
 */
function patientRecords(appointments: SeedAppointment[]): SeedPatient[] {
  const seen = appointments.flatMap((record) => (record.patient?.email && record.patient.phone ? [record.patient as PatientDetails] : []));
  const others: PatientDetails[] = [
    { givenName: 'Ada', familyName: 'Lovelace', email: 'ada@example.org', phone: '+44 20 7946 0958', dateOfBirth: '1985-12-10' },
    { givenName: 'Circle', familyName: 'Check-API', email: 'check-api@example.com', phone: '+1 555 0100 000', dateOfBirth: '1980-01-01' },
  ];
  return [...seen, ...others].map((details, index) => ({
    ...details,
    postalCode: index === seen.length ? 'NW1 6XE' : `1${String(index).padStart(4, '0')}`,
    patientNumber: `CH-${1001 + index}`,
  }));
}
