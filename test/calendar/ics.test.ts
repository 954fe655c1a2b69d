import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import fc from 'fast-check';
import { icsFileName } from '../../src/calendar/file-name.js';
import { appointmentIcs, escapeText, foldLine, icsUtc, type IcsAppointment } from '../../src/calendar/ics.js';

const appointment: IcsAppointment = {
  id: 'apt_123',
  start: '2026-11-25T09:00:00+01:00',
  end: '2026-11-25T09:30:00+01:00',
  service: { name: 'Physiotherapy' },
  variant: { name: 'First visit' },
  location: {
    name: 'Circle Clinic Kreuzberg',
    address: { line1: 'Oranienstraße 1', city: 'Berlin', postalCode: '10999', country: 'DE' },
  },
  clinic: { name: 'Circle Clinic', phone: '+49 30 1234567', email: 'hello@circle.example' },
};
const now = new Date('2026-11-23T12:34:56.789Z');

/** Undoes folding (RFC 5545 3.1): a CRLF followed by one space joins the lines. */
const unfold = (ics: string) => ics.replace(/\r\n /g, '');
/** Undoes TEXT escaping. */
const unescape = (text: string) => text.replace(/\\([\\;,nN])/g, (_, c: string) => (c === 'n' || c === 'N' ? '\n' : c));
/** The unfolded value of a property. */
function property(ics: string, name: string): string | undefined {
  return unfold(ics)
    .split('\r\n')
    .find((line) => line.startsWith(`${name}:`))
    ?.slice(name.length + 1);
}
const octets = (text: string) => Buffer.byteLength(text, 'utf8');

describe('appointmentIcs', () => {
  it('writes a VCALENDAR with one VEVENT, exactly', () => {
    const ics = appointmentIcs(appointment, { now, locale: 'en' });
    assert.equal(
      ics,
      [
        'BEGIN:VCALENDAR',
        'VERSION:2.0',
        'PRODID:-//Circle//circle-booking//EN',
        'CALSCALE:GREGORIAN',
        'METHOD:PUBLISH',
        'BEGIN:VEVENT',
        'UID:apt_123@circle-booking',
        'DTSTAMP:20261123T123456Z',
        'DTSTART:20261125T080000Z',
        'DTEND:20261125T083000Z',
        'SUMMARY:First visit – Physiotherapy',
        'LOCATION:Circle Clinic Kreuzberg\\, Oranienstraße 1\\, 10999 Berlin\\, German',
        ' y',
        'DESCRIPTION:Circle Clinic\\nPhone: +49 30 1234567\\nEmail: hello@circle.examp',
        ' le',
        'END:VEVENT',
        'END:VCALENDAR',
        '',
      ].join('\r\n'),
    );
  });

  it('ends every line with CRLF and has no bare LF or CR', () => {
    const ics = appointmentIcs(appointment, { now });
    assert.ok(ics.endsWith('\r\n'));
    assert.equal(ics.replace(/\r\n/g, '').search(/[\r\n]/), -1);
  });

  it('converts an instant with an offset to UTC', () => {
    const ics = appointmentIcs({ ...appointment, start: '2026-03-29T01:30:00-07:00', end: '2026-03-29T23:45:00+05:45' }, { now });
    assert.equal(property(ics, 'DTSTART'), '20260329T083000Z');
    assert.equal(property(ics, 'DTEND'), '20260329T180000Z');
  });

  it('writes DTSTAMP from now by default', () => {
    const before = icsUtc(new Date(Date.now() - 1000));
    const stamp = property(appointmentIcs(appointment), 'DTSTAMP')!;
    assert.match(stamp, /^\d{8}T\d{6}Z$/);
    assert.ok(stamp >= before);
  });

  it("writes the clinic's phone and email in the wording it is given", () => {
    const contact = { phone: (phone: string) => `Telefon: ${phone}`, email: (email: string) => `E-Mail: ${email}` };
    const ics = appointmentIcs(appointment, { now, contact });
    assert.equal(unescape(property(ics, 'DESCRIPTION')!), 'Circle Clinic\nTelefon: +49 30 1234567\nE-Mail: hello@circle.example');
  });

  it('names the practitioner first in the description, in the wording it is given', () => {
    const practitioner = { id: 'prac_anna', displayName: 'Anna Weber', title: 'Chartered physiotherapist' };
    const contact = {
      phone: (phone: string) => `Telefon: ${phone}`,
      email: (email: string) => `E-Mail: ${email}`,
      practitioner: (name: string, title: string) => `Bei ${name}, ${title}`,
    };

    const english = appointmentIcs({ ...appointment, practitioner }, { now });
    const german = appointmentIcs({ ...appointment, practitioner }, { now, contact });

    assert.equal(unescape(property(english, 'DESCRIPTION')!).split('\n')[0], 'With Anna Weber, Chartered physiotherapist');
    assert.equal(unescape(property(german, 'DESCRIPTION')!).split('\n')[0], 'Bei Anna Weber, Chartered physiotherapist');
  });

  it('leaves out what the clinic did not give', () => {
    const ics = appointmentIcs(
      { ...appointment, clinic: { name: 'Circle Clinic' }, location: { name: 'Main', address: { line1: '1 Road', city: 'Town', country: 'GB' } } },
      { now, locale: 'en' },
    );
    assert.equal(property(ics, 'DESCRIPTION'), 'Circle Clinic');
    assert.equal(unescape(property(ics, 'LOCATION')!), 'Main, 1 Road, Town, United Kingdom');
  });

  it('escapes text in every TEXT property', () => {
    const ics = appointmentIcs({ ...appointment, variant: { name: 'A; B, C\\D' }, service: { name: 'Line 1\nLine 2\r\nLine 3' } }, { now });
    assert.equal(property(ics, 'SUMMARY'), 'A\\; B\\, C\\\\D – Line 1\\nLine 2\\nLine 3');
  });

  it('holds no patient data, whatever the caller passes along', () => {
    const withPatient = { ...appointment, patient: { givenName: 'Zelda', email: 'zelda@example.com', phone: '+44 7700 900123' } };
    const ics = appointmentIcs(withPatient, { now });
    for (const text of ['Zelda', 'zelda@example.com', '7700']) assert.ok(!ics.includes(text), text);
  });

  it('throws on an instant that is not a date-time', () => {
    assert.throws(() => appointmentIcs({ ...appointment, start: 'tomorrow' }, { now }), RangeError);
  });
});

describe('escapeText', () => {
  it('escapes backslash, semicolon, comma and newlines, and drops other control characters', () => {
    assert.equal(escapeText('a\\b;c,d\ne\r\nf\rg\u0007h\ti'), 'a\\\\b\\;c\\,d\\ne\\nf\\ng' + 'h\ti');
  });

  it('round-trips through unescaping', () => {
    fc.assert(
      fc.property(fc.string({ unit: 'grapheme' }), (text) => {
        // eslint-disable-next-line no-control-regex -- control characters are what escaping must drop
        const expected = text.replace(/\r\n|\r/g, '\n').replace(/[\u0000-\u0008\u000b-\u001f\u007f]/g, '');
        assert.equal(unescape(escapeText(text)), expected);
      }),
    );
  });
});

describe('foldLine', () => {
  it('leaves a line of 75 octets alone and folds one of 76', () => {
    assert.equal(foldLine('x'.repeat(75)), 'x'.repeat(75));
    assert.equal(foldLine('x'.repeat(76)), `${'x'.repeat(75)}\r\n x`);
  });

  it('counts the leading space of a continuation line', () => {
    // 200 = 75 + 74 + 51 characters of content; continuation lines add their space.
    const lines = foldLine('y'.repeat(200)).split('\r\n');
    assert.deepEqual(lines.map(octets), [75, 75, 52]);
  });

  it('never splits a multi-byte character', () => {
    // 73 ASCII octets, then a 4-octet emoji that would cross the 75th octet.
    const lines = foldLine(`${'a'.repeat(73)}😀b`).split('\r\n');
    assert.deepEqual(lines, ['a'.repeat(73), ' 😀b']);
  });

  it('folds any Unicode text into lines of at most 75 octets that unfold to the text', () => {
    fc.assert(
      fc.property(
        fc.oneof(fc.string({ unit: 'grapheme', maxLength: 300 }), fc.string({ unit: 'grapheme-composite', maxLength: 120 })),
        fc.string({ unit: fc.constantFrom('a', 'é', '€', '😀', '\u0301'), maxLength: 200 }),
        (a, b) => {
          const line = `DESCRIPTION:${a}${b}`;
          const folded = foldLine(line);
          const decoder = new TextDecoder('utf-8', { fatal: true });
          for (const physical of folded.split('\r\n')) {
            assert.ok(octets(physical) <= 75, `${octets(physical)} octets: ${physical}`);
            // Each physical line is whole UTF-8 on its own: no character was cut.
            decoder.decode(Buffer.from(physical, 'utf8'));
          }
          assert.equal(unfold(folded), line);
        },
      ),
    );
  });

  it('keeps a whole file within 75 octets a line for long Unicode names', () => {
    fc.assert(
      fc.property(fc.string({ unit: 'grapheme', minLength: 1, maxLength: 500 }), (name) => {
        const ics = appointmentIcs({ ...appointment, service: { name }, location: { ...appointment.location, name } }, { now });
        for (const line of ics.split('\r\n')) assert.ok(octets(line) <= 75);
        assert.equal(unescape(property(ics, 'SUMMARY')!), `First visit – ${escapeTextFree(name)}`);
      }),
    );
  });
});

/** What escaping keeps of a name: newlines become LF, other control characters go. */
function escapeTextFree(text: string): string {
  // eslint-disable-next-line no-control-regex -- control characters are what escaping must drop
  return text.replace(/\r\n|\r/g, '\n').replace(/[\u0000-\u0008\u000b-\u001f\u007f]/g, '');
}

describe('icsUtc', () => {
  it('writes YYYYMMDDTHHMMSSZ without milliseconds', () => {
    assert.equal(icsUtc('2026-01-01T00:00:00.999+14:00'), '20251231T100000Z');
  });
});

describe('icsFileName', () => {
  it('names the file by the local day of the visit', () => {
    assert.equal(icsFileName(appointment), 'appointment-2026-11-25.ics');
    // 23:30 in Los Angeles is already the next day in UTC; the patient goes on the 25th.
    assert.equal(icsFileName({ start: '2026-11-25T23:30:00-08:00' }), 'appointment-2026-11-25.ics');
  });
});

describe('a video or phone visit in the .ics', () => {
  const videoUrl = 'https://video.circle.example/visit/apt_123?room=a,b;c';

  it('carries the video room: as the place, the event’s link and in the description', () => {
    const ics = appointmentIcs({ ...appointment, mode: 'video', videoUrl }, { now, locale: 'en' });

    assert.equal(unescape(property(ics, 'LOCATION')!), videoUrl);
    assert.equal(property(ics, 'URL'), videoUrl);
    assert.match(unescape(property(ics, 'DESCRIPTION')!), new RegExp(`^Join the video visit: ${videoUrl.replace(/[?]/g, '\\?')}\\n`));
  });

  it('says the clinic calls, in the element’s words, for a phone visit, with no address', () => {
    const ics = appointmentIcs(
      { ...appointment, mode: 'phone' },
      { now, contact: { phone: (p) => `Tel. ${p}`, email: (e) => e, phoneVisit: () => 'Wir rufen Sie an' } },
    );

    assert.equal(property(ics, 'LOCATION'), 'Wir rufen Sie an');
    assert.equal(property(ics, 'URL'), undefined);
  });

  it('keeps the address for a visit in person', () => {
    assert.match(property(appointmentIcs(appointment, { now, locale: 'en' }), 'LOCATION')!, /Oranienstraße/);
  });
});
