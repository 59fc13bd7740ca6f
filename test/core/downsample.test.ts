import { expect } from '@open-wc/testing';
import fc from 'fast-check';
import { downsample, type Point } from '../../src/core/downsample.js';

/** Points at x = 0, 1, 2, … with these y values. */
function series(ys: readonly (number | null)[]): Point[] {
  return ys.map((y, x) => ({ x, y }));
}

/** Where each output point sits in the input (by identity), so cases read as index lists. */
function indices(input: readonly Point[], output: readonly Point[]): number[] {
  return output.map((p) => input.indexOf(p));
}

/** The number of separate pieces a line that breaks at null values draws. */
function pieces(points: readonly Point[]): number {
  let count = 0;
  points.forEach((p, i) => {
    if (p.y !== null && (i === 0 || points[i - 1].y === null)) count++;
  });
  return count;
}

describe('downsample: short series', () => {
  it('returns the same array when there are at most two points per column', () => {
    const input = series([3, 1, 4, 1]);
    expect(downsample(input, 2)).to.equal(input);
    expect(downsample(input, 5)).to.equal(input);
    const empty: Point[] = [];
    expect(downsample(empty, 1)).to.equal(empty);
  });

  it('returns a single point as it is', () => {
    const input = series([7]);
    expect(downsample(input, 1)).to.equal(input);
  });

  it('rounds fractional columns down and counts anything below 1 (or NaN) as 1', () => {
    const input = series([3, 1, 4, 1, 5, 9, 2, 6, 5, 3]);
    expect(downsample(input, 2.9)).to.deep.equal(downsample(input, 2));
    expect(downsample(input, 0)).to.deep.equal(downsample(input, 1));
    expect(downsample(input, -3)).to.deep.equal(downsample(input, 1));
    expect(downsample(input, Number.NaN)).to.deep.equal(downsample(input, 1));
    expect(downsample(input, Infinity)).to.equal(input);
  });
});

describe('downsample: min and max per column', () => {
  // With x = 0…9 and 2 columns, the buckets are x 0–4 and x 5–9.
  it('keeps the first, the extremes of each column and the last point, in x order', () => {
    const input = series([3, 1, 4, 1, 5, 9, 2, 6, 5, 3]);
    // Column 1: min 1 (x 1, the first of two), max 5 (x 4). Column 2: max 9 (x 5), min 2 (x 6).
    expect(indices(input, downsample(input, 2))).to.deep.equal([0, 1, 4, 5, 6, 9]);
  });

  it('keeps one point per column when all values are equal', () => {
    const input = series([4, 4, 4, 4, 4, 4, 4, 4, 4, 4]);
    expect(indices(input, downsample(input, 2))).to.deep.equal([0, 5, 9]);
  });

  it('handles negative values', () => {
    // x 0–7, 2 columns: x 0–3 and x 4–7.
    const input = series([-5, -9, -2, -7, -1, -8, -3, -6]);
    expect(indices(input, downsample(input, 2))).to.deep.equal([0, 1, 2, 4, 5, 7]);
  });

  it('puts every point in one column when all x are equal', () => {
    const input = [2, 7, -1, 7, -1].map((y) => ({ x: 3, y }));
    // The first, the first min (-1 at 2), the first max (7 at 1), the last.
    expect(indices(input, downsample(input, 1))).to.deep.equal([0, 1, 2, 4]);
    expect(indices(input, downsample(input, 2))).to.deep.equal([0, 1, 2, 4]);
  });

  it('splits columns by x, not by count', () => {
    // x 0, 1, 2, 3 and then 100: the first four share column 1 of 2, the last is alone.
    const input = [
      { x: 0, y: 5 },
      { x: 1, y: 0 },
      { x: 2, y: 9 },
      { x: 3, y: 4 },
      { x: 100, y: 1 },
    ];
    expect(indices(input, downsample(input, 2))).to.deep.equal([0, 1, 2, 4]);
  });

  it('keeps the output within two points per column plus the two ends on a long series', () => {
    const input = Array.from({ length: 100_000 }, (_, x) => ({ x, y: Math.sin(x / 50) * 100 + (x % 7) }));
    const output = downsample(input, 300);
    expect(output.length).to.be.at.most(2 * 300 + 2);
    expect(output.length).to.be.at.least(300);
    expect(output[0]).to.equal(input[0]);
    expect(output.at(-1)).to.equal(input.at(-1));
  });
});

describe('downsample: gaps', () => {
  it('keeps a gap at both edges, marked by the first and the last point', () => {
    const input = series([null, null, 2, 5, 1, 7, 3, 8, null, null]);
    const output = downsample(input, 2);
    expect(indices(input, output)).to.deep.equal([0, 3, 4, 6, 7, 9]);
    expect(output.map((p) => p.y)).to.deep.equal([null, 5, 1, 3, 8, null]);
  });

  it('keeps a gap at least one column wide, as one marker however many columns it spans', () => {
    // 3 columns of x 0–11, each 11/3 wide: x 0–3, 4–7, 8–11. The gap runs from x 1 to x 8.
    const input = series([1, 2, null, null, null, null, null, null, 3, 4, 5, 6]);
    const output = downsample(input, 3);
    expect(indices(input, output)).to.deep.equal([0, 1, 2, 8, 11]);
    expect(pieces(output)).to.equal(2);
  });

  it('keeps a gap exactly one column wide', () => {
    // 2 columns of x 0–10, each 5 wide; values at x 2 and x 7 around a gap of width 5.
    const input = series([1, 1, 1, null, null, null, null, 1, 1, 1, 1]);
    expect(indices(input, downsample(input, 2))).to.deep.equal([0, 3, 7, 10]);
  });

  it('closes a gap narrower than a column, which would not show at this size', () => {
    // 2 columns 4.5 wide; the gap between x 1 and x 3 is 2 wide.
    const input = series([5, 0, null, 9, 5, 5, 5, 5, 5, 5]);
    const output = downsample(input, 2);
    expect(indices(input, output)).to.deep.equal([0, 1, 3, 5, 9]);
    expect(pieces(output)).to.equal(1);
  });

  it('draws a long series with scattered missing samples as one line', () => {
    // One missing sample in 200, 1,000,000 points, 300 columns: every column has some.
    const input = Array.from({ length: 1_000_000 }, (_, x) => ({
      x,
      y: x % 200 === 7 ? null : Math.sin(x / 1e4),
    }));
    const output = downsample(input, 300);
    expect(output.every((p) => p.y !== null)).to.equal(true);
    expect(pieces(output)).to.equal(1);
  });

  it('brings an all-null series down to its first and last points', () => {
    const input = series([null, null, null, null, null, null]);
    expect(indices(input, downsample(input, 2))).to.deep.equal([0, 5]);
  });
});

// ---------------------------------------------------------------------------------------------
// Properties

/** Sorted series with repeated x values, ties in y, runs of nulls, and integer or fractional values. */
const seriesArb = fc
  .array(
    fc.record({
      dx: fc.oneof(
        fc.constant(0),
        fc.integer({ min: 1, max: 3 }),
        fc.double({ min: 0.001, max: 1e6, noNaN: true }),
      ),
      y: fc.option(
        fc.oneof(fc.integer({ min: -20, max: 20 }), fc.double({ min: -1e9, max: 1e9, noNaN: true })),
        { nil: null, freq: 4 },
      ),
    }),
    { maxLength: 300 },
  )
  .chain((steps) =>
    fc.double({ min: -1e12, max: 1e12, noNaN: true }).map((start) => {
      let x = start;
      return steps.map(({ dx, y }) => ({ x: (x += dx), y }));
    }),
  );

const columnsArb = fc.integer({ min: 1, max: 40 });

/** The input index of every output point, asserting the output is a subsequence (same objects, in order). */
function positions(input: readonly Point[], output: readonly Point[]): number[] {
  const at: number[] = [];
  let from = 0;
  for (const p of output) {
    const i = input.indexOf(p, from);
    expect(i, 'an output point missing from the input, or out of order').to.be.at.least(0);
    at.push(i);
    from = i + 1;
  }
  return at;
}

describe('downsample: properties', () => {
  it('returns a subsequence of the input, in order', () => {
    fc.assert(
      fc.property(seriesArb, columnsArb, (input, columns) => {
        positions(input, downsample(input, columns));
      }),
    );
  });

  it('keeps at most 2 values per column plus the two ends, and never two gap markers in a row', () => {
    fc.assert(
      fc.property(seriesArb, columnsArb, (input, columns) => {
        const output = downsample(input, columns);
        const markers = output.filter((p) => p.y === null).length;
        expect(output.length).to.be.at.most(2 * columns + 2 + markers);
        const allNull = input.every((p) => p.y === null);
        if (output !== input && !allNull) {
          for (let i = 1; i < output.length; i++) expect(output[i - 1].y ?? output[i].y).not.to.equal(null);
        }
      }),
    );
  });

  it('keeps the first and the last point', () => {
    fc.assert(
      fc.property(seriesArb, columnsArb, (input, columns) => {
        const output = downsample(input, columns);
        expect(output[0]).to.equal(input[0]);
        expect(output.at(-1)).to.equal(input.at(-1));
      }),
    );
  });

  it('keeps the global min and max, and the min and max of every column', () => {
    fc.assert(
      fc.property(seriesArb, columnsArb, (input, columns) => {
        const output = downsample(input, columns);
        const values = (points: readonly Point[]) =>
          points.flatMap((p) => (p.y === null ? [] : [p.y])).sort((a, b) => a - b);
        const all = values(input);
        const kept = values(output);
        expect(kept[0]).to.equal(all[0]);
        expect(kept.at(-1)).to.equal(all.at(-1));
        if (output === input || input.length === 0) return;
        // Recompute the columns the obvious way and compare their extremes.
        const x0 = input[0].x;
        const span = input[input.length - 1].x - x0;
        const column = (p: Point) =>
          span > 0 && Number.isFinite(columns / span)
            ? Math.min(columns - 1, Math.floor((p.x - x0) * (columns / span)))
            : 0;
        for (let c = 0; c < columns; c++) {
          const inColumn = values(input.filter((p) => column(p) === c));
          const keptInColumn = values(output.filter((p) => column(p) === c));
          expect(keptInColumn[0]).to.equal(inColumn[0]);
          expect(keptInColumn.at(-1)).to.equal(inColumn.at(-1));
        }
      }),
    );
  });

  it('keeps a gap between two kept values exactly when the input has one at least a column wide', () => {
    fc.assert(
      fc.property(seriesArb, columnsArb, (input, columns) => {
        const output = downsample(input, columns);
        if (output === input) return;
        const at = positions(input, output);
        const span = input[input.length - 1].x - input[0].x;
        const scale = columns / span > 0 && Number.isFinite(columns / span) ? columns / span : 0;
        /** Whether the input has a null run with values at least a column apart around it, between i and j. */
        const wideGap = (i: number, j: number) => {
          let last = i;
          for (let k = i + 1; k <= j; k++) {
            if (input[k].y === null) continue;
            if (k - last > 1 && (input[k].x - input[last].x) * scale >= 1) return true;
            last = k;
          }
          return false;
        };
        let previous = -1; // Position in the output of the last value seen.
        for (let k = 0; k < output.length; k++) {
          if (output[k].y === null) continue;
          if (previous >= 0) {
            const outputGap = k - previous > 1;
            const where = `between x ${output[previous].x} and ${output[k].x}`;
            expect(outputGap, where).to.equal(wideGap(at[previous], at[k]));
          }
          previous = k;
        }
        expect(pieces(output)).to.be.at.most(pieces(input));
      }),
    );
  });

  it('marks nulls at the start and the end of the series', () => {
    fc.assert(
      fc.property(seriesArb, columnsArb, (input, columns) => {
        const output = downsample(input, columns);
        if (input.length && input[0].y === null) expect(output[0].y).to.equal(null);
        if (input.length && input[input.length - 1].y === null) expect(output.at(-1)?.y).to.equal(null);
      }),
    );
  });

  it('returns a subsequence without stalling on unsorted or NaN x values', () => {
    const x = fc.oneof(fc.double(), fc.constant(Number.NaN), fc.constant(-Infinity));
    const y = fc.option(fc.integer(), { nil: null });
    fc.assert(
      fc.property(fc.array(fc.record({ x, y }), { maxLength: 100 }), columnsArb, (input, columns) => {
        positions(input, downsample(input, columns));
      }),
    );
  });

  it('gives the same result when applied twice with the same columns', () => {
    fc.assert(
      fc.property(seriesArb, columnsArb, (input, columns) => {
        const once = downsample(input, columns);
        expect(downsample(once, columns)).to.have.ordered.members(once);
      }),
    );
  });
});
