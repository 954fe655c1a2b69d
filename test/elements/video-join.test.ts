import { expect, fixture, html } from '@open-wc/testing';
import { http, HttpResponse } from 'msw';
import '../../src/elements/appointment/appointment.js';
import type { CircleAppointment } from '../../src/elements/appointment/appointment.js';
import { Appointment } from '../../src/api/schemas.js';
import { seedAppointments } from '../../src/mocks/index.js';
import { apiBase, useSimulator, worker } from '../support/simulator-worker.js';
import { find, visibleText } from '../support/dom.js';

const minute = 60_000;
const { id, token } = seedAppointments.videoCall;

/** The seeded video visit, moved to start `startsIn` ms from now on the browser's clock. */
async function videoVisitStarting(startsIn: number): Promise<CircleAppointment> {
  const simulator = await useSimulator();
  const seeded = Appointment.parse(simulator.getAppointment(id, token).body);
  const start = Date.now() + startsIn;
  const moved = { ...seeded, start: new Date(start).toISOString(), end: new Date(start + 30 * minute).toISOString() };
  worker.use(http.get(`${apiBase}/appointments/${id}`, () => HttpResponse.json(moved)));
  const element = await fixture<CircleAppointment>(html`<circle-appointment appointment-id=${id} token=${token} api-base=${apiBase}></circle-appointment>`);
  await find(() => element.shadowRoot!.querySelector('[part=video-join]'), 'the video visit’s join area');
  return element;
}

function joinLink(element: CircleAppointment): HTMLAnchorElement {
  return element.shadowRoot!.querySelector<HTMLAnchorElement>('[part=join-video-link]')!;
}

describe('<circle-appointment> video visit', () => {
  it('says "Video call" where the visit takes place, not an address', async () => {
    const element = await videoVisitStarting(60 * minute);

    const where = [...element.shadowRoot!.querySelectorAll('[part=details] > div')].find((row) => row.querySelector('dt')?.textContent === 'Where')!;
    expect(where.textContent).to.contain('Video call').and.not.contain('Friedrichstraße');
  });

  it('is not open yet more than 10 minutes before: disabled, saying when it opens', async () => {
    const element = await videoVisitStarting(60 * minute);

    const link = joinLink(element);
    expect(link.getAttribute('aria-disabled')).to.equal('true');
    expect(link.hasAttribute('href')).to.equal(false);
    expect(visibleText(element.shadowRoot!)).to.match(/Opens .*, 10 minutes before the start\./);
    await expect(element).to.be.accessible();
  });

  it('is open from 10 minutes before: a link to the https room, in a new tab, with no opener or referrer', async () => {
    const element = await videoVisitStarting(5 * minute);

    const link = joinLink(element);
    expect(link.href).to.match(/^https:\/\/video\.circle-health\.example\/visit\//);
    expect(link.target).to.equal('_blank');
    expect(link.rel).to.equal('noopener noreferrer');
    expect(link.hasAttribute('aria-disabled')).to.equal(false);
    await expect(element).to.be.accessible();
  });

  it('opens on its own when its time comes, without a reload', async () => {
    const element = await videoVisitStarting(10 * minute + 1500);
    expect(joinLink(element).getAttribute('aria-disabled')).to.equal('true');

    await find(() => (joinLink(element)?.hasAttribute('href') ? true : undefined), 'the join link to open', 5000);

    expect(element.shadowRoot!.querySelector('[part=video-join]')!.getAttribute('data-state')).to.equal('open');
  });

  it('is over at the end: says so, with no link', async () => {
    const element = await videoVisitStarting(-31 * minute);

    expect(joinLink(element)).to.equal(null);
    expect(visibleText(element.shadowRoot!)).to.contain('This video visit has ended.');
    await expect(element).to.be.accessible();
  });
});

describe('<circle-appointment> phone visit', () => {
  it('says "We’ll call you" where the visit takes place, and offers no video link', async () => {
    await useSimulator();
    const { id: phoneId, token: phoneToken } = seedAppointments.phoneCall;
    const element = await fixture<CircleAppointment>(
      html`<circle-appointment appointment-id=${phoneId} token=${phoneToken} api-base=${apiBase}></circle-appointment>`,
    );
    await find(() => element.shadowRoot!.querySelector('[part=details]'), 'the appointment');

    expect(visibleText(element.shadowRoot!)).to.contain('We’ll call you');
    expect(element.shadowRoot!.querySelector('[part=video-join]')).to.equal(null);
    await expect(element).to.be.accessible();
  });
});
