/**
 * Links as mail clients, messengers and word processors pass them on, for property tests of the
 * link classifier (src/links/link-shapes.ts). Node-safe: the links test and the
 * `<circle-appointment>` browser test use the same manglings, so the parser and the element are
 * held to the same cases.
 */
import fc from 'fast-check';
import { patientAppUrl, type PatientAppTarget } from '../../src/links/index.js';

export const linkBase = 'https://clinic.example/patient-app';

/** Ids and tokens of the shapes a link carries, as a clinic's API gives them. */
export const aLinkId = fc.stringMatching(/^[A-Za-z0-9._~-]{0,40}[A-Za-z0-9_~-]$/);
export const aLinkToken = fc.stringMatching(/^[A-Za-z0-9._~+/-]{0,40}[A-Za-z0-9_~+/-]={0,2}$/);

export const anAppointmentTarget: fc.Arbitrary<PatientAppTarget> = fc.record(
  { kind: fc.constantFrom('appointment' as const, 'intake-forms' as const), appointmentId: aLinkId, token: aLinkToken },
  { noNullPrototype: true },
);

export const aBookingTarget: fc.Arbitrary<PatientAppTarget> = fc.oneof(
  fc.record(
    { kind: fc.constant('book-service' as const), serviceId: aLinkId, locationId: aLinkId, practitionerId: aLinkId },
    { requiredKeys: ['kind', 'serviceId'], noNullPrototype: true },
  ),
  fc.record(
    { kind: fc.constant('book-variant' as const), variantId: aLinkId, locationId: aLinkId, practitionerId: aLinkId },
    { requiredKeys: ['kind', 'variantId'], noNullPrototype: true },
  ),
);

export interface Mangled {
  /** How the link was damaged, for the test's name. */
  how: string;
  link: string;
}

/** Where a mangling may cut or wrap: after the page's own address, where the link's meaning is. */
const anIndexIn = (link: string) => fc.integer({ min: link.indexOf('?') + 1, max: link.length });

/**
 * A place inside the link's last value (its token, or its last id), before the token's `=`
 * padding (escaped as %3D) at its end: whatever is put there changes the value itself.
 */
const aPlaceInLastValue = (link: string) =>
  fc.integer({ min: 0, max: 10_000 }).map((n) => {
    const start = link.lastIndexOf('=') + 1;
    const end = link.search(/(%3D)*$/);
    return start + (n % (end - start));
  });

/**
 * The ways a link is damaged on its way at or in what matters most (its token, or its last id),
 * each of which leaves a character no id or token has.
 */
export function damagedForSure(link: string): fc.Arbitrary<Mangled> {
  return fc.oneof(
    // A mail client shortening a long link to fit its line.
    aPlaceInLastValue(link).map((at) => ({ how: 'cut short with …', link: `${link.slice(0, at)}…` })),
    aPlaceInLastValue(link).map((at) => ({ how: 'cut short with ...', link: `${link.slice(0, at)}...` })),
    // Pasted from a document that turned straight quotes into curly ones.
    fc.constantFrom('”', '’', '»', '"', "'").map((quote) => ({ how: `followed by ${quote}`, link: `${link}${quote}` })),
    // The sentence's punctuation taken into the link.
    fc.constantFrom('.', ',', ';', ':', '!', '?', ')', ']', '>', '.)', '…').map((mark) => ({ how: `followed by ${mark}`, link: `${link}${mark}` })),
    // Quoted-printable's soft line break, left in by a client that does not decode it (the URL
    // parser drops the line break; the = stays).
    aPlaceInLastValue(link).map((at) => ({ how: 'wrapped with =', link: `${link.slice(0, at)}=\r\n${link.slice(at)}` })),
    // Wrapped onto the next line, and copied back with a space in it.
    aPlaceInLastValue(link).map((at) => ({ how: 'wrapped with a space', link: `${link.slice(0, at)} ${link.slice(at)}` })),
  );
}

/**
 * Every mangling, anywhere in the link: some leave it meaning what it meant (a line break the URL
 * parser drops, encoding a link that had nothing to encode), others damage it.
 */
export function mangledAnyhow(link: string): fc.Arbitrary<Mangled> {
  return fc.oneof(
    damagedForSure(link),
    anIndexIn(link).map((at) => ({ how: 'cut short with …', link: `${link.slice(0, at)}…` })),
    fc
      .constantFrom('“', '‘', '«', '"')
      .map((quote) => ({ how: `in ${quote} quotes`, link: `${quote}${link}${quote === '«' ? '»' : quote === '“' ? '”' : quote === '‘' ? '’' : quote}` })),
    anIndexIn(link).map((at) => ({ how: 'wrapped with = anywhere', link: `${link.slice(0, at)}=\n${link.slice(at)}` })),
    anIndexIn(link).map((at) => ({ how: 'wrapped with a space anywhere', link: `${link.slice(0, at)} ${link.slice(at)}` })),
    anIndexIn(link).map((at) => ({ how: 'line break anywhere', link: `${link.slice(0, at)}\r\n${link.slice(at)}` })),
    // Percent-encoded twice: every escape escaped again, or the whole query and fragment encoded.
    fc.constant({ how: 'percent-encoded twice', link: link.replaceAll('%', '%25') }),
    fc.constant({ how: 'query and fragment encoded again', link: link.replace(/\?(.*)$/, (_, rest: string) => `?${encodeURIComponent(rest)}`) }),
  );
}

/** A built link and one of its manglings. */
export function aManglingOf(targets: fc.Arbitrary<PatientAppTarget>, mangle: (link: string) => fc.Arbitrary<Mangled>) {
  return targets.chain((target) => {
    const link = patientAppUrl(linkBase, target);
    return mangle(link).map((mangled) => ({ target, original: link, ...mangled }));
  });
}

/**
 * The appointment id and token as an integrator's page would read them from a link and hand them
 * to `<circle-appointment>`: the `appointment` query parameter and the fragment's `token`.
 */
export function accessIn(link: string): { appointmentId: string; token: string } {
  try {
    const url = new URL(link);
    return { appointmentId: url.searchParams.get('appointment') ?? '', token: new URLSearchParams(url.hash.slice(1)).get('token') ?? '' };
  } catch {
    return { appointmentId: '', token: '' };
  }
}
