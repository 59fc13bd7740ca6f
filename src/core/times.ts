/**
 * The times (and values) of a metric's points as columns: `timesOf(points)[i]` is the time of `points[i]`
 * in milliseconds (NaN when it has no valid date). `parseDocument` already computes them while it
 * checks the dates and leaves them here, so that summaries, charts and comparisons of a million
 * points read a `Float64Array` instead of parsing every date again.
 */
import { toTime } from './dates.js';
import type { MetricPoint } from './schema.js';

const columns = new WeakMap<readonly MetricPoint[], Float64Array>();

/** Records the times of `points` (the same length, in the same order). */
export function rememberTimes(points: readonly MetricPoint[], times: Float64Array): void {
  columns.set(points, times);
}

/** The times of `points`, from the parse when it made the array, else computed once and kept. */
export function timesOf(points: readonly MetricPoint[]): Float64Array {
  let times = columns.get(points);
  if (!times) {
    times = new Float64Array(points.length);
    for (let i = 0; i < points.length; i++) times[i] = toTime(points[i][0]) ?? NaN;
    columns.set(points, times);
  }
  return times;
}

const valueColumns = new WeakMap<readonly MetricPoint[], Float64Array>();

/** The values of `points` as one column, NaN for a null (a gap); computed once and kept. */
export function valuesOf(points: readonly MetricPoint[]): Float64Array {
  let values = valueColumns.get(points);
  if (!values) {
    values = new Float64Array(points.length);
    for (let i = 0; i < points.length; i++) values[i] = points[i][1] ?? NaN;
    valueColumns.set(points, values);
  }
  return values;
}
