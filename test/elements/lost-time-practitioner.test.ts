// A time lost before it could be held (issue 21, part 3) with a practitioner chosen: the nearest
// free times are offered with the same practitioner's first, under their name, then the
// others'; taking one of the others' widens the choice to anyone, every detail kept.
import { expect, fixture, html } from '@open-wc/testing';
import { http, HttpResponse } from 'msw';
import '../../src/elements/book-variant/book-variant.js';
import { todayIn } from '../../src/flow/availability-window.js';
import { formatInstant, fromLocal } from '../../src/time/instants.js';
import { addDays } from '../../src/time/zoned.js';
import { apiBase, useSimulator, worker } from '../support/simulator-worker.js';
import { find, queryDeep } from '../support/dom.js';
import { ada, fillDetails, flowOf, pressContinue, waitForStep } from '../support/booking.js';

const zone = 'Europe/Berlin';
const [anna, jonas] = ['prac_anna', 'prac_jonas'];

/**
 * One day of times: Anna's at 8:00, 10:00, 16:00 and 17:00, Jonas's at 9:30, 10:30 and 11:00.
 * Holding 10:00 is refused as taken, and from then on no answer has it.
 */
function arrangeDay() {
  const day = addDays(todayIn(zone), 3);
  const at = (time: string) => formatInstant(fromLocal(`${day}T${time}`, zone)!, zone);
  const slot = (time: string, who: string) => ({
    start: at(time),
    end: at(time).replace(/T(\d\d)/, (_, hour: string) => `T${String(Number(hour) + 1).padStart(2, '0')}`),
    practitionerIds: [who],
  });
  const lost = at('10:00');
  let taken = false;
  const times = [
    slot('08:00', anna),
    slot('09:30', jonas),
    slot('10:00', anna),
    slot('10:30', jonas),
    slot('11:00', jonas),
    slot('16:00', anna),
    slot('17:00', anna),
  ];
  worker.use(
    http.get(`${apiBase}/availability`, ({ request }) => {
      const query = new URL(request.url).searchParams;
      const [from, to, who] = [query.get('from')!, query.get('to')!, query.get('practitionerId')];
      const slots = times.filter((each) => day >= from && day <= to && (!who || each.practitionerIds.includes(who)) && !(taken && each.start === lost));
      return HttpResponse.json({ variantId: 'var_physio_initial', locationId: 'loc_berlin', timeZone: zone, from, to, slots });
    }),
    http.post(`${apiBase}/holds`, async ({ request }) => {
      const { start } = (await request.json()) as { start: string };
      if (start === lost) {
        taken = true;
        const problem = {
          type: 'https://docs.circle-health.example/problems/slot-unavailable',
          title: 'Slot unavailable',
          status: 409,
          code: 'slot_unavailable',
          detail: 'That time is no longer free.',
        };
        return HttpResponse.json(problem, { status: 409, headers: { 'Content-Type': 'application/problem+json' } });
      }
      const end = times.find((each) => each.start === start)!.end;
      const heldUntil = new Date(Date.now() + 600_000).toISOString();
      return HttpResponse.json(
        { id: `hold_${start}`, variantId: 'var_physio_initial', locationId: 'loc_berlin', start, end, heldUntil, expiresInSeconds: 600 },
        { status: 201 },
      );
    }),
  );
  return { day, lost, at };
}

describe('the times offered around a lost one, with a practitioner chosen', () => {
  beforeEach(useSimulator);

  it('are the same practitioner’s first, under their name, then the others’; one of the others’ widens to anyone', async () => {
    const { lost, at } = arrangeDay();
    const element = await fixture<HTMLElement>(
      html`<circle-book-variant variant-id="var_physio_initial" location-id="loc_berlin" practitioner-id=${anna} api-base=${apiBase}></circle-book-variant>`,
    );
    const flow = await flowOf(element);
    await waitForStep(flow, 'time');
    await find(() => (flow.state.date ? true : undefined), 'the first free day');
    flow.chooseSlot(lost);
    await flow.updateComplete;
    expect(flow.state.slot?.start).to.equal(lost);
    await pressContinue(flow);
    await waitForStep(flow, 'details');
    await fillDetails(flow, ada);

    const groups = await find(() => {
      const found = [...(queryDeep(flow.shadowRoot!, '[part=near-times]')?.querySelectorAll('fieldset') ?? [])];
      return found.length === 2 ? found : undefined;
    }, 'the nearest times in two groups');
    const offered = (group: Element) => [...group.querySelectorAll<HTMLInputElement>('input[type=radio]')].map((radio) => radio.value);
    expect(
      groups.map((group) =>
        group
          .querySelector('legend')!
          .textContent.replace(/[\u2066-\u2069]/g, '')
          .trim(),
      ),
    ).to.deep.equal(['With Anna Weber', 'With another practitioner']);
    expect(offered(groups[0]!)).to.deep.equal([at('08:00'), at('16:00'), at('17:00')]);
    expect(offered(groups[1]!)).to.deep.equal([at('09:30')]);
    await expect(flow).to.be.accessible();

    groups[1]!.querySelector<HTMLInputElement>('input[type=radio]')!.click();
    await find(() => (flow.hold.status === 'held' ? true : undefined), 'the new time held');

    expect(flow.state.slot?.start).to.equal(at('09:30'));
    expect(flow.state.practitionerId, 'widened to anyone').to.equal(undefined);
    expect(flow.state.patient).to.deep.include(ada);
  });
});
