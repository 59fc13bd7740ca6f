/**
 * The scale helpers every layout shares: rounding to the drawn precision, linear maps, clamping,
 * round tick values. Pure.
 */

/** Rounds to 0.1, the precision every layout draws at (pixels and path strings). */
export const round = (n: number): number => Math.round(n * 10) / 10;

/**
 * A linear map from a domain to a range, rounded with `round`; a zero-width domain maps to the
 * middle of the range.
 */
export const linear =
  (d0: number, d1: number, r0: number, r1: number) =>
  (v: number): number =>
    d1 === d0 ? round((r0 + r1) / 2) : round(r0 + ((v - d0) / (d1 - d0)) * (r1 - r0));

/** The value held to [0, 1]. */
export const clamp01 = (v: number): number => Math.min(1, Math.max(0, v));

/** About `count` round numbers (steps of 1, 2 or 5 times a power of ten) spanning lo..hi. */
export function niceTicks(lo: number, hi: number, count: number): number[] {
  const raw = (hi - lo) / count;
  const power = 10 ** Math.floor(Math.log10(raw));
  const step = [1, 2, 5, 10].map((s) => s * power).find((s) => s >= raw) ?? raw;
  const ticks: number[] = [];
  for (let t = Math.ceil(lo / step) * step; t <= hi + 1e-9; t += step) ticks.push(Math.round(t * 1e6) / 1e6);
  return ticks;
}
