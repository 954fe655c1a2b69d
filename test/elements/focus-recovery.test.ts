// Focus never drops to <body> when what held it leaves the screen: a keyboard patient presses
// "Go to the next free day" or "Try again", and focus lands on the heading of what replaced it.
import { expect, fixture, html } from '@open-wc/testing';
import { sendKeys } from '@web/test-runner-commands';
import { http, HttpResponse } from 'msw';
import '../../src/elements/book-service/book-service.js';
import '../../src/elements/book-variant/book-variant.js';
import '../../src/elements/appointment/appointment.js';
import type { Availability } from '../../src/api/schemas.js';
import { addMonths, monthOf, todayIn } from '../../src/flow/availability-window.js';
import { seedAppointments } from '../../src/mocks/index.js';
import { localDate } from '../../src/time/zoned.js';
import { apiBase, useSimulator, worker, withoutFirstMonth } from '../support/simulator-worker.js';
import { control, deepActiveElement, find, queryDeep } from '../support/dom.js';
import { chosenDay, flowOf, waitForStep } from '../support/booking.js';

/** Focuses `button` and presses Enter on it, as a keyboard patient does. */
async function press(button: HTMLElement): Promise<void> {
  button.focus();
  expect(deepActiveElement()).to.equal(button);
  await sendKeys({ press: 'Enter' });
}

/** Waits until focus is on `target()`, then says where it is. */
async function focusLandsOn(target: () => Element | null | undefined, what: string): Promise<void> {
  await find(
    () => (target() && deepActiveElement() === target() ? true : undefined),
    `focus on ${what}; it is on ${deepActiveElement()?.outerHTML.slice(0, 80)}`,
  );
  expect(document.activeElement).not.to.equal(document.body);
}

describe('focus after a recovery', () => {
  it('"Go to the next free day" from an empty month: on the step’s heading', async () => {
    const simulator = await useSimulator();
    const zone = 'America/New_York';
    const thisMonth = monthOf(todayIn(zone));
    const nextMonth = addMonths(thisMonth, 1);
    const later = simulator.getAvailability({ variantId: 'var_nutrition', locationId: 'loc_newyork', from: `${nextMonth}-01`, to: `${nextMonth}-28` });
    const firstFree = localDate(new Date((later.body as Availability).slots[0]!.start), zone);
    worker.use(
      ...withoutFirstMonth(),
      http.get(`${apiBase}/availability`, ({ request }) => {
        const query = new URL(request.url).searchParams;
        if (monthOf(query.get('from')!) !== thisMonth) return undefined;
        return HttpResponse.json({
          variantId: 'var_nutrition',
          locationId: 'loc_newyork',
          timeZone: zone,
          from: query.get('from'),
          to: query.get('to'),
          slots: [],
          nextAvailableDate: firstFree,
        });
      }),
    );
    const element = await fixture(html`<circle-book-variant variant-id="var_nutrition" api-base=${apiBase}></circle-book-variant>`);
    const flow = await flowOf(element as HTMLElement);
    await waitForStep(flow, 'time');
    await find(() => chosenDay(flow), 'a preselected day');
    flow.showMonth(thisMonth);
    const next = await find(() => control(flow.shadowRoot!, 'Go to the next free day'), 'the next-free-day button');

    await press(next);

    await find(() => queryDeep(flow.shadowRoot!, 'circle-time-list'), 'the day’s times');
    await focusLandsOn(() => flow.shadowRoot!.querySelector('#step-heading'), 'the step’s heading');
  });

  it('"Try again" after the first load failed: on the booking’s step heading once it loads', async () => {
    const simulator = await useSimulator();
    simulator.addFault({ route: 'getService', malformedBody: true, times: 1 });
    const element = await fixture<HTMLElement>(html`<circle-book-service service-id="svc_physio" api-base=${apiBase}></circle-book-service>`);
    const retry = await find(() => control(element.shadowRoot!, 'Try again'), 'Try again');

    await press(retry);

    const flow = await flowOf(element);
    await focusLandsOn(() => flow.shadowRoot!.querySelector('#step-heading'), 'the first step’s heading');
  });

  it('"Try again" after the free times failed: on the step’s heading once they load', async () => {
    const simulator = await useSimulator();
    simulator.addFault({ route: 'getAvailability', malformedBody: true, times: 1 });
    worker.use(...withoutFirstMonth()); // the first month asked for on its own, and garbled
    const element = await fixture<HTMLElement>(html`<circle-book-variant variant-id="var_checkup" api-base=${apiBase}></circle-book-variant>`);
    const flow = await flowOf(element);
    await waitForStep(flow, 'time');
    const retry = await find(() => control(flow.shadowRoot!, 'Try again'), 'Try again');

    await press(retry);

    await find(() => queryDeep(flow.shadowRoot!, 'circle-time-list'), 'the day’s times');
    await focusLandsOn(() => flow.shadowRoot!.querySelector('#step-heading'), 'the step’s heading');
  });

  it('"Try again" after an appointment failed to load: on the appointment’s heading', async () => {
    const simulator = await useSimulator();
    simulator.addFault({ route: 'getAppointment', malformedBody: true, times: 1 });
    const { id, token } = seedAppointments.formsDue;
    const element = await fixture<HTMLElement>(html`<circle-appointment appointment-id=${id} .token=${token} api-base=${apiBase}></circle-appointment>`);
    const retry = await find(() => control(element.shadowRoot!, 'Try again'), 'Try again');

    await press(retry);

    await focusLandsOn(() => element.shadowRoot!.querySelector('#heading'), 'the appointment’s heading');
  });
});
