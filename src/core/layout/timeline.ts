/**
 * The timeline of `<output-vs-outcome>`: output columns and the outcome line on one time axis,
 * both indexed to 100 at the start of their common window. Pure: numbers in, pixels out.
 */
import { relativeChange, type Comparison } from '../compare.js';
import { toTime } from '../dates.js';
import { linear, niceTicks, round } from './scale.js';

/** A value as an index of its first value: 100 at the start of the window, 150 after +50%. */
export function indexed(first: number, value: number): number {
  // The same relative change as the verdict uses, so a negative start (NPS, profit) still rises
  // when it improves.
  return 100 * (1 + relativeChange(first, value));
}

/** Room for the axes, in pixels; the quadrant uses the same frame. */
export const PLOT_MARGIN = { top: 12, right: 12, bottom: 28, left: 40 };

/** The timeline as pixels: output columns, outcome line, target, axes ticks. */
export interface TimelineLayout {
  width: number;
  height: number;
  bars: { x: number; y: number; width: number; height: number }[];
  /** Points of the outcome line, one per aligned point. */
  line: { x: number; y: number }[];
  path: string;
  /** y of the index-100 line. */
  base: number;
  /** y of the outcome's target, indexed, when it has one in view. */
  target?: number;
  yTicks: { y: number; value: number }[];
  xTicks: { x: number; index: number }[];
}

/** Lays out the comparison's aligned points in a box; `target` is the outcome's target value. */
export function timelineLayout(
  c: Comparison,
  width: number,
  height: number,
  target: number | undefined,
  rtl = false,
): TimelineLayout {
  const m = PLOT_MARGIN;
  const n = c.points.length;
  const first = c.points[0];
  const out = c.points.map((p) => indexed(first.output, p.output));
  const inc = c.points.map((p) => indexed(first.outcome, p.outcome));
  const targetIndex = target !== undefined ? indexed(first.outcome, target) : undefined;
  const all = [100, ...out, ...inc, ...(targetIndex !== undefined ? [targetIndex] : [])];
  let lo = Math.min(0, ...all);
  let hi = Math.max(...all);
  if (hi === lo) hi = lo + 1;
  hi += (hi - lo) * 0.05;
  lo = Math.min(lo, 0);
  const times = c.points.map((p) => toTime(p.date) ?? 0);
  const left = rtl ? width - m.right : m.left;
  const right = rtl ? m.left : width - m.right;
  const slot = (width - m.left - m.right) / Math.max(1, n);
  const x = linear(
    times[0],
    times[n - 1],
    left + (rtl ? -slot / 2 : slot / 2),
    right + (rtl ? slot / 2 : -slot / 2),
  );
  const y = linear(lo, hi, height - m.bottom, m.top);
  const barWidth = Math.max(1, round(slot * 0.6));
  const bars = out.map((v, i) => {
    const top = y(Math.max(v, 0));
    return { x: round(x(times[i]) - barWidth / 2), y: top, width: barWidth, height: round(y(0) - top) };
  });
  const line = inc.map((v, i) => ({ x: x(times[i]), y: y(v) }));
  const ticks = niceTicks(lo, hi, 4);
  const xTicks = [0, Math.floor((n - 1) / 2), n - 1]
    .filter((v, i, a) => a.indexOf(v) === i)
    .map((i) => ({ x: x(times[i]), index: i }));
  return {
    width,
    height,
    bars,
    line,
    path: line.map((p, i) => `${i ? 'L' : 'M'}${p.x},${p.y}`).join(''),
    base: y(100),
    target: targetIndex !== undefined ? y(targetIndex) : undefined,
    yTicks: ticks.map((t) => ({ y: y(t), value: t })),
    xTicks,
  };
}
