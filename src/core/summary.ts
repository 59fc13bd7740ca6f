/**
 * `summarizeMetric`: what a metric's numbers mean (DESIGN.md section 2, "Metric summary"):
 * current value, change, trend, progress to target, forecast and status.
 */
import { DAY, localDay, toTime } from './dates.js';
import { timesOf } from './times.js';
import type { DateInput, Direction, Metric, MetricPoint, Reference } from './schema.js';

/** Whether the latest change moves the metric the way that is better. */
export type Trend = 'good' | 'bad' | 'flat' | 'unknown';

/** Where the metric stands against its target. */
export type Status = 'none' | 'met' | 'on-track' | 'at-risk' | 'off-track' | 'unknown';

/** A value at a date (the date as the document gave it). */
export interface DatedValue {
  date: DateInput;
  value: number;
}

/** Everything `summarizeMetric` works out; a field is `undefined` where its value does not exist. */
export interface MetricSummary {
  /** Value of the latest non-null point. */
  current: number | undefined;
  /** Date of the latest non-null point. */
  currentDate: DateInput | undefined;
  /** Value of the non-null point before the latest. */
  previous: number | undefined;
  /** Date of the non-null point before the latest. */
  previousDate: DateInput | undefined;
  /** `current - previous`. */
  delta: number | undefined;
  /** `delta / |previous|`; undefined when previous is 0. */
  deltaRatio: number | undefined;
  /** `good` when the delta moves the metric's way, `bad` against it, `flat` at 0, `unknown` without a previous point. */
  trend: Trend;
  /** The baseline value; default: the earliest non-null point. */
  baseline: number | undefined;
  /** The baseline's date, when it has one (the earliest point's date for the default). */
  baselineDate: DateInput | undefined;
  /** The target value. */
  target: number | undefined;
  /** When the target should be reached. */
  targetDate: DateInput | undefined;
  /** `(current - baseline) / (target - baseline)`, unclamped; when target equals baseline 1 if met, else 0. */
  progress: number | undefined;
  /** Whether current is at or beyond the target in the good direction. */
  met: boolean | undefined;
  /** The forecast line read at the target date. */
  projected: number | undefined;
  /** The forecast line for drawing: read at the current point's date, and at the target date. */
  forecast: { from: DatedValue; to: DatedValue } | undefined;
  /** `none`, `met`, `on-track`, `at-risk`, `off-track` or `unknown` (no forecast). */
  status: Status;
}

/** Options of `summarizeMetric`. */
export interface SummaryOptions {
  /** "Today" for forecasts and deadlines; default (and when invalid): the viewer's today. */
  asOf?: DateInput;
}

/** Points used in a forecast: the last this many non-null ones. */
export const FORECAST_WINDOW = 12;

/** The fewest non-null points a forecast needs. */
export const FORECAST_MIN_POINTS = 3;

/** A projection covering at least this share of the way from baseline to target is `at-risk`, below it `off-track`. */
export const AT_RISK_SHARE = 0.8;

interface Observation {
  time: number;
  date: DateInput;
  value: number;
}

/** A point as an observation, when it has a valid date and a value. */
function observation(point: MetricPoint): Observation | undefined {
  const date = point[0];
  const value = point[1];
  const time = toTime(date);
  return time !== undefined && typeof value === 'number' && Number.isFinite(value)
    ? { time, date, value }
    : undefined;
}

/** The non-null points with valid dates, sorted by time (a stable sort: equal times keep their order). */
function observations(points: readonly MetricPoint[]): Observation[] {
  const out: Observation[] = [];
  for (const point of points) {
    const o = observation(point);
    if (o) out.push(o);
  }
  return out.sort((a, b) => a.time - b.time);
}

/** Whether the points with valid dates come in time order, as `parseDocument` returns them. */
function inTimeOrder(points: readonly MetricPoint[]): boolean {
  const times = timesOf(points);
  let latest = -Infinity;
  for (let i = 0; i < times.length; i++) {
    const time = times[i];
    if (Number.isNaN(time)) continue;
    if (time < latest) return false;
    latest = time;
  }
  return true;
}

/** What a summary needs of a metric's non-null points. */
interface Observed {
  /** The earliest. */
  first: Observation | undefined;
  /** The last `FORECAST_WINDOW` (or fewer), by time. */
  recent: Observation[];
}

/**
 * The earliest and the latest non-null points. Points in time order (always, from `parseDocument`)
 * are read only at both ends, with no object per point; others (a metric built by hand) are sorted.
 */
function observed(metric: Metric): Observed {
  const points = metric.points ?? [];
  if (!inTimeOrder(points)) {
    const series = observations(points);
    return { first: series[0], recent: series.slice(-FORECAST_WINDOW) };
  }
  const recent: Observation[] = [];
  for (let i = points.length - 1; i >= 0 && recent.length < FORECAST_WINDOW; i--) {
    const o = observation(points[i]);
    if (o) recent.push(o);
  }
  recent.reverse();
  let first: Observation | undefined;
  for (let i = 0; i < points.length && !first; i++) first = observation(points[i]);
  return { first, recent };
}

function referenceOf(ref: number | Reference | undefined): { value: number; date?: DateInput } | undefined {
  if (typeof ref === 'number') return Number.isFinite(ref) ? { value: ref } : undefined;
  return ref && Number.isFinite(ref.value) ? ref : undefined;
}

/** Whether a value is at or beyond the target in the good direction. */
export function meetsTarget(value: number, target: number, direction: Direction = 'up'): boolean {
  return direction === 'down' ? value <= target : value >= target;
}

/** The trend of a change for a metric whose better direction is given. */
export function trendOf(delta: number | undefined, direction: Direction = 'up'): Trend {
  if (delta === undefined || Number.isNaN(delta)) return 'unknown';
  if (delta === 0) return 'flat';
  return delta > 0 === (direction === 'up') ? 'good' : 'bad';
}

/**
 * The share of the way from baseline to target a value covers, unclamped; when target equals
 * baseline, 1 if the value meets the target, else 0.
 */
export function shareOfWay(
  value: number,
  baseline: number,
  target: number,
  direction: Direction = 'up',
): number {
  if (target === baseline) return meetsTarget(value, target, direction) ? 1 : 0;
  return (value - baseline) / (target - baseline);
}

/** The least-squares line through points (time, value), as a function of time; undefined when all times are equal. */
export function leastSquares(
  points: readonly { time: number; value: number }[],
): ((time: number) => number) | undefined {
  if (points.length === 0) return undefined;
  const origin = points[points.length - 1].time;
  const xs = points.map((p) => (p.time - origin) / DAY);
  const meanX = xs.reduce((a, b) => a + b, 0) / xs.length;
  const meanY = points.reduce((a, p) => a + p.value, 0) / points.length;
  let sxy = 0;
  let sxx = 0;
  points.forEach((p, i) => {
    sxy += (xs[i] - meanX) * (p.value - meanY);
    sxx += (xs[i] - meanX) ** 2;
  });
  if (sxx === 0) return undefined;
  const slope = sxy / sxx;
  return (time) => meanY + slope * ((time - origin) / DAY - meanX);
}

/** The forecast from the latest non-null points (at most `FORECAST_WINDOW`, by time). */
function forecastOf(series: Observation[], targetDate: DateInput | undefined): MetricSummary['forecast'] {
  const targetTime = toTime(targetDate);
  if (targetTime === undefined || targetDate === undefined || series.length < FORECAST_MIN_POINTS)
    return undefined;
  const line = leastSquares(series.slice(-FORECAST_WINDOW));
  if (!line) return undefined;
  const last = series[series.length - 1];
  return {
    from: { date: last.date, value: line(last.time) },
    to: { date: targetDate, value: line(targetTime) },
  };
}

function asOfTime(asOf: DateInput | undefined): number {
  return toTime(asOf) ?? (toTime(localDay()) as number);
}

interface StatusInput {
  target: number | undefined;
  targetDate: DateInput | undefined;
  baseline: number | undefined;
  met: boolean | undefined;
  projected: number | undefined;
  direction: Direction;
  asOf: number;
}

function statusOf(s: StatusInput): Status {
  if (s.target === undefined) return 'none';
  if (s.met) return 'met';
  const deadline = toTime(s.targetDate);
  if (deadline !== undefined && s.asOf > deadline) return 'off-track';
  if (s.projected === undefined || s.baseline === undefined) return 'unknown';
  if (meetsTarget(s.projected, s.target, s.direction)) return 'on-track';
  return shareOfWay(s.projected, s.baseline, s.target, s.direction) >= AT_RISK_SHARE
    ? 'at-risk'
    : 'off-track';
}

/**
 * Summarises a metric as `parseDocument` returns it: current and previous values, delta, trend,
 * baseline, target, progress, whether the target is met, the forecast at the target date and a
 * status (DESIGN.md section 2). `asOf` ("today", default the viewer's today) decides whether the
 * target date has passed.
 */
export function summarizeMetric(metric: Metric, options: SummaryOptions = {}): MetricSummary {
  const direction = metric.direction ?? 'up';
  const { first, recent } = observed(metric);
  const last = recent.at(-1);
  const before = recent.at(-2);
  const delta = last && before ? last.value - before.value : undefined;
  const baselineRef = referenceOf(metric.baseline) ?? (first && { value: first.value, date: first.date });
  const targetRef = referenceOf(metric.target);
  const [current, baseline, target] = [last?.value, baselineRef?.value, targetRef?.value];
  const met =
    current !== undefined && target !== undefined ? meetsTarget(current, target, direction) : undefined;
  const progress =
    current !== undefined && baseline !== undefined && target !== undefined
      ? shareOfWay(current, baseline, target, direction)
      : undefined;
  const forecast = forecastOf(recent, targetRef?.date);
  const projected = forecast?.to.value;
  const asOf = asOfTime(options.asOf);
  return {
    current,
    currentDate: last?.date,
    previous: before?.value,
    previousDate: before?.date,
    delta,
    deltaRatio:
      delta !== undefined && before && before.value !== 0 ? delta / Math.abs(before.value) : undefined,
    trend: trendOf(delta, direction),
    baseline,
    baselineDate: baselineRef?.date,
    target,
    targetDate: targetRef?.date,
    progress,
    met,
    projected,
    forecast,
    status: statusOf({ target, targetDate: targetRef?.date, baseline, met, projected, direction, asOf }),
  };
}
