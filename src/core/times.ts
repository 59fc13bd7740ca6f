/**
 * The times (and values) of a metric's points as columns: `timesOf(points)[i]` is the time of `points[i]`
 * in milliseconds (NaN when it has no valid date). `parseDocument` already computes them while it
 * checks the dates and leaves them here, so that summaries, charts and comparisons of a million
 * points read a `Float64Array` instead of parsing every date again.
 */
import { toTime } from './dates.js';
import type { MetricPoint } from './schema.js';

const timeColumns = new WeakMap<readonly MetricPoint[], Float64Array>();
const valueColumns = new WeakMap<readonly MetricPoint[], Float64Array>();

/** Records the times of `points` (the same length, in the same order). */
export function rememberTimes(points: readonly MetricPoint[], times: Float64Array): void {
  timeColumns.set(points, times);
}

/** The times of `points`, from the parse when it made the array, else computed once and kept. */
export function timesOf(points: readonly MetricPoint[]): Float64Array {
  return column(timeColumns, points, (point) => toTime(point[0]) ?? NaN);
}

/** The values of `points` as one column, NaN for a null (a gap); computed once and kept. */
export function valuesOf(points: readonly MetricPoint[]): Float64Array {
  return column(valueColumns, points, (point) => point[1] ?? NaN);
}

/** The column `cache` holds for `points`, else `read` of each point, kept there. */
function column(
  cache: WeakMap<readonly MetricPoint[], Float64Array>,
  points: readonly MetricPoint[],
  read: (point: MetricPoint) => number,
): Float64Array {
  let values = cache.get(points);
  if (!values) {
    values = new Float64Array(points.length);
    for (let i = 0; i < points.length; i++) values[i] = read(points[i]);
    cache.set(points, values);
  }
  return values;
}
