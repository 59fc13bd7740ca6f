// outcome-kit/core runs in Node: the built package, imported by its public name through the
// exports map, parses and summarises the example document.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import {
  parseDocumentAsync,
  buildOutcomeTree,
  deliveriesFor,
  parseDocument,
  reviewSince,
  summarizeMetric,
} from 'outcome-kit/core';

const text = readFileSync(new URL('../../fixtures/saas-outcomes.json', import.meta.url), 'utf8');

test('the example document parses with no errors, from text or from an object', () => {
  const fromText = parseDocument(text);
  assert.deepEqual(fromText.errors, []);
  assert.equal(fromText.document.metrics.length, 7);
  assert.equal(fromText.document.nodes.length, 14);
  assert.deepEqual(parseDocument(JSON.parse(text)), fromText);
});

test('nps summarises: current 45.27, met', () => {
  const { document } = parseDocument(text);
  const nps = document.metrics.find((m) => m.id === 'nps');
  const s = summarizeMetric(nps, { asOf: document.asOf });
  assert.equal(s.current, 45.27);
  assert.equal(s.currentDate, '2026-09-30');
  assert.equal(s.previous, 43.1);
  assert.ok(Math.abs(s.delta - 2.17) < 1e-12);
  assert.equal(s.trend, 'good');
  assert.equal(s.baseline, 31);
  assert.equal(s.target, 45);
  assert.ok(Math.abs(s.progress - 14.27 / 14) < 1e-12);
  assert.equal(s.met, true);
  assert.equal(s.status, 'met');
});

test('a metric without a target has status none', () => {
  const { document } = parseDocument(text);
  const features = summarizeMetric(
    document.metrics.find((m) => m.id === 'features'),
    { asOf: document.asOf },
  );
  assert.equal(features.status, 'none');
  assert.equal(features.current, 16);
  assert.equal(features.progress, undefined);
});

test('a broken document is reported, not thrown', () => {
  const result = parseDocument('{"version": 2}');
  assert.equal(result.document, undefined);
  assert.deepEqual(result.errors, [{ path: 'version', message: 'unsupported version: expected 1, got 2' }]);
});

test('the feedback loop runs in Node: check-ins, delivery markers and the review since a date', () => {
  const { document } = parseDocument(text);
  assert.equal(document.checkInEvery, 14);
  const stale = [];
  const stack = [...buildOutcomeTree(document).roots];
  while (stack.length) {
    const node = stack.pop();
    if (node.flags.includes('no-recent-check-in')) stale.push(node.id);
    stack.push(...node.children);
  }
  // asOf 2026-09-30, cadence 14 days: o-ret last checked in 2026-08-20, o-flow 2026-09-10, o-churn never.
  assert.deepEqual(stale.sort(), ['o-churn', 'o-flow', 'o-ret']);
  assert.deepEqual(
    deliveriesFor(document, 'retention-90d').map((d) => [d.id, d.shipped]),
    [['w-onb', '2026-03-03']],
  );
  const review = reviewSince(document, '2026-09-01');
  assert.equal(review.asOf, '2026-09-30');
  assert.equal(review.metrics.length, 7);
  assert.deepEqual(
    review.checkIns.map((c) => c.checkIn.date),
    ['2026-09-29', '2026-09-26', '2026-09-25', '2026-09-22', '2026-09-10'],
  );
  assert.deepEqual(review.shipped, []);
});

test('parseDocumentAsync gives what parseDocument gives, and lets other work run during a large check', async () => {
  for (const input of [text, JSON.parse(text), '{"version": 1', { version: 1, metrics: 3 }]) {
    assert.deepEqual(await parseDocumentAsync(input), parseDocument(input));
  }
  const points = [];
  for (let i = 0; i < 400_000; i++) points.push([Date.UTC(2000, 0, 1) + i * 60_000, i % 100]);
  points.push(['not a date', 1]);
  const big = { version: 1, metrics: [{ id: 'big', name: 'Big', kind: 'outcome', points }] };
  let ticks = 0;
  const timer = setInterval(() => ticks++, 1);
  const result = await parseDocumentAsync(big);
  clearInterval(timer);
  assert.deepEqual(result, parseDocument(big));
  assert.equal(result.errors[0].path, 'metrics[0].points[400000][0]');
  assert.ok(ticks > 0, 'the check never paused');
});
