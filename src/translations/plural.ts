/**
 * Helpers for translations: counts in the right plural form (`Intl.PluralRules`), figures and
 * lists (`Intl.ListFormat`) as a language writes them. A translation calls them with its own
 * code; while an element looks a word up, figures follow the element's locale instead (`ar-EG`
 * writes ٣, `de-CH` groups with ’), so that a sentence's figures match the rest of the widget.
 */

/** The plural forms of a phrase; `#` stands for the count. `other` is required, as in CLDR. */
export type PluralForms = Partial<Record<Intl.LDMLPluralRule, string>> & { other: string };

const rules = new Map<string, Intl.PluralRules>();
const numbers = new Map<string, Intl.NumberFormat>();

/** The locale of the word being looked up, which figures are written in. */
let current: string | undefined;

/** Runs `f` (a translation's pattern) with figures written in `locale`. */
export function inLocale<T>(locale: string, f: () => T): T {
  const before = current;
  current = locale;
  try {
    return f();
  } finally {
    current = before;
  }
}

/** A count in figures, as the element's locale writes it (else the translation's `code`). */
export function numeral(count: number, code = 'en'): string {
  const locale = current ?? code;
  let format = numbers.get(locale);
  if (!format) numbers.set(locale, (format = new Intl.NumberFormat(locale)));
  return format.format(count);
}

/** The form of `forms` that `count` takes in `locale`, with `#` replaced by the count in figures. */
export function plural(locale: string, count: number, forms: PluralForms): string {
  let rule = rules.get(locale);
  if (!rule) rules.set(locale, (rule = new Intl.PluralRules(locale)));
  return (forms[rule.select(count)] ?? forms.other).replace('#', numeral(count, locale));
}

/** Items joined as `locale` joins a list: `a, b, or c`; `a、b、c`. */
export function list(
  locale: string,
  items: readonly string[],
  type: Intl.ListFormatType = 'conjunction',
): string {
  return new Intl.ListFormat(locale, { type }).format(items);
}

/** A text that opens a sentence, with its first letter capitalised (`janv. 2025` → `Janv. 2025`). */
export function sentenceStart(text: string, code: string): string {
  return text.charAt(0).toLocaleUpperCase(code) + text.slice(1);
}
