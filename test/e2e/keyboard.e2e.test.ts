// Keyboard only, on the built bundle against the simulator over HTTP: a patient books, moves
// and cancels a visit, and staff copy a share link, without a pointer. After every key press
// focus is on a control or heading (never lost to <body>) and, on a control, visibly marked.
// Chromium's accessibility tree (CDP Accessibility.getFullAXTree) gives each control a role
// and a name.
import { after, before, describe, it } from 'node:test';
import assert from 'node:assert/strict';
import type { BrowserContext, Page } from 'playwright-core';
import { seedAppointments } from '../../src/mocks/index.js';
import { startAll } from './support/servers.js';

interface Focused {
  tag: string;
  role: string | null;
  type: string | null;
  text: string;
  /** The focus indicator drawn: an outline or a ring, on the element, its label or the span after it. */
  indicator: boolean;
  focusVisible: boolean;
}

/** The element focus is on, through shadow roots, and whether it is visibly marked. */
function focused(page: Page): Promise<Focused> {
  // A string, not a function: tsx's helpers (`__name`) do not exist in the page.
  return page.evaluate(`(() => {
    let active = document.activeElement;
    while (active && active.shadowRoot && active.shadowRoot.activeElement) active = active.shadowRoot.activeElement;
    const element = active;
    function marks(candidate) {
      if (!candidate) return false;
      const style = getComputedStyle(candidate);
      return (style.outlineStyle !== 'none' && parseFloat(style.outlineWidth) >= 2) || style.boxShadow !== 'none';
    }
    return {
      tag: element.localName,
      role: element.getAttribute('role'),
      type: element.getAttribute('type'),
      text: (element.textContent || element.getAttribute('aria-label') || element.value || '').replace(/\\s+/g, ' ').trim().slice(0, 60),
      indicator: marks(element) || marks(element.firstElementChild) || marks(element.nextElementSibling) || marks(element.closest('label')),
      focusVisible: element.matches(':focus-visible'),
    };
  })()`);
}

/** Presses `key` and checks where focus went. Headings and the dialog-free flow's step titles may hold focus without a ring. */
async function press(page: Page, key: string, what = ''): Promise<Focused> {
  const before = await focused(page);
  await page.keyboard.press(key);
  const now = await focused(page);
  assert.notEqual(now.tag, 'body', `focus was lost to <body> after ${key} on <${before.tag}> "${before.text}"${what ? ` (going to ${what})` : ''}`);
  const programmatic = /^h[1-6]$/.test(now.tag);
  if (!programmatic) assert.ok(now.indicator, `no visible focus on <${now.tag}> "${now.text}" after ${key}`);
  return now;
}

/** Presses Tab until focus is on what `matches`, checking focus after every press. */
async function tabTo(page: Page, matches: (focus: Focused) => boolean, what: string, limit = 40): Promise<Focused> {
  const passed: string[] = [];
  for (let presses = 0; presses < limit; presses++) {
    const now = await press(page, 'Tab', `${what}, past ${passed.join(' · ')}`);
    if (matches(now)) return now;
    passed.push(`<${now.tag}> ${now.text}`);
  }
  throw new Error(`Tab never reached ${what}, past ${passed.join(' · ')}`);
}

const named = (text: string | RegExp) => (focus: Focused) => (typeof text === 'string' ? focus.text === text : text.test(focus.text));
const radio = (focus: Focused) => focus.tag === 'input' && focus.type === 'radio';

interface AXNode {
  ignored: boolean;
  properties?: { name: string; value: { value: unknown } }[];
  role?: { value: string };
  name?: { value: string };
}

/** Every control in Chromium's accessibility tree, as `role "name"`. */
async function axControls(page: Page): Promise<{ role: string; name: string }[]> {
  const cdp = await page.context().newCDPSession(page);
  await cdp.send('Accessibility.enable');
  const { nodes } = (await cdp.send('Accessibility.getFullAXTree')) as { nodes: AXNode[] };
  await cdp.detach();
  const controls = new Set(['button', 'link', 'radio', 'textbox', 'checkbox', 'combobox', 'menuitem', 'gridcell', 'spinbutton', 'Date']);
  return (
    nodes
      .filter((node) => !node.ignored && controls.has(node.role?.value ?? ''))
      // A grid's empty cells (days of the months around) are not controls.
      .filter((node) => node.role!.value !== 'gridcell' || node.properties?.some((property) => property.name === 'focusable' && property.value.value === true))
      .map((node) => ({ role: node.role!.value, name: node.name?.value ?? '' }))
  );
}

function expectNamed(controls: { role: string; name: string }[], expected: [role: string, name: string | RegExp][]): void {
  const unnamed = controls.filter((control) => !control.name.trim());
  assert.deepEqual(unnamed, [], 'every control has a name');
  for (const [role, name] of expected) {
    assert.ok(
      controls.some((control) => control.role === role && (typeof name === 'string' ? control.name === name : name.test(control.name))),
      `a ${role} named ${name} in ${JSON.stringify(controls.slice(0, 40))}`,
    );
  }
}

describe('keyboard only, with focus always visible and the accessibility tree named', () => {
  let env: Awaited<ReturnType<typeof startAll>>;
  let context: BrowserContext;

  before(async () => {
    env = await startAll();
    context = await env.browser.newContext({ viewport: { width: 1024, height: 800 } });
    await context.grantPermissions(['clipboard-read', 'clipboard-write'], { origin: env.site.url });
  });
  after(() => env.close());

  it('books a visit', async () => {
    const page = await context.newPage();
    await page.goto(`${env.site.url}/book-service.html`);
    const booking = page.locator('circle-book-service');
    await booking.getByRole('heading', { name: 'What would you like to book?' }).waitFor();
    expectNamed(await axControls(page), [
      ['radio', /Initial assessment/],
      ['button', 'Continue'],
    ]);

    // "Have you been to us before?" comes first; left unanswered, every treatment stays offered.
    await tabTo(page, radio, 'the question before the treatments');
    await press(page, 'Tab');
    assert.ok(radio(await focused(page)), 'the first treatment');
    await press(page, 'Space');
    await tabTo(page, named('Continue'), 'Continue');
    await press(page, 'Enter');
    await booking.getByRole('heading', { name: 'Where would you like to go?' }).waitFor();
    await tabTo(page, radio, 'the first location');
    await press(page, 'Space');
    await tabTo(page, named('Continue'), 'Continue');
    await press(page, 'Enter');

    await booking.getByRole('heading', { name: 'Choose a day and time' }).waitFor();
    await booking.getByRole('radio').first().waitFor();
    expectNamed(await axControls(page), [
      ['button', 'Previous month'],
      ['button', 'Next month'],
      ['gridcell', /\d{4}/],
      ['radio', /\d:\d\d/],
      ['button', 'Back'],
    ]);
    await tabTo(page, (focus) => focus.tag === 'td', 'the day picker');
    await press(page, 'Enter');
    await tabTo(page, radio, 'the first time');
    await press(page, 'Space');
    const chosen = await booking.locator('circle-time-list input:checked').inputValue();
    await tabTo(page, named('Continue'), 'Continue');
    await press(page, 'Enter');

    await booking.getByRole('heading', { name: 'Your details' }).waitFor();
    expectNamed(await axControls(page), [
      ['textbox', 'First name'],
      ['textbox', 'Last name'],
      ['textbox', /Email address/],
      ['textbox', /Phone number/],
      ['textbox', /Note for the clinic/],
      ['button', 'Review booking'],
    ]);
    for (const [field, value] of [
      ['givenName', 'Ada'],
      ['familyName', 'Lovelace'],
      ['email', 'ada@example.org'],
      ['phone', '+44 20 7946 0958'],
    ]) {
      await tabToField(page, field!);
      await page.keyboard.type(value!);
    }
    await tabToField(page, 'dateOfBirth');
    await page.keyboard.type('10121985');
    await tabTo(page, named('Review booking'), 'Review booking');
    await press(page, 'Enter');

    await booking.getByRole('heading', { name: 'Check and confirm' }).waitFor();
    await tabTo(page, named('Confirm booking'), 'Confirm booking');
    await press(page, 'Enter');
    await booking.getByRole('heading', { name: 'You’re booked' }).waitFor();
    const booked = env.api.simulator.state().appointments.at(-1)!;
    assert.equal(Date.parse(booked.start), Date.parse(chosen));
    assert.equal(booked.patient?.familyName, 'Lovelace');
    expectNamed(await axControls(page), [
      ['link', 'Add to calendar'],
      ['link', 'View or change your booking'],
    ]);
    await page.close();
  });

  it('moves a visit to another time', async () => {
    env.api.simulator.reset();
    const { id, token } = seedAppointments.formsDue;
    const page = await context.newPage();
    await page.goto(`${env.site.url}/patient/?circle=appointment&appointment=${id}#token=${token}`);
    const appointment = page.locator('circle-appointment');
    await appointment.getByRole('button', { name: 'Cancel appointment' }).waitFor();
    expectNamed(await axControls(page), [
      ['button', 'Cancel appointment'],
      ['button', 'Change time'],
      ['link', /Add to calendar/],
    ]);

    await tabTo(page, named('Change time'), 'Change time');
    await press(page, 'Enter');
    await appointment.getByRole('radio').first().waitFor();
    await tabTo(page, radio, 'a free time');
    // Space chooses the focused time (the practitioner's own day may have only one, where arrows have nowhere to go).
    await press(page, 'Space');
    const chosen = await appointment.locator('circle-time-list input:checked').inputValue();
    await tabTo(page, named('Continue'), 'Continue');
    await press(page, 'Enter');
    await tabTo(page, named('Yes, move it'), 'Yes, move it');
    await press(page, 'Enter');
    await page.waitForFunction(() => document.activeElement?.localName === 'circle-patient-app');
    await appointment.getByRole('status').filter({ hasText: 'Your appointment is now on' }).waitFor({ state: 'attached' });
    assert.equal(Date.parse(env.api.simulator.state().appointments.find((each) => each.id === id)!.start), Date.parse(chosen));
    await page.close();
  });

  it('cancels a visit', async () => {
    const { id, token } = seedAppointments.ready;
    const page = await context.newPage();
    await page.goto(`${env.site.url}/patient/?circle=appointment&appointment=${id}#token=${token}`);
    const appointment = page.locator('circle-appointment');
    await appointment.getByRole('button', { name: 'Cancel appointment' }).waitFor();
    await tabTo(page, named('Cancel appointment'), 'Cancel appointment');
    await press(page, 'Enter');
    await tabTo(page, (focus) => focus.tag === 'textarea' || focus.tag === 'input', 'the reason');
    await page.keyboard.type('Moving away');
    await tabTo(page, named('Yes, cancel'), 'Yes, cancel');
    await press(page, 'Enter');
    await appointment.getByRole('status').filter({ hasText: 'Your appointment is cancelled.' }).waitFor({ state: 'attached' });
    assert.equal(env.api.simulator.state().appointments.find((each) => each.id === id)!.status, 'cancelled');
    assert.notEqual((await focused(page)).tag, 'body');
    await page.close();
  });

  it('copies a share link', async () => {
    const page = await context.newPage();
    await page.goto(`${env.site.url}/staff.html?kind=service&record=svc_physio`);
    const menu = page.locator('circle-share-menu');
    await menu.getByRole('button', { name: 'Actions' }).waitFor();
    await tabTo(page, named('Actions'), 'Actions');
    await press(page, 'Enter');
    const item = await focused(page);
    assert.equal(item.role, 'menuitem');
    await press(page, 'ArrowRight');
    await page.waitForFunction(
      `document.querySelector('circle-share-menu').shadowRoot.querySelector('[data-action=copy]').getAttribute('aria-disabled') !== 'true'`,
    );
    expectNamed(await axControls(page), [
      ['button', 'Actions'],
      ['menuitem', 'Copy share link'],
      ['menuitem', /Copy Patient App URL/],
      ['menuitem', /Open patient view/],
    ]);
    assert.match((await focused(page)).text, /Copy Patient App URL/);
    await press(page, 'Enter');
    await menu.getByText('Link copied').first().waitFor({ state: 'attached' });
    assert.match(await page.evaluate(() => navigator.clipboard.readText()), /circle=book-service&service=svc_physio/);
    assert.equal((await focused(page)).text, 'Actions', 'focus is back on the menu button');
    await page.close();
  });
});

/** Tabs to the patient form's field named `name`. */
async function tabToField(page: Page, name: string): Promise<void> {
  for (let presses = 0; presses < 20; presses++) {
    const focusedName = await page.evaluate(`(() => {
      let active = document.activeElement;
      while (active && active.shadowRoot && active.shadowRoot.activeElement) active = active.shadowRoot.activeElement;
      return active ? active.name : undefined;
    })()`);
    if (focusedName === name) return;
    await press(page, 'Tab');
  }
  throw new Error(`Tab never reached the ${name} field`);
}
