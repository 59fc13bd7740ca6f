import { expect } from '@open-wc/testing';
import type { Metric } from '../../src/core/schema.js';
import { nearestPoint, seriesOf, sparklineGeometry } from '../../src/core/layout/sparkline.js';
import { summarizeMetric } from '../../src/core/summary.js';

const metric = (extra: Partial<Metric> = {}): Metric => ({
  id: 'm',
  name: 'M',
  kind: 'outcome',
  points: [
    ['2026-01-01', 0],
    ['2026-01-02', 10],
    ['2026-01-03', 5],
  ],
  ...extra,
});
const box = { width: 100, height: 50 };

// Hand-computed: x spans 4..96 (inset 4); values 0..10 padded by 8% to -0.8..10.8 map to 46..4,
// so y(0) = 43.1, y(10) = 6.9, y(5) = 25.
describe('sparklineGeometry', () => {
  it('lays out line and area, the area down to zero when zero is in view', () => {
    const m = metric();
    const g = sparklineGeometry(m, summarizeMetric(m), box);
    expect(g.line).to.equal('M4,43.1L50,6.9L96,25');
    expect(g.area).to.equal('M4,43.1L50,6.9L96,25L96,43.1L50,43.1L4,43.1Z');
    expect(g.points).to.deep.equal([
      { x: 4, y: 43.1, index: 0 },
      { x: 50, y: 6.9, index: 1 },
      { x: 96, y: 25, index: 2 },
    ]);
    expect(g.target).to.equal(undefined);
    expect(g.forecast).to.equal(undefined);
  });

  it('mirrors time for right-to-left', () => {
    const m = metric();
    expect(sparklineGeometry(m, summarizeMetric(m), { ...box, rtl: true }).line).to.equal(
      'M96,43.1L50,6.9L4,25',
    );
  });

  // With target 20 by 2026-01-05: the least-squares line through (0, 0), (1, 10), (2, 5) has slope
  // 2.5 a day and reads 7.5 at the last point and 12.5 at the target date. Values 0..20 padded to
  // -1.6..21.6; x spans the data and the target date: day d at 4 + 23d.
  it('makes room for target, baseline and the forecast to the target date', () => {
    const m = metric({ target: { value: 20, date: '2026-01-05' } });
    const g = sparklineGeometry(m, summarizeMetric(m, { asOf: '2026-01-03' }), box);
    expect(g.points.map((p) => p.x)).to.deep.equal([4, 27, 50]);
    expect(g.target).to.deep.equal({ y: 6.9, value: 20 });
    expect(g.baseline).to.deep.equal({ y: 43.1, value: 0 });
    expect(g.forecast).to.deep.equal({ x1: 50, y1: 34.1, x2: 96, y2: 20.5 });
  });

  it('leaves out target and forecast when asked', () => {
    const m = metric({ target: { value: 20, date: '2026-01-05' } });
    const g = sparklineGeometry(m, summarizeMetric(m, { asOf: '2026-01-03' }), {
      ...box,
      target: false,
      forecast: false,
    });
    expect(g.target).to.equal(undefined);
    expect(g.baseline).to.equal(undefined);
    expect(g.forecast).to.equal(undefined);
    expect(g.line).to.equal('M4,43.1L50,6.9L96,25');
  });

  it('draws no forecast when the target date is already behind the last point', () => {
    const m = metric({ target: { value: 20, date: '2026-01-02' } });
    const g = sparklineGeometry(m, summarizeMetric(m, { asOf: '2026-01-03' }), box);
    expect(g.forecast).to.equal(undefined);
    expect(g.points.map((p) => p.x)).to.deep.equal([4, 50, 96]);
  });

  it('marks zero when the values cross it, and only then', () => {
    const crossing = metric({
      points: [
        ['2026-01-01', -2],
        ['2026-01-02', 2],
      ],
    });
    // -2..2 padded by 0.32 to -2.32..2.32: zero is in the middle.
    expect(sparklineGeometry(crossing, summarizeMetric(crossing), box).zero).to.equal(25);
    const m = metric();
    expect(sparklineGeometry(m, summarizeMetric(m), box).zero).to.equal(undefined);
  });

  it('breaks line and area at gaps', () => {
    const m = metric({
      points: [
        ['2026-01-01', 0],
        ['2026-01-02', null],
        ['2026-01-03', 10],
        ['2026-01-04', 5],
      ],
    });
    const g = sparklineGeometry(m, summarizeMetric(m), box);
    expect(g.line.match(/M/g)).to.have.length(2);
    expect(g.area.match(/Z/g)).to.have.length(2);
    expect(g.points.map((p) => p.index)).to.deep.equal([0, 2, 3]);
  });

  it('puts a single point and all-equal values in the middle, never dividing by zero', () => {
    const one = metric({ points: [['2026-01-01', 3]] });
    expect(sparklineGeometry(one, summarizeMetric(one), box).points).to.deep.equal([
      { x: 50, y: 25, index: 0 },
    ]);
    const flat = metric({
      points: [
        ['2026-01-01', 0],
        ['2026-01-02', 0],
      ],
    });
    expect(sparklineGeometry(flat, summarizeMetric(flat), box).line).to.equal('M4,25L96,25');
  });

  it('draws at most about two points per pixel column', () => {
    const points: Metric['points'] = Array.from({ length: 100_000 }, (_, i) => [i * 1000, (i * 7919) % 1000]);
    const m = metric({ points });
    const g = sparklineGeometry(m, summarizeMetric(m), { width: 200, height: 40 });
    expect(g.points.length).to.be.at.most(2 * 200 + 2);
    const values = g.points.map((p) => points[p.index][1] as number);
    expect(Math.min(...values), 'the lowest value survives').to.equal(0);
    expect(Math.max(...values), 'the highest value survives').to.equal(999);
  });

  it('caches the time series per metric object', () => {
    const m = metric();
    expect(seriesOf(m)).to.equal(seriesOf(m));
    expect(seriesOf(metric())).not.to.equal(seriesOf(m));
  });
});

describe('nearestPoint', () => {
  const points = [
    { x: 4, y: 0, index: 0 },
    { x: 50, y: 0, index: 1 },
    { x: 96, y: 0, index: 2 },
  ];
  it('finds the drawn point nearest to a pixel column', () => {
    expect(nearestPoint(points, -10)).to.equal(0);
    expect(nearestPoint(points, 30)).to.equal(1);
    expect(nearestPoint(points, 80)).to.equal(2);
    expect(nearestPoint([], 10)).to.equal(-1);
  });
});
