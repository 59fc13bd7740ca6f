import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { compareOutputToOutcome } from '../../../src/core/compare.js';
import { indexed, PLOT_MARGIN, timelineLayout } from '../../../src/core/layout/timeline.js';
import type { Metric } from '../../../src/core/schema.js';

const months = (values: number[]) =>
  values.map((v, i): [string, number] => [`2026-${String(i + 1).padStart(2, '0')}-01`, v]);
const pair = (output: number[], outcome: number[]) =>
  compareOutputToOutcome(
    { id: 'out', name: 'Out', kind: 'output', points: months(output) } satisfies Metric,
    { id: 'inc', name: 'Inc', kind: 'outcome', points: months(outcome) } satisfies Metric,
  );

describe('indexed', () => {
  it('is 100 at the first value and follows the relative change, also from a negative start', () => {
    assert.equal(indexed(4, 4), 100);
    assert.equal(indexed(4, 6), 150);
    assert.equal(indexed(-20, -10), 150);
  });
});

describe('timelineLayout', () => {
  it('draws a column per output point and a line through every outcome point, with the target', () => {
    const g = timelineLayout(pair([4, 6, 8], [40, 42, 44]), 480, 256, 50);
    assert.equal(g.bars.length, 3);
    assert.equal(g.path.match(/[ML]/g)?.length, 3);
    assert.ok(g.target !== undefined && g.target < g.base, 'the target is above the index-100 line');
    assert.deepEqual(
      g.xTicks.map((t) => t.index),
      [0, 1, 2],
    );
  });

  it('indexes a negative start so that an improvement still rises', () => {
    const g = timelineLayout(pair([4, 6, 8], [-20, -15, -10]), 480, 256, undefined);
    assert.ok(g.line[2].y < g.line[0].y);
    assert.equal(g.target, undefined);
  });

  it('runs time from right to left in right-to-left layouts, inside the frame', () => {
    const c = pair([1, 2, 3], [1, 2, 3]);
    const ltr = timelineLayout(c, 480, 256, undefined);
    const rtl = timelineLayout(c, 480, 256, undefined, true);
    assert.ok(rtl.line[0].x > rtl.line[2].x);
    assert.deepEqual(
      rtl.line.map((p) => p.y),
      ltr.line.map((p) => p.y),
    );
    for (const p of rtl.line) assert.ok(p.x > PLOT_MARGIN.left && p.x < 480 - PLOT_MARGIN.right);
  });
});
