/**
 * The map layout of `<outcome-tree>`: a top-down tidy tree (d3-hierarchy) of the visible rows, so
 * only expanded nodes are laid out. Children that are all leaves hang below their parent as one
 * indented stack instead of spreading sideways, as org charts do, so a typical tree (goals,
 * outcomes, their outputs) is about as wide as its outcomes. Cards take the heights they are given
 * (measured content), so no line is cut. Pure: rows and heights in, positions and link paths out.
 */
import { hierarchy, tree } from 'd3-hierarchy';
import { round } from './scale.js';

/**
 * Card geometry in CSS pixels: the width, the height assumed until a card is measured, the gaps
 * between levels and siblings, and how far a stack of leaves is indented under its parent.
 */
export const CARD = { width: 208, height: 112, gapX: 16, gapY: 32, stackGap: 8, stackIndent: 20 };

/** One card: its top-left corner and its size, in canvas pixels. */
export interface MapCard {
  x: number;
  y: number;
  width: number;
  height: number;
}

/** Where everything goes, in canvas pixels from the top-left corner. */
export interface MapLayout {
  /** Each row's card, by row position. */
  cards: MapCard[];
  /** One path per parent-child link (a curve between levels, an elbow into a stack). */
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
  /** Row position; -1 for the synthetic top and for placeholders that reserve room for a stack. */
  row: number;
  children: Item[];
}

/**
 * Lays out the visible rows. `heights` gives each card's content height by row (measured by the
 * element; `CARD.height` when unknown). Cards of one level share that level's tallest height, so
 * links meet their edges; stacked leaves keep their own. Right-to-left layouts are mirrored.
 */
export function mapLayout(
  rows: readonly MapRow[],
  rtl = false,
  heights: (row: number) => number | undefined = () => undefined,
): MapLayout {
  if (!rows.length) return { cards: [], links: [], width: 0, height: 0 };
  const kids: number[][] = rows.map(() => []);
  const tops: number[] = [];
  rows.forEach((r, i) => (r.parentRow >= 0 ? kids[r.parentRow] : tops).push(i));
  const heightOf = (row: number) => heights(row) ?? CARD.height;
  // A parent whose shown children are all leaves stacks them.
  const stacked = kids.map((k) => k.length > 0 && k.every((c) => kids[c].length === 0));
  const depth = new Array<number>(rows.length);
  rows.forEach((r, i) => (depth[i] = r.parentRow >= 0 ? depth[r.parentRow] + 1 : 0));

  // Level heights (tree cards only) and the top of each level.
  const levelHeight: number[] = [];
  rows.forEach((r, i) => {
    if (r.parentRow >= 0 && stacked[r.parentRow]) return;
    levelHeight[depth[i]] = Math.max(levelHeight[depth[i]] ?? 0, heightOf(i));
  });
  const levelTop: number[] = [0];
  for (let d = 1; d < levelHeight.length; d++)
    levelTop[d] = levelTop[d - 1] + (levelHeight[d - 1] ?? 0) + CARD.gapY;
  const stackHeight = (parent: number) =>
    kids[parent].reduce((sum, c) => sum + heightOf(c) + CARD.stackGap, 0);

  // The hierarchy: tree children, and under a stacking parent a chain of placeholders, one per
  // level its stack reaches down into, so that no neighbour's subtree is laid out under it.
  const items: Item[] = rows.map((_, row) => ({ row, children: [] }));
  rows.forEach((r, i) => {
    if (r.parentRow >= 0 && !stacked[r.parentRow]) items[r.parentRow].children.push(items[i]);
  });
  rows.forEach((_, row) => {
    if (!stacked[row]) return;
    const d = depth[row];
    const bottom = levelTop[d] + levelHeight[d] + stackHeight(row);
    let chain: Item[] = [];
    for (let level = levelTop.length - 1; level > d; level--) {
      if (levelTop[level] < bottom + CARD.gapY) chain = [{ row: -1, children: chain }];
    }
    items[row].children = chain;
  });
  const root = tree<Item>()
    .nodeSize([CARD.width + CARD.gapX, 1])
    .separation(() => 1)(hierarchy<Item>({ row: -1, children: tops.map((i) => items[i]) }));

  let minX = Infinity;
  let maxX = -Infinity;
  root.each((n) => {
    if (n.depth === 0) return;
    minX = Math.min(minX, n.x);
    maxX = Math.max(maxX, n.x);
  });
  const width = maxX - minX + CARD.width;
  const mirror = (x: number, w = 0) => (rtl ? width - x - w : x);
  const cards: MapCard[] = new Array(rows.length);
  const place = (row: number, x: number, y: number, w: number, h: number) =>
    (cards[row] = { x: round(mirror(x, w)), y: round(y), width: w, height: round(h) });

  const links: string[] = [];
  let bottom = 0;
  root.each((n) => {
    const row = n.data.row;
    if (row < 0) return;
    const d = depth[row];
    const left = n.x - minX;
    place(row, left, levelTop[d], CARD.width, levelHeight[d]);
    const cx = mirror(left + CARD.width / 2);
    const y = levelTop[d];
    bottom = Math.max(bottom, y + levelHeight[d]);
    const parent = rows[row].parentRow;
    if (parent >= 0) {
      const pc = cards[parent];
      const px = pc.x + CARD.width / 2;
      const py = pc.y + pc.height;
      const mid = (py + y) / 2;
      links.push(
        `M${round(px)},${round(py)}C${round(px)},${round(mid)} ${round(cx)},${round(mid)} ${round(cx)},${y}`,
      );
    }
    if (!stacked[row]) return;
    // The stack: indented under the parent, joined by a spine down its start side; each child's
    // link continues the spine from the one above, so no stroke is drawn twice.
    let top = y + levelHeight[d] + CARD.stackGap;
    let from = y + levelHeight[d];
    const spine = round(mirror(left + CARD.stackIndent / 2));
    const to = round(mirror(left + CARD.stackIndent));
    for (const child of kids[row]) {
      const h = heightOf(child);
      place(child, left + CARD.stackIndent, top, CARD.width - CARD.stackIndent, h);
      const mid = top + Math.min(h / 2, 20);
      links.push(`M${spine},${round(from)}V${round(mid)}H${to}`);
      from = mid;
      top += h + CARD.stackGap;
    }
    bottom = Math.max(bottom, top - CARD.stackGap);
  });
  return { cards, links, width: round(width), height: round(bottom) };
}
