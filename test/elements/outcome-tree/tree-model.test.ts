import { expect } from '@open-wc/testing';
import type { OutcomeNode } from '../../../src/core/schema.js';
import { buildOutcomeTree } from '../../../src/core/tree.js';
import {
  flagCounts,
  isFlagged,
  keyAction,
  typeAhead,
  visibleRows,
} from '../../../src/elements/outcome-tree/tree-model.js';

// g ─┬ a ── a1
//    └ b
// h
const nodes: OutcomeNode[] = [
  { id: 'g', type: 'goal', title: 'Grow' },
  { id: 'a', parent: 'g', type: 'outcome', title: 'Adoption' },
  { id: 'a1', parent: 'a', type: 'output', title: 'Announce' },
  { id: 'b', parent: 'g', type: 'outcome', title: 'Billing' },
  { id: 'h', type: 'output', title: 'Hackathon' },
];
const { roots } = buildOutcomeTree({ version: 1, metrics: [], nodes });
const all = visibleRows(roots, { isExpanded: () => true });

describe('visibleRows', () => {
  it('lists open rows depth first with level, set size, position and parent', () => {
    expect(
      all.map((r) => [r.node.id, r.level, r.setsize, r.posinset, r.parentRow, r.expanded]),
    ).to.deep.equal([
      ['g', 1, 2, 1, -1, true],
      ['a', 2, 2, 1, 0, true],
      ['a1', 3, 1, 1, 1, false],
      ['b', 2, 2, 2, 0, false],
      ['h', 1, 2, 2, -1, false],
    ]);
  });

  it('leaves out children of closed rows, and outputs when asked', () => {
    expect(visibleRows(roots, { isExpanded: (n) => n.id !== 'g' }).map((r) => r.node.id)).to.deep.equal([
      'g',
      'h',
    ]);
    const noOutputs = visibleRows(roots, { isExpanded: () => true, hideOutputs: true });
    expect(noOutputs.map((r) => [r.node.id, r.setsize])).to.deep.equal([
      ['g', 1],
      ['a', 2],
      ['b', 2],
    ]);
    expect(noOutputs[1].children, 'a has no children left to open').to.deep.equal([]);
  });
});

describe('keyAction', () => {
  const closed = visibleRows(roots, { isExpanded: (n) => n.id === 'g' });
  it('moves with Up, Down, Home and End, never past the ends', () => {
    expect(keyAction(all, 0, 'ArrowDown')).to.deep.equal({ type: 'focus', row: 1 });
    expect(keyAction(all, 4, 'ArrowDown')).to.deep.equal({ type: 'focus', row: 4 });
    expect(keyAction(all, 0, 'ArrowUp')).to.deep.equal({ type: 'focus', row: 0 });
    expect(keyAction(all, 2, 'Home')).to.deep.equal({ type: 'focus', row: 0 });
    expect(keyAction(all, 2, 'End')).to.deep.equal({ type: 'focus', row: 4 });
  });

  it('Right opens a closed row, enters an open one, and does nothing on a leaf', () => {
    expect(keyAction(closed, 1, 'ArrowRight')).to.deep.equal({ type: 'expand', row: 1 });
    expect(keyAction(all, 1, 'ArrowRight')).to.deep.equal({ type: 'focus', row: 2 });
    expect(keyAction(all, 3, 'ArrowRight')).to.equal(undefined);
  });

  it('Left closes an open row, else goes to the parent, else does nothing', () => {
    expect(keyAction(all, 1, 'ArrowLeft')).to.deep.equal({ type: 'collapse', row: 1 });
    expect(keyAction(all, 3, 'ArrowLeft')).to.deep.equal({ type: 'focus', row: 0 });
    expect(keyAction(all, 4, 'ArrowLeft')).to.equal(undefined);
  });

  it('swaps Left and Right for right-to-left', () => {
    expect(keyAction(closed, 1, 'ArrowLeft', true)).to.deep.equal({ type: 'expand', row: 1 });
    expect(keyAction(all, 1, 'ArrowRight', true)).to.deep.equal({ type: 'collapse', row: 1 });
  });

  it('Enter selects; Space toggles a parent and selects a leaf; * opens siblings; other keys do nothing', () => {
    expect(keyAction(all, 3, 'Enter')).to.deep.equal({ type: 'select', row: 3 });
    expect(keyAction(all, 1, ' ')).to.deep.equal({ type: 'toggle', row: 1 });
    expect(keyAction(all, 3, ' ')).to.deep.equal({ type: 'select', row: 3 });
    expect(keyAction(all, 1, '*')).to.deep.equal({ type: 'expand-siblings', row: 1 });
    expect(keyAction(all, 1, 'x')).to.equal(undefined);
    expect(keyAction([], 0, 'ArrowDown')).to.equal(undefined);
  });
});

describe('typeAhead', () => {
  it('finds the next title starting with the typed text, wrapping around, ignoring case', () => {
    expect(typeAhead(all, 0, 'b')).to.equal(3);
    expect(typeAhead(all, 3, 'G')).to.equal(0);
    expect(typeAhead(all, 1, 'ad')).to.equal(1);
    expect(typeAhead(all, 1, 'a')).to.equal(2);
    expect(typeAhead(all, 0, 'zzz')).to.equal(-1);
  });
});

describe('flagged only and flag counts', () => {
  // h is an unaligned output; b has no metric and no progress: unmeasured; g above it too.
  it('keeps flagged nodes with their ancestors, opened, and sets the same sizes and positions', () => {
    const kept = visibleRows(roots, { isExpanded: () => false, keep: isFlagged });
    const flagged = kept.filter((r) => r.node.flags.length).map((r) => r.node.id);
    expect(flagged).to.include('h');
    for (const row of kept) {
      const hasFlaggedBelow = (n: typeof row.node): boolean =>
        n.flags.length > 0 || n.children.some(hasFlaggedBelow);
      expect(hasFlaggedBelow(row.node), row.node.id).to.equal(true);
      if (row.children.length) expect(row.expanded, `${row.node.id} opens`).to.equal(true);
    }
    expect(
      kept.filter((r) => r.level === 1).every((r) => r.setsize === kept.filter((k) => k.level === 1).length),
    ).to.be.true;
  });

  it('lets the user close a kept ancestor', () => {
    const toggled = new Map([['g', false]]);
    const kept = visibleRows(roots, {
      isExpanded: (n) => toggled.get(n.id) ?? false,
      keep: isFlagged,
      toggled,
    });
    expect(kept.map((r) => r.node.id)).to.deep.equal(['g', 'h']);
    expect(kept[0].expanded).to.equal(false);
  });

  it('counts every node and each flag under the roots, whatever is open', () => {
    const { total, counts } = flagCounts(roots);
    expect(total).to.equal(5);
    const expected = new Map<string, number>();
    for (const n of [...all.map((r) => r.node)])
      for (const f of n.flags) expected.set(f, (expected.get(f) ?? 0) + 1);
    expect([...counts]).to.have.deep.members([...expected]);
    expect(flagCounts(roots, true).total, 'without outputs').to.equal(3);
  });
});
