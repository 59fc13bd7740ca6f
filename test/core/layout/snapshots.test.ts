/**
 * Every layout over the shared fixtures, at the sizes the elements fall back to, a narrow size
 * and right to left, compared with the committed snapshots in `snapshots/` (see `snapshot.ts`).
 * The inputs are built as the elements build them; the dates come from each fixture's `asOf`.
 */
import { describe, it } from 'node:test';
import { compareOutputToOutcome } from '../../../src/core/compare.js';
import { quadrantLayout } from '../../../src/core/layout/quadrant.js';
import { sparklineGeometry, type SparklineOptions } from '../../../src/core/layout/sparkline.js';
import { timelineLayout } from '../../../src/core/layout/timeline.js';
import { mapLayout } from '../../../src/core/layout/tree-map.js';
import type { Metric, OutcomeDocument } from '../../../src/core/schema.js';
import { summarizeMetric } from '../../../src/core/summary.js';
import { buildOutcomeTree, treeNodes } from '../../../src/core/tree.js';
import { visibleRows, type RowOptions } from '../../../src/elements/outcome-tree/tree-model.js';
import { fixture } from './fixtures.js';
import { assertSnapshot } from './snapshot.js';

/** A box of the output-vs-outcome charts: the element's fallback size, a narrow one, and RTL. */
const PLOT_BOXES = [
  { name: '480x256', width: 480, height: 256, rtl: false },
  { name: '320x200', width: 320, height: 200, rtl: false },
  { name: '480x256-rtl', width: 480, height: 256, rtl: true },
];

const metricOf = (document: OutcomeDocument, id: string): Metric => {
  const metric = document.metrics.find((m) => m.id === id);
  if (!metric) throw new Error(`no metric ${id}`);
  return metric;
};

describe('sparklineGeometry snapshots', () => {
  // The card's fallback size, the same right to left, and the compact variant (no target, no forecast).
  const variants: { name: string; options: SparklineOptions }[] = [
    { name: '280x64', options: { width: 280, height: 64 } },
    { name: '280x64-rtl', options: { width: 280, height: 64, rtl: true } },
    { name: '96x40-compact', options: { width: 96, height: 40, target: false, forecast: false } },
  ];
  for (const name of ['saas-outcomes', 'kpi-statuses', 'kpi-edge-cases']) {
    for (const variant of variants) {
      it(`${name} at ${variant.name}`, () => {
        const document = fixture(name);
        const geometry = Object.fromEntries(
          document.metrics.map((m) => [
            m.id,
            sparklineGeometry(m, summarizeMetric(m, { asOf: document.asOf }), variant.options),
          ]),
        );
        assertSnapshot(`sparkline-${name}-${variant.name}`, geometry);
      });
    }
  }
});

describe('timelineLayout snapshots', () => {
  // Output and outcome pairs; the last pair mixes two fixtures for an outcome that starts negative.
  const pairs: {
    name: string;
    output: [fixture: string, id: string];
    outcome: [fixture: string, id: string];
  }[] = [
    ...[
      ['saas-outcomes', 'features', 'nps'],
      ['saas-outcomes', 'tickets', 'churn'],
      ['vs-verdicts', 'onboarding-shipped', 'activation'],
      ['vs-verdicts', 'integrations-shipped', 'net-revenue-retention'],
      ['vs-verdicts', 'blog-posts', 'trial-signups'],
      ['vs-verdicts', 'support-macros', 'csat'],
      ['vs-verdicts', 'releases', 'logo-churn'],
      ['vs-timing', 'prs-merged', 'active-teams'],
      ['vs-timing', 'pricing-experiments', 'paid-upgrades'],
    ].map(([file, output, outcome]) => ({
      name: `${file} ${output} vs ${outcome}`,
      output: [file, output] as [string, string],
      outcome: [file, outcome] as [string, string],
    })),
    {
      name: 'vs-verdicts onboarding-shipped vs kpi-edge-cases net-cash-flow',
      output: ['vs-verdicts', 'onboarding-shipped'],
      outcome: ['kpi-edge-cases', 'net-cash-flow'],
    },
  ];
  for (const box of PLOT_BOXES) {
    it(`output and outcome pairs at ${box.name}`, () => {
      const layouts: Record<string, unknown> = {};
      for (const { name, output, outcome } of pairs) {
        const outcomeDocument = fixture(outcome[0]);
        const outcomeMetric = metricOf(outcomeDocument, outcome[1]);
        const comparison = compareOutputToOutcome(metricOf(fixture(output[0]), output[1]), outcomeMetric);
        // As the element: no chart with fewer than two aligned points.
        if (comparison.points.length < 2) continue;
        const target = summarizeMetric(outcomeMetric, { asOf: outcomeDocument.asOf }).target;
        layouts[name] = timelineLayout(comparison, box.width, box.height, target, box.rtl);
      }
      assertSnapshot(`timeline-${box.name}`, layouts);
    });
  }
});

const TREES = ['saas-outcomes', 'tree-flags', 'tree-forest', 'tree-deep'];

describe('quadrantLayout snapshots', () => {
  for (const name of TREES) {
    for (const box of PLOT_BOXES) {
      it(`${name} at ${box.name}`, () => {
        const outcomes = treeNodes(buildOutcomeTree(fixture(name))).filter((n) => n.type === 'outcome');
        const { points, ...frame } = quadrantLayout(outcomes, box.width, box.height, box.rtl);
        assertSnapshot(`quadrant-${name}-${box.name}`, {
          ...frame,
          points: points.map(({ node, ...p }) => ({ id: node.id, ...p })),
        });
      });
    }
  }
});

describe('mapLayout snapshots', () => {
  const variants: { name: string; rows: RowOptions; rtl: boolean }[] = [
    { name: 'open', rows: { isExpanded: () => true }, rtl: false },
    { name: 'open-rtl', rows: { isExpanded: () => true }, rtl: true },
    { name: 'two-levels', rows: { isExpanded: (_, level) => level < 2 }, rtl: false },
    { name: 'no-outputs', rows: { isExpanded: () => true, hideOutputs: true }, rtl: false },
  ];
  for (const name of TREES) {
    for (const variant of variants) {
      it(`${name}, ${variant.name}`, () => {
        const rows = visibleRows(buildOutcomeTree(fixture(name)).roots, variant.rows);
        const { width, height, cards, links } = mapLayout(rows, variant.rtl);
        assertSnapshot(`tree-map-${name}-${variant.name}`, {
          width,
          height,
          cards: cards.map((c, i) => ({ id: rows[i].node.id, ...c })),
          links,
        });
      });
    }
  }
});
