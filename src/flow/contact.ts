/** How a patient reaches the clinic: phone numbers as dialable links. Pure. */

/** `tel:+49301234567` from `+49 30 1234567`; undefined when nothing dialable is left. */
export function telHref(phone: string): string | undefined {
  const dialable = phone.replace(/[^0-9+*#]/g, '');
  return /[0-9]/.test(dialable) ? `tel:${dialable}` : undefined;
}
