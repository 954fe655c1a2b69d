// Choosing who to see while booking: "Any available practitioner" by default, one named
// practitioner narrowing the days and times, a fully booked one, and the review and the
// confirmation naming them.
import { expect, fixture, html } from '@open-wc/testing';
import { http, HttpResponse } from 'msw';
import '../../src/elements/book-service/book-service.js';
import '../../src/elements/book-variant/book-variant.js';
import type { CircleBookingFlow } from '../../src/booking-flow/booking-flow.js';
import { weekdayOf } from '../../src/mocks/fixtures.js';
import { apiBase, apiRequestsDuring, useSimulator, worker } from '../support/simulator-worker.js';
import { control, find, visibleText } from '../support/dom.js';
import { bookUntilReview, flowOf, waitForStep } from '../support/booking.js';

/** Physiotherapy at Mitte, an initial assessment, at the times; with a practitioner when given. */
async function atTimes(practitionerId = ''): Promise<CircleBookingFlow> {
  const element = await fixture<HTMLElement>(html`<circle-book-variant variant-id="var_physio_initial" location-id="loc_berlin"
    practitioner-id=${practitionerId} api-base=${apiBase}></circle-book-variant>`);
  const flow = await flowOf(element);
  await waitForStep(flow, 'time');
  return flow;
}

function select(flow: CircleBookingFlow): HTMLSelectElement {
  return flow.shadowRoot!.querySelector<HTMLSelectElement>('select#practitioner')!;
}

async function choose(flow: CircleBookingFlow, value: string): Promise<void> {
  const field = select(flow);
  field.value = value;
  field.dispatchEvent(new Event('change', { bubbles: true }));
  await flow.updateComplete;
}

/** The days the grid offers once the shown month has loaded. */
async function offeredDays(flow: CircleBookingFlow): Promise<string[]> {
  const picker = flow.shadowRoot!.querySelector('circle-day-picker')!;
  await find(() => (flow.month?.status === 'complete' ? true : undefined), "the month's times");
  await picker.updateComplete;
  return [...picker.shadowRoot!.querySelectorAll<HTMLElement>('td.available')].map((cell) => cell.dataset.date!);
}

describe('choosing a practitioner', () => {
  beforeEach(useSimulator);

  it('offers "Any available practitioner" first, chosen, then each practitioner, labelled', async () => {
    const flow = await atTimes();

    const field = select(flow);
    expect([...field.options].map((option) => option.textContent?.trim())).to.deep.equal([
      'Any available practitioner',
      'Anna Weber',
      'Jonas Okafor',
      'Lukas Brandt',
    ]);
    expect(field.value).to.equal('');
    expect(flow.shadowRoot!.querySelector('label[for=practitioner]')!.textContent?.trim()).to.equal('Practitioner');
    await expect(flow).to.be.accessible();
  });

  it('one practitioner: their card (title, languages), and only their days and times are asked for and marked', async () => {
    const flow = await atTimes();

    const asked = await apiRequestsDuring(async (seen) => {
      await choose(flow, 'prac_jonas');
      await find(() => (seen.some((path) => path.includes('practitionerId=prac_jonas')) ? true : undefined), "Jonas's times asked for");
    });

    expect(asked.filter((path) => path.startsWith('/availability')).at(-1)).to.contain('practitionerId=prac_jonas');
    const card = flow.shadowRoot!.querySelector('[part=practitioner-card]')!;
    expect(visibleText(card)).to.contain('Jonas Okafor').and.contain('Sports physiotherapist').and.contain('Speaks English, German, and French');
    const days = await offeredDays(flow);
    expect(days.length).to.be.greaterThan(0);
    expect(
      days.every((day) => ['mon', 'wed', 'fri'].includes(weekdayOf(day))),
      days.join(' '),
    ).to.equal(true);
    await expect(flow).to.be.accessible();
  });

  it('a link naming a practitioner starts with them chosen; Any widens again', async () => {
    const flow = await atTimes('prac_jonas');

    expect(select(flow).value).to.equal('prac_jonas');
    await choose(flow, '');
    expect(flow.state.practitionerId).to.equal(undefined);
    expect(flow.shadowRoot!.querySelector('[part=practitioner-card]')).to.equal(null);
  });

  it("a fully booked practitioner: says so, offers any available practitioner, and the clinic's phone", async () => {
    const flow = await atTimes('prac_lukas');

    const any = await find(() => control(flow.shadowRoot!, 'Show any available practitioner'), 'the way to anyone');
    const text = visibleText(flow.shadowRoot!).replace(/[\u2066-\u2069]/g, '');
    expect(text).to.contain('Lukas Brandt has no free times to book online');
    expect(flow.shadowRoot!.querySelector('[part~=times] a[href^="tel:"]')).to.exist;
    await expect(flow).to.be.accessible();

    any.click();
    await flow.updateComplete;
    expect(select(flow).value).to.equal('');
    expect(await offeredDays(flow)).to.not.deep.equal([]);
  });

  it('the review names the practitioner chosen, and the booking asks for them', async () => {
    const flow = await atTimes('prac_jonas');

    const sent: unknown[] = [];
    worker.events.on('request:start', ({ request }) => {
      if (request.method === 'POST' && request.url.endsWith('/bookings'))
        void request
          .clone()
          .json()
          .then((body) => sent.push(body));
    });
    await bookUntilReview(flow);
    expect(visibleText(flow.shadowRoot!.querySelector('[part=summary]')!)).to.contain('Jonas Okafor');
    control(flow.shadowRoot!, 'Confirm booking')!.click();
    await waitForStep(flow, 'done');

    expect((sent[0] as { practitionerId?: string }).practitionerId).to.equal('prac_jonas');
    expect(visibleText(flow.shadowRoot!.querySelector('[part=summary]')!)).to.contain('Jonas Okafor');
    await expect(flow).to.be.accessible();
  });

  it('"Any available practitioner": the review says so, and the confirmation names who the API booked', async () => {
    const flow = await atTimes();

    await bookUntilReview(flow);
    expect(visibleText(flow.shadowRoot!.querySelector('[part=summary]')!)).to.contain('Any available practitioner');
    control(flow.shadowRoot!, 'Confirm booking')!.click();
    await waitForStep(flow, 'done');

    expect(visibleText(flow.shadowRoot!.querySelector('[part=summary]')!)).to.contain(flow.state.confirmation!.appointment.practitioner!.displayName);
  });

  it('a variant with one practitioner: no choice, their card', async () => {
    const element = await fixture<HTMLElement>(html`<circle-book-variant variant-id="var_checkup" api-base=${apiBase}></circle-book-variant>`);
    const flow = await flowOf(element);
    await waitForStep(flow, 'time');

    expect(flow.shadowRoot!.querySelector('select#practitioner')).to.equal(null);
    expect(visibleText(flow.shadowRoot!.querySelector('[part=practitioner-card]')!)).to.contain('Dr Claudia Meyer');
  });

  it('a photo that fails to load leaves the initials, and is no image to a screen reader', async () => {
    const simulator = await useSimulator();
    worker.use(
      http.get(`${apiBase}/variants/:variantId`, () => {
        const detail = simulator.getVariant('var_physio_initial').body as { practitioners: { photoUrl?: string }[] };
        detail.practitioners[1]!.photoUrl = 'https://photos.clinic.example/jonas.jpg';
        return HttpResponse.json(detail);
      }),
      http.get('https://photos.clinic.example/*', () => new HttpResponse(null, { status: 404 })),
    );
    const flow = await atTimes('prac_jonas');

    const photo = await find(() => flow.shadowRoot!.querySelector<HTMLImageElement>('.avatar img'), 'the photo');
    expect(photo.alt).to.equal('');
    expect(photo.closest('[aria-hidden=true]')).to.exist;
    await find(() => (photo.hidden ? true : undefined), 'the failed photo hidden');
    expect(flow.shadowRoot!.querySelector('.avatar')!.textContent?.trim()).to.equal('JO');
  });
});
