// <circle-appointment> names who the visit is with, and a move keeps them unless the patient
// widens to anyone free.
import { expect, fixture, html } from '@open-wc/testing';
import '../../src/elements/appointment/appointment.js';
import type { CircleAppointment } from '../../src/elements/appointment/appointment.js';
import { seedAppointments } from '../../src/mocks/index.js';
import { apiBase, apiRequestsDuring, useSimulator } from '../support/simulator-worker.js';
import { control, find, visibleText } from '../support/dom.js';
import { appointmentShown } from '../support/booking.js';

async function openAppointment(key: keyof typeof seedAppointments): Promise<CircleAppointment> {
  const { id, token } = seedAppointments[key];
  const element = await fixture<CircleAppointment>(html`<circle-appointment appointment-id=${id} token=${token} api-base=${apiBase}></circle-appointment>`);
  await appointmentShown(element);
  return element;
}

function widen(element: CircleAppointment): HTMLInputElement {
  return element.shadowRoot!.querySelector<HTMLInputElement>('.widen input')!;
}

describe('<circle-appointment> with a practitioner', () => {
  beforeEach(async () => {
    await useSimulator();
  });

  it('names the practitioner and their title among the details', async () => {
    const element = await openAppointment('formsDue');

    const details = element.shadowRoot!.querySelector('[part=details]')!;
    expect(visibleText(details)).to.contain('With').and.contain('Anna Weber').and.contain('Chartered physiotherapist');
    await expect(element).to.be.accessible();
  });

  it("a new time is chosen among the practitioner's own times, until the patient widens to anyone", async () => {
    const element = await openAppointment('ready'); // with Jonas

    const asked = await apiRequestsDuring(async (seen) => {
      (control(element.shadowRoot!, 'Change time') as HTMLButtonElement).click();
      await find(
        () => (seen.some((path) => path.startsWith('/availability') && path.includes('practitionerId=prac_jonas')) ? true : undefined),
        'his times asked for',
      );
    });
    // The practitioner's own times are asked for. (Not "only": WebKit's service worker reports an
    // earlier test's requests late, into this window.)
    expect(asked.filter((path) => path.startsWith('/availability')).some((path) => path.includes('practitionerId=prac_jonas'))).to.equal(true);
    expect(widen(element).checked).to.equal(false);
    // The name is isolated (FSI … PDI), so a right-to-left name keeps its order.
    expect(visibleText(element.shadowRoot!).replace(/[\u2066-\u2069]/g, '')).to.contain('Also show times with other practitioners than Jonas Okafor');
    await expect(element).to.be.accessible();

    const widened = await apiRequestsDuring(async (seen) => {
      widen(element).click();
      await find(
        () => (seen.some((path) => path.startsWith('/availability') && !path.includes('practitionerId')) ? true : undefined),
        "everyone's times asked for",
      );
    });
    expect(widened.filter((path) => path.startsWith('/availability')).some((path) => !path.includes('practitionerId'))).to.equal(true);
    expect(widen(element).checked).to.equal(true);
  });
});
