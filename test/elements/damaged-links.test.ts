import { expect, fixture, html } from '@open-wc/testing';
import fc from 'fast-check';
import '../../src/elements/appointment/appointment.js';
import '../../src/elements/patient-app/patient-app.js';
import type { CircleAppointment } from '../../src/elements/appointment/appointment.js';
import type { CirclePatientApp } from '../../src/elements/patient-app/patient-app.js';
import { parsePatientAppUrl, patientAppUrl } from '../../src/links/index.js';
import { seedAppointments } from '../../src/mocks/index.js';
import { accessIn, aManglingOf, anAppointmentTarget, damagedForSure, mangledAnyhow } from '../support/mangle-links.js';
import { apiBase, useSimulator, worker } from '../support/simulator-worker.js';
import { find, spokenNow, visibleText } from '../support/dom.js';

const clinic = { name: 'Circle Clinic Mitte', phone: '+49 30 1234567', email: 'mitte@circle.example' };
const testPage = location.href;
const base = `${location.origin}${location.pathname}`;

/** Every request the page makes to the API while `run` runs. */
async function requestsDuring(run: () => Promise<void>): Promise<string[]> {
  const seen: string[] = [];
  const listener = ({ request }: { request: Request }) => void seen.push(request.url);
  worker.events.on('request:start', listener);
  try {
    await run();
    // Give a request the element might make a moment to start.
    await new Promise((resolve) => setTimeout(resolve, 50));
  } finally {
    worker.events.removeListener('request:start', listener);
  }
  return seen;
}

async function linkScreen(root: ShadowRoot): Promise<HTMLElement> {
  return find(() => root.querySelector<HTMLElement>('[part=error]'), 'the link screen');
}

/** A real seeded appointment's link, damaged the ways mail clients damage links. */
const { id, token } = seedAppointments.formsDue;
const realLink = patientAppUrl(base, { kind: 'appointment', appointmentId: id, token });
const realDamage: [string, string][] = [
  ['cut short with …', `${realLink.slice(0, -4)}…`],
  ['followed by a curly quote', `${realLink}”`],
  ['followed by a full stop', `${realLink}.`],
  ['wrapped with a soft line break', realLink.replace(/(token=tok_)/, '$1=\r\n')],
  ['wrapped with a space', realLink.replace(/(token=tok_)/, '$1 ')],
];

describe('a damaged appointment link', () => {
  beforeEach(useSimulator);
  afterEach(() => history.replaceState(null, '', testPage));

  for (const [how, link] of realDamage) {
    it(`${how}: <circle-appointment> shows the link screen with the clinic's contact, asking nothing`, async () => {
      const access = accessIn(link);
      let element!: CircleAppointment;
      const requests = await requestsDuring(async () => {
        element = await fixture<CircleAppointment>(
          html`<circle-appointment appointment-id=${access.appointmentId} .token=${access.token} .clinic=${clinic} api-base=${apiBase}></circle-appointment>`,
        );
      });

      const screen = await linkScreen(element.shadowRoot!);
      expect(requests).to.deep.equal([]);
      expect(screen.textContent).to.contain("This link doesn't work").and.contain('Ask Circle Clinic Mitte for a new link');
      expect(screen.querySelector('a[href^="tel:"]')!.textContent).to.equal('+49 30 1234567');
      expect(screen.querySelector('a[href^="mailto:"]')!.textContent).to.equal('mitte@circle.example');
      expect(visibleText(element.shadowRoot!)).not.to.match(/offline|connection|expired|Try again/i);
      await find(() => (/This link doesn't work/.test(spokenNow(element.shadowRoot!)) ? true : undefined), 'the screen announced');
      await expect(element).to.be.accessible();
    });

    it(`${how}: <circle-patient-app> shows the same screen`, async () => {
      history.pushState(null, '', link.replace(/\r\n/g, '%0D%0A'));
      let app!: CirclePatientApp;
      const requests = await requestsDuring(async () => {
        app = await fixture<CirclePatientApp>(html`<circle-patient-app .clinic=${clinic} api-base=${apiBase}></circle-patient-app>`);
      });

      const root = app.shadowRoot!;
      const inner = root.querySelector('circle-appointment')?.shadowRoot;
      const screen = await linkScreen(inner ?? root);
      expect(requests).to.deep.equal([]);
      expect(screen.textContent).to.contain("This link doesn't work").and.contain('Ask Circle Clinic Mitte for a new link');
      expect(screen.querySelector('a[href^="tel:"]')).to.exist;
      expect(visibleText(inner ?? root)).not.to.match(/offline|connection|expired/i);
      await expect(app).to.be.accessible();
    });
  }

  it('the undamaged link still opens the appointment', async () => {
    const access = accessIn(realLink);
    const element = await fixture<CircleAppointment>(
      html`<circle-appointment appointment-id=${access.appointmentId} .token=${access.token} api-base=${apiBase}></circle-appointment>`,
    );
    await find(() => element.shadowRoot!.querySelector('article #heading'), 'the appointment');
  });
});

describe('the links parser and <circle-appointment> agree', () => {
  beforeEach(useSimulator);

  // The same manglings as the links property tests, a fixed sample so a failure repeats.
  const samples = [
    ...fc.sample(aManglingOf(anAppointmentTarget, damagedForSure), { numRuns: 12, seed: 19 }),
    ...fc.sample(aManglingOf(anAppointmentTarget, mangledAnyhow), { numRuns: 12, seed: 20 }),
  ];
  for (const { how, link } of samples) {
    const parsed = parsePatientAppUrl(link);
    if (!parsed.ok && ['malformed', 'unknown-kind'].includes(parsed.error.code)) continue; // never reaches the element
    it(`${parsed.ok ? 'asks the API' : 'refuses without asking'} for a link ${how}: ${JSON.stringify(link)}`, async () => {
      const access = accessIn(link);
      const requests = await requestsDuring(async () => {
        const element = await fixture<CircleAppointment>(
          html`<circle-appointment appointment-id=${access.appointmentId} .token=${access.token} api-base=${apiBase}></circle-appointment>`,
        );
        await linkScreen(element.shadowRoot!); // unknown appointments and tokens are refused by the API too
      });

      expect(requests.length > 0).to.equal(parsed.ok);
    });
  }
});
