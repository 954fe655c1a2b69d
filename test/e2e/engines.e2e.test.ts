// The product's key loop in each engine patients and staff use: Chromium, Firefox (ESR) and
// WebKit (WebKitGTK, the engine of Safari and of every browser on an iPhone). On the demo as
// `npm start` serves it, the built bundle against the simulator over real HTTP: staff copy a
// service link from the share menu, the patient books on a 390 px phone, staff copy the
// booking's link, the patient moves the visit and cancels it. Real pointer clicks and key
// presses through each engine's own driver (support/engines.ts). BROWSERS picks the engines
// (all three by default). Screenshots go to test-results/e2e/engines/<engine>/.
import { after, before, describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { mkdirSync } from 'node:fs';
import { startApiServer, type ApiServer } from '../../src/mocks/http-server.js';
import { freePort, startDemoSite, type DemoSite } from '../../scripts/demo-server.js';
import { click, enginesToTest, openEngine, waitFor, waitUntil, type EnginePage, type Target } from './support/engines.js';
import { ada, type Patient } from './support/booking.js';

const desk = { width: 1200, height: 900 };
const phone = { width: 390, height: 844 };

/** The details form's fields by their labels, keyed as `Patient` is. */
const fieldLabels: Record<keyof Patient, RegExp> = {
  givenName: /first name/i,
  familyName: /last name/i,
  email: /email/i,
  phone: /phone/i,
  dateOfBirth: /date of birth/i,
};

/**
 * In the page: records what the page writes to the clipboard (the real write still happens),
 * and every console error or warning and uncaught error from now on.
 */
function watchPage() {
  const w = window as unknown as { circleWatch?: { copied: string[]; problems: string[] } };
  if (w.circleWatch) return;
  const watch = { copied: [] as string[], problems: [] as string[] };
  w.circleWatch = watch;
  const clipboard = navigator.clipboard;
  if (clipboard) {
    const write = clipboard.writeText.bind(clipboard);
    clipboard.writeText = (text: string) => {
      watch.copied.push(text);
      return write(text);
    };
  }
  for (const level of ['error', 'warn'] as const) {
    const original = console[level].bind(console);
    console[level] = (...args: unknown[]) => {
      watch.problems.push(`${level}: ${args.map(String).join(' ')}`);
      original(...args);
    };
  }
  window.addEventListener('error', (event) => watch.problems.push(`pageerror: ${event.message}`));
  window.addEventListener('unhandledrejection', (event) => watch.problems.push(`unhandledrejection: ${String(event.reason)}`));
}

function watched() {
  const w = window as unknown as { circleWatch?: { copied: string[]; problems: string[] } };
  return w.circleWatch ?? { copied: [], problems: [] };
}

/** In the page: the document scrolls sideways by this many pixels. */
function sidewaysOverflow() {
  return document.documentElement.scrollWidth - document.documentElement.clientWidth;
}

/** In the page: some text below a `within` element (found through shadow roots, which count too) matches `pattern`. */
function showsText({ within, pattern }: { within: string; pattern: string }) {
  const text = (node: Node): string =>
    node.nodeType === Node.TEXT_NODE ? (node.textContent ?? '') : [...((node as Element).shadowRoot?.childNodes ?? []), ...node.childNodes].map(text).join(' ');
  const hosts = (root: ParentNode): Element[] => [
    ...root.querySelectorAll(within),
    ...[...root.querySelectorAll('*')].flatMap((element) => (element.shadowRoot ? hosts(element.shadowRoot) : [])),
  ];
  return hosts(document).some((host) => new RegExp(pattern, 'i').test(text(host).replace(/\s+/g, ' ')));
}

for (const engine of enginesToTest) {
  describe(`the loop in ${engine}: staff share, the patient books, moves and cancels`, () => {
    let api: ApiServer;
    let demo: DemoSite;
    let page: EnginePage;
    const problems: string[] = [];
    const shots = `test-results/e2e/engines/${engine}`;
    let shot = 0;

    before(async () => {
      mkdirSync(shots, { recursive: true });
      const port = await freePort();
      api = await startApiServer({ patientAppBase: `http://127.0.0.1:${port}/patient/` });
      demo = await startDemoSite({ apiBase: api.url, port });
      page = await openEngine(engine, desk.width, desk.height);
    });
    after(async () => {
      await page?.close();
      await Promise.all([demo?.close(), api?.close()]);
    });

    /** Leaves the current page: keeps what it logged. */
    async function collectProblems(): Promise<void> {
      problems.push(...(await page.evaluate(() => (window as unknown as { circleWatch?: { problems: string[] } }).circleWatch?.problems ?? [], null)));
    }

    async function open(url: string, size: { width: number; height: number }): Promise<void> {
      if (shot > 0) await collectProblems();
      await page.setViewport(size.width, size.height);
      await page.goto(url);
      await page.evaluate(watchPage, null);
    }

    async function screenshot(name: string): Promise<void> {
      await page.screenshot(`${shots}/${String(++shot).padStart(2, '0')}-${name}.png`);
    }

    /** Actions → Copy share link → Copy Patient App URL on a staff page; the URL the page copied. */
    async function copyLink(name: string): Promise<string> {
      const menu = 'circle-share-menu';
      await click(page, { within: menu, selector: 'button', name: 'Actions' });
      await click(page, { within: menu, selector: '[role=menuitem]', name: 'Copy share link' });
      // The item is disabled until the API says the link is ready.
      await waitFor(page, { within: menu, selector: '[role=menuitem]', name: /Copy Patient App URL/ }, { enabled: true });
      await screenshot(name);
      await click(page, { within: menu, selector: '[role=menuitem]', name: /Copy Patient App URL/ });
      await waitUntil(page, showsText, { within: menu, pattern: 'Link copied' }, '"Link copied" shows');
      const { copied } = await page.evaluate(watched, null);
      assert.equal(copied.length, 1, `one link copied, got ${JSON.stringify(copied)}`);
      return copied[0]!;
    }

    /** Types into the field labelled `label` below `within`, after clicking it. */
    async function fill(within: string, label: RegExp, text: string): Promise<void> {
      await click(page, { within, selector: 'input, textarea', name: label });
      await page.type(text);
    }

    /** A day next month (visits stay open to changes until 24 hours before), then one of its times. */
    async function chooseTimeNextMonth(within: string, nth: number): Promise<void> {
      await click(page, { within, selector: 'button', name: 'Next month' });
      await click(page, { within, selector: 'td.available', nth });
      await waitFor(page, { within, selector: 'input[type=radio]' });
      await click(page, { within, selector: 'input[type=radio]', nth: 1 });
    }

    const heading = (within: string, name: string | RegExp): Target => ({ within, selector: 'h1, h2, h3, [role=heading]', name });

    let serviceUrl = '';
    it('staff copy a service link from the share menu', async () => {
      await open(`${demo.url}staff/service.html?id=svc_physio`, desk);
      await waitFor(page, { selector: 'h1', name: 'Physiotherapy' });
      serviceUrl = await copyLink('staff-service-share');

      assert.equal(serviceUrl, `${demo.url}patient/?circle=book-service&service=svc_physio`);
    });

    let appointmentId = '';
    it('the patient opens it on a 390 px phone and books', async () => {
      const booking = 'circle-book-service';
      await open(serviceUrl, phone);
      await waitFor(page, heading(booking, 'What would you like to book?'));
      await screenshot('patient-service-link');
      await click(page, { within: booking, selector: 'input[type=radio]', name: /Initial assessment/ });
      await click(page, { within: booking, selector: 'button', name: 'Continue' });
      await click(page, { within: booking, selector: 'input[type=radio]', name: /Circle Health Mitte/ });
      await click(page, { within: booking, selector: 'button', name: 'Continue' });
      await waitFor(page, heading(booking, 'Choose a day and time'));
      await chooseTimeNextMonth(booking, 2);
      await screenshot('patient-time');
      await click(page, { within: booking, selector: 'button', name: 'Continue' });
      await waitFor(page, heading(booking, 'Your details'));
      for (const key of ['givenName', 'familyName', 'email', 'phone'] as const) await fill(booking, fieldLabels[key], ada[key]);
      await typeDateOfBirth(booking, ada.dateOfBirth);
      await click(page, { within: booking, selector: 'button', name: 'Review booking' });
      await click(page, { within: booking, selector: 'button', name: 'Confirm booking' });
      await waitFor(page, heading(booking, 'You’re booked'));
      await screenshot('patient-booked');

      const record = api.simulator.state().appointments.at(-1)!;
      assert.equal(record.patient?.familyName, 'Lovelace');
      assert.equal(record.patient?.dateOfBirth, ada.dateOfBirth);
      assert.equal(await page.evaluate(sidewaysOverflow, null), 0, 'the booked screen scrolls sideways');
      appointmentId = record.id;
    });

    /**
     * The date of birth is the browser's own date field, reached with Tab from the phone field
     * before it (a pointer lands on whichever part is under it, or, in WebKit, on none); typed
     * month first, as in each engine's en-US field, with slashes: WebKitGTK does not move on to
     * the next part after two digits, Chromium and Firefox do, and all three move on at "/".
     */
    async function typeDateOfBirth(within: string, isoDate: string): Promise<void> {
      const [year, month, day] = isoDate.split('-');
      await click(page, { within, selector: 'input', name: fieldLabels.phone });
      await page.press('Tab');
      await page.type(`${month}/${day}/${year}`);
      const { value } = await waitFor(page, { within, selector: 'input', name: fieldLabels.dateOfBirth });
      await screenshot('patient-details');
      assert.equal(value, isoDate, `${engine} took the typed date of birth`);
    }

    let appointmentUrl = '';
    it('the booking appears in the staff dashboard; staff copy its link', async () => {
      await open(`${demo.url}staff/`, desk);
      await waitFor(page, { selector: `li.booking[data-id="${appointmentId}"]` });
      await click(page, { selector: `li.booking[data-id="${appointmentId}"] a`, name: 'Ada Lovelace' });
      await waitFor(page, { selector: 'h1', name: 'Ada Lovelace' });
      await collectProblems();
      await page.evaluate(watchPage, null);
      const url = await copyLink('staff-booking-share');

      assert.equal(new URL(url).searchParams.get('appointment'), appointmentId);
      assert.match(new URL(url).hash, /^#token=./);
      appointmentUrl = url;
    });

    it('the patient opens the link and moves the visit', async () => {
      const appointment = 'circle-appointment';
      const before = api.simulator.state().appointments.find((record) => record.id === appointmentId)!.start;
      await open(appointmentUrl, phone);
      await click(page, { within: appointment, selector: 'button', name: 'Change time' });
      await waitFor(page, heading(appointment, 'Choose a new time'));
      await chooseTimeNextMonth(appointment, 4);
      await screenshot('patient-reschedule');
      await click(page, { within: appointment, selector: 'button', name: 'Continue' });
      await click(page, { within: appointment, selector: 'button', name: 'Yes, move it' });
      await waitFor(page, { within: appointment, selector: 'button', name: 'Cancel appointment' });
      await screenshot('patient-moved');

      const after = api.simulator.state().appointments.find((record) => record.id === appointmentId)!;
      assert.notEqual(after.start, before);
    });

    it('the patient cancels the visit', async () => {
      const appointment = 'circle-appointment';
      await click(page, { within: appointment, selector: 'button', name: 'Cancel appointment' });
      await click(page, { within: appointment, selector: 'button', name: 'Yes, cancel' });
      await waitUntil(page, showsText, { within: appointment, pattern: 'cancelled' }, 'the appointment says it is cancelled');
      await screenshot('patient-cancelled');

      assert.equal(api.simulator.state().appointments.find((record) => record.id === appointmentId)?.status, 'cancelled');
      assert.equal(await page.evaluate(sidewaysOverflow, null), 0, 'the appointment scrolls sideways');
    });

    it('logged no errors or warnings', async () => {
      await collectProblems();
      assert.deepEqual(problems, []);
    });
  });
}
