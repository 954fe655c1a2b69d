/**
 * "Add to calendar": the appointment as an .ics download, for the booking's done step and
 * `<circle-appointment>`. Most patients never use it, so the code that writes the file
 * (src/calendar/ics.ts) loads when one reaches for the link (pointer over it, focus on it, or
 * a click), not with the element. A click that comes before it has loaded waits for it and for
 * the element to render the link with the file, then downloads; the link is a real link with
 * its file name from the start. Render it inside a Lit element's shadow root.
 */
import { html, type ReactiveElement, type TemplateResult } from 'lit';
import { msg, str } from '../i18n/localization.js';
import { icsFileName } from '../calendar/file-name.js';
import type { ContactWording, IcsAppointment } from '../calendar/ics.js';

let ics: typeof import('../calendar/ics.js') | undefined;

function loadIcs(): Promise<typeof import('../calendar/ics.js')> {
  return import('../calendar/ics.js').then((module) => (ics = module));
}

/** Until the file's code is loaded: the link goes nowhere, and a click waits for the file. */
const notYet = '#';

/** The clinic's contact in the file's description, in the element's language. */
const contact: ContactWording = {
  phone: (phone) => msg(str`Phone: ${phone}`),
  email: (email) => msg(str`Email: ${email}`),
  practitioner: (name, title) => msg(str`With ${name}, ${title}`),
  phoneVisit: () => msg('We’ll call you'),
  videoVisit: (url) => msg(str`Join the video visit: ${url}`),
};

function hrefOf(appointment: IcsAppointment, locale: string | undefined): string {
  // A data: URL rather than a blob: one, so nothing needs revoking and strict CSPs allow it.
  return ics ? `data:text/calendar;charset=utf-8,${encodeURIComponent(ics.appointmentIcs(appointment, { locale, contact }))}` : notYet;
}

export function renderCalendarLink(appointment: IcsAppointment, locale: string | undefined, className: string): TemplateResult {
  const prepare = async (event: Event) => {
    const link = event.currentTarget as HTMLAnchorElement;
    if (link.getAttribute('href') !== notYet) return;
    if (event.type === 'click') event.preventDefault();
    await loadIcs();
    // The element renders the link again, now with the file and in its own language (msg()
    // speaks the language of the element rendering), then the click goes on.
    const host = (link.getRootNode() as Partial<ShadowRoot>).host as Partial<ReactiveElement> | undefined;
    if (typeof host?.requestUpdate === 'function') {
      host.requestUpdate();
      await host.updateComplete;
    } else {
      // The link's root is not a Lit element's (seen once on a host page that unsets every
      // style, the cause not found): the file is put on the link here, so the click still gets it.
      link.setAttribute('href', hrefOf(appointment, locale));
    }
    if (event.type === 'click' && link.isConnected && link.getAttribute('href') !== notYet) link.click();
  };
  return html`<a class=${className} part="calendar-link" href=${hrefOf(appointment, locale)} download=${icsFileName(appointment)}
    @pointerenter=${prepare} @focus=${prepare} @click=${prepare}>${msg('Add to calendar')}</a>`;
}
