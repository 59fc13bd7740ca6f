/**
 * Words of `<output-vs-outcome>` that come from the comparison and the quadrant: the verdict and
 * lag sentences and the quadrant names.
 */
import type { Comparison } from '../../core/compare.js';
import { toTime } from '../../core/dates.js';
import { dateFormatter, formatPercent } from '../../core/format.js';
import type { Quadrant } from '../../core/layout/quadrant.js';
import type { Metric } from '../../core/schema.js';

/** The window of a comparison in words: `Jan 2025 – Sep 2026` (full dates within one month). */
export function windowWords(c: Comparison, locale: string): string {
  const first = c.points[0]?.date;
  const last = c.points.at(-1)?.date;
  const month = dateFormatter(locale, { month: 'short', year: 'numeric' });
  const [a, b] = [month(first), month(last)];
  if (a !== b) return `${a} – ${b}`;
  const day = dateFormatter(locale);
  return day(first) === day(last) ? day(first) : `${day(first)} – ${day(last)}`;
}

/**
 * The verdict as a sentence a leader can repeat. It names the window the changes are over, and
 * states each change as it happened: a down-is-good outcome that fell is "−33% (better: lower is
 * better)", so the sentence never contradicts the line.
 */
export function verdictSentence(c: Comparison, output: Metric, outcome: Metric, locale: string): string {
  if (c.verdict === 'insufficient-data') {
    return `Not enough overlapping data to compare ${output.name} with ${outcome.name}: at least two dates are needed.`;
  }
  const pct = (v: number | undefined) => formatPercent(v, locale, { signed: true, maximumFractionDigits: 0 });
  const down = outcome.direction === 'down';
  // compareOutputToOutcome flips a down-is-good outcome so that positive means better; say it as it happened.
  const happened = down && c.outcomeChange !== undefined ? -c.outcomeChange : c.outcomeChange;
  const judged =
    !down || !c.outcomeChange
      ? ''
      : c.outcomeChange > 0
        ? ' (better: lower is better)'
        : ' (worse: lower is better)';
  const meaning = {
    converting: 'output is turning into outcome.',
    'not-converting': 'output is not turning into outcome.',
    external: 'the outcome moved without the output: something else is driving it.',
    stalled: 'neither output nor outcome is moving.',
  }[c.verdict];
  return `${windowWords(c, locale)}: ${output.name} ${pct(c.outputChange)}, ${outcome.name} ${pct(happened)}${judged}; ${meaning}`;
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

/** The quadrants in one or two words, for the corners of a narrow chart (the legend has the rest). */
export const QUADRANT_SHORT_WORDS: Record<Quadrant, string> = {
  impact: 'Impact',
  'output-only': 'Output only',
  'outcome-only': 'Outcome only',
  'not-started': 'Not started',
};

/** What each quadrant means, for the legend beside the colours. */
export const QUADRANT_MEANING: Record<Quadrant, string> = {
  impact: 'delivered, and the outcome moved',
  'output-only': 'delivered, the outcome did not move',
  'outcome-only': 'the outcome moved with little delivery',
  'not-started': 'neither yet',
};

/** The fixed words of the timeline and the quadrant: legend, axes, names and tables. */
export const VS_WORDS = {
  /** Delivery markers: an output shipped against the outcome metric, and the table's column. */
  shipped: (title: string, date: string) => `Shipped ${date}: ${title}`,
  shippedColumn: 'Shipped',
  outputLegend: (name: string) => `${name} (columns)`,
  outcomeLegend: (name: string) => `${name} (line)`,
  targetLegend: (name: string) => `${name} target`,
  /** A panel's title: the metric's name, and its unit when it has one. */
  panelTitle: (name: string, unit: string | undefined) => (unit ? `${name} (${unit})` : name),
  target: (value: string) => `Target ${value}`,
  timelineLabel: (output: string, outcome: string) => `${output} and ${outcome} over time`,
  /** A date of the timeline, as the tooltip and the slider say it. */
  alignedPoint: (date: string, output: string, outputValue: string, outcome: string, outcomeValue: string) =>
    `${date}: ${output} ${outputValue}, ${outcome} ${outcomeValue}`,
  timelineCaption: (output: string, outcome: string, window: string) => `${output} and ${outcome}, ${window}`,
  date: 'Date',
  quadrantLabel: 'Outcomes by delivery (across) and outcome progress (up)',
  /** The quadrant's summary: how many outcomes, how many in each quadrant, how many left out. */
  quadrantSentence: (count: number, perQuadrant: [string, number][], left: number) =>
    `${count} outcomes by delivery and outcome progress. ${perQuadrant.map(([q, n]) => `${q}: ${n}`).join('; ')}.` +
    (left ? ` ${left} without both measures are not shown.` : ''),
  /** An outcome of the quadrant, as the tooltip and the slider say it. */
  quadrantPoint: (title: string, delivery: string, outcome: string, quadrant: string) =>
    `${title}: delivery ${delivery}, outcome ${outcome}, ${quadrant}`,
  quadrantEmpty: 'No outcome has both measures yet',
  /** The quadrant's visible title. */
  quadrantTitle: (count: number) =>
    count === 1 ? '1 outcome: delivery against progress' : `${count} outcomes: delivery against progress`,
  /** A corner of the quadrant with how many outcomes it holds: `Impact · 3`. */
  corner: (label: string, count: number) => `${label} · ${count}`,
  quadrantLeftOut: (count: number) =>
    count === 1
      ? '1 outcome without both measures is not shown.'
      : `${count} outcomes without both measures are not shown.`,
  quadrantCaption: 'Outcomes by delivery and outcome progress',
  outcome: 'Outcome',
  delivery: 'Delivery',
  outcomeProgress: 'Outcome progress',
  quadrant: 'Quadrant',
  /** Axis titles, with the arrow pointing the way the values grow. */
  deliveryAxis: (rtl: boolean) => (rtl ? '← Delivery' : 'Delivery →'),
  outcomeAxis: 'Outcome →',
};
