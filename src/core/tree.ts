/**
 * `buildOutcomeTree`: the outcome tree with two separate roll-ups (DESIGN.md section 2, "Outcome
 * tree"), because finishing outputs is not the same as reaching outcomes.
 */
import { clamp01 } from './layout/scale.js';
import type { OutcomeDocument, OutcomeNode } from './schema.js';
import { summarizeMetric } from './summary.js';

/** Why a node deserves a look. */
export type TreeFlag = 'unaligned' | 'unmeasured' | 'gap';

/** A node with its children and both roll-ups. */
export interface OutcomeTreeNode extends OutcomeNode {
  children: OutcomeTreeNode[];
  /**
   * Goals and outcomes only: the node's own measure (its metric's progress clamped to [0, 1], or
   * its manual `progress`), else the weighted mean of its non-output children's outcome progress.
   * Outputs never raise it.
   */
  outcomeProgress: number | undefined;
  /** Delivery: an output's own measure, else the weighted mean of its children's output progress. */
  outputProgress: number | undefined;
  /** `unaligned`, `unmeasured`, `gap`. */
  flags: TreeFlag[];
}

/** The forest: nodes without a parent in the document, in document order. */
export interface OutcomeTree {
  roots: OutcomeTreeNode[];
}

/** Output progress exceeding outcome progress by this much or more is a `gap`. */
export const GAP_THRESHOLD = 0.5;

/** Weighted mean of the defined values; undefined when none is defined. */
function weightedMean(items: readonly { value: number | undefined; weight: number }[]): number | undefined {
  let sum = 0;
  let weights = 0;
  for (const { value, weight } of items) {
    if (value === undefined) continue;
    sum += value * weight;
    weights += weight;
  }
  return weights > 0 ? sum / weights : undefined;
}

/**
 * Builds the outcome tree of a checked document (from `parseDocument`) in time linear in the
 * number of nodes. A node whose parent is not in the document (a parent rejected by validation)
 * becomes a root. No recursion, so depth is not limited by the call stack.
 */
export function buildOutcomeTree(document: OutcomeDocument): OutcomeTree {
  const metricProgress = ownMetricProgress(document);
  // Object.assign, not spread: V8 copies these mixed-shape nodes about 8× faster this way.
  const nodes = (document.nodes ?? []).map((node): OutcomeTreeNode =>
    Object.assign({}, node, {
      children: [],
      outcomeProgress: undefined,
      outputProgress: undefined,
      flags: [],
    }),
  );
  const byId = new Map(nodes.map((n) => [n.id, n]));
  const roots: OutcomeTreeNode[] = [];
  for (const node of nodes) {
    const parent = node.parent !== undefined ? byId.get(node.parent) : undefined;
    if (parent && parent !== node) parent.children.push(node);
    else roots.push(node);
  }

  // Parents before children: the order to flag alignment top-down, and, reversed, to roll up.
  const order: { node: OutcomeTreeNode; aligned: boolean }[] = [];
  const stack = roots.map((node) => ({ node, aligned: false })).reverse();
  while (stack.length) {
    const item = stack.pop()!;
    order.push(item);
    const aligned = item.aligned || item.node.type !== 'output';
    for (let i = item.node.children.length - 1; i >= 0; i--)
      stack.push({ node: item.node.children[i], aligned });
  }

  for (let i = order.length - 1; i >= 0; i--) {
    const { node, aligned } = order[i];
    const own = node.metric !== undefined ? metricProgress.get(node.metric) : node.progress;
    const weighted = (pick: (c: OutcomeTreeNode) => number | undefined, children: OutcomeTreeNode[]) =>
      weightedMean(children.map((c) => ({ value: pick(c), weight: c.weight ?? 1 })));
    node.outputProgress =
      (node.type === 'output' ? own : undefined) ?? weighted((c) => c.outputProgress, node.children);
    if (node.type !== 'output') {
      const measured = node.children.filter((c) => c.type !== 'output');
      node.outcomeProgress = own ?? weighted((c) => c.outcomeProgress, measured);
      if (node.outcomeProgress === undefined) node.flags.push('unmeasured');
    } else if (!aligned) {
      node.flags.push('unaligned');
    }
    if (
      node.outputProgress !== undefined &&
      node.outcomeProgress !== undefined &&
      node.outputProgress - node.outcomeProgress >= GAP_THRESHOLD - 1e-9 // 0.7 - 0.2 is a gap too
    ) {
      node.flags.push('gap');
    }
  }
  return { roots };
}

/** Progress to target of every metric a node refers to, clamped to [0, 1]; absent without a target. */
function ownMetricProgress(document: OutcomeDocument): Map<string, number | undefined> {
  const wanted = new Set((document.nodes ?? []).flatMap((n) => (n.metric !== undefined ? [n.metric] : [])));
  const progress = new Map<string, number | undefined>();
  for (const metric of document.metrics) {
    if (!wanted.has(metric.id)) continue;
    const p = summarizeMetric(metric, { asOf: document.asOf }).progress;
    progress.set(metric.id, p === undefined ? undefined : clamp01(p));
  }
  return progress;
}

/** Every node of a built tree, breadth first: the roots, then their children, and so on. */
export function treeNodes(tree: OutcomeTree): OutcomeTreeNode[] {
  const nodes: OutcomeTreeNode[] = [...tree.roots];
  // The list grows as it is read: each node's children join the end, in order.
  for (let i = 0; i < nodes.length; i++) nodes.push(...nodes[i].children);
  return nodes;
}

/** An output metric and the outcome metric it is meant to move, as the tree links them. */
export interface MetricPair {
  output: string;
  outcome: string;
}

/**
 * The pairs the tree links: each node measured by an output metric, with the outcome metric of its
 * nearest ancestor measured by one. In document order, each pair once.
 */
export function linkedPairs(document: OutcomeDocument): MetricPair[] {
  const kinds = new Map(document.metrics.map((m) => [m.id, m.kind]));
  const byId = new Map((document.nodes ?? []).map((n) => [n.id, n]));
  const pairs = new Map<string, MetricPair>();
  for (const node of document.nodes ?? []) {
    if (!node.metric || kinds.get(node.metric) !== 'output') continue;
    const seen = new Set<string>();
    for (let up = byId.get(node.parent ?? ''); up && !seen.has(up.id); up = byId.get(up.parent ?? '')) {
      seen.add(up.id);
      if (up.metric && kinds.get(up.metric) === 'outcome') {
        pairs.set(`${node.metric}\u0000${up.metric}`, { output: node.metric, outcome: up.metric });
        break;
      }
    }
  }
  return [...pairs.values()];
}
