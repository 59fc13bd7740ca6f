import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import fc from 'fast-check';
import { rowAt, rowsInView, rowTops } from '../../../src/core/layout/rows.js';

describe('rowTops, rowAt, rowsInView', () => {
  const heights = [40, 100, 40, 60];
  const tops = rowTops(heights.length, (i) => heights[i]);

  it('puts every row below the last, and ends at the total height', () => {
    assert.deepEqual([...tops], [0, 40, 140, 180, 240]);
  });

  it('finds the row at a position, clamped to the list', () => {
    assert.deepEqual(
      [-5, 0, 39.9, 40, 139, 140, 239, 500].map((y) => rowAt(tops, y)),
      [0, 0, 0, 1, 1, 2, 3, 3],
    );
  });

  it('gives the rows that meet a band, with overscan on both sides', () => {
    assert.deepEqual(rowsInView(tops, 50, 100, 0), { first: 1, last: 3 });
    assert.deepEqual(rowsInView(tops, 50, 100, 1), { first: 0, last: 4 });
    assert.deepEqual(
      rowsInView(
        rowTops(0, () => 1),
        0,
        100,
        2,
      ),
      { first: 0, last: 0 },
    );
  });

  it('always covers the band exactly, whatever the heights (property)', () => {
    fc.assert(
      fc.property(
        fc.array(fc.integer({ min: 1, max: 300 }), { minLength: 1, maxLength: 200 }),
        fc.nat(20_000),
        fc.integer({ min: 1, max: 2000 }),
        (hs, top, height) => {
          const t = rowTops(hs.length, (i) => hs[i]);
          const { first, last } = rowsInView(t, top, height, 0);
          for (let i = 0; i < hs.length; i++) {
            const meets = t[i] < top + height && t[i + 1] > top;
            const shown = i >= first && i < last;
            if (meets) assert.ok(shown, `row ${i} meets the band but is not shown`);
          }
          assert.ok(last - first <= hs.length);
        },
      ),
    );
  });
});
