import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { CARD, mapLayout } from '../../../src/core/layout/tree-map.js';
import type { OutcomeNode } from '../../../src/core/schema.js';
import { buildOutcomeTree } from '../../../src/core/tree.js';
import { visibleRows } from '../../../src/elements/outcome-tree/tree-model.js';

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

describe('mapLayout', () => {
  it('puts each level one card height and gap below the last, parents above their children', () => {
    const { cards, links, height } = mapLayout(all);
    const step = CARD.height + CARD.gapY;
    assert.deepEqual(
      cards.map((c) => c.y),
      [0, step, 2 * step, step, 0],
    );
    assert.equal(height, 3 * step - CARD.gapY);
    // a parent sits centred over its children
    assert.equal(cards[0].x, (cards[1].x + cards[3].x) / 2);
    assert.equal(links.length, 3);
    assert.equal(Math.min(...cards.map((c) => c.x)), 0);
  });

  it('mirrors for right-to-left', () => {
    const ltr = mapLayout(all);
    const rtl = mapLayout(all, true);
    ltr.cards.forEach((c, i) => assert.ok(Math.abs(rtl.cards[i].x - (ltr.width - CARD.width - c.x)) <= 0.11));
  });

  it('is empty without rows', () => {
    assert.deepEqual(mapLayout([]), { cards: [], links: [], width: 0, height: 0 });
  });
});
