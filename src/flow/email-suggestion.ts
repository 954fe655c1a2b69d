/**
 * "Did you mean ada@gmail.com?": a likely fix for an email address whose domain looks mistyped
 * (gmial.com, hotmial.com, .con, gmailcom), or nothing. Only domains close to a common mail
 * provider's are corrected, so a clinic's, a company's or a university's own domain is left
 * alone: a wrong suggestion costs the patient more than a missing one. The patient decides;
 * nothing here blocks a booking. Fetched by the patient form when the email field is first
 * left, so the booking page does not load it up front.
 */

/**
 * Mail providers patients use in the languages the widget speaks (English, German, French,
 * Spanish, Arabic), most used first: on a tie, the first wins.
 */
const providers = [
  'gmail.com',
  'googlemail.com',
  'hotmail.com',
  'outlook.com',
  'yahoo.com',
  'icloud.com',
  'live.com',
  'aol.com',
  'msn.com',
  'me.com',
  'mac.com',
  'mail.com',
  'email.com',
  'ymail.com',
  'proton.me',
  'protonmail.com',
  'hotmail.co.uk',
  'yahoo.co.uk',
  'btinternet.com',
  'gmx.de',
  'gmx.net',
  'gmx.at',
  'gmx.ch',
  'gmx.com',
  'web.de',
  't-online.de',
  'freenet.de',
  'posteo.de',
  'mailbox.org',
  'outlook.de',
  'hotmail.de',
  'yahoo.de',
  'orange.fr',
  'wanadoo.fr',
  'free.fr',
  'sfr.fr',
  'laposte.net',
  'hotmail.fr',
  'outlook.fr',
  'yahoo.fr',
  'live.fr',
  'hotmail.es',
  'outlook.es',
  'yahoo.es',
  'telefonica.net',
];

/** Top-level domains no one has, for the ones people mean. */
const tldTypos: Readonly<Record<string, string>> = {
  con: 'com',
  cmo: 'com',
  ocm: 'com',
  vom: 'com',
  xom: 'com',
  comm: 'com',
  coom: 'com',
  ogr: 'org',
  rog: 'org',
  prg: 'org',
  ner: 'net',
  nte: 'net',
  nett: 'net',
};

/**
 * Edits between `a` and `b`, an adjacent swap counting as one (gmial → gmail): optimal string
 * alignment distance. Gives up past `most`, returning `most + 1`.
 */
export function editDistance(a: string, b: string, most = 2): number {
  if (Math.abs(a.length - b.length) > most) return most + 1;
  let before: number[] = [];
  let previous = Array.from({ length: b.length + 1 }, (_, j) => j);
  for (let i = 1; i <= a.length; i++) {
    const row = [i];
    for (let j = 1; j <= b.length; j++) {
      const cost = a[i - 1] === b[j - 1] ? 0 : 1;
      let value = Math.min(previous[j]! + 1, row[j - 1]! + 1, previous[j - 1]! + cost);
      if (i > 1 && j > 1 && a[i - 1] === b[j - 2] && a[i - 2] === b[j - 1]) value = Math.min(value, before[j - 2]! + 1);
      row.push(value);
    }
    before = previous;
    previous = row;
  }
  return Math.min(previous[b.length]!, most + 1);
}

/**
 * The same provider in another country (gmx.it, hotmail.it, web.fr): a two-letter ending is a
 * country's, likely meant, except `.co` for `.com`, the slip it so often is.
 */
function anotherCountry(domain: string, provider: string): boolean {
  const dot = domain.lastIndexOf('.');
  const tld = domain.slice(dot + 1);
  return dot > 0 && provider.startsWith(domain.slice(0, dot + 1)) && tld.length === 2 && tld !== 'co';
}

/** The provider `domain` was likely meant to be, if one is close enough; the domain itself when it is a provider's. */
function nearestProvider(domain: string): string | undefined {
  if (providers.includes(domain)) return domain;
  // The dot left out: gmailcom, webde, hotmailcouk.
  const undotted = providers.find((provider) => provider.replaceAll('.', '') === domain.replaceAll('.', ''));
  if (undotted) return undotted;
  // Short domains are too near each other and to other real ones (tmail.de, hotmail.de) for two edits: one only.
  const most = domain.length < 10 ? 1 : 2;
  let best: { provider: string; distance: number } | undefined;
  for (const provider of providers.filter((provider) => !anotherCountry(domain, provider))) {
    const distance = editDistance(domain, provider, most);
    if (distance <= most && (!best || distance < best.distance)) best = { provider, distance };
  }
  return best?.provider;
}

/**
 * The address as the patient likely meant it, or undefined when it looks right or is not
 * close to anything known (an address without `@`, a domain of its own).
 */
export function suggestEmail(typed: string): string | undefined {
  const address = typed.trim();
  const at = address.lastIndexOf('@');
  if (at < 1 || at === address.length - 1) return undefined;
  const local = address.slice(0, at);
  const written = address.slice(at + 1).toLowerCase();
  // A comma for the dot, and a dot left at the end, are always slips.
  let domain = written.replaceAll(',', '.').replace(/\.+$/, '');
  const labels = domain.split('.');
  const tld = labels.at(-1)!;
  if (labels.length > 1 && tldTypos[tld]) domain = [...labels.slice(0, -1), tldTypos[tld]].join('.');
  const meant = nearestProvider(domain) ?? domain;
  return meant === written ? undefined : `${local}@${meant}`;
}
