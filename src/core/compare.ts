/**
 * `compareOutputToOutcome`: is the work turning into results? (DESIGN.md section 2, "Output vs
 * outcome".)
 */
import { timesOf } from './times.js';
import type { DateInput, Metric } from './schema.js';

/** What the two series say together. */
export type Verdict = 'converting' | 'not-converting' | 'external' | 'stalled' | 'insufficient-data';

/** An output point and the outcome value in force at its date. */
export interface AlignedPoint {
  /** The output point's date, as the document gives it. */
  date: DateInput;
  output: number;
  outcome: number;
}

/** What `compareOutputToOutcome` returns. */
export interface Comparison {
  /** The aligned points, in time order. */
  points: AlignedPoint[];
  /** `(last - first) / |first|` of the aligned output values; undefined with fewer than 2 points. */
  outputChange: number | undefined;
  /** The same for the outcome, sign flipped for `direction: "down"`: positive is always better. */
  outcomeChange: number | undefined;
  verdict: Verdict;
  /** Periods (aligned points) by which the outcome follows the output best, 0 to 3; needs 4 aligned points. */
  lag: number | undefined;
  /** Pearson's coefficient at that lag. */
  correlation: number | undefined;
}

/** Output must grow at least this much (relative) to count as up. */
export const OUTPUT_UP = 0.1;
/** Outcome must improve at least this much (relative) to count as up. */
export const OUTCOME_UP = 0.05;
/** The longest lag tried, in periods. */
export const MAX_LAG = 3;
/** Fewest aligned points for a lag. */
export const LAG_MIN_POINTS = 4;

interface Timed {
  time: number;
  date: DateInput;
  value: number;
}

function timed(metric: Metric): Timed[] {
  const out: Timed[] = [];
  const times = timesOf(metric.points);
  metric.points.forEach(([date, value], i) => {
    const time = times[i];
    if (!Number.isNaN(time) && value !== null && Number.isFinite(value)) out.push({ time, date, value });
  });
  return out.sort((a, b) => a.time - b.time);
}

/** `(last - first) / |first|`; when `first` is 0, +1, -1 or 0 by the sign of `last`. */
export function relativeChange(first: number, last: number): number {
  return first === 0 ? Math.sign(last) : (last - first) / Math.abs(first);
}

/** Pearson's correlation coefficient; undefined when either side does not vary. */
export function pearson(xs: readonly number[], ys: readonly number[]): number | undefined {
  const n = xs.length;
  const mx = xs.reduce((a, b) => a + b, 0) / n;
  const my = ys.reduce((a, b) => a + b, 0) / n;
  let sxy = 0;
  let sxx = 0;
  let syy = 0;
  for (let i = 0; i < n; i++) {
    sxy += (xs[i] - mx) * (ys[i] - my);
    sxx += (xs[i] - mx) ** 2;
    syy += (ys[i] - my) ** 2;
  }
  // Rounding leaves a constant decimal series (0.1, 0.1, 0.1) a variance of about 1e-33: none.
  const flat = (s: number, mean: number) => s <= 1e-12 * n * Math.max(1, mean * mean);
  return flat(sxx, mx) || flat(syy, my) ? undefined : sxy / Math.sqrt(sxx * syy);
}

/**
 * Compares an output metric with an outcome metric over the overlap of their date ranges: each
 * output point in that window is paired with the latest outcome value at or before its date.
 */
export function compareOutputToOutcome(outputMetric: Metric, outcomeMetric: Metric): Comparison {
  const outputs = timed(outputMetric);
  const outcomes = timed(outcomeMetric);
  const points: AlignedPoint[] = [];
  if (outputs.length && outcomes.length) {
    const start = Math.max(outputs[0].time, outcomes[0].time);
    const end = Math.min(outputs[outputs.length - 1].time, outcomes[outcomes.length - 1].time);
    let j = -1;
    for (const o of outputs) {
      if (o.time < start || o.time > end) continue;
      while (j + 1 < outcomes.length && outcomes[j + 1].time <= o.time) j++;
      if (j >= 0) points.push({ date: o.date, output: o.value, outcome: outcomes[j].value });
    }
  }
  if (points.length < 2) {
    return {
      points,
      outputChange: undefined,
      outcomeChange: undefined,
      verdict: 'insufficient-data',
      lag: undefined,
      correlation: undefined,
    };
  }
  const better = outcomeMetric.direction === 'down' ? -1 : 1;
  const first = points[0];
  const last = points[points.length - 1];
  const outputChange = relativeChange(first.output, last.output);
  const outcomeChange = better * relativeChange(first.outcome, last.outcome);
  // Within rounding: 3 → 3.3 is +10% even though (3.3 - 3) / 3 is 0.0999…
  const outputUp = outputChange >= OUTPUT_UP - 1e-9;
  const outcomeUp = outcomeChange >= OUTCOME_UP - 1e-9;
  const verdict: Verdict = outputUp
    ? outcomeUp
      ? 'converting'
      : 'not-converting'
    : outcomeUp
      ? 'external'
      : 'stalled';
  const { lag, correlation } = bestLag(
    points.map((p) => p.output),
    points.map((p) => better * p.outcome),
  );
  return { points, outputChange, outcomeChange, verdict, lag, correlation };
}

/**
 * The lag (0 to 3 periods; the outcome follows the output) with the highest correlation, over at
 * least 3 pairs at each lag; none with fewer than 4 points or when nothing varies.
 */
function bestLag(
  output: number[],
  outcome: number[],
): { lag: number | undefined; correlation: number | undefined } {
  let lag: number | undefined;
  let correlation: number | undefined;
  if (output.length < LAG_MIN_POINTS) return { lag, correlation };
  for (let k = 0; k <= MAX_LAG && output.length - k >= 3; k++) {
    const r = pearson(output.slice(0, output.length - k), outcome.slice(k));
    if (r !== undefined && (correlation === undefined || r > correlation + 1e-12)) {
      lag = k;
      correlation = r;
    }
  }
  return { lag, correlation };
}
