import { expect } from '@open-wc/testing';
import { compareOutputToOutcome, pearson, relativeChange } from '../../src/core/compare.js';
import { parseDocument } from '../../src/core/parse/index.js';
import type { Metric } from '../../src/core/schema.js';
import { exampleDoc } from '../helpers.js';

const metric = (points: Metric['points'], extra: Partial<Metric> = {}): Metric => ({
  id: 'm',
  name: 'M',
  kind: 'output',
  points,
  ...extra,
});
const months = (values: (number | null)[], from = 1) =>
  values.map((v, i): [string, number | null] => [`2026-${String(from + i).padStart(2, '0')}-01`, v]);

describe('compareOutputToOutcome: verdicts', () => {
  it('converting: output up at least 10% and outcome up at least 5%', () => {
    const c = compareOutputToOutcome(metric(months([10, 11])), metric(months([100, 105])));
    expect(c.outputChange).to.be.closeTo(0.1, 1e-12);
    expect(c.outcomeChange).to.be.closeTo(0.05, 1e-12);
    expect(c.verdict).to.equal('converting');
  });

  it('not-converting: output up, outcome not', () => {
    const c = compareOutputToOutcome(metric(months([4, 9])), metric(months([40, 41])));
    expect(c.outputChange).to.equal(1.25);
    expect(c.outcomeChange).to.be.closeTo(0.025, 1e-12);
    expect(c.verdict).to.equal('not-converting');
  });

  it('external: outcome up, output not', () => {
    expect(compareOutputToOutcome(metric(months([10, 10.5])), metric(months([10, 12]))).verdict).to.equal(
      'external',
    );
  });

  it('counts exactly +10% and +5% as up, whatever the rounding', () => {
    // (3.3 - 3) / 3 is 0.0999… in floating point
    expect(compareOutputToOutcome(metric(months([3, 3.3])), metric(months([2, 2.1]))).verdict).to.equal(
      'converting',
    );
  });

  it('stalled: neither', () => {
    expect(compareOutputToOutcome(metric(months([10, 10])), metric(months([10, 10.2]))).verdict).to.equal(
      'stalled',
    );
  });

  it('insufficient-data: fewer than 2 aligned points, or no overlap', () => {
    const one = compareOutputToOutcome(metric(months([1, 2])), metric(months([5], 2)));
    expect(one.points).to.have.length(1);
    expect(one.verdict).to.equal('insufficient-data');
    expect(one.outputChange).to.equal(undefined);
    const apart = compareOutputToOutcome(metric(months([1, 2, 3])), metric(months([5, 6], 6)));
    expect(apart.points).to.deep.equal([]);
    expect(apart.verdict).to.equal('insufficient-data');
    expect(compareOutputToOutcome(metric([]), metric(months([1, 2]))).verdict).to.equal('insufficient-data');
  });
});

describe('compareOutputToOutcome: changes', () => {
  it('flips the outcome change for direction down, so that positive is better', () => {
    const churnDown = metric(months([0.04, 0.03]), { direction: 'down', kind: 'outcome' });
    const c = compareOutputToOutcome(metric(months([10, 20])), churnDown);
    expect(c.outcomeChange).to.be.closeTo(0.25, 1e-12);
    expect(c.verdict).to.equal('converting');
    const worse = compareOutputToOutcome(
      metric(months([10, 20])),
      metric(months([0.03, 0.04]), { direction: 'down' }),
    );
    expect(worse.outcomeChange).to.be.closeTo(-1 / 3, 1e-12);
    expect(worse.verdict).to.equal('not-converting');
  });

  it('counts a change from 0 as +1, -1 or 0 by the sign of the last value', () => {
    expect(relativeChange(0, 5)).to.equal(1);
    expect(relativeChange(0, -2)).to.equal(-1);
    expect(relativeChange(0, 0)).to.equal(0);
    expect(relativeChange(-4, -2)).to.equal(0.5);
    expect(compareOutputToOutcome(metric(months([0, 3])), metric(months([0, 0]))).verdict).to.equal(
      'not-converting',
    );
  });
});

describe('compareOutputToOutcome: window and alignment', () => {
  it('pairs each output point in the overlap with the latest outcome value at or before it', () => {
    // weekly output, monthly outcome; the output starts before and ends after the outcome
    const output = metric([
      ['2026-01-05', 1],
      ['2026-01-12', 2],
      ['2026-02-02', 3],
      ['2026-02-09', 4],
      ['2026-02-16', null],
      ['2026-03-02', 5],
      ['2026-03-09', 6],
    ]);
    const outcome = metric([
      ['2026-03-01', 30],
      ['2026-01-10', 10], // order in the file does not matter
      ['2026-02-01', 20],
      ['2026-03-05', null],
      ['2026-03-06', 40],
    ]);
    const { points } = compareOutputToOutcome(output, outcome);
    expect(points).to.deep.equal([
      { date: '2026-01-12', output: 2, outcome: 10 },
      { date: '2026-02-02', output: 3, outcome: 20 },
      { date: '2026-02-09', output: 4, outcome: 20 },
      { date: '2026-03-02', output: 5, outcome: 30 },
    ]);
  });

  it('takes an outcome value of the same instant', () => {
    const { points } = compareOutputToOutcome(metric(months([1, 2])), metric(months([7, 8])));
    expect(points.map((p) => p.outcome)).to.deep.equal([7, 8]);
  });
});

describe('compareOutputToOutcome: lag', () => {
  it('finds the lag at which the outcome follows the output, with its coefficient', () => {
    const output = [1, 5, 2, 8, 3, 9, 4, 7];
    // the outcome repeats the output two periods later
    const outcome = [50, 50, 1, 5, 2, 8, 3, 9].map((v) => v * 10);
    const c = compareOutputToOutcome(metric(months(output)), metric(months(outcome)));
    expect(c.lag).to.equal(2);
    expect(c.correlation).to.be.closeTo(1, 1e-12);
  });

  it('needs at least 4 aligned points', () => {
    const c = compareOutputToOutcome(metric(months([1, 2, 3])), metric(months([1, 3, 2])));
    expect(c.lag).to.equal(undefined);
    expect(c.correlation).to.equal(undefined);
  });

  it('reads a falling down-is-good outcome as following a rising output', () => {
    const c = compareOutputToOutcome(
      metric(months([1, 2, 3, 4, 5])),
      metric(months([10, 8, 6, 4, 2]), { direction: 'down' }),
    );
    expect(c.lag).to.equal(0);
    expect(c.correlation).to.be.closeTo(1, 1e-12);
  });

  it('computes Pearson correlation, undefined without variation', () => {
    expect(pearson([1, 2, 3], [2, 4, 6])).to.be.closeTo(1, 1e-12);
    expect(pearson([1, 2, 3], [3, 2, 1])).to.be.closeTo(-1, 1e-12);
    expect(pearson([1, 1, 1], [1, 2, 3])).to.equal(undefined);
    expect(pearson([0.1, 0.1, 0.1], [1, 2, 3]), 'a constant decimal series does not vary').to.equal(
      undefined,
    );
  });
});

describe('compareOutputToOutcome: the example document', () => {
  it('compares features shipped with NPS over their common months', () => {
    const { document } = parseDocument(exampleDoc());
    const byId = (id: string) => document!.metrics.find((m) => m.id === id)!;
    const c = compareOutputToOutcome(byId('features'), byId('nps'));
    expect(c.points).to.have.length(21);
    expect(c.outputChange).to.equal((16 - 2) / 2);
    expect(c.outcomeChange).to.be.closeTo((45.27 - 26.5) / 26.5, 1e-12);
    expect(c.verdict).to.equal('converting');
    expect(c.lag).to.be.within(0, 3);
  });
});
