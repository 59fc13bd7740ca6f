/**
 * Words of `<output-vs-outcome>` that come from the comparison and the quadrant: the verdict and
 * lag sentences and the quadrant names.
 */
import type { Comparison } from '../../core/compare.js';
import { toTime } from '../../core/dates.js';
import { formatPercent } from '../../core/format.js';
import type { Quadrant } from '../../core/layout/quadrant.js';
import type { Metric } from '../../core/schema.js';

/** The verdict as a sentence a leader can repeat. */
export function verdictSentence(c: Comparison, output: Metric, outcome: Metric, locale: string): string {
  if (c.verdict === 'insufficient-data') {
    return `Not enough overlapping data to compare ${output.name} with ${outcome.name}: at least two dates are needed.`;
  }
  const pct = (v: number | undefined) => formatPercent(v, locale, { signed: true, maximumFractionDigits: 0 });
  const better = outcome.direction === 'down' ? ' (lower is better, shown as a gain when it falls)' : '';
  const figures = `${output.name} ${pct(c.outputChange)}, ${outcome.name} ${pct(c.outcomeChange)}${better}`;
  const meaning = {
    converting: 'output is turning into outcome.',
    'not-converting': 'output is not turning into outcome.',
    external: 'the outcome moved without the output: something else is driving it.',
    stalled: 'neither output nor outcome is moving.',
  }[c.verdict];
  return `${figures}: ${meaning}`;
}

/** Below this correlation, the best lag is no finding worth a sentence. */
export const LAG_WORTH_SAYING = 0.5;

/** The lag finding in words, when there is a clear one (a correlation of 0.5 or more). */
export function lagSentence(c: Comparison, locale: string): string {
  if (c.lag === undefined || c.correlation === undefined || c.correlation < LAG_WORTH_SAYING) return '';
  const r = new Intl.NumberFormat(locale, { maximumFractionDigits: 2 }).format(c.correlation);
  if (c.lag === 0) return `The two move together, with no delay (correlation ${r}).`;
  const unit = periodWord(c);
  return `The outcome follows the output most closely ${c.lag} ${unit}${c.lag === 1 ? '' : 's'} later (correlation ${r}).`;
}

/** What one period between aligned points is, from their median spacing. */
function periodWord(c: Comparison): string {
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

/** The quadrants in words. */
export const QUADRANT_WORDS: Record<Quadrant, string> = {
  impact: 'Impact',
  'output-only': 'Output without outcome',
  'outcome-only': 'Outcome without output',
  'not-started': 'Not started yet',
};

/** The fixed words of the timeline and the quadrant: legend, axes, names and tables. */
export const VS_WORDS = {
  outputLegend: (name: string) => `${name} (columns)`,
  outcomeLegend: (name: string) => `${name} (line)`,
  targetLegend: (name: string) => `${name} target`,
  /** `Both indexed: 100 = Jan 31, 2025`. */
  indexNote: (hundred: string, start: string) => `Both indexed: ${hundred} = ${start}`,
  timelineLabel: (output: string, outcome: string) => `${output} and ${outcome} over time`,
  /** A date of the timeline, as the tooltip and the slider say it. */
  alignedPoint: (date: string, output: string, outputValue: string, outcome: string, outcomeValue: string) =>
    `${date}: ${output} ${outputValue}, ${outcome} ${outcomeValue}`,
  timelineCaption: (output: string, outcome: string, start: string) =>
    `${output} and ${outcome}, indexed to 100 on ${start}`,
  date: 'Date',
  index: 'Index',
  quadrantLabel: 'Outcomes by delivery (across) and outcome progress (up)',
  /** The quadrant's summary: how many outcomes, how many in each quadrant, how many left out. */
  quadrantSentence: (count: number, perQuadrant: [string, number][], left: number) =>
    `${count} outcomes by delivery and outcome progress. ${perQuadrant.map(([q, n]) => `${q}: ${n}`).join('; ')}.` +
    (left ? ` ${left} without both measures are not shown.` : ''),
  /** An outcome of the quadrant, as the tooltip and the slider say it. */
  quadrantPoint: (title: string, delivery: string, outcome: string, quadrant: string) =>
    `${title}: delivery ${delivery}, outcome ${outcome}, ${quadrant}`,
  quadrantEmpty: 'No outcome has both measures yet',
  quadrantCaption: 'Outcomes by delivery and outcome progress',
  outcome: 'Outcome',
  delivery: 'Delivery',
  outcomeProgress: 'Outcome progress',
  quadrant: 'Quadrant',
  /** Axis titles, with the arrow pointing the way the values grow. */
  deliveryAxis: (rtl: boolean) => (rtl ? '← Delivery' : 'Delivery →'),
  outcomeAxis: 'Outcome →',
};
