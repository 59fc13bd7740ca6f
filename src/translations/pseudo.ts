/**
 * A pseudo-locale for tests and Storybook: every English word and sentence wrapped in ⟦ ⟧, so
 * that a word on screen that did not come from a translation stands out. Registered as `ja-XA`,
 * a private-use region of Japanese, so that numbers and dates (Japanese formats) hold no Latin
 * letter: whatever Latin text is left outside the markers is either the document's or a bug.
 * Not part of any entry of the package.
 */
import en, { type OutcomeTranslation } from './en.js';

/** The locale the pseudo translation answers to. */
export const PSEUDO_LOCALE = 'ja-XA';

/** Marks around every pseudo-translated word. */
export const PSEUDO_MARKS = ['⟦', '⟧'] as const;

/** English with every word and sentence wrapped in the marks. */
export function pseudoTranslation(): OutcomeTranslation {
  const [open, close] = PSEUDO_MARKS;
  const entries = Object.entries(en).map(([key, value]) => {
    if (key.startsWith('$')) return [key, value];
    if (typeof value === 'function') {
      return [
        key,
        (...args: unknown[]) => `${open}${(value as (...a: unknown[]) => string)(...args)}${close}`,
      ];
    }
    return [key, `${open}${String(value)}${close}`];
  });
  return { ...(Object.fromEntries(entries) as OutcomeTranslation), $code: PSEUDO_LOCALE, $name: 'Pseudo' };
}

/**
 * The Latin words of a text that came from neither a translation nor the document: the text with
 * every marked part and every document string taken out, then its runs of two or more Latin
 * letters. Empty when the text is clean.
 */
export function foreignWords(text: string, documentStrings: readonly string[]): string[] {
  let rest = text;
  // Innermost marks first: a pattern may hold words from other patterns.
  for (let before = ''; before !== rest;) {
    before = rest;
    rest = rest.replace(/⟦[^⟦⟧]*⟧/g, ' ');
  }
  const longestFirst = [...documentStrings].filter(Boolean).sort((a, b) => b.length - a.length);
  for (const s of longestFirst) rest = rest.split(s).join(' ');
  return rest.match(/\p{Script=Latin}{2,}/gu) ?? [];
}
