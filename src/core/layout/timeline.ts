/**
 * The timeline of `<output-vs-outcome>`: two panels on one time axis, output columns above and the
 * outcome line below, each on its own scale in its own unit, so that the outcome's shape reads
 * however much more the output grew. Pure: numbers in, pixels out.
 */
import type { Comparison } from '../compare.js';
import { toTime } from '../dates.js';
import { linear, niceDomain, round } from './scale.js';

/** Room for the axes, in pixels. */
export const PLOT_MARGIN = { top: 12, right: 12, bottom: 28, left: 48 };

/** Height of a panel's title line, above the panel. */
const PANEL_TITLE = 18;
/** Space between the two panels. */
const PANEL_GAP = 10;
/** Share of the plot height the output columns get; the outcome line gets the rest. */
const OUTPUT_SHARE = 0.4;
/** The outcome line keeps at least this share of its panel's height while it changes at all. */
export const MIN_LINE_SPAN = 1 / 3;

/** One panel: its box, its value ticks and where its title goes. */
export interface TimelinePanel {
  top: number;
  bottom: number;
  /** Baseline of the panel's title (the metric's name, in its unit). */
  titleY: number;
  ticks: { y: number; value: number }[];
}

/** The timeline as pixels: output columns, outcome line, target, axes ticks. */
export interface TimelineLayout {
  width: number;
  height: number;
  /** The plot's left and right edges (physical, in either reading direction). */
  left: number;
  right: number;
  output: TimelinePanel & { bars: { x: number; y: number; width: number; height: number }[] };
  outcome: TimelinePanel & {
    /** Points of the outcome line, one per aligned point. */
    line: { x: number; y: number }[];
    path: string;
    /** y of the outcome's target, when it fits the panel without flattening the line. */
    target?: number;
    /** Where the target is when it does not fit: above or below the panel. */
    targetOff?: 'above' | 'below';
  };
  /** Dates to label, by aligned point: the ends, and evenly spaced ones that fit between them. */
  xTicks: { x: number; index: number }[];
  /** Delivery markers inside the window: x, and the position in the `marks` given. */
  marks: { x: number; index: number }[];
}

/**
 * Lays out the comparison's aligned points in a box; `target` is the outcome's target value and
 * `labelWidth` the room one date label needs (so narrow charts label fewer dates).
 */
export function timelineLayout(
  c: Comparison,
  width: number,
  height: number,
  target: number | undefined,
  rtl = false,
  labelWidth = 64,
  /** Times (epoch ms) of delivery markers. */
  marks: readonly number[] = [],
): TimelineLayout {
  const m = PLOT_MARGIN;
  const n = c.points.length;
  const times = c.points.map((p) => toTime(p.date) ?? 0);
  const [left, right] = [m.left, width - m.right];
  const slot = (right - left) / Math.max(1, n);
  const [start, end] = rtl ? [right - slot / 2, left + slot / 2] : [left + slot / 2, right - slot / 2];
  const x = linear(times[0], times[n - 1], start, end);

  const plotTop = m.top + PANEL_TITLE;
  const plotBottom = height - m.bottom;
  const usable = plotBottom - plotTop - PANEL_GAP - PANEL_TITLE;
  const outputBottom = plotTop + usable * OUTPUT_SHARE;
  const outcomeTop = outputBottom + PANEL_GAP + PANEL_TITLE;

  // Output: columns from zero, the top tick at or above the tallest column.
  const outputs = c.points.map((p) => p.output);
  const od = niceDomain(Math.min(0, ...outputs), Math.max(0, ...outputs), 3);
  const oy = linear(od.lo, od.hi, outputBottom, plotTop);
  const barWidth = Math.max(1, round(Math.min(slot * 0.6, 24)));
  const bars = outputs.map((v, i) => {
    const [a, b] = [oy(Math.max(v, 0)), oy(Math.min(v, 0))];
    return { x: round(x(times[i]) - barWidth / 2), y: a, width: barWidth, height: round(b - a) };
  });

  // Outcome: its own range, so its shape fills the panel; the target joins the range only where
  // it leaves the line at least a third of the panel.
  const outcomes = c.points.map((p) => p.outcome);
  const [lo, hi] = [Math.min(...outcomes), Math.max(...outcomes)];
  let domain = niceDomain(lo, hi, 4);
  let targetOff: 'above' | 'below' | undefined;
  if (target !== undefined && (target < domain.lo || target > domain.hi)) {
    const withTarget = niceDomain(Math.min(lo, target), Math.max(hi, target), 4);
    if (hi === lo || (hi - lo) / (withTarget.hi - withTarget.lo) >= MIN_LINE_SPAN) domain = withTarget;
    else targetOff = target > hi ? 'above' : 'below';
  }
  const iy = linear(domain.lo, domain.hi, plotBottom, outcomeTop);
  const line = outcomes.map((v, i) => ({ x: x(times[i]), y: iy(v) }));

  return {
    width,
    height,
    left,
    right,
    output: {
      top: plotTop,
      bottom: round(outputBottom),
      titleY: plotTop - 6,
      ticks: od.ticks.map((t) => ({ y: oy(t), value: t })),
      bars,
    },
    outcome: {
      top: round(outcomeTop),
      bottom: plotBottom,
      titleY: round(outcomeTop - 6),
      ticks: domain.ticks.map((t) => ({ y: iy(t), value: t })),
      line,
      path: line.map((p, i) => `${i ? 'L' : 'M'}${p.x},${p.y}`).join(''),
      target: target !== undefined && !targetOff ? iy(target) : undefined,
      targetOff,
    },
    xTicks: dateTicks(n, right - left, labelWidth).map((i) => ({ x: x(times[i]), index: i })),
    marks: marks.flatMap((time, index) =>
      time >= times[0] && time <= times[n - 1] ? [{ x: x(time), index }] : [],
    ),
  };
}

/**
 * Which aligned points get a date label: every `step`-th from the first, and the last, spaced so
 * that no two labels touch. The outer labels are anchored inward (a whole label's width beside
 * their point), the others centred, so neighbours need 1.5 label widths between them. A chart
 * 600 px wide has room for at least three.
 */
export function dateTicks(count: number, plotWidth: number, labelWidth: number): number[] {
  if (count <= 2) return [...Array(count).keys()];
  const room = Math.max(2, Math.floor(plotWidth / (1.5 * labelWidth)) + 1);
  const step = Math.ceil((count - 1) / (room - 1));
  const picked: number[] = [];
  for (let i = 0; i < count - 1; i += step) picked.push(i);
  // The last date always shows; the one before it gives way when it would crowd it.
  if (count - 1 - picked[picked.length - 1] < step * 0.75 && picked.length > 1) picked.pop();
  picked.push(count - 1);
  return picked;
}
