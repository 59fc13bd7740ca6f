import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { quadrantLayout, quadrantOf } from '../../../src/core/layout/quadrant.js';
import type { OutcomeNode } from '../../../src/core/schema.js';
import { buildOutcomeTree, type OutcomeTreeNode } from '../../../src/core/tree.js';

/** Outcomes with the given outcome progress, each above one output with the given delivery. */
function outcomes(...measures: [outcome: number, delivery: number][]): OutcomeTreeNode[] {
  const nodes: OutcomeNode[] = measures.flatMap(([outcome, delivery], i): OutcomeNode[] => [
    { id: `o${i}`, type: 'outcome', title: `Outcome number ${i}`, progress: outcome },
    { id: `w${i}`, parent: `o${i}`, type: 'output', title: `Work ${i}`, progress: delivery },
  ]);
  return buildOutcomeTree({ version: 1, metrics: [], nodes }).roots;
}

type Box = { x0: number; x1: number; y0: number; y1: number };
const CHAR = 6.9;
const labelBox = (l: { x: number; y: number; anchor: 'start' | 'end'; chars: number }): Box => {
  const w = l.chars * CHAR;
  return {
    x0: l.anchor === 'start' ? l.x : l.x - w,
    x1: l.anchor === 'start' ? l.x + w : l.x,
    y0: l.y - 10,
    y1: l.y + 3,
  };
};
const overlap = (a: Box, b: Box) => a.x0 < b.x1 && b.x0 < a.x1 && a.y0 < b.y1 && b.y0 < a.y1;

describe('quadrantLayout', () => {
  it('names each point by quadrant id, from delivery and outcome progress, and counts each corner', () => {
    const g = quadrantLayout(outcomes([0.9, 0.9], [0.1, 0.9], [0.9, 0.1], [0.1, 0.1], [0.8, 0.7]), 480, 280);
    assert.deepEqual(Object.fromEntries(g.points.map((p) => [p.node.id, p.quadrant])), {
      o0: 'impact',
      o1: 'output-only',
      o2: 'outcome-only',
      o3: 'not-started',
      o4: 'impact',
    });
    assert.deepEqual(Object.fromEntries(g.corners.map((c) => [c.quadrant, c.count])), {
      impact: 2,
      'output-only': 1,
      'outcome-only': 1,
      'not-started': 1,
    });
  });

  it('counts 50% as high and draws a point on a divider on that side of it', () => {
    assert.equal(quadrantOf(0.5, 0.5), 'impact');
    for (const rtl of [false, true]) {
      const g = quadrantLayout(outcomes([0.5, 0.5]), 480, 280, rtl);
      const [p] = g.points;
      assert.ok(rtl ? p.x < g.frame.midX : p.x > g.frame.midX, `x on the high side (rtl: ${rtl})`);
      assert.ok(p.y < g.frame.midY, 'y on the high side');
    }
  });

  it('has ticks at 0, 50% and 100% on both axes', () => {
    const g = quadrantLayout(outcomes([0.2, 0.4]), 480, 280);
    assert.deepEqual(
      g.xTicks.map((t) => t.value),
      [0, 0.5, 1],
    );
    assert.deepEqual(
      g.yTicks.map((t) => t.value),
      [0, 0.5, 1],
    );
    assert.ok(g.yTicks[0].y > g.yTicks[2].y, 'outcome progress grows upward');
  });

  it('leaves out nodes without both measures, and clamps progress past the ends', () => {
    const nodes = outcomes([1.5, 1]);
    const [unmeasured] = buildOutcomeTree({
      version: 1,
      metrics: [],
      nodes: [{ id: 'u', type: 'outcome', title: 'Unmeasured' }],
    }).roots;
    const g = quadrantLayout([...nodes, unmeasured], 480, 280);
    assert.deepEqual(
      g.points.map((p) => p.node.id),
      ['o0'],
    );
    assert.equal(quadrantLayout(outcomes([1, 1]), 480, 280).points[0].y, g.points[0].y);
  });

  it('mirrors delivery in right-to-left layouts', () => {
    const nodes = outcomes([0.5, 0.2]);
    const ltr = quadrantLayout(nodes, 480, 280).points[0];
    const rtl = quadrantLayout(nodes, 480, 280, true).points[0];
    assert.equal(rtl.y, ltr.y);
    assert.ok(ltr.x < 240 && rtl.x > 240, 'low delivery on the left, or on the right in RTL');
  });

  for (const width of [390, 480, 1280]) {
    it(`places labels that overlap nothing and stay in their quadrant, at ${width} px`, () => {
      const crowd = outcomes(
        ...Array.from({ length: 6 }, (_, i) => [0.55 + i * 0.05, 0.6 + (i % 3) * 0.05] as [number, number]),
        [0.1, 0.1],
        [0.9, 0.2],
      );
      const g = quadrantLayout(crowd, width, Math.max(280, width * 0.45), false, {
        impact: 10,
        'output-only': 26,
        'outcome-only': 26,
        'not-started': 19,
      });
      const labelled = g.points.filter((p) => p.label);
      assert.ok(labelled.length >= 3, `${labelled.length} labels`);
      const boxes = labelled.map((p) => labelBox(p.label!));
      boxes.forEach((a, i) => boxes.slice(i + 1).forEach((b) => assert.ok(!overlap(a, b), 'labels apart')));
      for (const p of g.points) {
        for (const b of boxes) {
          const dot = { x0: p.x - 5, x1: p.x + 5, y0: p.y - 5, y1: p.y + 5 };
          assert.ok(
            !overlap(dot, b) || labelBox(p.label ?? { x: -99, y: -99, anchor: 'start', chars: 0 }) === b,
            'clear of points',
          );
        }
      }
      for (const p of labelled) {
        const b = labelBox(p.label!);
        const east = p.x >= g.frame.midX;
        assert.ok(east ? b.x0 >= g.frame.midX : b.x1 <= g.frame.midX, `${p.node.title} stays on its side`);
        assert.ok(b.x0 >= g.frame.left && b.x1 <= g.frame.right, 'inside the frame');
      }
      // Corner labels sit outside the plot, so no point or label can cover them.
      for (const c of g.corners) assert.ok(c.y < g.frame.top || c.y > g.frame.bottom);
    });
  }
});
