// Every shipped translation, run in Node: each pattern gives a finished sentence for any count,
// in each plural form of its language, with every placeholder of the embed passages in place.
import assert from 'node:assert/strict';
import { test } from 'node:test';
import ar from '../../src/translations/ar.js';
import de from '../../src/translations/de.js';
import en, { type OutcomeTranslation } from '../../src/translations/en.js';
import es from '../../src/translations/es.js';
import fr from '../../src/translations/fr.js';
import ja from '../../src/translations/ja.js';
import ptBR from '../../src/translations/pt-BR.js';
import zhCN from '../../src/translations/zh-CN.js';

const LANGUAGES: OutcomeTranslation[] = [en, de, fr, es, ptBR, ja, zhCN, ar];

/** A count in each plural category of a language (Arabic: 0, 1, 2, 3, 11, 100), and a large one. */
function countsOf(code: string): number[] {
  const rules = new Intl.PluralRules(code);
  const byCategory = new Map<string, number>();
  for (let n = 0; n <= 200; n++) if (!byCategory.has(rules.select(n))) byCategory.set(rules.select(n), n);
  return [...byCategory.values(), 1_000_000];
}

/** Calls a pattern with `count` for numbers and sample words for the rest, as the elements do. */
function call(pattern: (...args: never[]) => string, count: number): string {
  // The parameters' names, from the source: `(a, b) =>` or, once compiled, `a =>`.
  const source = String(pattern);
  const head = source.slice(0, source.indexOf('=>'));
  const params = head
    .replace(/[()\s]/g, '')
    .split(',')
    .filter(Boolean);
  const args = params.map((p) => {
    const name = p.trim();
    if (name === 'clauses') return ['A', 'B'];
    if (/^(count|total|shown|all|metrics|nodes|line|length|limit)$/.test(name)) return count;
    return `«${name}»`;
  });
  return (pattern as (...args: unknown[]) => string)(...args);
}

for (const t of LANGUAGES) {
  test(`${t.$code}: every pattern gives a finished sentence for every plural form`, () => {
    for (const [key, value] of Object.entries(t)) {
      if (typeof value !== 'function') {
        assert.ok(typeof value === 'string' && value.length > 0, `${key} is empty`);
        continue;
      }
      for (const count of countsOf(t.$code)) {
        const out = call(value as (...args: never[]) => string, count);
        assert.equal(typeof out, 'string', key);
        assert.doesNotMatch(out, /#|undefined|NaN|\[object /, `${t.$code} ${key}(${count}): ${out}`);
      }
    }
  });

  test(`${t.$code}: the embed passages hold each of their placeholders once`, () => {
    const expected: Record<string, string[]> = {
      'embed.help.src': ['{0}'],
      'embed.help.doc': ['{0}'],
      'embed.help.widget': ['{0}', '{1}', '{2}', '{3}', '{4}', '{5}'],
    };
    for (const [key, placeholders] of Object.entries(expected)) {
      const passage = t[key as keyof OutcomeTranslation] as string;
      for (const p of placeholders) assert.equal(passage.split(p).length - 1, 1, `${t.$code} ${key} ${p}`);
      assert.equal(passage.match(/\{\d\}/g)?.length, placeholders.length, `${t.$code} ${key}`);
    }
  });
}

test('Arabic writes its six plural forms: zero, one, two, few, many and other differ', () => {
  const forms = [0, 1, 2, 3, 11, 100].map((n) => ar['frame.moreProblems'](n).replace(/[\d٠-٩]+/g, '#'));
  assert.equal(new Set(forms).size >= 5, true, forms.join(' | '));
});

/**
 * Words a language spells as English does: German product teams say "Outcome" and "Output"
 * ("Outcome statt Output"), and "Zoom", "Quadrant", "Impact", "Date" and "document" are French
 * or German words too. Names typed as they are (the product's name, Ctrl, ⌘) stay in every language.
 */
const BORROWED: Record<string, string[]> = {
  de: [
    'builder.step.widget',
    'tree.outcome',
    'type.outcome',
    'type.output',
    'vs.column.outcome',
    'vs.column.quadrant',
    'tree.zoom',
  ],
  es: ['tree.zoom'],
  'pt-BR': ['tree.zoom'],
  fr: [
    'builder.step.widget',
    'csv.type',
    'csv.parent',
    'export.png',
    'frame.documentPath',
    'quadrant.impact',
    'quadrant.impact.short',
    'table.date',
    'tree.zoom',
    'vs.column.quadrant',
  ],
};
const KEPT = [
  'embed.pageTitle',
  'tree.wheelHint',
  'tree.wheelHintMac',
  'builder.size.notion',
  'builder.size.confluence',
];

test('every language lists the same keys as English, and words of its own where English has words', () => {
  const keys = Object.keys(en).sort();
  for (const t of LANGUAGES) assert.deepEqual(Object.keys(t).sort(), keys, t.$code);
  for (const t of LANGUAGES.filter((l) => l !== en)) {
    const allowed = [...KEPT, ...(BORROWED[t.$code] ?? [])];
    const english = keys.filter((k) => {
      const value = en[k as keyof OutcomeTranslation];
      return (
        !k.startsWith('$') &&
        typeof value === 'string' &&
        /\p{L}{3,}/u.test(value) &&
        t[k as keyof OutcomeTranslation] === value &&
        !allowed.includes(k)
      );
    });
    assert.deepEqual(english, [], `${t.$code} leaves these English`);
  }
});
