import { expect } from '@open-wc/testing';
import { parseDocument } from '../../src/core/parse/index.js';
import type { MetricPoint } from '../../src/core/schema.js';
import { timesOf, valuesOf } from '../../src/core/times.js';

describe('core/times: the points as columns', () => {
  it('gives the times the parse found, in the order of the sorted points', () => {
    const points: MetricPoint[] = [
      ['2026-03-01', 3],
      ['2026-01-01T12:00:00+02:00', 1],
      [Date.UTC(2026, 1, 1), null],
    ];
    const { document } = parseDocument({
      version: 1,
      metrics: [{ id: 'm', name: 'M', kind: 'outcome', points }],
    });
    const sorted = document!.metrics[0].points;
    expect([...timesOf(sorted)]).to.deep.equal([
      Date.UTC(2026, 0, 1, 10),
      Date.UTC(2026, 1, 1),
      Date.UTC(2026, 2, 1),
    ]);
    expect([...valuesOf(sorted)]).to.deep.equal([1, NaN, 3]);
  });

  it('computes the times of points made by hand once, NaN for a date that is none', () => {
    const points: MetricPoint[] = [
      ['2026-01-01', 1],
      ['not a date' as never, 2],
    ];
    const times = timesOf(points);
    expect([...times]).to.deep.equal([Date.UTC(2026, 0, 1), NaN]);
    expect(timesOf(points)).to.equal(times);
  });
});
