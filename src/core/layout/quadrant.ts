/**
 * The quadrant of `<output-vs-outcome>`: every outcome placed by delivery (x) against outcome
 * progress (y), labels pushed apart. Pure: nodes in, pixels and quadrant ids out.
 */
import type { OutcomeTreeNode } from '../tree.js';
import { clamp01, linear } from './scale.js';
import { PLOT_MARGIN } from './timeline.js';

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
