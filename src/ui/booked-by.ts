/**
 * Who a visit is for and who booked it, in words: "for Sam Lovelace, booked by Ada Lovelace
 * (parent)". The relationship's words are here too, for the booker's form. Names keep their
 * own direction inside a sentence of another script.
 */
import { msg, str } from '../i18n/localization.js';
import { isolate } from '../i18n/format.js';
import type { BookerName, PersonName, Relationship } from '../api/schemas.js';

export const relationships: readonly Relationship[] = ['parent', 'guardian', 'carer', 'partner', 'relative', 'other'];

/** How the booker is related to the patient, as the booker chooses it and the clinic reads it. */
export function relationshipLabel(relationship: Relationship): string {
  switch (relationship) {
    case 'parent':
      return msg('Parent');
    case 'guardian':
      return msg('Legal guardian');
    case 'carer':
      return msg('Carer');
    case 'partner':
      return msg('Partner');
    case 'relative':
      return msg('Relative');
    case 'other':
      return msg('Other');
  }
}

const fullName = ({ givenName, familyName }: PersonName) => isolate(`${givenName} ${familyName}`);

/** "Sam Lovelace, booked by Ada Lovelace (parent)"; without the relationship when it is "other". */
export function bookedByLine(patient: PersonName, bookedBy: BookerName): string {
  const patientName = fullName(patient);
  const bookerName = fullName(bookedBy);
  if (bookedBy.relationship === 'other') return msg(str`${patientName}, booked by ${bookerName}`);
  return msg(str`${patientName}, booked by ${bookerName} (${relationshipWord(bookedBy.relationship)})`);
}

/** The relationship as a word inside a sentence: lower case in English, a noun's own case in German. */
function relationshipWord(relationship: Exclude<Relationship, 'other'>): string {
  switch (relationship) {
    case 'parent':
      return msg('parent');
    case 'guardian':
      return msg('legal guardian');
    case 'carer':
      return msg('carer');
    case 'partner':
      return msg('partner');
    case 'relative':
      return msg('relative');
  }
}
