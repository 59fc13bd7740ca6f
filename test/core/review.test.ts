/** src/core/review.ts: delivery markers and the review since a date (DESIGN.md section 2). */
import { expect } from '@open-wc/testing';
import { localDay } from '../../src/core/dates.js';
import { parseDocument } from '../../src/core/parse/index.js';
import { deliveriesByMetric, deliveriesFor, metricReview, reviewSince } from '../../src/core/review.js';
import type { Metric, OutcomeDocument, OutcomeNode } from '../../src/core/schema.js';
import { summarizeMetric } from '../../src/core/summary.js';
import { exampleDoc } from '../helpers.js';

const nps: Metric = {
  id: 'nps',
  name: 'NPS',
  kind: 'outcome',
  points: [
    ['2026-01-31', 30],
    ['2026-02-28', 32],
    ['2026-03-31', 31],
    ['2026-04-30', 36],
  ],
};
const churn: Metric = {
  id: 'churn',
  name: 'Churn',
  kind: 'outcome',
  direction: 'down',
  points: [
    ['2026-01-31', 5],
    ['2026-04-30', 4],
  ],
};

const doc = (nodes: OutcomeNode[], extra: Partial<OutcomeDocument> = {}): OutcomeDocument => ({
  version: 1,
  asOf: '2026-04-30',
  metrics: [nps, churn],
  nodes,
  ...extra,
});

describe('deliveriesFor', () => {
  const nodes: OutcomeNode[] = [
    { id: 'g', type: 'goal', title: 'G', metric: 'nps' },
    { id: 'o', parent: 'g', type: 'outcome', title: 'O' },
    { id: 'late', parent: 'o', type: 'output', title: 'Late', shipped: '2026-04-01' },
    { id: 'early', parent: 'g', type: 'output', title: 'Early', shipped: '2026-02-01' },
    { id: 'unshipped', parent: 'g', type: 'output', title: 'Not yet' },
    { id: 'epic', parent: 'g', type: 'output', title: 'Epic' },
    { id: 'task', parent: 'epic', type: 'output', title: 'Task', shipped: '2026-03-01T12:00:00Z' },
    { id: 'before-data', parent: 'g', type: 'output', title: 'Before data', shipped: '2026-01-01' },
    { id: 'oc', type: 'outcome', title: 'Churn down', metric: 'churn' },
    { id: 'other', parent: 'oc', type: 'output', title: 'Other', shipped: '2026-02-15' },
    { id: 'lone', type: 'output', title: 'Lone', shipped: '2026-02-15' },
  ];

  it('lists the shipped outputs aimed at the metric, sorted by shipped', () => {
    expect(deliveriesFor(doc(nodes), 'nps').map((d) => d.id)).to.deep.equal([
      'before-data',
      'early',
      'task',
      'late',
    ]);
  });

  it('gives id, title, shipped as given and sinceShipped (undefined when no value precedes shipped)', () => {
    expect(deliveriesFor(doc(nodes), 'nps')).to.deep.equal([
      { id: 'before-data', title: 'Before data', shipped: '2026-01-01', sinceShipped: undefined },
      // 2026-02-01: last value at or before it 30 (01-31); current 36
      {
        id: 'early',
        title: 'Early',
        shipped: '2026-02-01',
        sinceShipped: { before: 30, after: 36, delta: 6, trend: 'good' },
      },
      {
        id: 'task',
        title: 'Task',
        shipped: '2026-03-01T12:00:00Z',
        sinceShipped: { before: 32, after: 36, delta: 4, trend: 'good' },
      },
      {
        id: 'late',
        title: 'Late',
        shipped: '2026-04-01',
        sinceShipped: { before: 31, after: 36, delta: 5, trend: 'good' },
      },
    ]);
    expect(deliveriesFor(doc(nodes), 'churn')).to.deep.equal([
      {
        id: 'other',
        title: 'Other',
        shipped: '2026-02-15',
        sinceShipped: { before: 5, after: 4, delta: -1, trend: 'good' },
      },
    ]);
  });

  it('keeps document order for outputs shipped at one instant', () => {
    const same: OutcomeNode[] = [
      { id: 'o', type: 'outcome', title: 'O', metric: 'nps' },
      { id: 'b', parent: 'o', type: 'output', title: 'B', shipped: '2026-03-01' },
      { id: 'a', parent: 'o', type: 'output', title: 'A', shipped: '2026-03-01T00:00:00Z' },
      { id: 'c', parent: 'o', type: 'output', title: 'C', shipped: Date.UTC(2026, 2, 1) },
    ];
    expect(deliveriesFor(doc(same), 'nps').map((d) => d.id)).to.deep.equal(['b', 'a', 'c']);
  });

  it('is empty for an unknown metric, a metric nothing aims at, or a document without nodes', () => {
    expect(deliveriesFor(doc(nodes), 'nope')).to.deep.equal([]);
    expect(deliveriesFor(doc(nodes.slice(0, 2)), 'nps')).to.deep.equal([]);
    expect(deliveriesFor({ version: 1, metrics: [nps] }, 'nps')).to.deep.equal([]);
  });

  it('finds the example document: onboarding for retention, pricing for ARR, the unaligned deck for nothing', () => {
    const { document } = parseDocument(exampleDoc());
    expect(deliveriesFor(document!, 'retention-90d').map((d) => [d.id, d.shipped])).to.deep.equal([
      ['w-onb', '2026-03-03'],
    ]);
    expect(deliveriesFor(document!, 'arr').map((d) => [d.id, d.shipped])).to.deep.equal([
      ['w-pricing', '2026-06-15'],
    ]);
    const all = document!.metrics.flatMap((m) => deliveriesFor(document!, m.id).map((d) => d.id));
    expect(all).to.not.include('w-slides');
  });
});

describe('reviewSince: metrics', () => {
  it('summarises each metric before (points at or before since, as of since) and now (as of asOf)', () => {
    const target: Metric = {
      ...nps,
      baseline: 30,
      target: { value: 100, date: '2026-03-15' },
    };
    const review = reviewSince(doc([], { metrics: [target, churn] }), '2026-02-28');
    expect(review.metrics.map((m) => m.id)).to.deep.equal(['nps', 'churn']);
    const [m] = review.metrics;
    // before: the points of 01-31 and 02-28 (the one on since counts), as of 02-28
    expect([m.before.current, m.before.previous, m.before.delta]).to.deep.equal([32, 30, 2]);
    // fewer than 3 points and the target date not yet passed: no forecast, status unknown
    expect(m.before.status).to.equal('unknown');
    // now: all four points, as of 04-30: the target date 03-15 has passed unmet
    expect([m.now.current, m.now.previous]).to.deep.equal([36, 31]);
    expect(m.now.status).to.equal('off-track');
    expect(m.statusChanged).to.equal(true);
  });

  it('reads before with asOf since: a deadline between since and asOf is not yet passed', () => {
    const metric: Metric = {
      id: 'm',
      name: 'M',
      kind: 'outcome',
      baseline: 0,
      target: { value: 10, date: '2026-03-15' },
      points: [['2026-01-31', 1]],
    };
    const document = doc([], { metrics: [metric] });
    expect(reviewSince(document, '2026-03-01').metrics[0].before.status).to.equal('unknown');
    expect(reviewSince(document, '2026-04-01').metrics[0].before.status).to.equal('off-track');
    expect(reviewSince(document, '2026-04-01').metrics[0].statusChanged).to.equal(false);
  });

  it('is exactly summarizeMetric of the points up to since, and of the whole metric', () => {
    const review = reviewSince(doc([]), '2026-03-31');
    const upTo = { ...nps, points: nps.points.slice(0, 3) };
    expect(review.metrics[0]).to.deep.equal({
      id: 'nps',
      before: summarizeMetric(upTo, { asOf: '2026-03-31' }),
      now: summarizeMetric(nps, { asOf: '2026-04-30' }),
      statusChanged: false, // no target: none both times
    });
    expect(review.metrics[0].before.status).to.equal('none');
  });

  it('has no values before when since precedes every point', () => {
    const [m] = reviewSince(doc([]), '2025-12-31').metrics;
    expect(m.before.current).to.equal(undefined);
    expect(m.now.current).to.equal(36);
  });
});

describe('reviewSince: check-ins and shipped outputs', () => {
  const nodes: OutcomeNode[] = [
    {
      id: 'g',
      type: 'goal',
      title: 'G',
      metric: 'nps',
      checkIns: [
        { date: '2026-02-28', note: 'on since: not after it' },
        { date: '2026-03-10', health: 'on-track' },
        { date: '2026-04-20', health: 'at-risk' },
      ],
    },
    {
      id: 'o',
      parent: 'g',
      type: 'outcome',
      title: 'O',
      checkIns: [
        { date: '2026-01-15', note: 'old' },
        { date: '2026-03-20T09:00:00Z', progress: 0.4 },
      ],
    },
    { id: 'w1', parent: 'o', type: 'output', title: 'W1', shipped: '2026-03-05' },
    { id: 'w2', parent: 'o', type: 'output', title: 'W2', shipped: '2026-04-10' },
    { id: 'w0', parent: 'o', type: 'output', title: 'W0', shipped: '2026-02-28' },
    {
      id: 'w3',
      parent: 'o',
      type: 'output',
      title: 'W3',
      checkIns: [{ date: '2026-04-20', note: 'same day as g' }],
    },
  ];

  it('lists every check-in dated after since, newest first, with its node', () => {
    const review = reviewSince(doc(nodes), '2026-02-28');
    expect(review.checkIns.map(({ node, checkIn }) => [node.id, checkIn.date])).to.deep.equal([
      ['g', '2026-04-20'],
      ['w3', '2026-04-20'],
      ['o', '2026-03-20T09:00:00Z'],
      ['g', '2026-03-10'],
    ]);
    expect(review.checkIns[0].checkIn).to.deep.equal({ date: '2026-04-20', health: 'at-risk' });
    expect(review.checkIns[0].node.title).to.equal('G');
  });

  it('lists the outputs shipped after since, newest first, with sinceShipped', () => {
    const review = reviewSince(doc(nodes), '2026-02-28');
    expect(review.shipped.map((n) => n.id)).to.deep.equal(['w2', 'w1']);
    expect(review.shipped[0].aims).to.equal('nps');
    // w2 shipped 2026-04-10: last value at or before it 31 (03-31), current 36
    expect(review.shipped[0].sinceShipped).to.deep.equal({ before: 31, after: 36, delta: 5, trend: 'good' });
    expect(review.shipped[1].sinceShipped).to.deep.equal({ before: 32, after: 36, delta: 4, trend: 'good' });
  });

  it('is empty of both when nothing happened after since', () => {
    const review = reviewSince(doc(nodes), '2026-04-30');
    expect(review.checkIns).to.deep.equal([]);
    expect(review.shipped).to.deep.equal([]);
  });

  it('gives since as given and the document asOf, else the viewer today', () => {
    const review = reviewSince(doc(nodes), Date.UTC(2026, 1, 28));
    expect([review.since, review.asOf]).to.deep.equal([Date.UTC(2026, 1, 28), '2026-04-30']);
    expect(review.shipped.map((n) => n.id)).to.deep.equal(['w2', 'w1']);
    const { asOf: _asOf, ...undated } = doc(nodes);
    expect(_asOf).to.equal('2026-04-30');
    expect(reviewSince(undated, '2026-02-28').asOf).to.equal(localDay());
  });

  it('throws a TypeError for a since that is not a date', () => {
    expect(() => reviewSince(doc(nodes), 'last week')).to.throw(
      TypeError,
      'expected a date, got "last week"',
    );
  });

  it('reviews the example document since 2026-09-01', () => {
    const { document } = parseDocument(exampleDoc());
    const review = reviewSince(document!, '2026-09-01');
    expect(review.metrics).to.have.length(document!.metrics.length);
    // Check-ins after 2026-09-01 in the example: o-arr 09-29, o-nps 09-26, g-retain 09-25, g-grow 09-22, o-flow 09-10.
    expect(review.checkIns.map((c) => c.node.id)).to.deep.equal([
      'o-arr',
      'o-nps',
      'g-retain',
      'g-grow',
      'o-flow',
    ]);
    // The last output shipped on 2026-08-01.
    expect(review.shipped).to.deep.equal([]);
    expect(reviewSince(document!, '2026-05-31').shipped.map((n) => n.id)).to.deep.equal([
      'w-slides',
      'w-pricing',
    ]);
  });
});

describe('metricReview', () => {
  it('is the entry reviewSince gives for that metric', () => {
    const document = parseDocument(exampleDoc()).document!;
    const review = reviewSince(document, '2026-06-01');
    for (const metric of document.metrics) {
      expect(metricReview(metric, '2026-06-01', document.asOf!), metric.id).to.deep.equal(
        review.metrics.find((m) => m.id === metric.id),
      );
    }
    const nps = metricReview(
      document.metrics.find((m) => m.id === 'nps')!,
      '2026-06-01',
      document.asOf!,
    );
    expect([nps.before.current, nps.now.current, nps.statusChanged]).to.deep.equal([41.39, 45.27, true]);
  });
});

describe('deliveriesByMetric', () => {
  it('gives, for every metric, what deliveriesFor gives, and nothing for a metric without any', () => {
    const document = parseDocument(exampleDoc()).document!;
    const all = deliveriesByMetric(document);
    for (const metric of document.metrics)
      expect(all.get(metric.id) ?? [], metric.id).to.deep.equal(deliveriesFor(document, metric.id));
    expect([...all.keys()].sort()).to.deep.equal(['arr', 'retention-90d']);
  });
});
