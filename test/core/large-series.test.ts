import { expect } from '@open-wc/testing';
import { parseDocument } from '../../src/core/parse/index.js';
import type { Metric, MetricPoint, ValidationError } from '../../src/core/schema.js';
import { summarizeMetric } from '../../src/core/summary.js';

const err = (path: string, message: string): ValidationError => ({ path, message });

const N = 100_000;
const START = Date.UTC(2024, 0, 1);
const MINUTE = 60_000;

/** `N` points a minute apart, epoch milliseconds, in time order, one null in 200, values on a wave. */
function series(n = N): MetricPoint[] {
  const points: MetricPoint[] = [];
  for (let i = 0; i < n; i++) {
    points.push([START + i * MINUTE, i % 200 === 199 ? null : 100 + Math.sin(i / 50) * 10 + i * 1e-3]);
  }
  return points;
}

/** The same items in a fixed pseudo-random order. */
function shuffled<T>(list: readonly T[]): T[] {
  const out = [...list];
  let seed = 12345;
  for (let i = out.length - 1; i > 0; i--) {
    seed = (seed * 16807) % 2147483647;
    const j = seed % (i + 1);
    [out[i], out[j]] = [out[j], out[i]];
  }
  return out;
}

const doc = (points: unknown[], extra: Record<string, unknown> = {}) => ({
  version: 1,
  metrics: [{ id: 'm', name: 'M', kind: 'outcome', points, ...extra }],
});

const TARGET = { value: 250, date: '2024-06-01' };

function metric(points: MetricPoint[], extra: Partial<Metric> = {}): Metric {
  return { id: 'm', name: 'M', kind: 'outcome', target: TARGET, points, ...extra };
}

describe('parseDocument: a large series', () => {
  const sorted = series();

  it('keeps a series in time order as it is, each point a new pair', () => {
    const result = parseDocument(doc(sorted));
    expect(result.errors).to.deep.equal([]);
    const points = result.document!.metrics[0].points;
    expect(points).to.deep.equal(sorted);
    expect(points[0]).not.to.equal(sorted[0]);
  });

  it('sorts the same points given shuffled or reversed into the same document', () => {
    const expected = parseDocument(doc(sorted)).document;
    expect(parseDocument(doc(shuffled(sorted))).document).to.deep.equal(expected);
    expect(parseDocument(doc([...sorted].reverse())).document).to.deep.equal(expected);
  });

  it('reports a point at the same instant as its neighbour in a sorted series', () => {
    const points: unknown[] = series();
    const time = START + 69_999 * MINUTE;
    points[70_000] = [time, 1];
    expect(parseDocument(doc(points)).errors).to.deep.equal([
      err(
        'metrics[0].points[70000][0]',
        `duplicate instant ${time} (also metrics[0].points[69999][0]: ${time})`,
      ),
    ]);
  });

  it('reports far-apart duplicates in file order, after each point’s own problems', () => {
    const points: unknown[] = shuffled(series());
    const [first, second] = [points[10] as MetricPoint, points[5] as MetricPoint];
    const iso = new Date(first[0] as number).toISOString();
    points[50_000] = [START - MINUTE, 'x'];
    points[60_000] = [second[0], 'y'];
    points[80_000] = [iso, 2];
    points[90_000] = ['2024-02-30', 3];
    points[95_000] = [START - MINUTE, 4];
    expect(parseDocument(doc(points)).errors).to.deep.equal([
      err('metrics[0].points[50000][1]', 'expected a finite number or null, got "x"'),
      err('metrics[0].points[60000][1]', 'expected a finite number or null, got "y"'),
      err(
        'metrics[0].points[60000][0]',
        `duplicate instant ${second[0]} (also metrics[0].points[5][0]: ${second[0]})`,
      ),
      err(
        'metrics[0].points[80000][0]',
        `duplicate instant "${iso}" (also metrics[0].points[10][0]: ${first[0]})`,
      ),
      err(
        'metrics[0].points[90000][0]',
        'expected a date (YYYY-MM-DD, an ISO date-time with offset, or epoch milliseconds), got "2024-02-30" (no such calendar day)',
      ),
      err(
        'metrics[0].points[95000][0]',
        `duplicate instant ${START - MINUTE} (also metrics[0].points[50000][0]: ${START - MINUTE})`,
      ),
    ]);
  });

  it('names the first point at an instant for every later one', () => {
    const points: unknown[] = series(1_000);
    const time = START + 500 * MINUTE;
    points[900] = [time, 1];
    points[100] = [new Date(time).toISOString(), 2];
    expect(parseDocument(doc(points)).errors).to.deep.equal([
      err(
        'metrics[0].points[500][0]',
        `duplicate instant ${time} (also metrics[0].points[100][0]: "${new Date(time).toISOString()}")`,
      ),
      err(
        'metrics[0].points[900][0]',
        `duplicate instant ${time} (also metrics[0].points[100][0]: "${new Date(time).toISOString()}")`,
      ),
    ]);
  });
});

describe('summarizeMetric: a large series', () => {
  const sorted = series();
  const parsed = parseDocument(doc(sorted, { target: TARGET })).document!.metrics[0];

  it('finds the ends of a series in time order', () => {
    const s = summarizeMetric(parsed, { asOf: '2024-03-01' });
    const nonNull = sorted.filter((p) => p[1] !== null);
    const [last, before] = [nonNull.at(-1)!, nonNull.at(-2)!];
    expect([s.current, s.currentDate, s.previous, s.previousDate]).to.deep.equal([
      last[1],
      last[0],
      before[1],
      before[0],
    ]);
    expect([s.baseline, s.baselineDate]).to.deep.equal([sorted[0][1], sorted[0][0]]);
    expect(s.projected).to.be.a('number');
  });

  it('gives the same summary for the points shuffled, reversed or with undated and null points', () => {
    const expected = summarizeMetric(parsed, { asOf: '2024-03-01' });
    const messy = shuffled([
      ...sorted,
      ['not a date', 1],
      [Number.NaN, 2],
      [START + 10 * MINUTE + 1, null],
    ] as MetricPoint[]);
    for (const points of [shuffled(sorted), [...sorted].reverse(), messy]) {
      expect(summarizeMetric(metric(points), { asOf: '2024-03-01' })).to.deep.equal(expected);
    }
  });

  it('skips leading and trailing nulls and undated points in a series in time order', () => {
    const points: MetricPoint[] = [
      ['bad', 1],
      ['2026-01-01', null],
      ['2026-01-02', 5],
      ['2026-01-03', 6],
      ['2026-01-04', null],
      ['2026-01-05', 8],
      ['2026-01-06', null],
      ['worse', 9],
    ];
    const s = summarizeMetric(metric(points, { target: { value: 20, date: '2026-02-01' } }), {
      asOf: '2026-01-06',
    });
    expect([s.baseline, s.baselineDate, s.current, s.currentDate, s.previous]).to.deep.equal([
      5,
      '2026-01-02',
      8,
      '2026-01-05',
      6,
    ]);
    const unsorted = summarizeMetric(
      metric(shuffled(points), { target: { value: 20, date: '2026-02-01' } }),
      {
        asOf: '2026-01-06',
      },
    );
    expect(unsorted).to.deep.equal(s);
  });

  it('keeps file order among points at the same instant, sorted or not', () => {
    const t = (day: number) => Date.UTC(2026, 0, day);
    const inOrder = summarizeMetric(
      metric([
        [t(1), 1],
        [t(2), 5],
        [t(2), 7],
      ]),
    );
    const outOfOrder = summarizeMetric(
      metric([
        [t(2), 5],
        [t(1), 1],
        [t(2), 7],
      ]),
    );
    expect([inOrder.current, inOrder.previous, inOrder.baseline]).to.deep.equal([7, 5, 1]);
    expect([outOfOrder.current, outOfOrder.previous, outOfOrder.baseline]).to.deep.equal([7, 5, 1]);
  });
});
