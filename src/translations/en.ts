/**
 * The English translation: the reference every other language is checked against. A translation
 * is typed as this object's type, so a missing key or a pattern with other placeholders is a
 * compile error. Each element registers only its own part of English (`./en/<tag>.js`), so that
 * an app using one element does not carry the others' words.
 */
import { builder } from './en/builder.js';
import { embed } from './en/embed.js';
import { exportWords } from './en/export.js';
import { kpiTrend } from './en/kpi-trend.js';
import { outcomeDashboard } from './en/outcome-dashboard.js';
import { outcomeTree } from './en/outcome-tree.js';
import { outputVsOutcome } from './en/output-vs-outcome.js';
import { shared } from './en/shared.js';

const en = {
  $code: 'en',
  $name: 'English',
  $dir: 'ltr' as 'ltr' | 'rtl',
  ...shared,
  ...kpiTrend,
  ...outcomeTree,
  ...outputVsOutcome,
  ...outcomeDashboard,
  ...embed,
  ...exportWords,
  ...builder,
};

/** Every word outcome-kit shows or announces, in one language. */
export type OutcomeTranslation = typeof en;

/** The keys of a translation that can be looked up: its words, and its direction `$dir`. */
export type TermKey = Exclude<keyof OutcomeTranslation, '$code' | '$name'>;

export default en;
