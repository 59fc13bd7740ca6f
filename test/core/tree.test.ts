import { expect } from '@open-wc/testing';
import fc from 'fast-check';
import { parseDocument } from '../../src/core/parse/index.js';
import type { OutcomeDocument, OutcomeNode } from '../../src/core/schema.js';
import {
  buildOutcomeTree,
  linkedPairs,
  sinceShipped,
  treeNodes,
  type OutcomeTreeNode,
} from '../../src/core/tree.js';
import { exampleDoc } from '../helpers.js';

const doc = (nodes: OutcomeNode[], metrics: OutcomeDocument['metrics'] = []): OutcomeDocument => ({
  version: 1,
  asOf: '2026-06-30',
  metrics,
  nodes,
});

/** Every node of the forest by id. */
function index(roots: OutcomeTreeNode[]): Map<string, OutcomeTreeNode> {
  const out = new Map<string, OutcomeTreeNode>();
  const stack = [...roots];
  while (stack.length) {
    const n = stack.pop()!;
    out.set(n.id, n);
    stack.push(...n.children);
  }
  return out;
}

const close = (actual: number | undefined, expected: number) => expect(actual).to.be.closeTo(expected, 1e-12);

describe('buildOutcomeTree: structure', () => {
  it('links children to parents in document order and keeps every field of the node', () => {
    const { roots } = buildOutcomeTree(
      doc([
        { id: 'g', type: 'goal', title: 'G', owner: 'Ann' },
        { id: 'b', parent: 'g', type: 'outcome', title: 'B' },
        { id: 'a', parent: 'g', type: 'outcome', title: 'A' },
      ]),
    );
    expect(roots.map((r) => r.id)).to.deep.equal(['g']);
    expect(roots[0].owner).to.equal('Ann');
    expect(roots[0].children.map((c) => c.id)).to.deep.equal(['b', 'a']);
  });

  it('makes a forest of several roots, and a root of a node whose parent is not in the document', () => {
    const { roots } = buildOutcomeTree(
      doc([
        { id: 'g1', type: 'goal', title: 'G1' },
        { id: 'g2', type: 'goal', title: 'G2' },
        { id: 'x', parent: 'rejected', type: 'outcome', title: 'X' },
      ]),
    );
    expect(roots.map((r) => r.id)).to.deep.equal(['g1', 'g2', 'x']);
  });

  it('gives an empty forest for a document without nodes', () => {
    expect(buildOutcomeTree({ version: 1, metrics: [] }).roots).to.deep.equal([]);
  });
});

describe('buildOutcomeTree: outcome progress', () => {
  it('uses a manual progress, else the weighted mean of non-output children; outputs never raise it', () => {
    const nodes = index(
      buildOutcomeTree(
        doc([
          { id: 'g', type: 'goal', title: 'G' },
          { id: 'o1', parent: 'g', type: 'outcome', title: 'O1', progress: 0.2, weight: 3 },
          { id: 'o2', parent: 'g', type: 'outcome', title: 'O2', progress: 0.6 },
          { id: 'w', parent: 'g', type: 'output', title: 'W', progress: 1, weight: 10 },
        ]),
      ).roots,
    );
    // (0.2 × 3 + 0.6 × 1) / 4 = 0.3; the finished output with weight 10 does not count.
    close(nodes.get('g')!.outcomeProgress, 0.3);
    expect(nodes.get('w')!.outcomeProgress).to.equal(undefined);
  });

  it("takes a metric's progress to target, clamped to [0, 1]", () => {
    const metrics: OutcomeDocument['metrics'] = [
      { id: 'over', name: 'Over', kind: 'outcome', baseline: 0, target: 10, points: [['2026-01-31', 15]] },
      { id: 'under', name: 'Under', kind: 'outcome', baseline: 10, target: 20, points: [['2026-01-31', 5]] },
      { id: 'half', name: 'Half', kind: 'outcome', baseline: 0, target: 10, points: [['2026-01-31', 5]] },
      { id: 'none', name: 'No target', kind: 'outcome', points: [['2026-01-31', 5]] },
    ];
    const nodes = index(
      buildOutcomeTree(
        doc(
          [
            { id: 'a', type: 'outcome', title: 'A', metric: 'over' },
            { id: 'b', type: 'outcome', title: 'B', metric: 'under' },
            { id: 'c', type: 'outcome', title: 'C', metric: 'half' },
            { id: 'd', type: 'outcome', title: 'D', metric: 'none' },
          ],
          metrics,
        ),
      ).roots,
    );
    expect(nodes.get('a')!.outcomeProgress).to.equal(1);
    expect(nodes.get('b')!.outcomeProgress).to.equal(0);
    expect(nodes.get('c')!.outcomeProgress).to.equal(0.5);
    expect(nodes.get('d')!.outcomeProgress).to.equal(undefined);
    expect(nodes.get('d')!.flags).to.deep.equal(['unmeasured']);
  });

  it('rolls up through several levels, skipping unmeasured children', () => {
    const nodes = index(
      buildOutcomeTree(
        doc([
          { id: 'g', type: 'goal', title: 'G' },
          { id: 'o', parent: 'g', type: 'outcome', title: 'O', weight: 2 },
          { id: 'k1', parent: 'o', type: 'outcome', title: 'K1', progress: 0.4 },
          { id: 'k2', parent: 'o', type: 'outcome', title: 'K2', progress: 0.8, weight: 3 },
          { id: 'u', parent: 'g', type: 'outcome', title: 'Unmeasured' },
          { id: 'p', parent: 'g', type: 'outcome', title: 'P', progress: 0.1 },
        ]),
      ).roots,
    );
    close(nodes.get('o')!.outcomeProgress, (0.4 + 0.8 * 3) / 4); // 0.7
    close(nodes.get('g')!.outcomeProgress, (0.7 * 2 + 0.1) / 3); // 0.5
    expect(nodes.get('u')!.flags).to.deep.equal(['unmeasured']);
  });
});

describe('buildOutcomeTree: output progress', () => {
  it("is an output's own progress, else the weighted mean of its children of any type", () => {
    const nodes = index(
      buildOutcomeTree(
        doc([
          { id: 'o', type: 'outcome', title: 'O', progress: 0.1 },
          { id: 'epic', parent: 'o', type: 'output', title: 'Epic', weight: 2 },
          { id: 't1', parent: 'epic', type: 'output', title: 'T1', progress: 1 },
          { id: 't2', parent: 'epic', type: 'output', title: 'T2', progress: 0 },
          { id: 'done', parent: 'o', type: 'output', title: 'Done', progress: 0.9 },
          { id: 'kr', parent: 'o', type: 'outcome', title: 'KR', progress: 0.5 },
          { id: 'kw', parent: 'kr', type: 'output', title: 'KW', progress: 0.3 },
        ]),
      ).roots,
    );
    close(nodes.get('epic')!.outputProgress, 0.5);
    // children of o: epic 0.5 × 2, done 0.9, kr (its own output progress 0.3) → (1 + 0.9 + 0.3) / 4
    close(nodes.get('o')!.outputProgress, 0.55);
    close(nodes.get('kr')!.outputProgress, 0.3);
    expect(nodes.get('t1')!.outputProgress).to.equal(1);
  });

  it('is undefined with no measured output below', () => {
    const { roots } = buildOutcomeTree(doc([{ id: 'g', type: 'goal', title: 'G', progress: 0.5 }]));
    expect(roots[0].outputProgress).to.equal(undefined);
    expect(roots[0].outcomeProgress).to.equal(0.5);
  });
});

describe('buildOutcomeTree: flags', () => {
  it('flags outputs with no goal or outcome above them as unaligned', () => {
    const nodes = index(
      buildOutcomeTree(
        doc([
          { id: 'root-task', type: 'output', title: 'Root task', progress: 1 },
          { id: 'sub-task', parent: 'root-task', type: 'output', title: 'Sub', progress: 1 },
          { id: 'o', type: 'outcome', title: 'O', progress: 0.9 },
          { id: 'aligned', parent: 'o', type: 'output', title: 'Aligned', progress: 1 },
          { id: 'deep', parent: 'aligned', type: 'output', title: 'Deep', progress: 1 },
        ]),
      ).roots,
    );
    expect(nodes.get('root-task')!.flags).to.deep.equal(['unaligned']);
    expect(nodes.get('sub-task')!.flags).to.deep.equal(['unaligned']);
    expect(nodes.get('aligned')!.flags).to.deep.equal([]);
    expect(nodes.get('deep')!.flags).to.deep.equal([]);
  });

  it('flags a gap when output progress exceeds outcome progress by 0.5 or more', () => {
    const nodes = index(
      buildOutcomeTree(
        doc([
          { id: 'busy', type: 'outcome', title: 'Busy', progress: 0.2 },
          { id: 'b1', parent: 'busy', type: 'output', title: 'B1', progress: 0.7 },
          { id: 'close', type: 'outcome', title: 'Close', progress: 0.21 },
          { id: 'c1', parent: 'close', type: 'output', title: 'C1', progress: 0.7 },
        ]),
      ).roots,
    );
    expect(nodes.get('busy')!.flags, '0.7 − 0.2 is exactly 0.5').to.deep.equal(['gap']);
    expect(nodes.get('close')!.flags).to.deep.equal([]);
  });

  it('finds the example document: the unaligned slide deck, and busy but not moving retention', () => {
    const { document } = parseDocument(exampleDoc());
    const nodes = index(buildOutcomeTree(document!).roots);
    expect(nodes.get('w-slides')!.flags).to.deep.equal(['unaligned']);
    // Its latest check-in, 2026-08-20, is 41 days before asOf 2026-09-30: more than checkInEvery 14.
    expect(nodes.get('o-ret')!.flags).to.deep.equal(['gap', 'no-recent-check-in']);
    close(nodes.get('o-ret')!.outputProgress, 0.95);
    // retention: baseline 0.71, target 0.8, current 0.72
    close(nodes.get('o-ret')!.outcomeProgress, (0.72 - 0.71) / (0.8 - 0.71));
    expect(nodes.get('o-nps')!.outcomeProgress).to.equal(1);
    const goal = nodes.get('g-retain')!;
    const churn = (0.02 - 0.03) / (0.015 - 0.03);
    close(goal.outcomeProgress, (1 * 2 + ((0.72 - 0.71) / 0.09) * 2 + churn) / 5);
  });
});

describe('buildOutcomeTree: scale', () => {
  it('handles a 100,000-deep chain without running out of stack', () => {
    const nodes: OutcomeNode[] = Array.from({ length: 100_000 }, (_, i) => ({
      id: `n${i}`,
      ...(i ? { parent: `n${i - 1}` } : {}),
      type: i < 99_999 ? 'outcome' : 'output',
      title: `N${i}`,
      ...(i === 99_999 ? { progress: 0.5 } : {}),
    }));
    const { roots } = buildOutcomeTree(doc(nodes));
    expect(roots).to.have.length(1);
    expect(roots[0].outputProgress).to.equal(0.5);
    expect(roots[0].flags).to.deep.equal(['unmeasured']);
  });

  it('keeps roll-ups within [0, 1] and every node once, for random forests', () => {
    fc.assert(
      fc.property(
        fc.array(
          fc.record({
            parent: fc.nat(),
            type: fc.constantFrom('goal', 'outcome', 'output'),
            progress: fc.option(fc.double({ min: 0, max: 1, noNaN: true }), { nil: undefined }),
            weight: fc.option(fc.double({ min: 0.1, max: 10, noNaN: true }), { nil: undefined }),
          }),
          { maxLength: 60 },
        ),
        (specs) => {
          const nodes = specs.map((s, i) => ({
            id: `n${i}`,
            // parents only point backwards, so there is never a cycle
            ...(i && s.parent % (i + 1) < i ? { parent: `n${s.parent % (i + 1)}` } : {}),
            type: s.type as OutcomeNode['type'],
            title: `N${i}`,
            ...(s.progress !== undefined ? { progress: s.progress } : {}),
            ...(s.weight !== undefined ? { weight: s.weight } : {}),
          }));
          const all = index(buildOutcomeTree(doc(nodes)).roots);
          expect(all.size).to.equal(nodes.length);
          for (const n of all.values()) {
            for (const v of [n.outcomeProgress, n.outputProgress]) {
              if (v !== undefined) expect(v).to.be.within(-1e-12, 1 + 1e-12);
            }
            if (n.type === 'output') expect(n.outcomeProgress).to.equal(undefined);
            expect(n.flags.includes('unmeasured')).to.equal(
              n.type !== 'output' && n.outcomeProgress === undefined,
            );
          }
        },
      ),
    );
  });
});

describe('treeNodes', () => {
  it('lists every node breadth first: roots, then their children in order', () => {
    const nodes: OutcomeNode[] = [
      { id: 'g1', type: 'goal', title: 'G1' },
      { id: 'g2', type: 'goal', title: 'G2' },
      { id: 'o1', parent: 'g1', type: 'outcome', title: 'O1' },
      { id: 'w1', parent: 'o1', type: 'output', title: 'W1' },
      { id: 'o2', parent: 'g2', type: 'outcome', title: 'O2' },
    ];
    const ids = treeNodes(buildOutcomeTree({ version: 1, metrics: [], nodes })).map((n) => n.id);
    expect(ids).to.deep.equal(['g1', 'g2', 'o1', 'o2', 'w1']);
  });

  it('is empty for a document without nodes', () => {
    expect(treeNodes(buildOutcomeTree({ version: 1, metrics: [] }))).to.deep.equal([]);
  });
});

describe('linkedPairs', () => {
  const metrics = ['nps:outcome', 'churn:outcome', 'features:output', 'tickets:output'].map((s) => {
    const [id, kind] = s.split(':');
    return { id, name: id, kind: kind as 'outcome' | 'output', points: [] };
  });

  it('pairs each output metric with the outcome metric of its nearest measured ancestor, once', () => {
    const nodes: OutcomeNode[] = [
      { id: 'g', type: 'goal', title: 'G' },
      { id: 'o1', parent: 'g', type: 'outcome', title: 'O1', metric: 'nps' },
      { id: 'o2', parent: 'o1', type: 'outcome', title: 'O2' },
      { id: 'w1', parent: 'o2', type: 'output', title: 'W1', metric: 'features' },
      { id: 'w2', parent: 'o1', type: 'output', title: 'W2', metric: 'features' },
      { id: 'o3', parent: 'g', type: 'outcome', title: 'O3', metric: 'churn' },
      { id: 'w3', parent: 'o3', type: 'output', title: 'W3', metric: 'tickets' },
      { id: 'w4', type: 'output', title: 'W4 (no outcome above)', metric: 'tickets' },
    ];
    expect(linkedPairs({ version: 1, metrics, nodes })).to.deep.equal([
      { output: 'features', outcome: 'nps' },
      { output: 'tickets', outcome: 'churn' },
    ]);
  });

  it('finds none in a tree whose outputs have no metric', () => {
    const { document } = parseDocument(exampleDoc());
    expect(linkedPairs(document!)).to.deep.equal([]);
  });
});

/** A document with `checkInEvery` (asOf 2026-06-30). */
const every = (days: number, nodes: OutcomeNode[], metrics: OutcomeDocument['metrics'] = []) => ({
  ...doc(nodes, metrics),
  checkInEvery: days,
});

/** A metric with a target, so that a node it measures has progress. */
const targeted = (id: string, value: number): OutcomeDocument['metrics'][number] => ({
  id,
  name: id,
  kind: 'outcome',
  baseline: 0,
  target: 10,
  points: [['2026-01-31', value]],
});

describe('buildOutcomeTree: own measure from check-ins', () => {
  it('takes the progress of the latest check-in that has one, when there is no metric or progress', () => {
    const nodes = index(
      buildOutcomeTree(
        doc([
          {
            id: 'o',
            type: 'outcome',
            title: 'O',
            checkIns: [
              { date: '2026-03-01', progress: 0.2 },
              { date: '2026-03-15', progress: 0.5, health: 'on-track' },
              { date: '2026-03-20', note: 'no number this time' },
            ],
          },
        ]),
      ).roots,
    );
    expect(nodes.get('o')!.outcomeProgress).to.equal(0.5);
    expect(nodes.get('o')!.flags).to.deep.equal([]);
  });

  it('finds the latest check-in by date, whatever the order of the list', () => {
    const { roots } = buildOutcomeTree(
      doc([
        {
          id: 'o',
          type: 'outcome',
          title: 'O',
          checkIns: [
            { date: '2026-05-01', progress: 0.7 },
            { date: '2026-04-01T12:00:00Z', progress: 0.9 },
            { date: Date.UTC(2026, 3, 15), progress: 0.1 },
          ],
        },
      ]),
    );
    expect(roots[0].outcomeProgress).to.equal(0.7);
    expect(roots[0].latestCheckIn).to.deep.equal({ date: '2026-05-01', progress: 0.7 });
  });

  it("prefers the node's own progress to any check-in", () => {
    const { roots } = buildOutcomeTree(
      doc([
        {
          id: 'o',
          type: 'outcome',
          title: 'O',
          progress: 0.1,
          checkIns: [{ date: '2026-06-01', progress: 0.9 }],
        },
      ]),
    );
    expect(roots[0].outcomeProgress).to.equal(0.1);
  });

  it("prefers the metric's clamped progress to progress and check-ins (a document built by hand)", () => {
    const node: OutcomeNode = {
      id: 'o',
      type: 'outcome',
      title: 'O',
      metric: 'over',
      progress: 0.1,
      checkIns: [{ date: '2026-06-01', progress: 0.2 }],
    };
    const { roots } = buildOutcomeTree(doc([node], [targeted('over', 15)]));
    expect(roots[0].outcomeProgress).to.equal(1); // (15 - 0) / (10 - 0), clamped
  });

  it('falls through to progress, then check-ins, when the metric has no progress (no target)', () => {
    const untargeted = { id: 'plain', name: 'Plain', kind: 'outcome' as const, points: [] };
    const { roots } = buildOutcomeTree(
      doc(
        [
          { id: 'a', type: 'outcome', title: 'A', metric: 'plain', progress: 0.3 },
          {
            id: 'b',
            type: 'outcome',
            title: 'B',
            metric: 'plain',
            checkIns: [{ date: '2026-06-01', progress: 0.4 }],
          },
          { id: 'c', type: 'outcome', title: 'C', metric: 'plain' },
        ],
        [untargeted],
      ),
    );
    expect(roots.map((r) => r.outcomeProgress)).to.deep.equal([0.3, 0.4, undefined]);
  });

  it('rolls a check-in measured outcome up into its goal like any other measure', () => {
    const nodes = index(
      buildOutcomeTree(
        doc([
          { id: 'g', type: 'goal', title: 'G' },
          {
            id: 'a',
            parent: 'g',
            type: 'outcome',
            title: 'A',
            checkIns: [{ date: '2026-06-01', progress: 0.8 }],
          },
          { id: 'b', parent: 'g', type: 'outcome', title: 'B', progress: 0.2, weight: 3 },
        ]),
      ).roots,
    );
    close(nodes.get('g')!.outcomeProgress, (0.8 + 0.2 * 3) / 4);
  });

  it("gives an output's check-in progress to output progress only, never to outcome progress", () => {
    const nodes = index(
      buildOutcomeTree(
        doc([
          { id: 'o', type: 'outcome', title: 'O' },
          {
            id: 'w',
            parent: 'o',
            type: 'output',
            title: 'W',
            checkIns: [{ date: '2026-06-01', progress: 0.6 }],
          },
        ]),
      ).roots,
    );
    expect(nodes.get('w')!.outputProgress).to.equal(0.6);
    expect(nodes.get('w')!.outcomeProgress).to.equal(undefined);
    expect(nodes.get('o')!.outputProgress).to.equal(0.6);
    expect(nodes.get('o')!.outcomeProgress).to.equal(undefined);
    expect(nodes.get('o')!.flags).to.deep.equal(['unmeasured']);
  });
});

describe('buildOutcomeTree: latestCheckIn', () => {
  it('is the check-in with the latest date on every kind of node, else undefined', () => {
    const first = { date: '2026-05-01', health: 'on-track' as const };
    const last = { date: '2026-06-01', note: 'later' };
    const nodes = index(
      buildOutcomeTree(
        doc([
          { id: 'g', type: 'goal', title: 'G', checkIns: [last, first] },
          { id: 'o', parent: 'g', type: 'outcome', title: 'O' },
          { id: 'w', parent: 'o', type: 'output', title: 'W', checkIns: [first] },
        ]),
      ).roots,
    );
    expect(nodes.get('g')!.latestCheckIn).to.equal(last);
    expect(nodes.get('o')!.latestCheckIn).to.equal(undefined);
    expect(nodes.get('w')!.latestCheckIn).to.equal(first);
  });

  it('reads the latest from a parsed document', () => {
    const { document } = parseDocument(exampleDoc());
    const nodes = index(buildOutcomeTree(document!).roots);
    expect(nodes.get('o-ret')!.latestCheckIn?.date).to.equal('2026-08-20');
    expect(nodes.get('o-ret')!.latestCheckIn?.health).to.equal('off-track');
    expect(nodes.get('o-churn')!.latestCheckIn).to.equal(undefined);
  });
});

describe('buildOutcomeTree: no-recent-check-in', () => {
  it('is never raised without checkInEvery', () => {
    const nodes = index(
      buildOutcomeTree(
        doc([
          { id: 'g', type: 'goal', title: 'G', progress: 0.5 },
          {
            id: 'o',
            parent: 'g',
            type: 'outcome',
            title: 'O',
            progress: 0.5,
            checkIns: [{ date: '2000-01-01', note: 'x' }],
          },
        ]),
      ).roots,
    );
    for (const n of nodes.values()) expect(n.flags, n.id).to.deep.equal([]);
  });

  it('flags goals and outcomes whose latest check-in is more than checkInEvery days before asOf', () => {
    // asOf 2026-06-30; 14 days before is 2026-06-16.
    const at = (id: string, date: string | number): OutcomeNode => ({
      id,
      type: 'outcome',
      title: id,
      progress: 0.5,
      checkIns: [{ date, note: id }],
    });
    const nodes = index(
      buildOutcomeTree(
        every(14, [
          at('today', '2026-06-30'),
          at('exactly-14-days', '2026-06-16'),
          at('exactly-14-days-as-date-time', '2026-06-16T00:00:00Z'),
          at('15-days', '2026-06-15'),
          at('a-second-more', '2026-06-15T23:59:59Z'),
          at('epoch-14-days', Date.UTC(2026, 5, 16)),
        ]),
      ).roots,
    );
    const flagged = [...nodes.values()]
      .filter((n) => n.flags.includes('no-recent-check-in'))
      .map((n) => n.id);
    expect(flagged.sort()).to.deep.equal(['15-days', 'a-second-more']);
  });

  it('looks at the latest check-in only, and flags a goal or outcome that has none', () => {
    const nodes = index(
      buildOutcomeTree(
        every(30, [
          {
            id: 'g',
            type: 'goal',
            title: 'G',
            progress: 0.5,
            checkIns: [
              { date: '2026-01-01', note: 'old' },
              { date: '2026-06-20', note: 'recent' },
            ],
          },
          { id: 'o', parent: 'g', type: 'outcome', title: 'O', progress: 0.5 },
          { id: 'empty', parent: 'g', type: 'outcome', title: 'Empty list', progress: 0.5, checkIns: [] },
        ]),
      ).roots,
    );
    expect(nodes.get('g')!.flags).to.deep.equal([]);
    expect(nodes.get('o')!.flags).to.deep.equal(['no-recent-check-in']);
    expect(nodes.get('empty')!.flags).to.deep.equal(['no-recent-check-in']);
  });

  it('never flags outputs, with or without check-ins', () => {
    const nodes = index(
      buildOutcomeTree(
        every(1, [
          {
            id: 'o',
            type: 'outcome',
            title: 'O',
            progress: 0.5,
            checkIns: [{ date: '2026-06-30', note: 'x' }],
          },
          { id: 'w', parent: 'o', type: 'output', title: 'W', progress: 0.5 },
          {
            id: 'w2',
            parent: 'o',
            type: 'output',
            title: 'W2',
            progress: 0.5,
            checkIns: [{ date: '2020-01-01', note: 'x' }],
          },
        ]),
      ).roots,
    );
    expect(nodes.get('w')!.flags).to.deep.equal([]);
    expect(nodes.get('w2')!.flags).to.deep.equal([]);
    expect(nodes.get('o')!.flags).to.deep.equal([]);
  });

  it('comes after the other flags', () => {
    const nodes = index(
      buildOutcomeTree(
        every(7, [
          { id: 'o', type: 'outcome', title: 'O' },
          { id: 'busy', type: 'outcome', title: 'Busy', progress: 0 },
          { id: 'w', parent: 'busy', type: 'output', title: 'W', progress: 1 },
        ]),
      ).roots,
    );
    expect(nodes.get('o')!.flags).to.deep.equal(['unmeasured', 'no-recent-check-in']);
    expect(nodes.get('busy')!.flags).to.deep.equal(['gap', 'no-recent-check-in']);
  });

  it("counts from the viewer's today without asOf", () => {
    const DAY = 86_400_000;
    const today = Date.UTC(new Date().getFullYear(), new Date().getMonth(), new Date().getDate());
    const day = (t: number) => new Date(t).toISOString().slice(0, 10);
    const nodes = index(
      buildOutcomeTree({
        version: 1,
        metrics: [],
        checkInEvery: 10,
        nodes: [
          {
            id: 'fresh',
            type: 'goal',
            title: 'Fresh',
            progress: 0.5,
            checkIns: [{ date: day(today - 2 * DAY), note: 'x' }],
          },
          {
            id: 'stale',
            type: 'goal',
            title: 'Stale',
            progress: 0.5,
            checkIns: [{ date: day(today - 40 * DAY), note: 'x' }],
          },
        ],
      }).roots,
    );
    expect(nodes.get('fresh')!.flags).to.deep.equal([]);
    expect(nodes.get('stale')!.flags).to.deep.equal(['no-recent-check-in']);
  });

  it('finds the example document: a 14-day cadence', () => {
    const { document } = parseDocument(exampleDoc());
    const nodes = index(buildOutcomeTree(document!).roots);
    const flagged = [...nodes.values()]
      .filter((n) => n.flags.includes('no-recent-check-in'))
      .map((n) => n.id);
    // asOf 2026-09-30: o-ret (2026-08-20) and o-flow (2026-09-10) are more than 14 days old, o-churn has none.
    expect(flagged.sort()).to.deep.equal(['o-churn', 'o-flow', 'o-ret']);
  });
});

describe('buildOutcomeTree: aims', () => {
  const metrics = ['a', 'b', 'c', 'own'].map((id) => ({
    id,
    name: id,
    kind: 'outcome' as const,
    points: [],
  }));

  it('is the metric of the nearest goal or outcome above that has one', () => {
    const nodes = index(
      buildOutcomeTree(
        doc(
          [
            { id: 'g', type: 'goal', title: 'G', metric: 'a' },
            { id: 'o', parent: 'g', type: 'outcome', title: 'O', metric: 'b' },
            { id: 'w1', parent: 'o', type: 'output', title: 'W1' },
            { id: 'o2', parent: 'g', type: 'outcome', title: 'O2 (no metric)' },
            { id: 'w2', parent: 'o2', type: 'output', title: 'W2' },
            { id: 'epic', parent: 'o', type: 'output', title: 'Epic', metric: 'own' },
            { id: 'task', parent: 'epic', type: 'output', title: 'Task' },
            { id: 'kr', parent: 'epic', type: 'outcome', title: 'KR under an output', metric: 'c' },
            { id: 'w3', parent: 'kr', type: 'output', title: 'W3' },
          ],
          metrics,
        ),
      ).roots,
    );
    expect(nodes.get('w1')!.aims).to.equal('b');
    expect(nodes.get('w2')!.aims, 'past an outcome without a metric, to the goal').to.equal('a');
    expect(nodes.get('epic')!.aims, 'its own metric does not count').to.equal('b');
    expect(nodes.get('task')!.aims, "an output's metric above does not count").to.equal('b');
    expect(nodes.get('w3')!.aims).to.equal('c');
  });

  it('is undefined for an output with no goal or outcome with a metric above, and absent on goals and outcomes', () => {
    const nodes = index(
      buildOutcomeTree(
        doc(
          [
            { id: 'g', type: 'goal', title: 'G', metric: 'a' },
            { id: 'o', parent: 'g', type: 'outcome', title: 'O' },
            { id: 'lone', type: 'output', title: 'Lone', metric: 'own' },
            { id: 'o2', type: 'outcome', title: 'O2' },
            { id: 'w', parent: 'o2', type: 'output', title: 'W' },
          ],
          metrics,
        ),
      ).roots,
    );
    expect(nodes.get('lone')!.aims).to.equal(undefined);
    expect(nodes.get('w')!.aims).to.equal(undefined);
    expect(nodes.get('g')!).to.not.have.property('aims');
    expect(nodes.get('o')!).to.not.have.property('aims');
  });

  it('finds the example document: onboarding aims at retention, pricing at ARR, the slide deck at nothing', () => {
    const { document } = parseDocument(exampleDoc());
    const nodes = index(buildOutcomeTree(document!).roots);
    expect(nodes.get('w-onb')!.aims).to.equal('retention-90d');
    expect(nodes.get('w-pricing')!.aims).to.equal('arr');
    expect(nodes.get('w-slides')!.aims).to.equal(undefined);
  });
});

describe('buildOutcomeTree: sinceShipped', () => {
  const series: OutcomeDocument['metrics'][number] = {
    id: 'm',
    name: 'M',
    kind: 'outcome',
    points: [
      ['2026-01-31', 10],
      ['2026-02-28', null],
      ['2026-03-31', 12],
      ['2026-04-30', 15],
    ],
  };
  /** The sinceShipped of an output shipped on that date, below an outcome measured by `metric`. */
  const since = (shipped: OutcomeNode['shipped'], metric = series) => {
    const nodes = index(
      buildOutcomeTree(
        doc(
          [
            { id: 'o', type: 'outcome', title: 'O', metric: metric.id },
            { id: 'w', parent: 'o', type: 'output', title: 'W', shipped },
          ],
          [metric],
        ),
      ).roots,
    );
    return nodes.get('w')!.sinceShipped;
  };

  it('goes from the last non-null value at or before shipped to the current value', () => {
    // before: 2026-02-28 is a gap, so 2026-01-31's 10; current: 2026-04-30's 15
    expect(since('2026-03-15')).to.deep.equal({ before: 10, after: 15, delta: 5, trend: 'good' });
    expect(since('2026-03-31'), 'a value on the day counts').to.deep.equal({
      before: 12,
      after: 15,
      delta: 3,
      trend: 'good',
    });
    expect(since('2026-03-31T00:00:00Z'), 'the same instant').to.deep.equal({
      before: 12,
      after: 15,
      delta: 3,
      trend: 'good',
    });
    expect(since('2026-03-30T23:59:59Z')).to.deep.equal({ before: 10, after: 15, delta: 5, trend: 'good' });
  });

  it('is flat when shipped after the last value', () => {
    expect(since('2026-09-01')).to.deep.equal({ before: 15, after: 15, delta: 0, trend: 'flat' });
  });

  it("respects the metric's direction", () => {
    expect(since('2026-03-15', { ...series, direction: 'down' })).to.deep.equal({
      before: 10,
      after: 15,
      delta: 5,
      trend: 'bad',
    });
    const falling = {
      ...series,
      direction: 'down' as const,
      points: [
        ['2026-01-31', 9],
        ['2026-05-31', 4],
      ],
    };
    expect(since('2026-02-01', falling as typeof series)).to.deep.equal({
      before: 9,
      after: 4,
      delta: -5,
      trend: 'good',
    });
  });

  it('skips a trailing gap: the current value is the latest non-null one', () => {
    const gap = { ...series, points: [...series.points, ['2026-05-31', null]] as typeof series.points };
    expect(since('2026-01-31', gap)).to.deep.equal({ before: 10, after: 15, delta: 5, trend: 'good' });
  });

  it('is undefined when no value is at or before shipped, or the metric has no values', () => {
    expect(since('2026-01-30')).to.equal(undefined);
    expect(since('2026-03-01', { ...series, points: [['2026-02-28', null]] })).to.equal(undefined);
    expect(since('2026-03-01', { ...series, points: [] })).to.equal(undefined);
  });

  it('is absent without shipped or without aims', () => {
    const nodes = index(
      buildOutcomeTree(
        doc(
          [
            { id: 'o', type: 'outcome', title: 'O', metric: 'm' },
            { id: 'unshipped', parent: 'o', type: 'output', title: 'Unshipped' },
            { id: 'aimless', type: 'output', title: 'Aimless', shipped: '2026-03-15' },
          ],
          [series],
        ),
      ).roots,
    );
    expect(nodes.get('unshipped')!).to.not.have.property('sinceShipped');
    expect(nodes.get('aimless')!).to.not.have.property('sinceShipped');
    expect(nodes.get('o')!).to.not.have.property('sinceShipped');
  });

  it('reads unsorted points by time (the exported helper, on a metric built by hand)', () => {
    const unsorted = { ...series, points: [...series.points].reverse() };
    expect(sinceShipped(unsorted, '2026-03-15')).to.deep.equal({
      before: 10,
      after: 15,
      delta: 5,
      trend: 'good',
    });
    expect(sinceShipped(undefined, '2026-03-15')).to.equal(undefined);
  });
});
