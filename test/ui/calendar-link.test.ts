import { expect, fixture, html } from '@open-wc/testing';
import { LitElement } from 'lit';
import type { IcsAppointment } from '../../src/calendar/ics.js';
import { LocaleController } from '../../src/controllers/locale.controller.js';
import { renderCalendarLink } from '../../src/ui/calendar-link.js';
import { defineElement } from '../../src/ui/define.js';
import { followLink } from '../support/dom.js';

const visit: IcsAppointment = {
  id: 'apt_123',
  start: '2026-11-25T09:00:00+01:00',
  end: '2026-11-25T09:30:00+01:00',
  service: { name: 'Physiotherapy' },
  variant: { name: 'First visit' },
  location: { name: 'Circle Clinic Kreuzberg', address: { line1: 'Oranienstraße 1', city: 'Berlin', postalCode: '10999', country: 'DE' } },
  clinic: { name: 'Circle Clinic', phone: '+49 30 1234567', email: 'hello@circle.example' },
};

/** Renders the link in its own shadow root, in the language of its `lang`, as the elements do. */
class LinkHost extends LitElement {
  static override properties = { visit: { attribute: false } };
  visit: IcsAppointment = visit;
  readonly localization = new LocaleController(this);
  protected override scheduleUpdate(): void | Promise<unknown> {
    const loading = this.localization.hold();
    return loading ? loading.then(() => super.scheduleUpdate()) : super.scheduleUpdate();
  }
  protected override render() {
    return renderCalendarLink(this.visit, this.lang || undefined, 'button');
  }
}
defineElement('test-calendar-link-host', LinkHost);

const linkIn = (host: LinkHost) => host.shadowRoot!.querySelector('a')!;
const file = (href: string) => decodeURIComponent(href.replace(/^data:text\/calendar;charset=utf-8,/, ''));

// One module holds the loaded .ics code for the page, so these run in order: first before it is loaded, then after.
describe('"Add to calendar"', () => {
  it("is a named link before the file's code has loaded; a click waits for it, then downloads the file in the element's language", async () => {
    const page = await fixture<HTMLDivElement>(html`<div>
      <test-calendar-link-host lang="de"></test-calendar-link-host>
      <test-calendar-link-host lang="en"></test-calendar-link-host>
    </div>`);
    const [german, english] = [...page.querySelectorAll<LinkHost>('test-calendar-link-host')] as [LinkHost, LinkHost];
    await german.updateComplete;
    await english.updateComplete; // rendered last: the page's messages are English now
    const link = linkIn(german);

    expect(link.getAttribute('href')).to.equal('#');
    expect(link.download).to.equal('appointment-2026-11-25.ics');
    expect(link.textContent).to.equal('Zum Kalender hinzufügen');
    const href = await followLink(link);

    expect(href).to.match(/^data:text\/calendar;charset=utf-8,BEGIN%3AVCALENDAR/);
    expect(file(href)).to.contain('\r\nDTSTART:20261125T080000Z\r\n');
    expect(file(href)).to.contain('\r\nDESCRIPTION:Circle Clinic\\nTelefon: +49 30 1234567\\nE-Mail: hello@c');
    expect(file(href).replace(/\r\n /g, ''), "the country in the element's language").to.contain('10999 Berlin\\, Deutschland\r\n');
    expect(file(await followLink(linkIn(english)))).to.contain('\r\nDESCRIPTION:Circle Clinic\\nPhone: +49 30 1234567\\nEmail: hello@circl');
  });

  it('once loaded, holds the file at once and follows a moved appointment', async () => {
    const host = await fixture<LinkHost>(html`<test-calendar-link-host></test-calendar-link-host>`);
    const link = linkIn(host);
    expect(file(link.href)).to.contain('\r\nDTSTART:20261125T080000Z\r\n');

    host.visit = { ...visit, start: '2026-11-26T10:00:00+01:00', end: '2026-11-26T10:30:00+01:00' };
    await host.updateComplete;

    expect(linkIn(host)).to.equal(link);
    expect(file(link.href)).to.contain('\r\nDTSTART:20261126T090000Z\r\n');
    expect(link.download).to.equal('appointment-2026-11-26.ics');
    expect(await followLink(link)).to.equal(link.href);
  });
});
