import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { compareOutputToOutcome } from '../../../src/core/compare.js';
import { dateTicks, MIN_LINE_SPAN, timelineLayout } from '../../../src/core/layout/timeline.js';
import type { Metric } from '../../../src/core/schema.js';

const months = (values: number[]) =>
  values.map((v, i): [string, number] => [`2026-${String(i + 1).padStart(2, '0')}-01`, v]);
const pair = (output: number[], outcome: number[]) =>
  compareOutputToOutcome(
    { id: 'out', name: 'Out', kind: 'output', points: months(output) } satisfies Metric,
    { id: 'inc', name: 'Inc', kind: 'outcome', points: months(outcome) } satisfies Metric,
  );

/** How much of its panel's height the outcome line covers. */
const lineSpan = (g: ReturnType<typeof timelineLayout>) => {
  const ys = g.outcome.line.map((p) => p.y);
  return (Math.max(...ys) - Math.min(...ys)) / (g.outcome.bottom - g.outcome.top);
};

describe('timelineLayout', () => {
  it('draws output columns in the upper panel and the outcome line in the lower one, with the target', () => {
    const g = timelineLayout(pair([4, 6, 8], [40, 42, 44]), 480, 288, 50);
    assert.equal(g.output.bars.length, 3);
    assert.equal(g.outcome.path.match(/[ML]/g)?.length, 3);
    assert.ok(g.output.bottom < g.outcome.top, 'the panels do not overlap');
    for (const b of g.output.bars) assert.ok(b.y >= g.output.top && b.y + b.height <= g.output.bottom + 0.1);
    for (const p of g.outcome.line) assert.ok(p.y >= g.outcome.top && p.y <= g.outcome.bottom);
    assert.ok(
      g.outcome.target !== undefined && g.outcome.target < g.outcome.line[2].y,
      'the target is above',
    );
  });

  it('keeps the outcome shape visible when the output grows 10× and the outcome 5%', () => {
    const g = timelineLayout(pair([10, 30, 50, 70, 100], [0.4, 0.405, 0.41, 0.415, 0.42]), 600, 288, 0.5);
    assert.ok(lineSpan(g) >= MIN_LINE_SPAN, `the line covers ${lineSpan(g)} of its panel`);
    assert.equal(g.outcome.target, undefined, 'a far target would flatten the line: it is named, not drawn');
    assert.equal(g.outcome.targetOff, 'above');
  });

  it('gives every value axis at least three round ticks, the top one at or above the data', () => {
    for (const [output, outcome] of [
      [
        [2, 800],
        [31, 45],
      ],
      [
        [0, 3],
        [0.02, 0.03],
      ],
      [
        [5, 5],
        [7, 7],
      ],
    ] as const) {
      const g = timelineLayout(pair([...output], [...outcome]), 600, 288, undefined);
      assert.ok(g.output.ticks.length >= 3 && g.outcome.ticks.length >= 3, `${output} / ${outcome}`);
      assert.ok(g.output.ticks.at(-1)!.value >= Math.max(...output));
      assert.ok(g.outcome.ticks.at(-1)!.value >= Math.max(...outcome));
    }
  });

  it('draws a negative start that improves as a rising line', () => {
    const g = timelineLayout(pair([4, 6, 8], [-20, -15, -10]), 480, 288, undefined);
    assert.ok(g.outcome.line[2].y < g.outcome.line[0].y);
  });

  it('runs time from right to left in right-to-left layouts, inside the frame', () => {
    const c = pair([1, 2, 3], [1, 2, 3]);
    const ltr = timelineLayout(c, 480, 288, undefined);
    const rtl = timelineLayout(c, 480, 288, undefined, true);
    assert.ok(rtl.outcome.line[0].x > rtl.outcome.line[2].x);
    assert.deepEqual(
      rtl.outcome.line.map((p) => p.y),
      ltr.outcome.line.map((p) => p.y),
    );
    for (const p of rtl.outcome.line) assert.ok(p.x > rtl.left && p.x < rtl.right);
  });
});

describe('dateTicks', () => {
  it('labels the first and last date, and at least three at 600 px', () => {
    const ticks = dateTicks(21, 540, 64);
    assert.equal(ticks[0], 0);
    assert.equal(ticks.at(-1), 20);
    assert.ok(ticks.length >= 3);
  });

  it('thins labels so that neighbours stay 1.5 label widths apart', () => {
    for (const width of [200, 320, 540, 1100]) {
      const ticks = dateTicks(21, width, 64);
      const px = (i: number) => (i / 20) * width;
      ticks.slice(1).forEach((t, k) => assert.ok(px(t) - px(ticks[k]) >= 64 * 1.2, `${width}px: ${ticks}`));
    }
  });
});
