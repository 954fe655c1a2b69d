/**
 * Every element, in the states a patient or staff member meets, rendered in every language we
 * ship, light and dark: no English message may be left on screen or in an accessible name, and
 * axe's WCAG 2.2 A/AA rules find nothing. The English text comes from the XLIFF catalogs
 * (xliff/*.xlf, what translators edit), so a message added in code and not translated fails.
 */
import { expect, fixture, html } from '@open-wc/testing';
import { bypass } from 'msw';
import type { TemplateResult } from 'lit';
import '../../src/elements/book-service/book-service.js';
import '../../src/elements/appointment/appointment.js';
import '../../src/elements/share-menu/share-menu.js';
import '../../src/elements/patient-app/patient-app.js';
import '../../src/elements/book-button/book-button.js';
import type { CircleAppointment } from '../../src/elements/appointment/appointment.js';
import type { CircleShareMenu } from '../../src/elements/share-menu/share-menu.js';
import type { CircleBookingFlow } from '../../src/booking-flow/booking-flow.js';
import { seedAppointments } from '../../src/mocks/index.js';
import { ada, fillDetails, flowOf, waitForStep, type Step, appointmentShown } from '../support/booking.js';
import { find, queryAllDeep, queryDeep, visibleText } from '../support/dom.js';
import { apiBase, useSimulator } from '../support/simulator-worker.js';
import { pageColorScheme, wcagViolations } from '../support/axe.js';

const targets = ['en', 'de', 'fr', 'es', 'ar'] as const;
type Target = (typeof targets)[number];

interface Unit {
  id: string;
  /** The source's text between placeholders. */
  sourceParts: string[];
  target: string;
}

async function catalog(locale: Target): Promise<Unit[]> {
  if (locale === 'en') return [];
  const xml = new DOMParser().parseFromString(await (await fetch(bypass(new URL(`/xliff/${locale}.xlf`, location.href)))).text(), 'application/xml');
  return [...xml.querySelectorAll('trans-unit')].map((unit) => {
    const source = unit.querySelector('source')!;
    const sourceParts = [...source.childNodes].filter((node) => node.nodeType === Node.TEXT_NODE).map((node) => node.textContent!.trim());
    return { id: unit.id, sourceParts, target: unit.querySelector('target')?.textContent ?? '' };
  });
}

/** English pieces that must not show in `locale`: long enough to mean something, and not the same in the translation. */
function englishResidue(units: Unit[]): { text: string; pattern: RegExp }[] {
  const pieces = new Map<string, RegExp>();
  for (const unit of units) {
    for (const part of unit.sourceParts) {
      const text = part.replace(/^[\s:.,;?!()]+|[\s:.,;?!()]+$/g, '');
      if (text.length < 4 || unit.target.includes(text)) continue;
      const escaped = text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
      pieces.set(text, new RegExp(`(?<![\\p{L}])${escaped}(?![\\p{L}])`, 'u'));
    }
  }
  return [...pieces].map(([text, pattern]) => ({ text, pattern }));
}

/** What a patient sees or hears below `root`: text, and the names and descriptions in attributes. */
function spoken(root: Element): string {
  const attributes = queryAllDeep(root, '[aria-label], [title], [abbr], [placeholder], [alt]').flatMap((element) =>
    ['aria-label', 'title', 'abbr', 'placeholder', 'alt'].map((name) => element.getAttribute(name) ?? ''),
  );
  return [visibleText(root.shadowRoot ?? root), ...attributes].join(' \n ');
}

function inPage(locale: Target, content: TemplateResult): Promise<HTMLElement> {
  return fixture<HTMLElement>(html`<div lang=${locale}>${content}</div>`);
}

const part = (flow: CircleBookingFlow, name: string) => flow.shadowRoot!.querySelector<HTMLElement>(`[part~="${name}"]`)!;

async function next(flow: CircleBookingFlow, step: Step): Promise<void> {
  await flow.updateComplete;
  part(flow, 'continue-button').click();
  await waitForStep(flow, step);
}

describe('every message in every language, light and dark', () => {
  for (const locale of targets) {
    describe(locale, () => {
      let residue: { text: string; pattern: RegExp }[];
      let units: Unit[];

      before(async () => {
        units = await catalog(locale);
        residue = englishResidue(units);
      });
      beforeEach(useSimulator);

      afterEach(() => pageColorScheme('light'));

      /** No English left, and axe clean in light and in dark. */
      async function expectTranslated(name: string, root: Element): Promise<void> {
        const text = spoken(root);
        const left = residue.filter(({ pattern }) => pattern.test(text)).map(({ text: english }) => english);
        expect(left, `English left in ${name} (${locale})`).to.deep.equal([]);
        for (const scheme of ['light', 'dark'] as const) {
          pageColorScheme(scheme);
          expect(await wcagViolations(root), `axe in ${name} (${locale}, ${scheme})`).to.deep.equal([]);
        }
        pageColorScheme('light');
      }

      it('has a translation for every message', () => {
        if (locale !== 'en') expect(units.length).to.be.greaterThan(100);
        expect(units.filter((unit) => !unit.target).map((unit) => unit.id)).to.deep.equal([]);
      });

      it('books a service: every step, an error and the confirmation', async () => {
        const page = await inPage(locale, html`<circle-book-service service-id="svc_physio" api-base=${apiBase}></circle-book-service>`);
        const host = page.firstElementChild as HTMLElement;
        const flow = await flowOf(host);
        await flow.updateComplete;
        await expectTranslated('the variant step', host);
        flow.shadowRoot!.querySelector<HTMLInputElement>('input[name=variant]')!.click();
        await next(flow, 'location');
        await expectTranslated('the location step', host);
        flow.shadowRoot!.querySelector<HTMLInputElement>('input[name=location]')!.click();
        await next(flow, 'time');
        const list = await find(() => flow.shadowRoot!.querySelector('circle-time-list'), 'the free times');
        (await find(() => list.shadowRoot!.querySelector<HTMLInputElement>('input[type=radio]'), 'a time')).click();
        await flow.updateComplete;
        await expectTranslated('the time step', host);
        await next(flow, 'details');
        part(flow, 'continue-button').click(); // nothing typed: every field's error
        const form = flow.shadowRoot!.querySelector('circle-patient-form')!;
        await find(() => form.shadowRoot!.querySelector('[part=error]'), 'the fields’ errors');
        await form.updateComplete;
        await expectTranslated('the details step with errors', host);
        await fillDetails(flow, ada);
        await next(flow, 'review');
        await expectTranslated('the review step', host);
        part(flow, 'confirm-button').click();
        await waitForStep(flow, 'done');
        await expectTranslated('the confirmation', host);
      });

      for (const layout of ['week', 'list'] as const) {
        it(`offers the times in the ${layout} layout`, async () => {
          const page = await inPage(locale, html`<circle-book-service service-id="svc_physio" layout=${layout} api-base=${apiBase}></circle-book-service>`);
          const host = page.firstElementChild as HTMLElement;
          const flow = await flowOf(host);
          await flow.updateComplete;
          flow.shadowRoot!.querySelector<HTMLInputElement>('input[name=variant]')!.click();
          await next(flow, 'location');
          flow.shadowRoot!.querySelector<HTMLInputElement>('input[name=location]')!.click();
          await next(flow, 'time');
          await find(() => queryDeep(flow.shadowRoot!, 'circle-time-list'), 'the free times');
          await flow.updateComplete;
          await expectTranslated(`the ${layout} layout`, host);
        });
      }

      it('opens the booking dialog from the floating button', async () => {
        const page = await inPage(locale, html`<circle-book-button service-id="svc_physio" api-base=${apiBase}></circle-book-button>`);
        const button = page.firstElementChild as HTMLElement;
        await find(() => button.shadowRoot!.querySelector('button'), 'the button');
        await expectTranslated('the floating button', button);
        button.shadowRoot!.querySelector('button')!.click();
        const dialog = await find(() => document.querySelector<HTMLElement>('circle-book-dialog[open]'), 'the dialog');
        await flowOf(dialog.querySelector('circle-book-service')!);
        await expectTranslated('the booking dialog', dialog);
        dialog.remove();
      });

      it('explains a service that is not there', async () => {
        const page = await inPage(locale, html`<circle-book-service service-id="svc_missing" api-base=${apiBase}></circle-book-service>`);
        const host = page.firstElementChild as HTMLElement;
        await find(() => queryDeep(host.shadowRoot!, '[part=error]'), 'the error');
        await expectTranslated('the not-found error', host);
      });

      it('shows an appointment, cancelling it and choosing a new time', async () => {
        const { id, token } = seedAppointments.formsDue;
        const page = await inPage(locale, html`<circle-appointment appointment-id=${id} token=${token} api-base=${apiBase}></circle-appointment>`);
        const host = page.firstElementChild as CircleAppointment;
        await appointmentShown(host);
        await expectTranslated('the appointment', host);
        host.shadowRoot!.querySelector<HTMLElement>('[data-action-button=cancel]')!.click();
        await host.updateComplete;
        await expectTranslated('the cancel confirmation', host);
        host.shadowRoot!.querySelector<HTMLElement>('[part~=confirm] .button:not(.danger)')!.click();
        await host.updateComplete;
        host.shadowRoot!.querySelector<HTMLElement>('[data-action-button=reschedule]')!.click();
        await find(() => queryDeep(host.shadowRoot!, 'circle-time-list'), 'the new times');
        await expectTranslated('choosing a new time', host);
      });

      for (const state of ['soon', 'cancelled', 'completed', 'noShow', 'expiredLink', 'videoVisit'] as const) {
        it(`shows a ${state} appointment`, async () => {
          const { id, token } = seedAppointments[state];
          const page = await inPage(locale, html`<circle-appointment appointment-id=${id} token=${token} api-base=${apiBase}></circle-appointment>`);
          const host = page.firstElementChild as CircleAppointment;
          await find(() => host.shadowRoot!.querySelector('article[aria-busy=false] #heading, [part=error]'), 'the appointment');
          await host.updateComplete;
          await expectTranslated(`a ${state} appointment`, host);
        });
      }

      it('opens the staff menu and its submenu', async () => {
        const page = await inPage(locale, html`<circle-share-menu kind="service" record-id="svc_physio" api-base=${apiBase}></circle-share-menu>`);
        const host = page.firstElementChild as CircleShareMenu;
        host.shadowRoot!.querySelector<HTMLElement>('[part=button]')!.click();
        await host.updateComplete;
        host.shadowRoot!.querySelector<HTMLElement>('#share')!.click();
        await find(() => (host.shadowRoot!.querySelector('[data-action=copy]')?.getAttribute('aria-disabled') === 'true' ? undefined : true), 'the link');
        await host.updateComplete;
        await expectTranslated('the share menu', host);
      });

      it('explains a patient-app link that is not valid', async () => {
        const page = await inPage(locale, html`<circle-patient-app api-base=${apiBase}></circle-patient-app>`);
        const host = page.firstElementChild as HTMLElement;
        await find(() => host.shadowRoot!.querySelector('h2'), 'the explanation');
        await expectTranslated('the patient app without a link', host);
      });
    });
  }
});
