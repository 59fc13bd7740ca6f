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

/**
 * A value axis: `lo..hi` widened to round numbers, with its ticks (at least three). A flat range
 * (`lo === hi`) is opened around its value, so a constant series sits in the middle.
 */
export function niceDomain(
  lo: number,
  hi: number,
  count: number,
): { lo: number; hi: number; ticks: number[] } {
  if (hi === lo) [lo, hi] = lo === 0 ? [0, 1] : [lo - Math.abs(lo) * 0.1, hi + Math.abs(hi) * 0.1];
  const raw = (hi - lo) / count;
  const power = 10 ** Math.floor(Math.log10(raw));
  const step = [1, 2, 2.5, 5, 10].map((s) => s * power).find((s) => s >= raw) ?? raw;
  const fix = (v: number) => Math.round(v / step) * step;
  let [a, b] = [Math.floor(lo / step + 1e-9) * step, Math.ceil(hi / step - 1e-9) * step];
  if ((b - a) / step < 2) b = a + 2 * step;
  const steps = Math.round((b - a) / step);
  // Values near the limits of a double (1e308) leave no round steps: the ends and the middle.
  if (!(steps >= 2 && steps <= 1000)) {
    const [l, h] = [finite(lo), finite(hi)];
    return { lo: l, hi: h, ticks: [l, l / 2 + h / 2, h] };
  }
  const ticks: number[] = [];
  for (let i = 0; i <= steps; i++) ticks.push(roundMicro(fix(a + i * step)));
  [a, b] = [ticks[0], ticks.at(-1)!];
  return { lo: a, hi: b, ticks };
}

/** Rounded to a millionth, which tick values never need finer; huge values are whole already. */
const roundMicro = (v: number): number => (Math.abs(v) < 1e15 ? Math.round(v * 1e6) / 1e6 : v);

/** The number, held to the largest finite doubles (NaN becomes 0). */
const finite = (v: number): number =>
  Number.isNaN(v) ? 0 : Math.min(Number.MAX_VALUE, Math.max(-Number.MAX_VALUE, v));

/** Characters drawn a full em wide: CJK ideographs, kana, Hangul and full-width forms. */
const WIDE = /[\u1100-\u115f\u2e80-\ua4cf\uac00-\ud7a3\uf900-\ufaff\ufe30-\ufe4f\uff00-\uff60\uffe0-\uffe6]/u;
/** Characters narrower than a digit: spaces, separators, dots. */
const NARROW = /[\s.,:;'’٫٬·|!()[\]il]/u;
/** Characters wider than a digit: capitals, per cent, M and W. */
const BROAD = /[A-Z%@&mwMW]/u;

/**
 * How wide `text` is in ems, estimated without measuring, on the generous side for a bold sans
 * face (DejaVu Sans Bold, the widest common fallback): a full em for CJK, 0.38 for spaces and
 * separators, 0.85 for capitals, 0.7 for digits and the rest. Lets a figure shrink to fit its box
 * in CSS (`font-size: box / ems`) with no layout read.
 */
export function textEms(text: string): number {
  let ems = 0;
  for (const char of text)
    ems += WIDE.test(char) ? 1 : NARROW.test(char) ? 0.38 : BROAD.test(char) ? 0.85 : 0.7;
  return round(ems);
}
