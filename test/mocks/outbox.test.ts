import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { Appointment, Outbox, type MessageKind, type OutboxMessage } from '../../src/api/index.js';
import { parsePatientAppUrl, type PatientAppTarget } from '../../src/links/index.js';
import { seedAppointments, type BookingSimulator } from '../../src/mocks/index.js';
import { answerIn } from '../../src/mocks/language.js';
import { aBooking, aSimulator, bookOne, firstFreeSlot, now, patientAppBase } from './helpers.js';

function outbox(simulator: BookingSimulator, to?: string): OutboxMessage[] {
  const result = simulator.getOutbox(to);
  assert.equal(result.status, 200);
  return Outbox.parse(result.body).messages;
}

function latest(simulator: BookingSimulator, kind: MessageKind): OutboxMessage {
  const message = outbox(simulator).find((candidate) => candidate.kind === kind);
  assert.ok(message, `no ${kind} message`);
  return message;
}

/** Where a message's link leads, as the patient app reads it: only links of this clinic's patient app. */
function targetOf(message: OutboxMessage): PatientAppTarget {
  const parsed = parsePatientAppUrl(message.link!, { base: patientAppBase });
  assert.ok(parsed.ok, message.link);
  return parsed.target;
}

/** What the patient app shows for an appointment link: the appointment the API answers for its token. */
function opened(simulator: BookingSimulator, target: PatientAppTarget): Appointment {
  assert.ok(target.kind === 'appointment' || target.kind === 'intake-forms', target.kind);
  const result = simulator.getAppointment(target.appointmentId, target.token);
  assert.equal(result.status, 200, JSON.stringify(result.body));
  return Appointment.parse(result.body);
}

describe('a new booking', () => {
  it('sends the confirmation, whose link opens the booked appointment', () => {
    const simulator = aSimulator();
    const { appointmentId, confirmation } = bookOne(simulator);

    const message = latest(simulator, 'confirmation');

    assert.equal(message.to, 'ada@example.org');
    assert.equal(message.appointmentId, appointmentId);
    assert.equal(message.link, confirmation.appointmentUrl);
    assert.equal(opened(simulator, targetOf(message)).id, appointmentId);
  });

  it("sends the forms link while intake is incomplete, opening that appointment's forms", () => {
    const simulator = aSimulator();
    const { appointmentId } = bookOne(simulator);

    const target = targetOf(latest(simulator, 'intake_forms'));

    assert.equal(target.kind, 'intake-forms');
    assert.equal(opened(simulator, target).id, appointmentId);
    assert.equal(opened(simulator, target).intake.complete, false);
  });

  it('writes in the language the patient booked in', () => {
    const simulator = aSimulator();

    answerIn('de', () => simulator.createBooking(aBooking(firstFreeSlot(simulator).start), 'k1'));

    assert.equal(latest(simulator, 'confirmation').subject, 'Ihr Termin ist gebucht');
  });

  it('writes to the person who booked for someone else, naming the patient', () => {
    const simulator = aSimulator();
    const bookedBy = { givenName: 'Ada', familyName: 'Lovelace', relationship: 'parent' as const, email: 'ada@example.org', phone: '+44 20 7946 0958' };

    simulator.createBooking(
      aBooking(firstFreeSlot(simulator).start, { patient: { givenName: 'Sam', familyName: 'Lovelace', dateOfBirth: '2017-03-02' }, bookedBy }),
      'k1',
    );

    const message = latest(simulator, 'confirmation');
    assert.equal(message.to, 'ada@example.org');
    assert.match(message.body, /^This visit is for Sam Lovelace\./);
  });
});

describe('a reminder the day before', () => {
  it('goes out on demand for one appointment, with its link', () => {
    const simulator = aSimulator();
    const { id } = seedAppointments.formsDue;

    const result = simulator.sendReminders(id);

    assert.equal(result.status, 200);
    const message = latest(simulator, 'reminder');
    assert.equal(message.to, 'maria.schmidt@example.org');
    assert.equal(opened(simulator, targetOf(message)).id, id);
  });

  it('goes out for every booked visit tomorrow, and for none further ahead', () => {
    const simulator = aSimulator();
    const { appointmentId, slot } = bookOne(simulator);

    simulator.setNow(new Date(Date.parse(slot.start) - 20 * 3_600_000));
    const dayBefore = simulator.sendReminders();
    simulator.setNow(now);
    const weekBefore = simulator.sendReminders();

    assert.ok((dayBefore.body as { messages: OutboxMessage[] }).messages.some((m) => m.appointmentId === appointmentId));
    assert.equal(
      (weekBefore.body as { messages: OutboxMessage[] }).messages.some((m) => m.appointmentId === appointmentId),
      false,
    );
  });

  it('after a reschedule, points to the new time', () => {
    const simulator = aSimulator();
    const { appointmentId, token, slot } = bookOne(simulator);
    const later = firstFreeSlot(simulator, 'var_physio_followup');
    assert.notEqual(later.start, slot.start);

    simulator.rescheduleAppointment(appointmentId, token, { start: later.start }, 'k-move');
    simulator.sendReminders(appointmentId);

    const shown = opened(simulator, targetOf(latest(simulator, 'reminder')));
    assert.equal(Date.parse(shown.start), Date.parse(later.start));
  });

  it('is refused for an appointment that is not upcoming and booked', () => {
    assert.equal(aSimulator().sendReminders(seedAppointments.cancelled.id).status, 404);
  });
});

describe('a change and a cancellation', () => {
  it('sends a notice of the change whose link shows the new time', () => {
    const simulator = aSimulator();
    const { appointmentId, token } = bookOne(simulator);
    const later = firstFreeSlot(simulator);

    simulator.rescheduleAppointment(appointmentId, token, { start: later.start }, 'k-move');

    assert.equal(Date.parse(opened(simulator, targetOf(latest(simulator, 'rescheduled'))).start), Date.parse(later.start));
  });

  it('sends a notice of the cancellation whose link books the same variant again', () => {
    const simulator = aSimulator();
    const { appointmentId, token } = bookOne(simulator);

    simulator.cancelAppointment(appointmentId, token, {}, 'k-cancel');

    assert.deepEqual(targetOf(latest(simulator, 'cancelled')), { kind: 'book-variant', variantId: 'var_physio_followup', locationId: 'loc_berlin' });
  });
});

describe('the outbox', () => {
  it("lists newest first, and only one address's messages when asked", () => {
    const simulator = aSimulator();
    bookOne(simulator);
    simulator.sendReminders(seedAppointments.formsDue.id);

    assert.equal(outbox(simulator)[0]!.kind, 'reminder');
    assert.deepEqual(
      outbox(simulator, 'ADA@example.org').map((m) => m.kind),
      ['intake_forms', 'confirmation'],
    );
  });

  it('is emptied by a reset', () => {
    const simulator = aSimulator();
    bookOne(simulator);

    simulator.reset();

    assert.deepEqual(outbox(simulator), []);
  });
});
