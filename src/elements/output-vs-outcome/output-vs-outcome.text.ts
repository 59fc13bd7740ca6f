/**
 * Sentences of `<output-vs-outcome>` that come from the comparison: the window, the verdict and
 * the lag, built from the translation's patterns (the words are in `src/translations/`).
 */
import type { Comparison } from '../../core/compare.js';
import { toTime } from '../../core/dates.js';
import { dateFormatter, formatDateRange, formatPercent } from '../../core/format.js';
import type { Quadrant } from '../../core/layout/quadrant.js';
import type { Metric } from '../../core/schema.js';
import type { Term } from '../internal/localize.js';

/** The window of a comparison in words: `Jan 2025 – Sep 2026` (full dates within one month). */
export function windowWords(c: Comparison, locale: string): string {
  const first = c.points[0]?.date;
  const last = c.points.at(-1)?.date;
  const byMonth = { month: 'short', year: 'numeric' } as const;
  const month = dateFormatter(locale, byMonth);
  if (month(first) !== month(last)) return formatDateRange(first, last, locale, byMonth);
  return formatDateRange(first, last, locale);
}

/**
 * The verdict as a sentence a leader can repeat. It names the window the changes are over, and
 * states each change as it happened: a down-is-good outcome that fell is "−33% (better: lower is
 * better)", so the sentence never contradicts the line.
 */
export function verdictSentence(
  c: Comparison,
  output: Metric,
  outcome: Metric,
  locale: string,
  t: Term,
): string {
  if (c.verdict === 'insufficient-data') return t('vs.insufficient', output.name, outcome.name);
  const pct = (v: number | undefined) => formatPercent(v, locale, { signed: true, maximumFractionDigits: 0 });
  const down = outcome.direction === 'down';
  // compareOutputToOutcome flips a down-is-good outcome so that positive means better; say it as it happened.
  const happened = pct(down && c.outcomeChange !== undefined ? -c.outcomeChange : c.outcomeChange);
  const judged =
    !down || !c.outcomeChange
      ? happened
      : t(c.outcomeChange > 0 ? 'vs.lowerIsBetter.better' : 'vs.lowerIsBetter.worse', happened);
  return t(
    'vs.verdict',
    windowWords(c, locale),
    output.name,
    pct(c.outputChange),
    outcome.name,
    judged,
    t(`vs.meaning.${c.verdict}`),
  );
}

/** Below this correlation, the best lag is no finding worth a sentence. */
export const LAG_WORTH_SAYING = 0.5;

/** The lag finding in words, when there is a clear one (a correlation of 0.5 or more). */
export function lagSentence(c: Comparison, locale: string, t: Term): string {
  if (c.lag === undefined || c.correlation === undefined || c.correlation < LAG_WORTH_SAYING) return '';
  const r = new Intl.NumberFormat(locale, { maximumFractionDigits: 2 }).format(c.correlation);
  if (c.lag === 0) return t('vs.lag.none', r);
  return t(`vs.lag.${periodOf(c)}`, c.lag, r);
}

/** What one period between aligned points is, from their median spacing. */
function periodOf(c: Comparison): 'day' | 'week' | 'month' | 'quarter' | 'period' {
  const times = c.points.map((p) => toTime(p.date) ?? 0);
  const gaps = times
    .slice(1)
    .map((t, i) => t - times[i])
    .sort((a, b) => a - b);
  const days = (gaps[Math.floor(gaps.length / 2)] ?? 0) / 86_400_000;
  if (days >= 25 && days <= 35) return 'month';
  if (days >= 6 && days <= 8) return 'week';
  if (days >= 85 && days <= 95) return 'quarter';
  if (days >= 0.9 && days <= 1.1) return 'day';
  return 'period';
}

/** The quadrants, in the order the legend lists them. */
export const QUADRANTS: readonly Quadrant[] = ['impact', 'output-only', 'outcome-only', 'not-started'];
