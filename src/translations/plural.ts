/**
 * Helpers for translations: counts in the right plural form (`Intl.PluralRules`) and lists joined
 * the way a language joins them (`Intl.ListFormat`). A translation calls them with its own code.
 */

/** The plural forms of a phrase; `#` stands for the count. `other` is required, as in CLDR. */
export type PluralForms = Partial<Record<Intl.LDMLPluralRule, string>> & { other: string };

const rules = new Map<string, Intl.PluralRules>();
const numbers = new Map<string, Intl.NumberFormat>();

/** The form of `forms` that `count` takes in `locale`, with `#` replaced by the count in figures. */
export function plural(locale: string, count: number, forms: PluralForms): string {
  let rule = rules.get(locale);
  if (!rule) rules.set(locale, (rule = new Intl.PluralRules(locale)));
  let format = numbers.get(locale);
  if (!format) numbers.set(locale, (format = new Intl.NumberFormat(locale)));
  // An exact zero, one or two form wins when the language has one (Arabic: zero, one, two).
  return (forms[rule.select(count)] ?? forms.other).replace('#', format.format(count));
}

/** Items joined as `locale` joins a list: `a, b, or c`; `a、b、c`. */
export function list(
  locale: string,
  items: readonly string[],
  type: Intl.ListFormatType = 'conjunction',
): string {
  return new Intl.ListFormat(locale, { type }).format(items);
}
