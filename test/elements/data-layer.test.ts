import { expect, fixture, html, oneEvent } from '@open-wc/testing';
import '../../src/elements/appointment/appointment.js';
import '../../src/elements/book-service/book-service.js';
import type { CircleAppointment } from '../../src/elements/appointment/appointment.js';
import { configure, resetConfiguration } from '../../src/api/client.js';
import { seedAppointments } from '../../src/mocks/index.js';
import { apiBase, useSimulator } from '../support/simulator-worker.js';
import { control, find } from '../support/dom.js';
import { chooseRadio, flowOf } from '../support/booking.js';

type Page = Record<string, unknown>;
const page = window as unknown as Page;

describe('the data layer', () => {
  beforeEach(useSimulator);
  afterEach(() => {
    resetConfiguration();
    delete page.testLayer;
  });

  it('gets nothing unless the page opts in', async () => {
    const element = await fixture<HTMLElement>(html`<circle-book-service service-id="svc_physio" api-base=${apiBase}></circle-book-service>`);
    const flow = await flowOf(element);
    await chooseRadio(flow, /Initial assessment/);
    const stepped = oneEvent(element, 'circle-step-changed');
    control(flow.shadowRoot!, 'Continue')!.click();
    await stepped;
    await new Promise((resolve) => setTimeout(resolve, 100));

    expect(page.testLayer).to.equal(undefined);
  });

  it('named by configure(), gets a cancelled appointment with its service and variant ids only', async () => {
    configure({ dataLayer: 'testLayer' });
    const { id, token } = seedAppointments.formsDue;
    const element = await fixture<CircleAppointment>(html`<circle-appointment appointment-id=${id} token=${token} api-base=${apiBase}></circle-appointment>`);
    const start = await find(() => element.shadowRoot!.querySelector<HTMLButtonElement>('[data-action-button=cancel]'), 'Cancel appointment');
    start.click();
    await element.updateComplete;
    const cancelled = oneEvent(element, 'circle-appointment-cancelled');
    control(element.shadowRoot!, 'Yes, cancel')!.click();
    await cancelled;
    await find(() => page.testLayer, 'the data layer');

    expect(page.testLayer).to.deep.equal([{ event: 'circle_booking_cancelled', circle_service_id: 'svc_physio', circle_variant_id: 'var_physio_initial' }]);
  });

  it('named by the data-layer attribute, gets each step with where the patient is', async () => {
    const element = await fixture<HTMLElement>(
      html`<circle-book-service service-id="svc_physio" api-base=${apiBase} data-layer="testLayer"></circle-book-service>`,
    );
    const flow = await flowOf(element);
    await chooseRadio(flow, /Initial assessment/);
    const stepped = oneEvent(element, 'circle-step-changed');
    control(flow.shadowRoot!, 'Continue')!.click();
    await stepped;
    await find(() => page.testLayer, 'the data layer');

    expect(page.testLayer).to.deep.equal([
      {
        event: 'circle_step_changed',
        circle_service_id: 'svc_physio',
        circle_variant_id: 'var_physio_initial',
        circle_step: 'location',
        circle_step_number: 2,
        circle_step_count: 6,
      },
    ]);
  });

  it('is never a global that is not an array, nor a name that is not one', async () => {
    page.testLayer = 'not a layer';
    const element = await fixture<HTMLElement>(
      html`<circle-book-service service-id="svc_physio" api-base=${apiBase} data-layer="__proto__"></circle-book-service>`,
    );
    const flow = await flowOf(element);
    await chooseRadio(flow, /Initial assessment/);
    const stepped = oneEvent(element, 'circle-step-changed');
    control(flow.shadowRoot!, 'Continue')!.click();
    await stepped;
    await new Promise((resolve) => setTimeout(resolve, 100));

    expect(page.testLayer).to.equal('not a layer');
    expect(Object.prototype).not.to.have.property('push');
  });
});
