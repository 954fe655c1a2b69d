// Cancellation terms shown before the patient acts (issue 21, part 4): free until when, a late
// fee and from when, "call the clinic" after the deadline, a fee confirmed explicitly, and a
// move into the cutoff said before it is confirmed.
import { expect, fixture, html } from '@open-wc/testing';
import '../../src/elements/appointment/appointment.js';
import type { CircleAppointment } from '../../src/elements/appointment/appointment.js';
import { formatPrice, formatShortDateTime } from '../../src/i18n/format.js';
import {
  BookingSimulator,
  createHandlers,
  lateFeeAppointment,
  lateFeeTerms,
  seedAppointments,
  seedWithLateFee,
  seedWithTimesInsideCutoff,
  type SeedData,
} from '../../src/mocks/index.js';
import { apiBase, patientAppBase, useSimulator, worker } from '../support/simulator-worker.js';
import { control, find, visibleText } from '../support/dom.js';
import { appointmentShown } from '../support/booking.js';

const zone = 'Europe/Berlin';

/** A simulator with its own seed, answering in place of the default one for this test. */
async function simulatorWith(data: (now: Date) => SeedData): Promise<BookingSimulator> {
  await useSimulator();
  const simulator = new BookingSimulator({ patientAppBase, data });
  worker.use(...createHandlers(simulator, { apiBase }));
  return simulator;
}

async function open({ id, token }: { id: string; token: string }): Promise<CircleAppointment> {
  const element = await fixture<CircleAppointment>(html`<circle-appointment appointment-id=${id} token=${token} api-base=${apiBase}></circle-appointment>`);
  await appointmentShown(element);
  return element;
}

function terms(element: CircleAppointment): string {
  return element.shadowRoot!.querySelector('[part=terms]')?.textContent?.replace(/\s+/g, ' ').trim() ?? '';
}

function button(element: CircleAppointment, label: string | RegExp): HTMLElement {
  const found = control(element.shadowRoot!, label);
  if (!found) throw new Error(`No "${label}" control; the element shows: ${visibleText(element.shadowRoot!)}`);
  return found;
}

function actionOf(simulator: BookingSimulator, id: string, type: 'cancel' | 'reschedule') {
  const { body } = simulator.getAppointment(id, simulator.state().appointments.find((record) => record.id === id)!.token);
  return (body as { actions: Array<{ type: string; deadline?: string; freeUntil?: string }> }).actions.find((action) => action.type === type)!;
}

const fee = formatPrice(lateFeeTerms.fee, 'en');

describe('<circle-appointment> states its cancellation terms up front', () => {
  it('free to change or cancel until the deadline, named once, above the buttons', async () => {
    const simulator = await useSimulator();
    const element = await open(seedAppointments.formsDue);
    const { deadline } = actionOf(simulator, seedAppointments.formsDue.id, 'cancel');

    expect(terms(element)).to.equal(`Free to change or cancel until ${formatShortDateTime(deadline!, zone, undefined, true)}.`);
    expect(button(element, 'Cancel appointment').getAttribute('aria-describedby')).to.equal('terms');
    await expect(element).to.be.accessible();
  });

  it('with a late fee: free until when, then the fee until the cutoff', async () => {
    const simulator = await simulatorWith(seedWithLateFee);
    const element = await open(seedAppointments.formsDue);
    const { deadline, freeUntil } = actionOf(simulator, seedAppointments.formsDue.id, 'cancel');

    expect(terms(element)).to.equal(
      `Free to change or cancel until ${formatShortDateTime(freeUntil!, zone, undefined, true)}. ` +
        `After that, a late fee of ${fee} applies until ${formatShortDateTime(deadline!, zone, undefined, true)}.`,
    );
  });

  it('past the free deadline: says the fee applies now', async () => {
    await simulatorWith(seedWithLateFee);
    const element = await open(lateFeeAppointment);

    expect(terms(element)).to.match(new RegExp(`^A late fee of ${fee.replace(/[.$]/g, '\\$&')} now applies to changing or cancelling, until .+\\.$`));
  });

  it('after the deadline: "Call the clinic to cancel", with the API\'s reason and the phone as a link', async () => {
    await useSimulator();
    const element = await open(seedAppointments.soon);

    const cancel = element.shadowRoot!.querySelector('[part=action][data-action=cancel]')!;
    expect(cancel.textContent).to.contain('Call the clinic to cancel');
    expect(cancel.textContent).to.contain('Cancellation closes 24 hours before your visit');
    expect(cancel.querySelector('a[href="tel:+49301234567"]')).to.exist;
    await expect(element).to.be.accessible();
  });
});

describe('<circle-appointment> cancelling while a late fee applies', () => {
  it('shows the amount and cancels only once the patient accepts it', async () => {
    const simulator = await simulatorWith(seedWithLateFee);
    const element = await open(lateFeeAppointment);
    const sent: unknown[] = [];
    const listener = ({ request }: { request: Request }) => {
      if (request.url.endsWith('/cancel'))
        void request
          .clone()
          .json()
          .then((body: unknown) => sent.push(body));
    };
    worker.events.on('request:start', listener);
    try {
      button(element, 'Cancel appointment').click();
      await element.updateComplete;
      const feePart = await find(() => element.shadowRoot!.querySelector<HTMLElement>('[part=fee]'), 'the fee');
      expect(feePart.textContent).to.contain(`Cancelling now carries a late fee of ${fee}.`);
      const yes = button(element, 'Yes, cancel');
      expect(yes.getAttribute('aria-disabled')).to.equal('true');
      await expect(element).to.be.accessible();

      yes.click();
      await element.updateComplete;
      await new Promise((resolve) => setTimeout(resolve, 100));
      expect(sent, 'nothing sent before the fee is accepted').to.deep.equal([]);

      feePart.querySelector<HTMLInputElement>('input[type=checkbox]')!.click();
      await element.updateComplete;
      expect(yes.getAttribute('aria-disabled')).to.equal('false');
      yes.click();
      await find(() => (element.shadowRoot!.querySelector('.announcement')?.textContent?.includes('cancelled') ? true : undefined), 'the cancellation');
    } finally {
      worker.events.removeListener('request:start', listener);
    }

    expect(sent).to.deep.equal([{ acceptedFee: lateFeeTerms.fee }]);
    expect(simulator.state().appointments.find((record) => record.id === lateFeeAppointment.id)!.status).to.equal('cancelled');
  });
});

describe('<circle-appointment> moving into the change cutoff', () => {
  it('says, before the move is confirmed, that the visit could then no longer be changed online', async () => {
    await simulatorWith(seedWithTimesInsideCutoff);
    const element = await open(seedAppointments.formsDue);

    button(element, 'Change time').click();
    const list = await find(() => element.shadowRoot!.querySelector('circle-time-list'), 'the free times');
    const radio = await find(() => list.shadowRoot!.querySelector<HTMLInputElement>('input[type=radio]'), 'a free time');
    radio.click();
    await element.updateComplete;
    button(element, 'Continue').click();
    await element.updateComplete;

    const notice = await find(() => element.shadowRoot!.querySelector<HTMLElement>('[part=cutoff-notice]'), 'the cutoff notice');
    expect(notice.textContent?.trim()).to.equal('After this move, the visit can no longer be changed or cancelled online.');
    await expect(element).to.be.accessible();
  });
});
