/**
 * The map layout of `<outcome-tree>`: a top-down tidy tree (d3-hierarchy) of the visible rows, so
 * only expanded nodes are laid out. Pure: rows in, positions and link paths out.
 */
import { hierarchy, tree } from 'd3-hierarchy';
import { round } from './scale.js';

/** Size of a node card and the space between cards, in CSS pixels. */
export const CARD = { width: 224, height: 128, gapX: 24, gapY: 48 };

/** Where everything goes, in canvas pixels from the top-left corner. */
export interface MapLayout {
  /** Top-left corner of each row's card, by row position. */
  cards: { x: number; y: number }[];
  /** One cubic path per parent-child link. */
  links: string[];
  width: number;
  height: number;
}

/** What the layout needs of a visible row (the element's `TreeRow`): where its parent's row is. */
export interface MapRow {
  /** Position of the parent's row in the row list; -1 for a root. */
  parentRow: number;
}

interface Item {
  row: number;
  children: Item[];
}

/** Lays out the visible rows; in right-to-left layouts the tree is mirrored. */
export function mapLayout(rows: readonly MapRow[], rtl = false): MapLayout {
  if (!rows.length) return { cards: [], links: [], width: 0, height: 0 };
  const items: Item[] = rows.map((_, row) => ({ row, children: [] }));
  const top: Item = { row: -1, children: [] };
  rows.forEach((r, i) => (r.parentRow >= 0 ? items[r.parentRow] : top).children.push(items[i]));

  const root = tree<Item>().nodeSize([CARD.width + CARD.gapX, CARD.height + CARD.gapY])(hierarchy(top));
  let minX = Infinity;
  let maxX = -Infinity;
  root.each((n) => {
    if (n.data.row < 0) return;
    minX = Math.min(minX, n.x);
    maxX = Math.max(maxX, n.x);
  });
  const width = maxX - minX + CARD.width;
  const cards: MapLayout['cards'] = new Array(rows.length);
  const centre = (n: { x: number }) => (rtl ? maxX - n.x : n.x - minX) + CARD.width / 2;
  // The synthetic top is depth 0; rows start at depth 1.
  const top0 = (depth: number) => (depth - 1) * (CARD.height + CARD.gapY);
  const links: string[] = [];
  root.each((n) => {
    if (n.data.row < 0) return;
    const x = centre(n);
    const y = top0(n.depth);
    cards[n.data.row] = { x: round(x - CARD.width / 2), y: round(y) };
    if (n.parent && n.parent.data.row >= 0) {
      const px = centre(n.parent);
      const py = top0(n.parent.depth) + CARD.height;
      const mid = (py + y) / 2;
      links.push(
        `M${round(px)},${round(py)}C${round(px)},${round(mid)} ${round(x)},${round(mid)} ${round(x)},${round(y)}`,
      );
    }
  });
  const depth = root.height;
  return { cards, links, width: round(width), height: round(depth * (CARD.height + CARD.gapY) - CARD.gapY) };
}
