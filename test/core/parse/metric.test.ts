/** src/core/parse/metric.ts: the fields of a metric, its baseline and its target. */
import { expect } from '@open-wc/testing';
import { parseDocument } from '../../../src/core/parse/index.js';
import { metric as checkMetric, type MetricContext } from '../../../src/core/parse/metric.js';
import { DATE, doc, err, ID, metric, TEXT, withMetric } from './helpers.js';

describe('parseDocument: metric fields', () => {
  it('keeps every known field and drops unknown ones', () => {
    const full = metric({
      description: 'd',
      direction: 'down',
      format: { style: 'percent', maximumFractionDigits: 1 },
      unit: 'pts',
      baseline: 3,
      target: { value: 1, date: '2026-12-31' },
      color: 'red',
    });
    const { color: _ignored, ...expected } = full;
    expect(_ignored).to.equal('red');
    expect(parseDocument(doc({ metrics: [full] })).document?.metrics).to.deep.equal([expected]);
  });

  it('does not add defaults: an absent direction stays absent', () => {
    expect(parseDocument(withMetric({})).document?.metrics[0]).to.not.have.property('direction');
  });

  it('accepts ids of the pattern, up to 64 characters', () => {
    for (const id of ['a', '0', 'A.b:c-d_e', 'x'.repeat(64)]) {
      expect(parseDocument(withMetric({ id })).errors, id).to.deep.equal([]);
    }
  });

  it('rejects ids outside the pattern', () => {
    for (const id of ['', '-a', '_a', 'a b', 'é', 'x'.repeat(65), 'a/b']) {
      expect(
        parseDocument(withMetric({ id })).errors.map((e) => e.path),
        id,
      ).to.deep.equal(['metrics[0].id']);
    }
    expect(parseDocument(withMetric({ id: 5 })).errors).to.deep.equal([
      err('metrics[0].id', `expected ${ID}, got 5`),
    ]);
  });

  it('reports a duplicate id on the later metric, naming the earlier one', () => {
    const result = parseDocument(doc({ metrics: [metric(), metric({ name: 'Other' }), metric()] }));
    expect(result.errors).to.deep.equal([
      err('metrics[1].id', 'duplicate id "m" (also metrics[0])'),
      err('metrics[2].id', 'duplicate id "m" (also metrics[0])'),
    ]);
    expect(result.document?.metrics.map((m) => m.name)).to.deep.equal(['M']);
  });

  it('takes names of 1 to 200 characters (code points), with something besides spaces', () => {
    expect(parseDocument(withMetric({ name: 'x'.repeat(200) })).errors).to.deep.equal([]);
    expect(parseDocument(withMetric({ name: '😀'.repeat(200) })).errors).to.deep.equal([]);
    expect(parseDocument(withMetric({ name: '😀'.repeat(201) })).errors).to.deep.equal([
      err('metrics[0].name', `expected ${TEXT}, got 201 characters`),
    ]);
    expect(parseDocument(withMetric({ name: ' \t ' })).errors).to.deep.equal([
      err('metrics[0].name', `expected ${TEXT}, got ${JSON.stringify(' \t ')}`),
    ]);
    expect(parseDocument(withMetric({ name: undefined })).errors).to.deep.equal([
      err('metrics[0].name', `expected ${TEXT}, got nothing`),
    ]);
  });

  it('takes kind "outcome" or "output" only', () => {
    expect(parseDocument(withMetric({ kind: 'output' })).errors).to.deep.equal([]);
    expect(parseDocument(withMetric({ kind: 'Outcome' })).errors).to.deep.equal([
      err('metrics[0].kind', 'expected "outcome" or "output", got "Outcome"'),
    ]);
  });

  it('takes direction "up" or "down" only', () => {
    expect(parseDocument(withMetric({ direction: 'up' })).errors).to.deep.equal([]);
    expect(parseDocument(withMetric({ direction: null })).errors).to.deep.equal([
      err('metrics[0].direction', 'expected "up" or "down", got null'),
    ]);
  });

  it('takes description and unit as strings', () => {
    expect(parseDocument(withMetric({ description: 1, unit: ['pts'] })).errors).to.deep.equal([
      err('metrics[0].description', 'expected a string, got 1'),
      err('metrics[0].unit', 'expected a string, got an array of 1 item'),
    ]);
  });

  it('rejects the free-text unit together with style "unit"', () => {
    const result = parseDocument(withMetric({ format: { style: 'unit', unit: 'day' }, unit: 'days' }));
    expect(result.errors).to.deep.equal([
      err(
        'metrics[0].unit',
        'expected no unit with format.style "unit" (the format shows the unit), got "days"',
      ),
    ]);
    expect(parseDocument(withMetric({ format: { style: 'percent' }, unit: 'pts' })).errors).to.deep.equal([]);
  });
});

describe('parseDocument: baseline and target', () => {
  it('accepts a number or { value, date? } and keeps the form given', () => {
    const result = parseDocument(
      doc({
        metrics: [
          metric({ id: 'a', baseline: 0, target: -5.5 }),
          metric({ id: 'b', baseline: { value: 1 }, target: { value: 2, date: 1798675200000 } }),
        ],
      }),
    );
    expect(result.errors).to.deep.equal([]);
    const [a, b] = result.document!.metrics;
    expect([a.baseline, a.target]).to.deep.equal([0, -5.5]);
    expect([b.baseline, b.target]).to.deep.equal([{ value: 1 }, { value: 2, date: 1798675200000 }]);
  });

  it('drops unknown fields inside the reference', () => {
    const result = parseDocument(withMetric({ target: { value: 2, note: 'stretch' } }));
    expect(result.document?.metrics[0].target).to.deep.equal({ value: 2 });
  });

  it('reports bad references at their paths', () => {
    const result = parseDocument(
      withMetric({ baseline: '31', target: { value: Infinity, date: '2026-12-32' } }),
    );
    expect(result.errors).to.deep.equal([
      err('metrics[0].baseline', 'expected a number or { value, date? }, got "31"'),
      err('metrics[0].target.value', 'expected a finite number, got Infinity'),
      err('metrics[0].target.date', `expected ${DATE}, got "2026-12-32" (no such calendar day)`),
    ]);
    expect(parseDocument(withMetric({ baseline: NaN })).errors).to.deep.equal([
      err('metrics[0].baseline', 'expected a finite number or { value, date? }, got NaN'),
    ]);
    expect(parseDocument(withMetric({ target: { date: '2026-12-31' } })).errors).to.deep.equal([
      err('metrics[0].target.value', 'expected a finite number, got nothing'),
    ]);
  });
});

describe('metric: one part on its own', () => {
  const ctx = (): MetricContext => ({ seen: new Map(), localeTag: 'en-US' });

  it('gives the checked metric with its id and no errors', () => {
    expect(checkMetric(metric({ unit: 'pts' }), 'metrics[0]', ctx())).to.deep.equal({
      id: 'm',
      errors: [],
      value: { id: 'm', name: 'M', kind: 'outcome', unit: 'pts', points: [['2026-01-31', 1]] },
    });
  });

  it('gives a rejected metric its readable id and its errors, but no value', () => {
    expect(checkMetric(metric({ kind: 'x' }), 'metrics[2]', ctx())).to.deep.equal({
      id: 'm',
      errors: [err('metrics[2].kind', 'expected "outcome" or "output", got "x"')],
    });
    expect(checkMetric(7, 'metrics[0]', ctx())).to.deep.equal({
      errors: [err('metrics[0]', 'expected a metric object, got 7')],
    });
  });
});
