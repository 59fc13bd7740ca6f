/**
 * `buildOutcomeTree`: the outcome tree with two separate roll-ups (DESIGN.md section 2, "Outcome
 * tree"), because finishing outputs is not the same as reaching outcomes.
 */
import { DAY, localDay, toTime } from './dates.js';
import { finish, type Steps } from './steps.js';
import { clamp01 } from './layout/scale.js';
import type { CheckIn, DateInput, Metric, OutcomeDocument, OutcomeNode } from './schema.js';
import { summarizeMetric, trendOf, type Trend } from './summary.js';

/** Why a node deserves a look. */
export type TreeFlag = 'unaligned' | 'unmeasured' | 'gap' | 'no-recent-check-in';

/**
 * What the aimed metric did after an output shipped: from its last value at or before `shipped`
 * to its current value. It says what moved after the work landed, not that the work moved it.
 */
export interface SinceShipped {
  before: number;
  after: number;
  delta: number;
  /** As in the metric summary: `good` when the change goes the metric's way. */
  trend: Trend;
}

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
  /** `unaligned`, `unmeasured`, `gap`, `no-recent-check-in`. */
  flags: TreeFlag[];
  /** The check-in with the latest date; undefined without check-ins. */
  latestCheckIn: CheckIn | undefined;
  /**
   * Outputs only (goals and outcomes have no such field): the `metric` of the nearest goal or
   * outcome above that has one; undefined when none has.
   */
  aims?: string;
  /**
   * Outputs with `shipped` and `aims` only: what the aimed metric did since `shipped`; undefined
   * when no value is at or before `shipped`.
   */
  sinceShipped?: SinceShipped;
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
  return finish(outcomeTreeSteps(document));
}

/** How many nodes each pass of `outcomeTreeSteps` handles between two steps. */
const NODES_PER_STEP = 2048;

/** `buildOutcomeTree` in steps, for `sliced` (a tree of 100,000 nodes). */
export function* outcomeTreeSteps(document: OutcomeDocument): Steps<OutcomeTree> {
  const metricProgress = ownMetricProgress(document);
  // Object.assign, not spread: V8 copies these mixed-shape nodes about 8× faster this way.
  const given = document.nodes ?? [];
  const nodes: OutcomeTreeNode[] = [];
  for (let i = 0; i < given.length; i++) {
    if (i % NODES_PER_STEP === NODES_PER_STEP - 1) yield;
    const node = given[i];
    nodes.push(
      Object.assign({}, node, {
        children: [],
        outcomeProgress: undefined,
        outputProgress: undefined,
        flags: [],
        latestCheckIn: latestOf(node.checkIns ?? []),
      }),
    );
  }
  const byId = new Map(nodes.map((n) => [n.id, n]));
  const roots: OutcomeTreeNode[] = [];
  yield;
  for (const node of nodes) {
    const parent = node.parent !== undefined ? byId.get(node.parent) : undefined;
    if (parent && parent !== node) parent.children.push(node);
    else roots.push(node);
  }

  // Parents before children: the order to flag alignment and find aims top-down, and, reversed,
  // to roll up.
  const order: { node: OutcomeTreeNode; aligned: boolean; aims?: string }[] = [];
  const stack = roots
    .map((node) => ({ node, aligned: false, aims: undefined as string | undefined }))
    .reverse();
  while (stack.length) {
    if (order.length % NODES_PER_STEP === NODES_PER_STEP - 1) yield;
    const item = stack.pop()!;
    order.push(item);
    const { node } = item;
    const aligned = item.aligned || node.type !== 'output';
    const aims = node.type !== 'output' && node.metric !== undefined ? node.metric : item.aims;
    for (let i = node.children.length - 1; i >= 0; i--) stack.push({ node: node.children[i], aligned, aims });
  }

  const metrics = new Map(document.metrics.map((m) => [m.id, m]));
  const stale = staleness(document);
  for (let i = order.length - 1; i >= 0; i--) {
    if (i % NODES_PER_STEP === 0) yield;
    const { node, aligned, aims } = order[i];
    const own = ownMeasure(node, metricProgress);
    const weighted = (pick: (c: OutcomeTreeNode) => number | undefined, children: OutcomeTreeNode[]) =>
      weightedMean(children.map((c) => ({ value: pick(c), weight: c.weight ?? 1 })));
    node.outputProgress =
      (node.type === 'output' ? own : undefined) ?? weighted((c) => c.outputProgress, node.children);
    if (node.type !== 'output') {
      const measured = node.children.filter((c) => c.type !== 'output');
      node.outcomeProgress = own ?? weighted((c) => c.outcomeProgress, measured);
      if (node.outcomeProgress === undefined) node.flags.push('unmeasured');
    } else {
      if (!aligned) node.flags.push('unaligned');
      node.aims = aims;
      if (aims !== undefined && node.shipped !== undefined)
        node.sinceShipped = sinceShipped(metrics.get(aims), node.shipped);
    }
    if (
      node.outputProgress !== undefined &&
      node.outcomeProgress !== undefined &&
      node.outputProgress - node.outcomeProgress >= GAP_THRESHOLD - 1e-9 // 0.7 - 0.2 is a gap too
    ) {
      node.flags.push('gap');
    }
    if (node.type !== 'output' && stale?.(node.latestCheckIn)) node.flags.push('no-recent-check-in');
  }
  return { roots };
}

/** The check-in with the latest date (the last of those on that date); undefined when there is none. */
function latestOf(checkIns: readonly CheckIn[]): CheckIn | undefined {
  let latest: CheckIn | undefined;
  let latestTime = -Infinity;
  for (const checkIn of checkIns) {
    const time = toTime(checkIn.date) ?? -Infinity;
    if (latest === undefined || time >= latestTime) [latest, latestTime] = [checkIn, time];
  }
  return latest;
}

/**
 * A node's own measure, in this order: its metric's progress clamped to [0, 1]; else its
 * `progress`; else the `progress` of its latest check-in that has one. (Validation allows neither
 * `progress` nor check-in progress on a node with a metric, so there the metric alone decides.)
 */
function ownMeasure(node: OutcomeNode, metricProgress: Map<string, number | undefined>): number | undefined {
  const fromMetric = node.metric !== undefined ? metricProgress.get(node.metric) : undefined;
  return (
    fromMetric ??
    node.progress ??
    latestOf((node.checkIns ?? []).filter((c) => c.progress !== undefined))?.progress
  );
}

/**
 * With `checkInEvery`, whether a goal's or outcome's latest check-in is missing or more than that
 * many days before `asOf` (default: the viewer's today); undefined without `checkInEvery`.
 */
function staleness(document: OutcomeDocument): ((latest: CheckIn | undefined) => boolean) | undefined {
  const every = document.checkInEvery;
  if (every === undefined) return undefined;
  const asOf = toTime(document.asOf) ?? toTime(localDay())!;
  return (latest) => {
    const time = latest && toTime(latest.date);
    return time === undefined || asOf - time > every * DAY;
  };
}

/**
 * What a metric did from its last non-null value at or before `shipped` to its current value (its
 * latest non-null one), with the trend as in the metric summary; undefined when no value is at or
 * before `shipped` (or without the metric). Points need not be sorted.
 */
export function sinceShipped(metric: Metric | undefined, shipped: DateInput): SinceShipped | undefined {
  const at = toTime(shipped);
  if (!metric || at === undefined) return undefined;
  let [before, beforeTime] = [NaN, -Infinity];
  let [after, afterTime] = [NaN, -Infinity];
  for (const [date, value] of metric.points) {
    const time = toTime(date);
    if (value === null || time === undefined) continue;
    if (time <= at && time >= beforeTime) [before, beforeTime] = [value, time];
    if (time >= afterTime) [after, afterTime] = [value, time];
  }
  if (Number.isNaN(before)) return undefined;
  const delta = after - before;
  return { before, after, delta, trend: trendOf(delta, metric.direction) };
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
