import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { nearestPoint, seriesOf, sparklineGeometry } from '../../../src/core/layout/sparkline.js';
import type { Metric } from '../../../src/core/schema.js';
import { summarizeMetric } from '../../../src/core/summary.js';

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
    assert.equal(g.line, 'M4,43.1L50,6.9L96,25');
    assert.equal(g.area, 'M4,43.1L50,6.9L96,25L96,43.1L50,43.1L4,43.1Z');
    assert.deepEqual(g.points, [
      { x: 4, y: 43.1, index: 0 },
      { x: 50, y: 6.9, index: 1 },
      { x: 96, y: 25, index: 2 },
    ]);
    assert.equal(g.target, undefined);
    assert.equal(g.forecast, undefined);
  });

  it('mirrors time for right-to-left', () => {
    const m = metric();
    assert.equal(
      sparklineGeometry(m, summarizeMetric(m), { ...box, rtl: true }).line,
      'M96,43.1L50,6.9L4,25',
    );
  });

  // With target 20 by 2026-01-05: the least-squares line through (0, 0), (1, 10), (2, 5) has slope
  // 2.5 a day and reads 7.5 at the last point and 12.5 at the target date. Values 0..20 padded to
  // -1.6..21.6; x spans the data and the target date: day d at 4 + 23d.
  it('makes room for target, baseline and the forecast to the target date', () => {
    const m = metric({ target: { value: 20, date: '2026-01-05' } });
    const g = sparklineGeometry(m, summarizeMetric(m, { asOf: '2026-01-03' }), box);
    assert.deepEqual(
      g.points.map((p) => p.x),
      [4, 27, 50],
    );
    assert.deepEqual(g.target, { y: 6.9, value: 20 });
    assert.deepEqual(g.baseline, { y: 43.1, value: 0 });
    assert.deepEqual(g.forecast, { x1: 50, y1: 34.1, x2: 96, y2: 20.5 });
  });

  it('leaves out target and forecast when asked', () => {
    const m = metric({ target: { value: 20, date: '2026-01-05' } });
    const g = sparklineGeometry(m, summarizeMetric(m, { asOf: '2026-01-03' }), {
      ...box,
      target: false,
      forecast: false,
    });
    assert.equal(g.target, undefined);
    assert.equal(g.baseline, undefined);
    assert.equal(g.forecast, undefined);
    assert.equal(g.line, 'M4,43.1L50,6.9L96,25');
  });

  it('draws no forecast when the target date is already behind the last point', () => {
    const m = metric({ target: { value: 20, date: '2026-01-02' } });
    const g = sparklineGeometry(m, summarizeMetric(m, { asOf: '2026-01-03' }), box);
    assert.equal(g.forecast, undefined);
    assert.deepEqual(
      g.points.map((p) => p.x),
      [4, 50, 96],
    );
  });

  it('marks zero when the values cross it, and only then', () => {
    const crossing = metric({
      points: [
        ['2026-01-01', -2],
        ['2026-01-02', 2],
      ],
    });
    // -2..2 padded by 0.32 to -2.32..2.32: zero is in the middle.
    assert.equal(sparklineGeometry(crossing, summarizeMetric(crossing), box).zero, 25);
    const m = metric();
    assert.equal(sparklineGeometry(m, summarizeMetric(m), box).zero, undefined);
  });

  it('runs the area of negative values down to the zero line, above the bottom edge', () => {
    const m = metric({
      points: [
        ['2026-01-01', -3],
        ['2026-01-02', 2],
        ['2026-01-03', -1],
      ],
    });
    const g = sparklineGeometry(m, summarizeMetric(m), box);
    const ys = [...g.area.matchAll(/,(-?[\d.]+)/g)].map((n) => +n[1]);
    assert.ok(g.zero !== undefined && ys.includes(g.zero), 'the area closes along the zero line');
    assert.ok(Math.max(...ys) < box.height - 4, 'not down to the bottom edge');
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
    assert.equal(g.line.match(/M/g)?.length, 2);
    assert.equal(g.area.match(/Z/g)?.length, 2);
    assert.deepEqual(
      g.points.map((p) => p.index),
      [0, 2, 3],
    );
  });

  it('puts a single point and all-equal values in the middle, never dividing by zero', () => {
    const one = metric({ points: [['2026-01-01', 3]] });
    const dot = sparklineGeometry(one, summarizeMetric(one), box);
    assert.deepEqual(dot.points, [{ x: 50, y: 25, index: 0 }]);
    assert.doesNotMatch(dot.line, /L/, 'a single point draws no line');
    const flat = metric({
      points: [
        ['2026-01-01', 0],
        ['2026-01-02', 0],
      ],
    });
    assert.equal(sparklineGeometry(flat, summarizeMetric(flat), box).line, 'M4,25L96,25');
  });

  it('draws at most about two points per pixel column', () => {
    const points: Metric['points'] = Array.from({ length: 100_000 }, (_, i) => [i * 1000, (i * 7919) % 1000]);
    const m = metric({ points });
    const g = sparklineGeometry(m, summarizeMetric(m), { width: 200, height: 40 });
    assert.ok(g.points.length <= 2 * 200 + 2);
    const values = g.points.map((p) => points[p.index][1] as number);
    assert.equal(Math.min(...values), 0, 'the lowest value survives');
    assert.equal(Math.max(...values), 999, 'the highest value survives');
  });

  it('caches the time series per metric object', () => {
    const m = metric();
    assert.equal(seriesOf(m), seriesOf(m));
    assert.notEqual(seriesOf(metric()), seriesOf(m));
  });
});

describe('nearestPoint', () => {
  const points = [
    { x: 4, y: 0, index: 0 },
    { x: 50, y: 0, index: 1 },
    { x: 96, y: 0, index: 2 },
  ];
  it('finds the drawn point nearest to a pixel column', () => {
    assert.equal(nearestPoint(points, -10), 0);
    assert.equal(nearestPoint(points, 30), 1);
    assert.equal(nearestPoint(points, 80), 2);
    assert.equal(nearestPoint([], 10), -1);
  });
});
