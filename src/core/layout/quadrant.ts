/**
 * The quadrant of `<output-vs-outcome>`: every outcome placed by delivery (x) against outcome
 * progress (y), with axis ticks, the four corner labels, and point labels placed where they
 * collide with nothing and stay in their own quadrant. Pure: nodes in, pixels and quadrant ids out.
 */
import type { OutcomeTreeNode } from '../tree.js';
import { clamp01, linear, round } from './scale.js';

/** Which quadrant a point is in. */
export type Quadrant = 'impact' | 'output-only' | 'outcome-only' | 'not-started';

/**
 * Room around the plot, in pixels: the corner labels sit outside it (above the top quadrants,
 * below the bottom ones) so that no point can hide them; ticks and axis titles left and below.
 */
export const QUADRANT_MARGIN = { top: 22, right: 8, bottom: 58, left: 56 };

/** Estimated text metrics at the chart's 11 px: the average advance of a character, plain and bold. */
const CHAR = 6.9;
const BOLD_CHAR = 7.4;
/** A point on a divider is drawn this far to the side it counts on (at 50% it is "high"). */
const NUDGE = 4;

/** An outcome node placed by delivery (x) and outcome progress (y). */
export interface QuadrantPoint {
  node: OutcomeTreeNode;
  x: number;
  y: number;
  quadrant: Quadrant;
  /** Where its label goes; absent when no free place fits it (the tooltip and table still say it). */
  label?: { x: number; y: number; anchor: 'start' | 'end'; chars: number };
}

/** A corner label ("Impact · 3"): its quadrant and where it goes. */
export interface QuadrantCorner {
  quadrant: Quadrant;
  count: number;
  x: number;
  y: number;
  anchor: 'start' | 'end';
}

/** The whole quadrant as pixels. */
export interface QuadrantLayout {
  width: number;
  height: number;
  frame: { left: number; right: number; top: number; bottom: number; midX: number; midY: number };
  /** Laid out right to left: delivery grows leftwards, and the outcome axis stands on the right. */
  rtl: boolean;
  /** Delivery ticks (x) and outcome-progress ticks (y), at 0, 50% and 100%. */
  xTicks: { x: number; value: number }[];
  yTicks: { y: number; value: number }[];
  corners: QuadrantCorner[];
  /** In data order: by delivery, then outcome progress. */
  points: QuadrantPoint[];
}

interface Box {
  x0: number;
  x1: number;
  y0: number;
  y1: number;
}

const overlaps = (a: Box, b: Box) => a.x0 < b.x1 && b.x0 < a.x1 && a.y0 < b.y1 && b.y0 < a.y1;
const inside = (a: Box, b: Box) => a.x0 >= b.x0 && a.x1 <= b.x1 && a.y0 >= b.y0 && a.y1 <= b.y1;

/** The quadrant of a point, by its two measures (50% counts as high). */
export function quadrantOf(delivery: number, outcome: number): Quadrant {
  if (delivery >= 0.5) return outcome >= 0.5 ? 'impact' : 'output-only';
  return outcome >= 0.5 ? 'outcome-only' : 'not-started';
}

/**
 * Places every outcome node that has both measures in a `width` × `height` box (mirrored for
 * right-to-left); `cornerChars` is the length of each corner label, to keep point labels clear.
 */
export function quadrantLayout(
  nodes: readonly OutcomeTreeNode[],
  width: number,
  height: number,
  rtl = false,
  cornerChars: Partial<Record<Quadrant, number>> = {},
): QuadrantLayout {
  const m = QUADRANT_MARGIN;
  // The outcome axis (its ticks and title, in the wide margin) stands where delivery starts.
  const frame = {
    left: rtl ? m.right : m.left,
    right: width - (rtl ? m.left : m.right),
    top: m.top,
    bottom: height - m.bottom,
    midX: 0,
    midY: 0,
  };
  const inset = 10; // so points at 0 or 1 sit inside the frame, not on it
  const [x0, x1] = [frame.left + inset, frame.right - inset];
  const x = rtl ? linear(0, 1, x1, x0) : linear(0, 1, x0, x1);
  const y = linear(0, 1, frame.bottom - inset, frame.top + inset);
  frame.midX = x(0.5);
  frame.midY = y(0.5);
  const high = rtl ? -1 : 1;

  const points: QuadrantPoint[] = nodes
    .filter((n) => n.type === 'outcome' && n.outputProgress !== undefined && n.outcomeProgress !== undefined)
    .map((node) => {
      const dx = clamp01(node.outputProgress!);
      const dy = clamp01(node.outcomeProgress!);
      return {
        node,
        x: round(x(dx) + (dx === 0.5 ? high * NUDGE : 0)),
        y: round(y(dy) - (dy === 0.5 ? NUDGE : 0)),
        quadrant: quadrantOf(dx, dy),
      };
    })
    .sort(
      (a, b) =>
        a.node.outputProgress! - b.node.outputProgress! || a.node.outcomeProgress! - b.node.outcomeProgress!,
    );

  // Quadrant boxes (physical), each with its corner label in its outer corner.
  const westEast: Quadrant[][] = rtl
    ? [
        ['impact', 'outcome-only'],
        ['output-only', 'not-started'],
      ]
    : [
        ['outcome-only', 'impact'],
        ['not-started', 'output-only'],
      ];
  const areas = new Map<Quadrant, Box>();
  const corners: QuadrantCorner[] = [];
  const taken: Box[] = [];
  westEast.forEach(([west, east], row) => {
    const [top, bottom] = row === 0 ? [frame.top, frame.midY] : [frame.midY, frame.bottom];
    areas.set(west, { x0: frame.left, x1: frame.midX, y0: top, y1: bottom });
    areas.set(east, { x0: frame.midX, x1: frame.right, y0: top, y1: bottom });
    const cy = row === 0 ? frame.top - 8 : frame.bottom + 14;
    for (const [quadrant, cx, anchor] of [
      [west, frame.left + 6, 'start'],
      [east, frame.right - 6, 'end'],
    ] as const) {
      const count = points.filter((p) => p.quadrant === quadrant).length;
      corners.push({ quadrant, count, x: cx, y: cy, anchor });
      const w = (cornerChars[quadrant] ?? 16) * BOLD_CHAR;
      taken.push({
        x0: anchor === 'start' ? cx : cx - w,
        x1: anchor === 'start' ? cx + w : cx,
        y0: cy - 11,
        y1: cy + 3,
      });
    }
  });
  for (const p of points) taken.push({ x0: p.x - 6, x1: p.x + 6, y0: p.y - 6, y1: p.y + 6 });

  // Labels, in order of their points: the first free place of right, left, above, below, in the
  // point's own quadrant; whole titles first, then shortened to the room there (6 characters or more).
  for (const p of points) {
    for (const whole of [true, false]) if (!p.label) placeLabel(p, whole);
  }

  function placeLabel(p: QuadrantPoint, whole: boolean): void {
    const area = areas.get(p.quadrant)!;
    const full = p.node.title.length;
    const fit = (room: number) => Math.min(full, Math.floor(room / CHAR));
    const across = fit(area.x1 - area.x0 - 4);
    const candidates = [
      { chars: fit(area.x1 - p.x - 11), x: p.x + 9, y: p.y + 4, anchor: 'start' as const },
      { chars: fit(p.x - area.x0 - 11), x: p.x - 9, y: p.y + 4, anchor: 'end' as const },
      { chars: across, x: p.x, y: p.y - 10, anchor: 'start' as const },
      { chars: across, x: p.x, y: p.y + 18, anchor: 'start' as const },
    ];
    for (const [k, c] of candidates.entries()) {
      if (c.chars < (whole ? full : Math.min(6, full))) continue;
      const w = c.chars * CHAR;
      // Above and below: centred on the point, held inside the quadrant.
      const x = k < 2 ? c.x : Math.min(Math.max(p.x - w / 2, area.x0 + 2), area.x1 - 2 - w);
      const box = {
        x0: c.anchor === 'start' ? x : x - w,
        x1: c.anchor === 'start' ? x + w : x,
        y0: c.y - 10,
        y1: c.y + 3,
      };
      if (inside(box, area) && !taken.some((t) => overlaps(t, box))) {
        p.label = { x: round(x), y: round(c.y), anchor: c.anchor, chars: c.chars };
        taken.push(box);
        return;
      }
    }
  }

  const ticks = [0, 0.5, 1];
  return {
    width,
    height,
    frame,
    rtl,
    xTicks: ticks.map((value) => ({ x: x(value), value })),
    yTicks: ticks.map((value) => ({ y: y(value), value })),
    corners,
    points,
  };
}
