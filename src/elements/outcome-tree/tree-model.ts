/**
 * The outcome tree as the element shows it: which rows are visible given what is expanded, and
 * where focus goes for each key of the WAI-ARIA tree-view pattern. Pure functions, no DOM.
 */
import type { OutcomeTreeNode, TreeFlag } from '../../core/tree.js';

/** One visible row of the tree. */
export interface TreeRow {
  node: OutcomeTreeNode;
  /** 1 for a root, as `aria-level`. */
  level: number;
  /** Siblings shown at this level, and this row's place among them (from 1), as ARIA needs. */
  setsize: number;
  posinset: number;
  /** Position of the parent's row in the row list; -1 for a root. */
  parentRow: number;
  /** Children shown when expanded. */
  children: readonly OutcomeTreeNode[];
  expanded: boolean;
}

/** What decides the rows. */
export interface RowOptions {
  /** Whether a node with children is open. */
  isExpanded: (node: OutcomeTreeNode, level: number) => boolean;
  /** Leave output nodes out. */
  hideOutputs?: boolean;
  /**
   * Show only the nodes this keeps, with their ancestors for context; those ancestors start open.
   * `isExpanded` still decides for nodes the user toggled (`toggled`).
   */
  keep?: (node: OutcomeTreeNode) => boolean;
  /** Nodes the user opened or closed, which `keep` does not open by itself. */
  toggled?: ReadonlyMap<string, boolean>;
}

/** Whether a node carries a flag: what the "flagged only" view keeps. */
export const isFlagged = (node: OutcomeTreeNode): boolean => node.flags.length > 0;

/** The rows a reader sees, in order: depth first, children only under expanded nodes. */
export function visibleRows(roots: readonly OutcomeTreeNode[], options: RowOptions): TreeRow[] {
  const { keep, toggled } = options;
  // With `keep`, a node stays when it or one of its descendants is kept: one pass, children
  // first, without recursion (depth is not limited by the call stack).
  const relevant = new Set<OutcomeTreeNode>();
  if (keep) {
    const order: OutcomeTreeNode[] = [];
    const stack = [...roots];
    while (stack.length) {
      const node = stack.pop()!;
      order.push(node);
      for (const child of node.children) stack.push(child);
    }
    for (let i = order.length - 1; i >= 0; i--) {
      const node = order[i];
      if (keep(node) || node.children.some((c) => relevant.has(c))) relevant.add(node);
    }
  }
  const isRelevant = (node: OutcomeTreeNode) => relevant.has(node);
  // Without a filter the children arrays are shown as they are: no copy per node of a large tree.
  const filtered = options.hideOutputs || keep;
  const shown = (nodes: readonly OutcomeTreeNode[]) =>
    filtered
      ? nodes.filter((n) => !(options.hideOutputs && n.type === 'output') && (!keep || isRelevant(n)))
      : nodes;
  const open = (node: OutcomeTreeNode, level: number) =>
    keep && !toggled?.has(node.id) ? true : options.isExpanded(node, level);
  const rows: TreeRow[] = [];
  const top = shown(roots);
  const stack: {
    node: OutcomeTreeNode;
    level: number;
    setsize: number;
    posinset: number;
    parentRow: number;
  }[] = top
    .map((node, i) => ({ node, level: 1, setsize: top.length, posinset: i + 1, parentRow: -1 }))
    .reverse();
  while (stack.length) {
    const item = stack.pop()!;
    const children = shown(item.node.children);
    const expanded = children.length > 0 && open(item.node, item.level);
    const { node, level, setsize, posinset, parentRow } = item;
    const at = rows.push({ node, level, setsize, posinset, parentRow, children, expanded }) - 1;
    if (!expanded) continue;
    for (let i = children.length - 1; i >= 0; i--) {
      stack.push({
        node: children[i],
        level: item.level + 1,
        setsize: children.length,
        posinset: i + 1,
        parentRow: at,
      });
    }
  }
  return rows;
}

/**
 * How many nodes lie under the roots, and how many of them carry each flag (outputs left out with
 * `hideOutputs`), whatever is open.
 */
export function flagCounts(
  roots: readonly OutcomeTreeNode[],
  hideOutputs = false,
): { total: number; counts: Map<TreeFlag, number> } {
  const counts = new Map<TreeFlag, number>();
  let total = 0;
  const stack = [...roots];
  while (stack.length) {
    const node = stack.pop()!;
    if (hideOutputs && node.type === 'output') continue;
    total++;
    for (const flag of node.flags) counts.set(flag, (counts.get(flag) ?? 0) + 1);
    for (const child of node.children) stack.push(child);
  }
  return { total, counts };
}

/** What a key does to the focused row. */
export type TreeAction =
  | { type: 'focus'; row: number }
  | { type: 'expand'; row: number }
  | { type: 'collapse'; row: number }
  | { type: 'expand-siblings'; row: number }
  | { type: 'select'; row: number }
  | { type: 'toggle'; row: number };

/**
 * The WAI-ARIA tree-view keys: Up/Down move; Right opens a closed row or moves to the first child;
 * Left closes an open row or moves to the parent; Home/End; Enter selects; Space toggles; `*`
 * opens every sibling. Left and Right swap in right-to-left layouts. Undefined for other keys.
 */
export function keyAction(
  rows: readonly TreeRow[],
  current: number,
  key: string,
  rtl = false,
): TreeAction | undefined {
  const row = rows[current];
  if (!row) return rows.length ? { type: 'focus', row: 0 } : undefined;
  const inward = rtl ? 'ArrowLeft' : 'ArrowRight';
  const outward = rtl ? 'ArrowRight' : 'ArrowLeft';
  switch (key) {
    case 'ArrowDown':
      return { type: 'focus', row: Math.min(rows.length - 1, current + 1) };
    case 'ArrowUp':
      return { type: 'focus', row: Math.max(0, current - 1) };
    case 'Home':
      return { type: 'focus', row: 0 };
    case 'End':
      return { type: 'focus', row: rows.length - 1 };
    case inward:
      if (!row.children.length) return undefined;
      return row.expanded ? { type: 'focus', row: current + 1 } : { type: 'expand', row: current };
    case outward:
      if (row.expanded) return { type: 'collapse', row: current };
      return row.parentRow >= 0 ? { type: 'focus', row: row.parentRow } : undefined;
    case 'Enter':
      return { type: 'select', row: current };
    case ' ':
      return row.children.length ? { type: 'toggle', row: current } : { type: 'select', row: current };
    case '*':
      return { type: 'expand-siblings', row: current };
    default:
      return undefined;
  }
}

/**
 * Type-ahead: the next row after `current` (wrapping around) whose title starts with `typed`,
 * ignoring case; -1 when none does.
 */
export function typeAhead(rows: readonly TreeRow[], current: number, typed: string): number {
  const prefix = typed.toLocaleLowerCase();
  // A repeated single letter cycles through the matches; a longer prefix may match the current row.
  const start = typed.length > 1 ? current : current + 1;
  for (let i = 0; i < rows.length; i++) {
    const at = (start + i) % rows.length;
    if (rows[at].node.title.toLocaleLowerCase().startsWith(prefix)) return at;
  }
  return -1;
}
