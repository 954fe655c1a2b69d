import { expect, fixture, html } from '@open-wc/testing';
import { render } from 'lit';
import type { IcsAppointment } from '../../src/calendar/ics.js';
import { activate, loadLanguage } from '../../src/i18n/localization.js';
import { renderCalendarLink } from '../../src/ui/calendar-link.js';
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

const file = (href: string) => decodeURIComponent(href.replace(/^data:text\/calendar;charset=utf-8,/, ''));

// One module holds the loaded .ics code for the page, so these run in order: first before it is loaded, then after.
describe('"Add to calendar"', () => {
  it('is a named link before the file\'s code has loaded, and a click waits for it, then downloads', async () => {
    const host = await fixture<HTMLDivElement>(html`<div>${renderCalendarLink(visit, { url: 'https://clinic.example/a/apt_123' }, 'button')}</div>`);
    const link = host.querySelector('a')!;

    expect(link.getAttribute('href')).to.equal('#');
    expect(link.download).to.equal('appointment-2026-11-25.ics');
    expect(link.textContent).to.equal('Add to calendar');
    const href = await followLink(link);

    expect(href).to.match(/^data:text\/calendar;charset=utf-8,BEGIN%3AVCALENDAR/);
    expect(file(href)).to.contain('\r\nDTSTART:20261125T080000Z\r\n');
    expect(file(href)).to.contain('\r\nURL:https://clinic.example/a/apt_123\r\n');
  });

  it('once loaded, holds the file at once and follows a moved appointment', async () => {
    const host = document.createElement('div');
    document.body.append(host);
    render(renderCalendarLink(visit, {}, 'button'), host);
    const link = host.querySelector('a')!;
    expect(file(link.href)).to.contain('\r\nDTSTART:20261125T080000Z\r\n');

    render(renderCalendarLink({ ...visit, start: '2026-11-26T10:00:00+01:00', end: '2026-11-26T10:30:00+01:00' }, {}, 'button'), host);

    expect(host.querySelector('a')).to.equal(link);
    expect(file(link.href)).to.contain('\r\nDTSTART:20261126T090000Z\r\n');
    expect(link.download).to.equal('appointment-2026-11-26.ics');
    expect(await followLink(link)).to.equal(link.href);
    host.remove();
  });

  it('writes the clinic\'s contact in the language in effect', async () => {
    await loadLanguage('de');
    activate('de');
    try {
      const host = await fixture<HTMLDivElement>(html`<div>${renderCalendarLink(visit, {}, 'button')}</div>`);
      const link = host.querySelector('a')!;
      expect(link.textContent).to.equal('Zum Kalender hinzufügen');
      expect(file(await followLink(link))).to.contain('\r\nDESCRIPTION:Circle Clinic\\nTelefon: +49 30 1234567\\nE-Mail: hello@c');
    } finally {
      activate('en');
    }
  });
});
