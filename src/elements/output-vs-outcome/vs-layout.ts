/**
 * Geometry for `<output-vs-outcome>`: the indexed timeline and the quadrant. Pure: numbers in,
 * pixels and quadrant ids out; the words are in `output-vs-outcome.text.ts`.
 */
import { relativeChange, type Comparison } from '../../core/compare.js';
import { toTime } from '../../core/dates.js';
import type { OutcomeTreeNode } from '../../core/tree.js';

const round = (n: number) => Math.round(n * 10) / 10;
const linear = (d0: number, d1: number, r0: number, r1: number) => (v: number) =>
  d1 === d0 ? round((r0 + r1) / 2) : round(r0 + ((v - d0) / (d1 - d0)) * (r1 - r0));

/** A value as an index of its first value: 100 at the start of the window, 150 after +50%. */
export function indexed(first: number, value: number): number {
  // The same relative change as the verdict uses, so a negative start (NPS, profit) still rises
  // when it improves.
  return 100 * (1 + relativeChange(first, value));
}

/** Room for the axes, in pixels. */
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

/** About `count` round numbers spanning lo..hi. */
export function niceTicks(lo: number, hi: number, count: number): number[] {
  const raw = (hi - lo) / count;
  const power = 10 ** Math.floor(Math.log10(raw));
  const step = [1, 2, 5, 10].map((s) => s * power).find((s) => s >= raw) ?? raw;
  const ticks: number[] = [];
  for (let t = Math.ceil(lo / step) * step; t <= hi + 1e-9; t += step) ticks.push(Math.round(t * 1e6) / 1e6);
  return ticks;
}

/** Which quadrant a point is in. */
export type Quadrant = 'impact' | 'output-only' | 'outcome-only' | 'not-started';

/** An outcome node placed by delivery (x) and outcome progress (y). */
export interface QuadrantPoint {
  node: OutcomeTreeNode;
  x: number;
  y: number;
  quadrant: Quadrant;
  /** Where its label goes, moved down past labels it would overlap. */
  labelX: number;
  labelY: number;
  anchor: 'start' | 'end';
}

/** Places every outcome node that has both measures; labels pushed apart so none overlap. */
export function quadrantLayout(
  nodes: readonly OutcomeTreeNode[],
  width: number,
  height: number,
  rtl = false,
): QuadrantPoint[] {
  const m = PLOT_MARGIN;
  const inset = 10; // so points at 0 or 1 sit inside the frame, not on it
  const [x0, x1] = [m.left + inset, width - m.right - inset];
  const x = rtl ? linear(0, 1, x1, x0) : linear(0, 1, x0, x1);
  const y = linear(0, 1, height - m.bottom - inset, m.top + inset);
  const placed: QuadrantPoint[] = nodes
    .filter((n) => n.type === 'outcome' && n.outputProgress !== undefined && n.outcomeProgress !== undefined)
    .map((node) => {
      const dx = clamp01(node.outputProgress!);
      const dy = clamp01(node.outcomeProgress!);
      const quadrant: Quadrant =
        dx >= 0.5 ? (dy >= 0.5 ? 'impact' : 'output-only') : dy >= 0.5 ? 'outcome-only' : 'not-started';
      const px = x(dx);
      // Labels go toward the middle, so they stay inside the plot (anchors are physical: the
      // drawing is left-to-right even in right-to-left pages, and mirrored by `x`).
      const anchor: 'start' | 'end' = px > width / 2 ? 'end' : 'start';
      return {
        node,
        x: px,
        y: y(dy),
        quadrant,
        labelX: px + (px > width / 2 ? -1 : 1) * 8,
        labelY: y(dy) + 4,
        anchor,
      };
    })
    .sort((a, b) => a.y - b.y || a.x - b.x);
  // Greedy: a label that would overlap one already placed moves down a line at a time.
  const LINE = 13;
  const boxes: { x0: number; x1: number; y: number }[] = [];
  for (const p of placed) {
    const w = Math.min(160, p.node.title.length * 6.2);
    const x0 = p.anchor === 'start' ? p.labelX : p.labelX - w;
    const x1 = x0 + w;
    while (boxes.some((b) => b.x0 < x1 && x0 < b.x1 && Math.abs(b.y - p.labelY) < LINE)) p.labelY += LINE;
    boxes.push({ x0, x1, y: p.labelY });
  }
  return placed;
}

const clamp01 = (v: number) => Math.min(1, Math.max(0, v));
