import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import type * as z from 'zod/mini';
import { Problem, routes, type ProblemCode, type RouteName } from '../../src/api/index.js';
import {
  BookingSimulator,
  holdByAnotherPatient,
  lateFeeAppointment,
  lateFeeTerms,
  seedAppointments,
  seedData,
  seedWithLateFee,
  shortHolds,
  type SimResult,
} from '../../src/mocks/index.js';
import { aBooking, aSimulator, aWaitlistRequest, bookOne, firstFreeSlot, now } from './helpers.js';

/** An answer and what it must be: its status and, for 2xx, the route's response schema, else Problem. */
interface Case {
  route: RouteName;
  name: string;
  status: number;
  answer: () => SimResult;
}

const seed = seedData(now);
const sim = () => aSimulator();

function cases(): Case[] {
  const all: Case[] = [{ route: 'listServices', name: 'the list', status: 200, answer: () => sim().listServices() }];
  for (const service of seed.services) {
    all.push({ route: 'getService', name: service.id, status: 200, answer: () => sim().getService(service.id) });
  }
  all.push({ route: 'getService', name: 'unknown id', status: 404, answer: () => sim().getService('svc_nope') });
  for (const variant of seed.variants) {
    all.push({ route: 'getVariant', name: variant.id, status: 200, answer: () => sim().getVariant(variant.id) });
    for (const locationId of variant.locationIds) {
      all.push({
        route: 'getAvailability',
        name: `${variant.id} at ${locationId}`,
        status: 200,
        answer: () => sim().getAvailability({ variantId: variant.id, locationId, from: '2026-11-24', to: '2026-12-07' }),
      });
    }
  }
  all.push({ route: 'getVariant', name: 'unknown id', status: 404, answer: () => sim().getVariant('var_nope') });
  const window = { variantId: 'var_physio_initial', locationId: 'loc_berlin', from: '2026-11-24', to: '2026-11-30' };
  all.push(
    {
      route: 'getAvailability',
      name: 'an empty week with a next date',
      status: 200,
      answer: () => sim().getAvailability({ variantId: 'var_nutrition', locationId: 'loc_newyork', from: '2026-11-24', to: '2026-11-30' }),
    },
    { route: 'getAvailability', name: 'missing parameters', status: 422, answer: () => sim().getAvailability({}) },
    {
      route: 'getAvailability',
      name: "one practitioner's times",
      status: 200,
      answer: () => sim().getAvailability({ ...window, practitionerId: 'prac_jonas' }),
    },
    {
      route: 'getAvailability',
      name: 'a fully booked practitioner',
      status: 200,
      answer: () => sim().getAvailability({ ...window, practitionerId: 'prac_lukas' }),
    },
    {
      route: 'getAvailability',
      name: '"call to book" times',
      status: 200,
      answer: () => sim().getAvailability({ variantId: 'var_checkup', locationId: 'loc_berlin', from: '2026-11-24', to: '2026-11-25' }),
    },
    {
      route: 'getAvailability',
      name: 'a practitioner of another variant',
      status: 404,
      answer: () => sim().getAvailability({ ...window, practitionerId: 'prac_claudia' }),
    },
    { route: 'getAvailability', name: 'a date that is no date', status: 422, answer: () => sim().getAvailability({ ...window, from: '2026-02-30' }) },
    { route: 'getAvailability', name: '63 days', status: 422, answer: () => sim().getAvailability({ ...window, to: '2027-01-25' }) },
    { route: 'getAvailability', name: 'to before from', status: 422, answer: () => sim().getAvailability({ ...window, to: '2026-11-23' }) },
    { route: 'getAvailability', name: 'unknown variant', status: 404, answer: () => sim().getAvailability({ ...window, variantId: 'var_nope' }) },
    {
      route: 'getAvailability',
      name: 'a location not offering it',
      status: 404,
      answer: () => sim().getAvailability({ ...window, variantId: 'var_checkup', locationId: 'loc_newyork' }),
    },
  );

  const booking = (simulator = sim()) => aBooking(firstFreeSlot(simulator).start);
  all.push(
    { route: 'createBooking', name: 'a free slot', status: 201, answer: () => sim().createBooking(booking(), 'k1') },
    {
      route: 'createBooking',
      name: 'an invalid email',
      status: 422,
      answer: () => sim().createBooking({ ...booking(), patient: { ...booking().patient, email: 'ada' } }, 'k1'),
    },
    { route: 'createBooking', name: 'no body', status: 422, answer: () => sim().createBooking(undefined, 'k1') },
    { route: 'createBooking', name: 'no Idempotency-Key', status: 422, answer: () => sim().createBooking(booking(), undefined) },
    {
      route: 'createBooking',
      name: 'a reused key',
      status: 422,
      answer: () => {
        const simulator = sim();
        simulator.createBooking(booking(simulator), 'k1');
        return simulator.createBooking({ ...booking(simulator), patient: { ...booking().patient, givenName: 'Grace' } }, 'k1');
      },
    },
    {
      route: 'createBooking',
      name: 'a taken slot',
      status: 409,
      answer: () => {
        const simulator = sim();
        const request = booking(simulator);
        simulator.createBooking(request, 'k1');
        return simulator.createBooking(request, 'k2');
      },
    },
    { route: 'createBooking', name: 'a paused service', status: 422, answer: () => sim().createBooking({ ...booking(), variantId: 'var_hydro' }, 'k1') },
    {
      route: 'createBooking',
      name: 'a location not configured for booking',
      status: 422,
      answer: () => sim().createBooking({ ...booking(), locationId: 'loc_hamburg' }, 'k1'),
    },
    { route: 'createBooking', name: 'an unknown variant', status: 422, answer: () => sim().createBooking({ ...booking(), variantId: 'var_nope' }, 'k1') },
  );

  all.push(...whoAndCodeCases(booking));

  for (const [name, { id, token }] of Object.entries(seedAppointments)) {
    all.push({ route: 'getAppointment', name, status: name === 'expiredLink' ? 410 : 200, answer: () => sim().getAppointment(id, token) });
  }
  const { formsDue, soon, cancelled, expiredLink } = seedAppointments;
  all.push(
    { route: 'getAppointment', name: 'a wrong token', status: 401, answer: () => sim().getAppointment(formsDue.id, 'tok_wrong') },
    { route: 'getAppointment', name: 'no token', status: 401, answer: () => sim().getAppointment(formsDue.id, undefined) },
    { route: 'getAppointment', name: 'unknown id', status: 404, answer: () => sim().getAppointment('apt_nope', 'tok') },
    {
      route: 'getAppointment',
      name: 'a new booking',
      status: 200,
      answer: () => {
        const simulator = sim();
        const { appointmentId, token } = bookOne(simulator);
        return simulator.getAppointment(appointmentId, token);
      },
    },
  );

  const cancel =
    (id: string, token: string | undefined, body: unknown = {}) =>
    () =>
      sim().cancelAppointment(id, token, body, 'k1');
  all.push(
    { route: 'cancelAppointment', name: 'an upcoming one', status: 200, answer: cancel(formsDue.id, formsDue.token, { reason: 'Away' }) },
    { route: 'cancelAppointment', name: 'a cancelled one', status: 409, answer: cancel(cancelled.id, cancelled.token) },
    { route: 'cancelAppointment', name: 'one within 24 hours', status: 409, answer: cancel(soon.id, soon.token) },
    { route: 'cancelAppointment', name: 'a reason too long', status: 422, answer: cancel(formsDue.id, formsDue.token, { reason: 'x'.repeat(1001) }) },
    { route: 'cancelAppointment', name: 'no Idempotency-Key', status: 422, answer: () => sim().cancelAppointment(formsDue.id, formsDue.token, {}, undefined) },
    { route: 'cancelAppointment', name: 'a wrong token', status: 401, answer: cancel(formsDue.id, 'tok_wrong') },
    { route: 'cancelAppointment', name: 'an expired link', status: 410, answer: cancel(expiredLink.id, expiredLink.token) },
    { route: 'cancelAppointment', name: 'unknown id', status: 404, answer: cancel('apt_nope', 'tok') },
  );

  all.push(
    {
      route: 'undoBooking',
      name: 'a booking just made',
      status: 200,
      answer: () => {
        const simulator = sim();
        const { appointmentId, token } = bookOne(simulator);
        return simulator.undoBooking(appointmentId, token, 'k-undo');
      },
    },
    { route: 'undoBooking', name: 'a booking with no undo window', status: 409, answer: () => sim().undoBooking(formsDue.id, formsDue.token, 'k-undo') },
    { route: 'undoBooking', name: 'a wrong token', status: 401, answer: () => sim().undoBooking(formsDue.id, 'tok_wrong', 'k-undo') },
  );

  const reschedule = (id: string, token: string, start: () => unknown) => () => sim().rescheduleAppointment(id, token, { start: start() }, 'k1');
  all.push(
    {
      route: 'rescheduleAppointment',
      name: 'to a free slot',
      status: 200,
      answer: reschedule(formsDue.id, formsDue.token, () => firstFreeSlot(sim(), 'var_physio_initial').start),
    },
    {
      route: 'rescheduleAppointment',
      name: 'to a time that is no slot',
      status: 409,
      answer: reschedule(formsDue.id, formsDue.token, () => '2026-12-01T08:10:00+01:00'),
    },
    { route: 'rescheduleAppointment', name: 'one within 24 hours', status: 409, answer: reschedule(soon.id, soon.token, () => firstFreeSlot(sim()).start) },
    { route: 'rescheduleAppointment', name: 'no start', status: 422, answer: reschedule(formsDue.id, formsDue.token, () => undefined) },
    {
      route: 'rescheduleAppointment',
      name: 'an expired link',
      status: 410,
      answer: reschedule(expiredLink.id, expiredLink.token, () => '2026-12-01T09:00:00+01:00'),
    },
  );

  const share = (kind: string, id: string) => () => sim().getShareLink(kind, id);
  for (const [kind, id] of [
    ['service', 'svc_physio'],
    ['service', 'svc_hidden'],
    ['service', 'svc_hydro'],
    ['service', 'svc_home'],
    ['variant', 'var_physio_initial'],
    ['variant', 'var_home_visit'],
    ['appointment', formsDue.id],
    ['appointment', cancelled.id],
    ['appointment', 'apt_nope'],
    ['practitioner', 'prac_jonas'],
  ] as const) {
    all.push({ route: 'getShareLink', name: `${kind} ${id}`, status: 200, answer: share(kind, id) });
  }
  all.push(
    { route: 'getShareLink', name: 'an unknown kind', status: 404, answer: share('clinic', 'x') },
    { route: 'getShareLink', name: 'an unknown practitioner', status: 404, answer: share('practitioner', 'prac_nope') },
    { route: 'getShareLink', name: 'an unknown service', status: 404, answer: share('service', 'svc_nope') },
    { route: 'getShareLink', name: 'no staff token', status: 401, answer: () => aSimulator({ staffToken: 'staff' }).getShareLink('service', 'svc_physio') },
  );
  all.push(
    { route: 'listAppointments', name: 'every booking', status: 200, answer: () => sim().listAppointments({}) },
    {
      route: 'listAppointments',
      name: 'a new, a moved and a cancelled booking',
      status: 200,
      answer: () => {
        const simulator = sim();
        const first = bookOne(simulator, 'k1');
        const second = bookOne(simulator, 'k2');
        simulator.rescheduleAppointment(first.appointmentId, first.token, { start: firstFreeSlot(simulator).start }, 'k3');
        simulator.cancelAppointment(second.appointmentId, second.token, { reason: 'Away' }, 'k4');
        return simulator.listAppointments({ serviceId: 'svc_physio' });
      },
    },
    { route: 'listAppointments', name: 'one page of two', status: 200, answer: () => sim().listAppointments({ limit: '2' }) },
    { route: 'listAppointments', name: 'a limit out of range', status: 422, answer: () => sim().listAppointments({ limit: '0' }) },
    { route: 'listAppointments', name: 'an unknown service', status: 404, answer: () => sim().listAppointments({ serviceId: 'svc_nope' }) },
    { route: 'listAppointments', name: 'no staff token', status: 401, answer: () => aSimulator({ staffToken: 'staff' }).listAppointments({}) },
  );
  all.push({
    route: 'getOutbox',
    name: 'after a booking, a reminder and a code',
    status: 200,
    answer: () => {
      const simulator = aSimulator({ verifyNewEmails: true });
      bookOne(simulator);
      simulator.sendReminders(seedAppointments.formsDue.id);
      simulator.createBooking({ ...booking(simulator), patient: { ...booking().patient, email: 'grace@example.org' } }, 'k-code');
      return simulator.getOutbox();
    },
  });
  all.push(...heldTimesAndTermsCases());
  return all;
}

/** Who the visit is for, new and returning patients, codes and limits. */
function whoAndCodeCases(booking: (simulator?: BookingSimulator) => ReturnType<typeof aBooking>): Case[] {
  const newcomer = { ...booking().patient, email: 'grace@example.org' };
  const checking = () => aSimulator({ verifyNewEmails: true });
  /** Asks for a code, then answers it: `code` of the one sent, after `wrongFirst` wrong ones and `before` (a clock move). */
  const tryCode =
    (code: (sent: string) => string, { wrongFirst = 0, before }: { wrongFirst?: number; before?: (simulator: BookingSimulator) => void } = {}) =>
    () => {
      const simulator = checking();
      const request = { ...booking(simulator), patient: newcomer };
      const { id } = (simulator.createBooking(request, 'k1').body as Problem).verification!;
      const sent = (simulator.getOutbox().body as { messages: Array<{ code?: string }> }).messages[0]!.code!;
      for (let i = 0; i < wrongFirst; i++) simulator.createBooking({ ...request, verification: { id, code: wrong(sent) } }, `wrong-${i}`);
      before?.(simulator);
      return simulator.createBooking({ ...request, verification: { id, code: code(sent) } }, 'k2');
    };
  const wrong = (sent: string) => (sent === '000000' ? '111111' : '000000');
  return [
    {
      route: 'createBooking',
      name: 'for someone else',
      status: 201,
      answer: () =>
        sim().createBooking(
          {
            ...booking(),
            patient: { givenName: 'Sam', familyName: 'Lovelace', dateOfBirth: '2017-03-02' },
            bookedBy: { givenName: 'Ada', familyName: 'Lovelace', relationship: 'parent', email: 'ada@example.org', phone: '+44 20 7946 0958' },
          },
          'k1',
        ),
    },
    {
      route: 'createBooking',
      name: 'a returning patient who matches',
      status: 201,
      answer: () => sim().createBooking({ ...booking(), returningPatient: true, patientMatch: { postalCode: 'NW1 6XE' } }, 'k1'),
    },
    {
      route: 'createBooking',
      name: 'a new patient booking a follow-up',
      status: 422,
      answer: () => sim().createBooking({ ...booking(), returningPatient: false }, 'k1'),
    },
    { route: 'createBooking', name: 'a new email', status: 403, answer: () => checking().createBooking({ ...booking(), patient: newcomer }, 'k1') },
    { route: 'createBooking', name: 'the right code', status: 201, answer: tryCode((sent) => sent) },
    { route: 'createBooking', name: 'a wrong code', status: 422, answer: tryCode(wrong) },
    {
      route: 'createBooking',
      name: 'an expired code',
      status: 410,
      answer: tryCode((sent) => sent, { before: (simulator) => simulator.setNow(new Date(now.getTime() + 11 * 60_000)) }),
    },
    { route: 'createBooking', name: 'too many wrong codes', status: 403, answer: tryCode(wrong, { wrongFirst: 4 }) },
    {
      route: 'createBooking',
      name: 'one visit over the limit',
      status: 409,
      answer: () => {
        const simulator = aSimulator({ upcomingLimit: 1 });
        simulator.createBooking(booking(simulator), 'k1');
        return simulator.createBooking(booking(simulator), 'k2');
      },
    },
  ];
}

/** Held times and cancellation terms (issue 21, parts 3 and 4). */
function heldTimesAndTermsCases(): Case[] {
  const where = { variantId: 'var_physio_followup', locationId: 'loc_berlin' };
  const heldSlot = (simulator: BookingSimulator) => ({ ...where, start: firstFreeSlot(simulator).start });
  const holdId = (result: SimResult) => (result.body as { id: string }).id;
  const late = () => aSimulator({ data: seedWithLateFee });
  return [
    {
      route: 'createHold',
      name: 'a free slot',
      status: 201,
      answer: () => {
        const s = sim();
        return s.createHold(heldSlot(s), 'h1');
      },
    },
    {
      route: 'createHold',
      name: 'a slot another patient holds',
      status: 409,
      answer: () => {
        const s = sim();
        holdByAnotherPatient(s, heldSlot(s));
        return s.createHold(heldSlot(sim()), 'h1');
      },
    },
    {
      route: 'createHold',
      name: 'a booked slot',
      status: 409,
      answer: () => {
        const s = sim();
        const slot = heldSlot(s);
        s.createBooking(aBooking(slot.start), 'b1');
        return s.createHold(slot, 'h1');
      },
    },
    {
      route: 'createHold',
      name: 'a paused service',
      status: 422,
      answer: () => {
        const s = sim();
        return s.createHold({ ...heldSlot(s), variantId: 'var_hydro' }, 'h1');
      },
    },
    { route: 'createHold', name: 'no start', status: 422, answer: () => sim().createHold(where, 'h1') },
    {
      route: 'createHold',
      name: 'no Idempotency-Key',
      status: 422,
      answer: () => {
        const s = sim();
        return s.createHold(heldSlot(s), undefined);
      },
    },
    {
      route: 'createHold',
      name: 'a reused key',
      status: 422,
      answer: () => {
        const s = sim();
        const [first, second] = freeSlotsOf(s);
        s.createHold({ ...where, start: first }, 'h1');
        return s.createHold({ ...where, start: second }, 'h1');
      },
    },
    {
      route: 'releaseHold',
      name: 'a hold',
      status: 200,
      answer: () => {
        const s = sim();
        return s.releaseHold(holdId(s.createHold(heldSlot(s), 'h1')));
      },
    },
    { route: 'releaseHold', name: 'a hold that already ended', status: 200, answer: () => sim().releaseHold('hold_gone') },
    // The waitlist (issue #23, part 2).
    { route: 'joinWaitlist', name: 'days that suit', status: 201, answer: () => sim().joinWaitlist(aWaitlistRequest(), 'w1') },
    {
      route: 'joinWaitlist',
      name: 'the same key again',
      status: 201,
      answer: () => {
        const s = sim();
        s.joinWaitlist(aWaitlistRequest(), 'w1');
        return s.joinWaitlist(aWaitlistRequest(), 'w1');
      },
    },
    {
      route: 'joinWaitlist',
      name: 'the key reused for other days',
      status: 422,
      answer: () => {
        const s = sim();
        s.joinWaitlist(aWaitlistRequest(), 'w1');
        return s.joinWaitlist({ ...aWaitlistRequest(), toDate: '2026-12-20' }, 'w1');
      },
    },
    { route: 'joinWaitlist', name: 'to before from', status: 422, answer: () => sim().joinWaitlist({ ...aWaitlistRequest(), toDate: '2026-11-01' }, 'w1') },
    {
      route: 'joinWaitlist',
      name: 'days all past',
      status: 422,
      answer: () => sim().joinWaitlist({ ...aWaitlistRequest(), fromDate: '2026-11-01', toDate: '2026-11-02' }, 'w1'),
    },
    { route: 'joinWaitlist', name: 'no contact', status: 422, answer: () => sim().joinWaitlist({ ...aWaitlistRequest(), contact: undefined }, 'w1') },
    { route: 'joinWaitlist', name: 'no key', status: 422, answer: () => sim().joinWaitlist(aWaitlistRequest(), undefined) },
    {
      route: 'listWaitlist',
      name: 'one waiting, one offered',
      status: 200,
      answer: () => {
        const s = sim();
        s.joinWaitlist(aWaitlistRequest(), 'w1');
        s.joinWaitlist({ ...aWaitlistRequest(), contact: { ...aWaitlistRequest().contact, email: 'grace@example.org' } }, 'w2');
        const booked = bookOne(s);
        s.cancelAppointment(booked.appointmentId, booked.token, {}, 'c1');
        return s.listWaitlist('svc_physio');
      },
    },
    { route: 'listWaitlist', name: 'everyone', status: 200, answer: () => sim().listWaitlist(undefined) },
    { route: 'listWaitlist', name: 'unknown service', status: 404, answer: () => sim().listWaitlist('svc_nope') },
    { route: 'listWaitlist', name: 'without the staff token', status: 401, answer: () => aSimulator({ staffToken: 'staff' }).listWaitlist(undefined) },
    {
      route: 'createBooking',
      name: 'with its hold',
      status: 201,
      answer: () => {
        const s = sim();
        const slot = heldSlot(s);
        return s.createBooking(aBooking(slot.start, { holdId: holdId(s.createHold(slot, 'h1')) }), 'b1');
      },
    },
    {
      route: 'createBooking',
      name: 'a slot another patient holds',
      status: 409,
      answer: () => {
        const s = sim();
        const slot = heldSlot(s);
        holdByAnotherPatient(s, slot);
        return s.createBooking(aBooking(slot.start), 'b1');
      },
    },
    {
      route: 'createBooking',
      name: 'with a hold that ended',
      status: 409,
      answer: () => {
        const s = aSimulator(shortHolds(60));
        const slot = heldSlot(s);
        const id = holdId(s.createHold(slot, 'h1'));
        s.setNow(new Date(now.getTime() + 61_000));
        return s.createBooking(aBooking(slot.start, { holdId: id }), 'b1');
      },
    },
    {
      route: 'getAppointment',
      name: 'inside the late-fee window',
      status: 200,
      answer: () => late().getAppointment(lateFeeAppointment.id, lateFeeAppointment.token),
    },
    {
      route: 'cancelAppointment',
      name: 'past its free deadline, the fee not accepted',
      status: 409,
      answer: () => late().cancelAppointment(lateFeeAppointment.id, lateFeeAppointment.token, {}, 'c1'),
    },
    {
      route: 'cancelAppointment',
      name: 'past its free deadline, the fee accepted',
      status: 200,
      answer: () => late().cancelAppointment(lateFeeAppointment.id, lateFeeAppointment.token, { acceptedFee: lateFeeTerms.fee }, 'c1'),
    },
    {
      route: 'rescheduleAppointment',
      name: 'past its free deadline, the fee not accepted',
      status: 409,
      answer: () => {
        const s = late();
        return s.rescheduleAppointment(lateFeeAppointment.id, lateFeeAppointment.token, { start: firstFreeSlot(s).start }, 'r1');
      },
    },
  ];
}

function freeSlotsOf(simulator: BookingSimulator): [string, string] {
  const result = simulator.getAvailability({ variantId: 'var_physio_followup', locationId: 'loc_berlin', from: '2026-11-30', to: '2026-12-11' });
  const [first, second] = (result.body as { slots: Array<{ start: string }> }).slots;
  return [first!.start, second!.start];
}

function check(schema: z.ZodMiniType, body: unknown): void {
  const parsed = schema.safeParse(body);
  assert.ok(parsed.success, parsed.success ? '' : JSON.stringify(parsed.error.issues.slice(0, 5)));
}

describe('every answer of every route matches the contract', () => {
  for (const { route, name, status, answer } of cases()) {
    it(`${route}: ${name} answers ${status}`, () => {
      const result = answer();

      assert.equal(result.status, status, JSON.stringify(result.body));
      if (status < 400) return check(routes[route].response, result.body);
      check(Problem, result.body);
      const allowed: readonly ProblemCode[] = [...routes[route].errors, 'rate_limited', 'server_error'];
      assert.ok(allowed.includes((result.body as Problem).code), `${(result.body as Problem).code} is not among ${route}'s errors`);
      assert.equal((result.body as Problem).status, status);
    });
  }
});

describe('every route is covered above', () => {
  it('has at least one success and one error case per route', () => {
    const covered = cases();

    for (const route of Object.keys(routes) as RouteName[]) {
      const statuses = covered.filter((c) => c.route === route).map((c) => c.status);
      assert.ok(
        statuses.some((s) => s < 400),
        `${route} has no success case`,
      );
      if (routes[route].errors.length > 0)
        assert.ok(
          statuses.some((s) => s >= 400),
          `${route} has no error case`,
        );
    }
  });
});

describe('links from the default patient-app base', () => {
  // The demo and e2e tests serve the patient app on http://127.0.0.1:…, which the contract's
  // links must accept.
  it('pass the contract', () => {
    const simulator = new BookingSimulator({ now });

    const result = simulator.createBooking(aBooking(firstFreeSlot(simulator).start), 'k1');

    check(routes.createBooking.response, result.body);
  });
});

describe('fault answers match the contract', () => {
  it('answers a status fault with a Problem and Retry-After', () => {
    const simulator = aSimulator();

    const result = simulator.faultAnswer({ status: 429, retryAfterSeconds: 3 });

    assert.equal(result?.status, 429);
    check(Problem, result?.body);
    assert.equal((result?.body as Problem).code, 'rate_limited');
    assert.deepEqual(result?.headers, { 'Retry-After': '3' });
  });

  it('answers a 5xx fault as server_error', () => {
    const result = aSimulator().faultAnswer({ status: 503 });

    check(Problem, result?.body);
    assert.equal((result?.body as Problem).code, 'server_error');
  });

  it('answers a malformed body no route accepts', () => {
    const result = aSimulator().faultAnswer({ malformedBody: true });

    assert.equal(result?.status, 200);
    for (const route of Object.values(routes)) assert.equal(route.response.safeParse(result?.body).success, false);
  });
});
