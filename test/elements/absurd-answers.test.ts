// Answers that pass the contract but make no sense: free times far outside the window asked
// for, a "next free day" in the year 9999. What must hold: they are ignored, the calendar stays
// where the patient is, and no date arithmetic throws out of an element (no uncaught error, no
// unhandled rejection).
import { expect, fixture, html } from '@open-wc/testing';
import { http, HttpResponse } from 'msw';
import '../../src/elements/book-variant/book-variant.js';
import type { CircleBookVariant } from '../../src/elements/book-variant/book-variant.js';
import { monthOf, todayIn } from '../../src/flow/availability-window.js';
import { apiBase, useSimulator, withoutFirstMonth, worker } from '../support/simulator-worker.js';
import { chosenDay, currentStep, flowOf } from '../support/booking.js';
import { find } from '../support/dom.js';

const zone = 'Europe/Berlin';

describe('absurd but valid availability', () => {
  let thrown: string[];
  const onError = (event: ErrorEvent) => thrown.push(`error: ${event.message}`);
  const onRejection = (event: PromiseRejectionEvent) => {
    thrown.push(`unhandled rejection: ${String(event.reason)}`);
    event.preventDefault();
  };
  let asked: URLSearchParams[];

  beforeEach(async () => {
    await useSimulator();
    thrown = [];
    asked = [];
    window.addEventListener('error', onError);
    window.addEventListener('unhandledrejection', onRejection);
  });
  afterEach(() => {
    window.removeEventListener('error', onError);
    window.removeEventListener('unhandledrejection', onRejection);
  });

  /** Availability answered by `answer` for the window asked for. */
  function answerAvailability(answer: (from: string, to: string) => unknown) {
    worker.use(
      ...withoutFirstMonth(),
      http.get(`${apiBase}/availability`, ({ request }) => {
        const query = new URL(request.url).searchParams;
        asked.push(query);
        const from = query.get('from')!;
        const to = query.get('to')!;
        return HttpResponse.json({ variantId: 'var_checkup', locationId: 'loc_berlin', timeZone: zone, from, to, ...(answer(from, to) as object) });
      }),
    );
  }

  async function timeStep() {
    const element = await fixture<CircleBookVariant>(html`<circle-book-variant variant-id="var_checkup" api-base=${apiBase}></circle-book-variant>`);
    const flow = await flowOf(element);
    await find(() => (currentStep(flow) === 'time' && flow.month?.status === 'complete' ? true : undefined), 'the month to load');
    // The prefetch of the following month, and a render after it.
    await new Promise((resolve) => setTimeout(resolve, 300));
    await flow.updateComplete;
    return flow;
  }

  it('a slot on 9999-12-31 in the answer for this month is ignored: the month stays, nothing throws', async () => {
    const thisMonth = monthOf(todayIn(zone));
    answerAvailability((from) => ({
      slots: from.startsWith(thisMonth) ? [{ start: '9999-12-31T09:00:00+01:00', end: '9999-12-31T09:40:00+01:00' }] : [],
    }));

    const flow = await timeStep();

    expect(thrown).to.deep.equal([]);
    expect(flow.shownMonth ?? monthOf(chosenDay(flow) ?? todayIn(zone))).to.equal(thisMonth);
    expect([...flow.month!.days.keys()]).to.deep.equal([]);
    expect(asked.every((query) => query.get('from')!.startsWith('2'))).to.equal(true);
  });

  it('a "next free day" of 9999-12-31 is ignored, and the calendar does not go there', async () => {
    answerAvailability(() => ({ slots: [], nextAvailableDate: '9999-12-31' }));

    const flow = await timeStep();

    expect(thrown).to.deep.equal([]);
    expect(flow.month!.nextAvailableDate).to.equal(undefined);
    expect(chosenDay(flow)).to.equal(undefined);
    expect(asked.some((query) => query.get('from')!.startsWith('9999'))).to.equal(false);
  });

  it('of slots in and outside the window, only those inside are offered', async () => {
    const today = todayIn(zone);
    answerAvailability((from, to) => ({
      slots: [
        { start: `${to}T10:00:00+01:00`, end: `${to}T10:40:00+01:00` },
        { start: '2001-01-01T10:00:00+01:00', end: '2001-01-01T10:40:00+01:00' },
        { start: `${Number(from.slice(0, 4)) + 3}-06-01T10:00:00+02:00`, end: `${Number(from.slice(0, 4)) + 3}-06-01T10:40:00+02:00` },
      ],
    }));

    const flow = await timeStep();

    expect(thrown).to.deep.equal([]);
    const days = [...flow.month!.days.keys()];
    expect(days.length).to.equal(1);
    expect(days[0]! >= today).to.equal(true);
    expect(chosenDay(flow)).to.equal(days[0]);
  });

  it('the month after December 9999 does not throw: a calendar at its end simply has nothing more', async () => {
    answerAvailability(() => ({ slots: [] }));
    const flow = await timeStep();

    flow.showMonth('9999-12');
    await flow.updateComplete;
    await new Promise((resolve) => setTimeout(resolve, 300));
    await flow.updateComplete;

    expect(thrown).to.deep.equal([]);
    expect(flow.availabilityOf('10000-01').status).to.equal('complete');
  });
});
