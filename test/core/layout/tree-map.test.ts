import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { CARD, mapLayout, type MapCard } from '../../../src/core/layout/tree-map.js';
import type { OutcomeNode } from '../../../src/core/schema.js';
import { buildOutcomeTree } from '../../../src/core/tree.js';
import { visibleRows } from '../../../src/elements/outcome-tree/tree-model.js';

// g ─┬ a ── a1        (a's only child is a leaf: it hangs below a as a stack)
//    ├ b ─┬ b1 ── b11
//    │    └ b2
//    └ c
// h
const nodes: OutcomeNode[] = [
  { id: 'g', type: 'goal', title: 'Grow' },
  { id: 'a', parent: 'g', type: 'outcome', title: 'Adoption' },
  { id: 'a1', parent: 'a', type: 'output', title: 'Announce' },
  { id: 'b', parent: 'g', type: 'outcome', title: 'Billing' },
  { id: 'b1', parent: 'b', type: 'outcome', title: 'Invoices' },
  { id: 'b11', parent: 'b1', type: 'output', title: 'PDF invoices' },
  { id: 'b2', parent: 'b', type: 'output', title: 'Dunning' },
  { id: 'c', parent: 'g', type: 'outcome', title: 'Churn' },
  { id: 'h', type: 'output', title: 'Hackathon' },
];
const { roots } = buildOutcomeTree({ version: 1, metrics: [], nodes });
const rows = visibleRows(roots, { isExpanded: () => true });
const at = (id: string) => rows.findIndex((r) => r.node.id === id);
const overlap = (p: MapCard, q: MapCard) =>
  Math.min(p.x + p.width, q.x + q.width) > Math.max(p.x, q.x) &&
  Math.min(p.y + p.height, q.y + q.height) > Math.max(p.y, q.y);

describe('mapLayout', () => {
  it('puts each level below the last, parents centred over their tree children', () => {
    const { cards } = mapLayout(rows);
    const [g, a, b, c] = ['g', 'a', 'b', 'c'].map((id) => cards[at(id)]);
    assert.equal(g.y, 0);
    assert.equal(a.y, CARD.height + CARD.gapY);
    assert.equal(b.y, a.y);
    assert.equal(g.x, (a.x + c.x) / 2, 'g is centred over its first and last child');
    assert.ok(a.x < b.x && b.x < c.x);
    assert.equal(Math.min(...cards.map((k) => k.x)), 0);
  });

  it('hangs leaves below their parent as an indented stack instead of spreading them', () => {
    const { cards } = mapLayout(rows);
    const [b, b1, b2] = ['b', 'b1', 'b2'].map((id) => cards[at(id)]);
    const [a, a1] = [cards[at('a')], cards[at('a1')]];
    assert.equal(a1.x, a.x + CARD.stackIndent, 'a1 is stacked under a');
    assert.equal(a1.width, CARD.width - CARD.stackIndent);
    assert.equal(a1.y, a.y + a.height + CARD.stackGap);
    assert.notEqual(b2.x, b.x + CARD.stackIndent, 'b has a child with children: a tree, not a stack');
    assert.equal(b1.y, b2.y);
  });

  it('sizes each card to the height it is given: a level takes its tallest, a stack each its own', () => {
    const heights: Record<string, number> = { a: 200, a1: 150, b11: 60 };
    const { cards, height } = mapLayout(rows, false, (i) => heights[rows[i].node.id]);
    const [a, b, a1] = ['a', 'b', 'a1'].map((id) => cards[at(id)]);
    assert.equal(a.height, 200);
    assert.equal(b.height, 200, 'one height per level, so links meet the edges');
    assert.equal(a1.height, 150);
    assert.equal(cards[at('b11')].height, 60);
    assert.equal(cards[at('b1')].y, a.y + 200 + CARD.gapY);
    assert.ok(height >= a1.y + a1.height);
  });

  it('never lets two cards overlap, even when a tall stack reaches into lower levels', () => {
    const tall = (i: number) => (rows[i].node.id === 'a1' ? 600 : undefined);
    for (const layout of [mapLayout(rows), mapLayout(rows, false, tall), mapLayout(rows, true, tall)]) {
      const { cards } = layout;
      for (let i = 0; i < cards.length; i++)
        for (let j = i + 1; j < cards.length; j++)
          assert.ok(!overlap(cards[i], cards[j]), `${rows[i].node.id} / ${rows[j].node.id}`);
    }
  });

  it('links every child to its parent, once', () => {
    const { links } = mapLayout(rows);
    assert.equal(links.length, rows.filter((r) => r.parentRow >= 0).length);
  });

  it('mirrors for right-to-left', () => {
    const ltr = mapLayout(rows);
    const rtl = mapLayout(rows, true);
    ltr.cards.forEach((c, i) =>
      assert.ok(Math.abs(rtl.cards[i].x - (ltr.width - c.width - c.x)) <= 0.11, rows[i].node.id),
    );
  });

  it('is empty without rows', () => {
    assert.deepEqual(mapLayout([]), { cards: [], links: [], width: 0, height: 0 });
  });
});
