/**
 * Windowing for a list whose rows differ in height: the top of every row from the heights known
 * so far (measured, or estimated until measured), and which rows meet the visible band. Pure.
 */

/** `tops[i]` is the top of row `i`; `tops[n]` is the height of the whole list. */
export function rowTops(count: number, height: (row: number) => number): Float64Array {
  const tops = new Float64Array(count + 1);
  for (let i = 0; i < count; i++) tops[i + 1] = tops[i] + height(i);
  return tops;
}

/** The row at vertical position `y` (clamped to the list). */
export function rowAt(tops: Float64Array, y: number): number {
  const count = tops.length - 1;
  if (count <= 0) return 0;
  let lo = 0;
  let hi = count - 1;
  while (lo < hi) {
    const mid = (lo + hi + 1) >> 1;
    if (tops[mid] <= y) lo = mid;
    else hi = mid - 1;
  }
  return lo;
}

/** Rows `[first, last)` that meet the band `top..top + height`, with `overscan` rows either side. */
export function rowsInView(
  tops: Float64Array,
  top: number,
  height: number,
  overscan: number,
): { first: number; last: number } {
  const count = tops.length - 1;
  if (count <= 0) return { first: 0, last: 0 };
  const first = Math.max(0, rowAt(tops, top) - overscan);
  const last = Math.min(count, rowAt(tops, top + Math.max(0, height - 1)) + 1 + overscan);
  return { first, last };
}
