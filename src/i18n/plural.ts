/**
 * Plural forms for @lit/localize, which has no ICU plurals: one `msg()` per CLDR plural
 * category, picked with Intl.PluralRules in the active locale. English needs only `one` and
 * `other`; Arabic needs all six, so the extra forms have their own message ids
 * (`<name>.zero`, `.two`, `.few`, `.many`) whose English text is the `other` form.
 */
import { activeLanguage, activeLocale } from './localization.js';

export type PluralForms = { [category in Exclude<Intl.LDMLPluralRule, 'other'>]?: () => string } & { other: () => string };

const rules = new Map<string, Intl.PluralRules>();

/** The form of `forms` that `count` takes in the active locale; `other` where a form is missing. */
export function plural(count: number, forms: PluralForms): string {
  const locale = activeLocale() ?? activeLanguage();
  let rule = rules.get(locale);
  if (!rule) rules.set(locale, (rule = new Intl.PluralRules(locale)));
  const category = rule.select(count);
  return (category === 'other' ? undefined : forms[category])?.() ?? forms.other();
}
