/**
 * Series reduction for drawing: a line chart cannot show more than a couple of values per pixel
 * column, so a long series is cut down to the points that decide what the line looks like.
 */

/** A point of a series: `x` on the horizontal axis (epoch milliseconds for time), `y` a finite number or null for a gap. */
export interface Point {
  x: number;
  y: number | null;
}

/**
 * Min/max downsampling per pixel column. The x range of the series is split into `columns` equal
 * buckets; each bucket keeps, in x order, its point with the lowest `y` and its point with the
 * highest `y` (one point when they are the same; the first of equal values). The first and the last
 * point of the series are always kept too, so the line spans the same x range and ends on the
 * current value (at most 2 extra points).
 *
 * Gaps stay gaps where a full drawing would show them. A run of nulls whose neighbouring values are
 * at least one column apart leaves one of its null points (a gap marker) between the kept points
 * around it, so a line drawn with d3-shape's `.defined((p) => p.y !== null)` breaks there. A
 * narrower gap would be under a pixel wide, so it is closed, as uPlot does: kept, scattered missing
 * samples in a long series would break the line in every column and draw it as dots with no area.
 * Nulls at the start or the end are always marked, by the series' first or last point; a series
 * with no value at all comes down to its first and last points.
 *
 * The output is a subsequence of the input (the same objects, in the same order) with at most
 * `2 * columns + 2` non-null points, and it keeps the global minimum and maximum. Downsampling the
 * output again with the same `columns` returns an equal series.
 *
 * Runs in one pass over each bucket to find its extremes and a second to emit them: linear time,
 * no allocation except the output array.
 *
 * @param points The series, sorted by `x` (ascending; equal `x` allowed). Not modified. Unsorted or
 *   NaN `x` values are not checked: they give a poorer reduction, still a subsequence of the input.
 * @param columns Pixel columns to draw in; a fraction is rounded down, anything below 1 counts as 1.
 * @returns When `points.length <= 2 * columns`, the input array itself (treat it as read-only);
 *   otherwise a new, shorter array.
 * @example downsample(series, Math.floor(svgWidth))
 */
export function downsample<P extends Point>(points: readonly P[], columns: number): P[] {
  if (points.length <= 2 * Math.max(1, Math.floor(columns))) return points as P[];
  const xs = new Float64Array(points.length);
  const ys = new Float64Array(points.length);
  for (let i = 0; i < points.length; i++) {
    xs[i] = points[i].x;
    ys[i] = points[i].y ?? NaN;
  }
  return (downsampleIndexes(xs, ys, columns) ?? []).map((i) => points[i]);
}

/**
 * `downsample` over a series given as columns (`xs[i]`, `ys[i]`, NaN in `ys` for a gap), for a
 * million values with no object per point: the indexes of the points kept, in order, or
 * undefined when there are at most `2 * columns` (keep them all).
 */
export function downsampleIndexes(
  xs: ArrayLike<number>,
  ys: ArrayLike<number>,
  columns: number,
): number[] | undefined {
  const buckets = columns >= 1 ? Math.floor(columns) : 1;
  const n = xs.length;
  if (n <= 2 * buckets) return undefined;

  const x0 = xs[0];
  let scale = buckets / (xs[n - 1] - x0); // Columns per unit of x.
  // A zero, reversed or non-finite span puts everything in one column, where no gap shows.
  if (!(scale > 0 && Number.isFinite(scale))) scale = 0;
  const column = (x: number) => Math.min(buckets - 1, Math.floor((x - x0) * scale));

  const out: number[] = [];
  let marker = -1; // A null to emit before the next kept point: the start of a gap that shows.
  let run = -1; // The first null of the current run of nulls.
  let lastX = NaN; // The x of the last value seen, kept or not; NaN before the first.
  let start = 0;
  while (start < n) {
    const bucket = column(xs[start]);
    let end = start;
    let low = -1;
    let high = -1;
    let lowY = 0;
    let highY = 0;
    // The first point always joins, so that unsorted or NaN x values cannot stall the loop.
    for (; end < n && (end === start || column(xs[end]) === bucket); end++) {
      const y = ys[end];
      if (Number.isNaN(y)) continue;
      if (low < 0 || y < lowY) {
        low = end;
        lowY = y;
      }
      if (high < 0 || y > highY) {
        high = end;
        highY = y;
      }
    }
    for (let i = start; i < end; i++) {
      if (Number.isNaN(ys[i])) {
        if (run < 0) run = i;
        continue;
      }
      const x = xs[i];
      if (run >= 0) {
        const shows = Number.isNaN(lastX) || (x - lastX) * scale >= 1;
        if (shows && marker < 0) marker = run;
        run = -1;
      }
      lastX = x;
      if (i === low || i === high || i === 0 || i === n - 1) {
        if (marker >= 0) out.push(marker);
        marker = -1;
        out.push(i);
      }
    }
    start = end;
  }
  if (run >= 0) {
    // Trailing nulls end on the last point; with no value at all, the first one is kept too.
    if (run === 0) out.push(0);
    out.push(n - 1);
  }
  return out;
}
