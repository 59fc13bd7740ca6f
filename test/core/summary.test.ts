import { expect } from '@open-wc/testing';
import { parseDocument } from '../../src/core/parse/index.js';
import type { Metric, MetricPoint, Reference } from '../../src/core/schema.js';
import { leastSquares, summarizeMetric } from '../../src/core/summary.js';

/** A metric for the summary, as parseDocument returns one. */
function metric(points: MetricPoint[], extra: Partial<Metric> = {}): Metric {
  return { id: 'm', name: 'M', kind: 'outcome', points, ...extra };
}

/** Three points exactly on y = 10 + day, on 2026-01-01, 01-11 and 01-21 (days 0, 10, 20). */
const LINE: MetricPoint[] = [
  ['2026-01-01', 10],
  ['2026-01-11', 20],
  ['2026-01-21', 30],
];

const target = (value: number, date?: string): Reference => (date ? { value, date } : { value });

describe('summarizeMetric: current, previous and delta', () => {
  it('takes the latest non-null point and the non-null point before it, by time not file order', () => {
    const s = summarizeMetric(
      metric([
        ['2026-01-21', null],
        ['2026-01-11', 12],
        ['2026-01-01', 10],
        ['2026-01-31', null],
      ]),
    );
    expect([s.current, s.currentDate, s.previous, s.previousDate]).to.deep.equal([
      12,
      '2026-01-11',
      10,
      '2026-01-01',
    ]);
    expect(s.delta).to.equal(2);
    expect(s.deltaRatio).to.equal(0.2);
    expect(s.trend).to.equal('good');
  });

  it('divides delta by the absolute previous value', () => {
    const s = summarizeMetric(
      metric([
        ['2026-01-01', -4],
        ['2026-01-02', -2],
      ]),
    );
    expect([s.delta, s.deltaRatio]).to.deep.equal([2, 0.5]);
    const down = summarizeMetric(
      metric([
        ['2026-01-01', -4],
        ['2026-01-02', -6],
      ]),
    );
    expect([down.delta, down.deltaRatio]).to.deep.equal([-2, -0.5]);
  });

  it('leaves deltaRatio undefined when previous is 0', () => {
    const s = summarizeMetric(
      metric([
        ['2026-01-01', 0],
        ['2026-01-02', 3],
      ]),
    );
    expect(s.delta).to.equal(3);
    expect(s.deltaRatio).to.equal(undefined);
  });

  it('has no previous, delta or trend with one point, and nothing with no points', () => {
    const one = summarizeMetric(metric([['2026-01-01', 7]]));
    expect([one.current, one.previous, one.delta, one.deltaRatio, one.trend]).to.deep.equal([
      7,
      undefined,
      undefined,
      undefined,
      'unknown',
    ]);
    const none = summarizeMetric(metric([['2026-01-01', null]]));
    expect([none.current, none.currentDate, none.baseline, none.trend, none.status]).to.deep.equal([
      undefined,
      undefined,
      undefined,
      'unknown',
      'none',
    ]);
  });

  it('orders points given in different date forms by instant', () => {
    const s = summarizeMetric(
      metric([
        ['2026-01-02T00:00:00+02:00', 5], // 2026-01-01T22:00Z, the latest
        [Date.UTC(2026, 0, 1, 12), 4],
        ['2026-01-01', 3],
      ]),
    );
    expect([s.current, s.previous, s.currentDate]).to.deep.equal([5, 4, '2026-01-02T00:00:00+02:00']);
  });
});

describe('summarizeMetric: trend', () => {
  const two = (a: number, b: number, direction?: 'up' | 'down') =>
    summarizeMetric(
      metric(
        [
          ['2026-01-01', a],
          ['2026-01-02', b],
        ],
        direction ? { direction } : {},
      ),
    ).trend;

  it('is good when the change goes the metric direction, bad against it, flat at 0 (default up)', () => {
    expect([two(1, 2), two(2, 1), two(2, 2)]).to.deep.equal(['good', 'bad', 'flat']);
    expect([two(1, 2, 'up'), two(2, 1, 'up')]).to.deep.equal(['good', 'bad']);
  });

  it('reverses for direction "down"', () => {
    expect([two(1, 2, 'down'), two(2, 1, 'down'), two(2, 2, 'down')]).to.deep.equal(['bad', 'good', 'flat']);
  });
});

describe('summarizeMetric: baseline and target', () => {
  const points: MetricPoint[] = [
    ['2026-01-21', 9],
    ['2026-01-01', null],
    ['2026-01-11', 5],
  ];

  it('defaults the baseline to the earliest non-null point', () => {
    const s = summarizeMetric(metric(points));
    expect([s.baseline, s.baselineDate]).to.deep.equal([5, '2026-01-11']);
  });

  it('takes a baseline given as a number or { value, date }', () => {
    expect(summarizeMetric(metric(points, { baseline: 3 })).baseline).to.equal(3);
    expect(summarizeMetric(metric(points, { baseline: 3 })).baselineDate).to.equal(undefined);
    const s = summarizeMetric(metric(points, { baseline: { value: 4, date: '2025-12-31' } }));
    expect([s.baseline, s.baselineDate]).to.deep.equal([4, '2025-12-31']);
  });

  it('takes a target given as a number or { value, date }, as plain numbers', () => {
    const plain = summarizeMetric(metric(points, { target: 20 }));
    expect([plain.target, plain.targetDate]).to.deep.equal([20, undefined]);
    const dated = summarizeMetric(metric(points, { target: target(20, '2026-12-31') }));
    expect([dated.target, dated.targetDate]).to.deep.equal([20, '2026-12-31']);
  });
});

describe('summarizeMetric: progress and met', () => {
  const at = (current: number, extra: Partial<Metric>) =>
    summarizeMetric(metric([['2026-01-01', current]], extra), { asOf: '2026-01-01' });

  it('is (current - baseline) / (target - baseline), unclamped', () => {
    expect(at(15, { baseline: 10, target: 20 }).progress).to.equal(0.5);
    expect(at(25, { baseline: 10, target: 20 }).progress).to.equal(1.5);
    expect(at(5, { baseline: 10, target: 20 }).progress).to.equal(-0.5);
  });

  it('works the same way for direction "down"', () => {
    expect(at(7, { direction: 'down', baseline: 10, target: 4 }).progress).to.equal(0.5); // -3 / -6
    expect(at(12, { direction: 'down', baseline: 10, target: 4 }).progress).to.equal(2 / -6);
  });

  it('is 1 if met, else 0, when target equals baseline', () => {
    expect(at(10, { baseline: 10, target: 10 }).progress).to.equal(1);
    expect(at(9, { baseline: 10, target: 10 }).progress).to.equal(0);
    expect(at(9, { direction: 'down', baseline: 10, target: 10 }).progress).to.equal(1);
  });

  it('is undefined without a target or without a current value', () => {
    expect(at(15, { baseline: 10 }).progress).to.equal(undefined);
    const empty = summarizeMetric(metric([], { baseline: 10, target: 20 }));
    expect([empty.progress, empty.met]).to.deep.equal([undefined, undefined]);
  });

  it('is met at or beyond the target in the good direction', () => {
    expect([
      at(20, { target: 20 }).met,
      at(21, { target: 20 }).met,
      at(19.99, { target: 20 }).met,
    ]).to.deep.equal([true, true, false]);
    const down = { direction: 'down' as const, target: 4 };
    expect([at(4, down).met, at(3, down).met, at(4.01, down).met]).to.deep.equal([true, true, false]);
    expect(at(20, {}).met).to.equal(undefined);
  });
});

describe('summarizeMetric: forecast', () => {
  it('reads a least-squares line through points on a line exactly at the target date', () => {
    const s = summarizeMetric(metric(LINE, { target: target(50, '2026-01-31') }), { asOf: '2026-01-21' });
    // y = 10 + day; 2026-01-31 is day 30.
    expect(s.projected).to.equal(40);
    expect(s.forecast).to.deep.equal({
      from: { date: '2026-01-21', value: 30 },
      to: { date: '2026-01-31', value: 40 },
    });
  });

  it('fits the least-squares line through scattered points', () => {
    // Days 0, 10, 20; values 10, 30, 20. Mean day 10, mean value 20.
    // Sxy = (-10)(-10) + 0(10) + 10(0) = 100; Sxx = 100 + 0 + 100 = 200; slope 0.5 per day.
    // At day 30: 20 + 0.5 (30 - 10) = 30. At day 20 (the last point): 20 + 0.5 (20 - 10) = 25.
    const points: MetricPoint[] = [
      ['2026-01-01', 10],
      ['2026-01-11', 30],
      ['2026-01-21', 20],
    ];
    const s = summarizeMetric(metric(points, { target: target(100, '2026-01-31') }), { asOf: '2026-01-21' });
    expect(s.projected).to.equal(30);
    expect(s.forecast?.from).to.deep.equal({ date: '2026-01-21', value: 25 });
  });

  it('uses only the last 12 non-null points', () => {
    // Days 0-2 are far off; days 3-14 lie on y = day, so the projection at day 30 is 30.
    const points: MetricPoint[] = Array.from({ length: 15 }, (_, day) => [
      `2026-01-${String(day + 1).padStart(2, '0')}`,
      day < 3 ? 1000 : day,
    ]);
    points.splice(5, 0, ['2025-12-31T12:00:00Z', null]);
    const s = summarizeMetric(metric(points, { target: target(100, '2026-01-31') }), { asOf: '2026-01-15' });
    expect(s.projected).to.be.closeTo(30, 1e-9);
  });

  it('skips gaps and reads dates in any form', () => {
    const points: MetricPoint[] = [
      [Date.UTC(2026, 0, 1), 10],
      ['2026-01-05', null],
      ['2026-01-11T00:00:00Z', 20],
      ['2026-01-21T02:00:00+02:00', 30],
    ];
    const s = summarizeMetric(metric(points, { target: target(40, '2026-01-31') }), { asOf: '2026-01-21' });
    expect(s.projected).to.equal(40);
  });

  it('needs a target date and at least 3 non-null points', () => {
    const two: MetricPoint[] = [
      ['2026-01-01', 10],
      ['2026-01-11', null],
      ['2026-01-21', 30],
    ];
    const few = summarizeMetric(metric(two, { target: target(50, '2026-12-31') }), { asOf: '2026-01-21' });
    expect([few.projected, few.forecast, few.status]).to.deep.equal([undefined, undefined, 'unknown']);
    const undated = summarizeMetric(metric(LINE, { target: 50 }), { asOf: '2026-01-21' });
    expect([undated.projected, undated.forecast, undated.status]).to.deep.equal([
      undefined,
      undefined,
      'unknown',
    ]);
    const noTarget = summarizeMetric(metric(LINE));
    expect(noTarget.projected).to.equal(undefined);
  });

  it('leastSquares has no line through points all at one time', () => {
    expect(leastSquares([])).to.equal(undefined);
    expect(
      leastSquares([
        { time: 5, value: 1 },
        { time: 5, value: 2 },
      ]),
    ).to.equal(undefined);
  });
});

describe('summarizeMetric: status', () => {
  // On LINE the projection at 2026-01-31 is 40, from the default baseline 10.
  const statusFor = (value: number, asOf = '2026-01-21', date = '2026-01-31') =>
    summarizeMetric(metric(LINE, { target: target(value, date) }), { asOf }).status;

  it('is none without a target', () => {
    expect(summarizeMetric(metric(LINE), { asOf: '2026-01-21' }).status).to.equal('none');
  });

  it('is met when current meets the target, even after the target date', () => {
    expect(statusFor(30)).to.equal('met');
    expect(statusFor(30, '2027-01-01')).to.equal('met');
  });

  it('is on-track when the projection meets the target', () => {
    expect(statusFor(40)).to.equal('on-track');
    expect(statusFor(35)).to.equal('on-track');
  });

  it('is at-risk when the projection covers at least 80% of the way from baseline to target', () => {
    expect(statusFor(46)).to.equal('at-risk'); // 30 / 36 = 0.83
    expect(statusFor(47.5)).to.equal('at-risk'); // 30 / 37.5 = 0.8 exactly
  });

  it('is off-track when the projection covers less than 80%', () => {
    expect(statusFor(48)).to.equal('off-track'); // 30 / 38 = 0.789
    expect(statusFor(50)).to.equal('off-track'); // 30 / 40 = 0.75
  });

  it('is off-track once asOf is after the target date, unmet, whatever the forecast', () => {
    expect(statusFor(35, '2026-02-01')).to.equal('off-track');
    expect(statusFor(35, '2026-01-31')).to.equal('on-track');
    expect(statusFor(35, '2026-01-31T12:00:00Z')).to.equal('off-track');
  });

  it('is unknown without a forecast, before the target date', () => {
    expect(summarizeMetric(metric(LINE, { target: 50 }), { asOf: '2026-01-21' }).status).to.equal('unknown');
  });

  it('follows direction "down"', () => {
    const falling: MetricPoint[] = [
      ['2026-01-01', 10],
      ['2026-01-11', 8],
      ['2026-01-21', 6],
    ];
    // y = 10 - 0.2 day: 4 at day 30. Baseline 10.
    const status = (value: number) =>
      summarizeMetric(metric(falling, { direction: 'down', target: target(value, '2026-01-31') }), {
        asOf: '2026-01-21',
      });
    expect(status(4).projected).to.be.closeTo(4, 1e-12);
    expect([status(6).status, status(4.5).status]).to.deep.equal(['met', 'on-track']);
    expect(status(3).status).to.equal('at-risk'); // (4 - 10) / (3 - 10) = 6/7
    expect(status(2).status).to.equal('off-track'); // 6/8
  });

  it('defaults asOf to the viewer’s today, also when asOf is not a date', () => {
    expect(summarizeMetric(metric(LINE, { target: target(35, '2000-01-01') })).status).to.equal('off-track');
    expect(summarizeMetric(metric(LINE, { target: target(35, '9999-12-31') })).status).to.equal('on-track');
    expect(
      summarizeMetric(metric(LINE, { target: target(35, '2000-01-01') }), { asOf: 'soon' }).status,
    ).to.equal('off-track');
  });
});

describe('summarizeMetric: documents', () => {
  /** Textbook least squares: slope = (n Sxy - Sx Sy) / (n Sxx - Sx^2), x in days. */
  function fitAt(points: [string, number][], date: string): number {
    const day = (d: string) => Date.parse(`${d}T00:00:00Z`) / 86_400_000;
    const xs = points.map(([d]) => day(d));
    const ys = points.map(([, v]) => v);
    const n = xs.length;
    const sx = xs.reduce((a, b) => a + b, 0);
    const sy = ys.reduce((a, b) => a + b, 0);
    const sxy = xs.reduce((a, x, i) => a + x * ys[i], 0);
    const sxx = xs.reduce((a, x) => a + x * x, 0);
    const slope = (n * sxy - sx * sy) / (n * sxx - sx * sx);
    return (sy - slope * sx) / n + slope * day(date);
  }

  it('summarises the DESIGN.md example metric', async () => {
    const module = (await import('../../fixtures/valid/design-example.json', { with: { type: 'json' } })) as {
      default: unknown;
    };
    const nps = parseDocument(module.default).document!.metrics[0];
    const s = summarizeMetric(nps, { asOf: '2026-09-30' });
    expect([s.current, s.currentDate, s.previous, s.previousDate, s.delta]).to.deep.equal([
      36,
      '2026-04-30',
      33,
      '2026-02-28',
      3,
    ]);
    expect(s.deltaRatio).to.equal(3 / 33);
    expect([s.trend, s.baseline, s.target, s.targetDate, s.met]).to.deep.equal([
      'good',
      31,
      45,
      '2026-12-31',
      false,
    ]);
    expect(s.progress).to.equal(5 / 14);
    // Days from 2026-01-31: 0, 28, 89 for 31, 33, 36; means 39 and 100/3.
    // Sxy = (-39)(-7/3) + (-11)(-1/3) + 50(8/3) = 228; Sxx = 39² + 11² + 50² = 4142.
    // 2026-12-31 is day 334: 100/3 + (228 / 4142)(334 - 39).
    expect(s.projected).to.be.closeTo(100 / 3 + (228 / 4142) * 295, 1e-9);
    expect(s.status).to.equal('on-track');
  });

  it('summarises the saas example: nps met, cycle time at risk then off track after its date', async () => {
    const module = (await import('../../fixtures/saas-outcomes.json', {
      with: { type: 'json' },
    })) as unknown as {
      default: { metrics: { id: string; points: [string, number][] }[] };
    };
    const { document } = parseDocument(module.default);
    const byId = (id: string) => document!.metrics.find((m) => m.id === id)!;
    const nps = summarizeMetric(byId('nps'), { asOf: '2026-09-30' });
    expect([nps.current, nps.currentDate, nps.previous, nps.baseline, nps.target]).to.deep.equal([
      45.27,
      '2026-09-30',
      43.1,
      31,
      45,
    ]);
    expect(nps.delta).to.be.closeTo(2.17, 1e-12);
    expect(nps.deltaRatio).to.be.closeTo(2.17 / 43.1, 1e-12);
    expect(nps.progress).to.be.closeTo(14.27 / 14, 1e-12);
    expect([nps.trend, nps.met, nps.status]).to.deep.equal(['good', true, 'met']);

    const raw = module.default.metrics.find((m) => m.id === 'cycle-time')!.points;
    const cycle = summarizeMetric(byId('cycle-time'), { asOf: '2026-09-30' });
    expect([cycle.current, cycle.previous, cycle.trend, cycle.baseline, cycle.met]).to.deep.equal([
      4.58,
      4.95,
      'good',
      8.58,
      false,
    ]);
    expect(cycle.progress).to.be.closeTo((4.58 - 8.58) / (4 - 8.58), 1e-12);
    const projected = fitAt(raw.slice(-12), '2026-09-30');
    expect(cycle.projected).to.be.closeTo(projected, 1e-9);
    expect((projected - 8.58) / (4 - 8.58)).to.be.within(0.8, 1); // so: at-risk
    expect(cycle.status).to.equal('at-risk');
    expect(summarizeMetric(byId('cycle-time'), { asOf: '2026-10-01' }).status).to.equal('off-track');

    const features = summarizeMetric(byId('features'), { asOf: '2026-09-30' });
    expect([
      features.current,
      features.delta,
      features.target,
      features.progress,
      features.status,
    ]).to.deep.equal([16, 3, undefined, undefined, 'none']);
  });
});
