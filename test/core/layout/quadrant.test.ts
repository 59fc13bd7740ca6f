import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { quadrantLayout } from '../../../src/core/layout/quadrant.js';
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

describe('quadrantLayout', () => {
  it('names each point by quadrant id, from delivery and outcome progress', () => {
    const points = quadrantLayout(outcomes([0.9, 0.9], [0.1, 0.9], [0.9, 0.1], [0.1, 0.1]), 480, 256);
    assert.deepEqual(Object.fromEntries(points.map((p) => [p.node.id, p.quadrant])), {
      o0: 'impact',
      o1: 'output-only',
      o2: 'outcome-only',
      o3: 'not-started',
    });
  });

  it('leaves out nodes without both measures, and clamps progress past the ends', () => {
    const nodes = outcomes([1.5, 1]);
    const [unmeasured] = buildOutcomeTree({
      version: 1,
      metrics: [],
      nodes: [{ id: 'u', type: 'outcome', title: 'Unmeasured' }],
    }).roots;
    const points = quadrantLayout([...nodes, unmeasured], 480, 256);
    assert.deepEqual(
      points.map((p) => p.node.id),
      ['o0'],
    );
    assert.equal(quadrantLayout(outcomes([1, 1]), 480, 256)[0].y, points[0].y);
  });

  it('mirrors delivery in right-to-left layouts', () => {
    const nodes = outcomes([0.5, 0.2]);
    const [ltr] = quadrantLayout(nodes, 480, 256);
    const [rtl] = quadrantLayout(nodes, 480, 256, true);
    assert.equal(rtl.y, ltr.y);
    assert.ok(ltr.x < 240 && rtl.x > 240, 'low delivery on the left, or on the right in RTL');
    assert.equal(rtl.anchor, 'end');
    assert.equal(ltr.anchor, 'start');
  });

  it('moves labels that would overlap down a line at a time', () => {
    const points = quadrantLayout(
      outcomes(...Array.from({ length: 4 }, () => [0.5, 0.5] as [number, number])),
      480,
      256,
    );
    const ys = points.map((p) => p.labelY).sort((a, b) => a - b);
    ys.slice(1).forEach((y, i) => assert.ok(y - ys[i] >= 13, `labels ${i} and ${i + 1}`));
  });
});
