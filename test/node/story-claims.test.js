// The tables in the story headers (stories/*.stories.ts) say what each fixture computes: the status
// of each metric, the verdict of each pair, the roll-up of each node. Designers read them; this test
// computes each row with outcome-kit/core (the built dist/core.js) so a table cannot drift.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { buildOutcomeTree, compareOutputToOutcome, parseDocument, summarizeMetric } from '../../dist/core.js';

const root = new URL('../../', import.meta.url);
const read = (path) => readFileSync(new URL(path, root), 'utf8');
const fixture = (name) => {
  const { document, errors } = parseDocument(read(`fixtures/${name}.json`));
  assert.ok(document, `fixtures/${name}.json: ${JSON.stringify(errors)}`);
  return document;
};

/** The rows of the first Markdown table in the story file's header comment, as arrays of cells. */
function headerTable(story) {
  const header = read(`stories/${story}.stories.ts`).split('*/')[0];
  const rows = header
    .split('\n')
    .map((line) => line.replace(/^\s*\*\s?/, '').trim())
    .filter((line) => line.startsWith('|'))
    .map((line) =>
      line
        .slice(1, -1)
        .split('|')
        .map((cell) => cell.trim()),
    );
  assert.ok(rows.length > 2, `stories/${story}.stories.ts has a table in its header`);
  return rows.slice(2); // below the column names and the rule
}

/** `+250%`, `−2%` (a minus sign or a hyphen), `0%` as a ratio; `—` as undefined. */
function percent(cell) {
  if (cell === '—') return undefined;
  const match = cell.match(/^([+−-]?)(\d+(?:\.\d+)?)%$/);
  assert.ok(match, `a percentage, got "${cell}"`);
  return (match[1] === '−' || match[1] === '-' ? -1 : 1) * (Number(match[2]) / 100);
}

const ids = (cell) => [...cell.matchAll(/`([^`]+)`/g)].map((m) => m[1]);

test('kpi-trend: every status in the header table is what summarizeMetric gives', () => {
  const document = fixture('kpi-statuses');
  const rows = headerTable('kpi-trend');
  for (const [metricCell, , current, projected, , status] of rows) {
    const [id] = ids(metricCell);
    const metric = document.metrics.find((m) => m.id === id);
    assert.ok(metric, `metric ${id}`);
    const summary = summarizeMetric(metric, { asOf: document.asOf });
    assert.equal(summary.status, status, `${id}: status`);
    const number = (cell) => Number(cell.replace(/[%,]/g, '')) / (cell.endsWith('%') ? 100 : 1);
    assert.ok(Math.abs(summary.current - number(current)) < 1e-9, `${id}: current ${summary.current}`);
    if (projected === '—') assert.equal(summary.projected, undefined, `${id}: no projection`);
    else {
      const shown = number(projected);
      const digits = projected.replace('%', '').split('.')[1]?.length ?? 0;
      const step = 10 ** -(digits + (projected.endsWith('%') ? 2 : 0));
      assert.ok(
        Math.abs(summary.projected - shown) <= step / 2 + 1e-9,
        `${id}: projected ${summary.projected}`,
      );
    }
  }
  assert.equal(rows.length, 5);
});

test('output-vs-outcome: every verdict and change in the header table is what compareOutputToOutcome gives', () => {
  const rows = headerTable('output-vs-outcome');
  for (const [fixtureCell, pairCell, output, outcome, verdictCell] of rows) {
    const document = fixture(ids(fixtureCell)[0]);
    const [outputId, outcomeId] = ids(pairCell);
    const metric = (id) => document.metrics.find((m) => m.id === id);
    const c = compareOutputToOutcome(metric(outputId), metric(outcomeId));
    const [verdict] = verdictCell.split(/[ ,]/);
    assert.equal(c.verdict, verdict, `${outputId} → ${outcomeId}: verdict`);
    for (const [cell, value] of [
      [output, c.outputChange],
      [outcome, c.outcomeChange],
    ]) {
      const shown = percent(cell);
      if (shown === undefined) continue;
      assert.ok(Math.abs(value - shown) < 0.005 + 1e-9, `${outputId} → ${outcomeId}: ${cell} vs ${value}`);
    }
    const lag = verdictCell.match(/lag (\d+)/);
    if (lag) assert.equal(c.lag, Number(lag[1]), `${outputId} → ${outcomeId}: lag`);
  }
  assert.equal(rows.length, 9);
});

test('outcome-tree: every roll-up and flag in the header table is what buildOutcomeTree gives', () => {
  const document = fixture('saas-outcomes');
  const nodes = [];
  const walk = (list) => list.forEach((n) => (nodes.push(n), walk(n.children)));
  walk(buildOutcomeTree(document).roots);
  const rows = headerTable('outcome-tree');
  for (const [nodeCell, outcome, output, flags] of rows) {
    const title = nodeCell
      .replace(/^[├└]\s*/, '')
      .replace(/\s*\((goal|output|weight \d+)\)$/, '')
      .trim();
    const node = nodes.find((n) => n.title === title);
    assert.ok(node, `a node titled "${title}"`);
    const near = (value, cell) =>
      cell === '—' ? value === undefined : Math.abs(value - percent(cell)) < 0.005 + 1e-9;
    assert.ok(near(node.outcomeProgress, outcome), `${title}: outcome ${node.outcomeProgress} vs ${outcome}`);
    assert.ok(near(node.outputProgress, output), `${title}: output ${node.outputProgress} vs ${output}`);
    assert.deepEqual([...node.flags].sort(), flags ? flags.split(/,\s*/).sort() : [], `${title}: flags`);
  }
  assert.equal(rows.length, 8);
});
