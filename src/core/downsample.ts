/**
 * Series reduction for drawing: a line chart cannot show more than a couple of values per pixel
 * column, so a long series is cut down to the points that decide what the line looks like.
 */

/** A point of a series: `x` on the horizontal axis (epoch milliseconds for time), `y` null for a gap. */
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
 * Gaps stay gaps: wherever the input has a null `y` between two kept points, the output keeps one of
 * those null points between them (a gap marker), so a line drawn with d3-shape's
 * `.defined((p) => p.y !== null)` still breaks there. A run of nulls collapses to one marker (the
 * run's first point, or at the end of the series its last point, which is always kept); a series
 * with no value at all comes down to its first and last points.
 *
 * The output is a subsequence of the input (the same objects, in the same order) with at most
 * `2 * columns + 2` non-null points, and it keeps the global minimum and maximum. Downsampling the
 * output again with the same `columns` returns an equal series.
 *
 * Runs in one pass over each bucket to find its extremes and a second to emit them: linear time,
 * no allocation except the output array.
 *
 * @param points The series, sorted by `x` (ascending; equal `x` allowed). Not modified.
 * @param columns Pixel columns to draw in; a fraction is rounded down, anything below 1 counts as 1.
 * @returns When `points.length <= 2 * columns`, the input array itself (treat it as read-only);
 *   otherwise a new, shorter array.
 * @example downsample(series, Math.floor(svgWidth))
 */
export function downsample<P extends Point>(points: readonly P[], columns: number): P[] {
  const buckets = columns >= 1 ? Math.floor(columns) : 1;
  const n = points.length;
  if (n <= 2 * buckets) return points as P[];

  const x0 = points[0].x;
  const scale = buckets / (points[n - 1].x - x0);
  // A zero, reversed or non-finite span puts everything in one bucket.
  const column =
    scale > 0 && Number.isFinite(scale)
      ? (x: number) => Math.min(buckets - 1, Math.floor((x - x0) * scale))
      : () => 0;

  const out: P[] = [];
  let gap = -1; // The first null since the last kept point: the marker to emit before the next one.
  let start = 0;
  while (start < n) {
    const bucket = column(points[start].x);
    let end = start;
    let low = -1;
    let high = -1;
    let lowY = 0;
    let highY = 0;
    for (; end < n && column(points[end].x) === bucket; end++) {
      const y = points[end].y;
      if (y === null) continue;
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
      if (points[i].y === null) {
        if (gap < 0) gap = i;
      } else if (i === low || i === high || i === 0 || i === n - 1) {
        if (gap >= 0) out.push(points[gap]);
        gap = -1;
        out.push(points[i]);
      }
    }
    start = end;
  }
  if (gap >= 0) {
    // Trailing nulls: end on the last point. With no kept point at all, keep the first one too.
    if (gap === 0) out.push(points[0]);
    out.push(points[n - 1]);
  }
  return out;
}
