/**
 * The feedback loop (DESIGN.md section 2): the outputs that shipped against a metric, and what
 * changed since a date: each metric then and now, the check-ins and the shipped outputs after it.
 */
import { localDay, toTime } from './dates.js';
import type { CheckIn, DateInput, Metric, OutcomeDocument, OutcomeNode } from './schema.js';
import { summarizeMetric, type MetricSummary } from './summary.js';
import {
  buildOutcomeTree,
  sinceShipped,
  treeNodes,
  type OutcomeTreeNode,
  type SinceShipped,
} from './tree.js';

/** An output shipped against a metric: a delivery marker. */
export interface Delivery {
  id: string;
  title: string;
  shipped: DateInput;
  /** What the metric did since; undefined when it has no value at or before `shipped`. */
  sinceShipped: SinceShipped | undefined;
}

/** One metric then (at `since`, from the points up to it) and now (at `asOf`). */
export interface MetricReview {
  id: string;
  /** `summarizeMetric` of the metric with only its points at or before `since`, as of `since`. */
  before: MetricSummary;
  /** `summarizeMetric` of the metric as of the document's `asOf`. */
  now: MetricSummary;
  /** `before.status !== now.status`. */
  statusChanged: boolean;
}

/** What changed since a date. */
export interface Review {
  /** The date reviewed from, as given. */
  since: DateInput;
  /** The document's `asOf`, else the viewer's today. */
  asOf: DateInput;
  /** Every metric, in document order. */
  metrics: MetricReview[];
  /** Every check-in dated after `since`, newest first (one date: in document order). */
  checkIns: { node: OutcomeNode; checkIn: CheckIn }[];
  /** The outputs shipped after `since`, newest first (one date: in document order), with `aims` and `sinceShipped`. */
  shipped: OutcomeTreeNode[];
}

/** The items sorted by a date, oldest first or newest first; items on one date keep their order. */
function byDate<T>(list: readonly T[], dateOf: (item: T) => DateInput, newest: boolean): T[] {
  const sign = newest ? -1 : 1;
  return list
    .map((item, index) => ({ item, index, time: toTime(dateOf(item)) ?? -Infinity }))
    .sort((a, b) => sign * (a.time - b.time) || a.index - b.index)
    .map(({ item }) => item);
}

/** The tree's nodes in document order. */
function nodesInOrder(document: OutcomeDocument): OutcomeTreeNode[] {
  const order = new Map((document.nodes ?? []).map((n, i) => [n.id, i]));
  return treeNodes(buildOutcomeTree(document)).sort((a, b) => order.get(a.id)! - order.get(b.id)!);
}

/**
 * The delivery markers of every metric at once, by metric id: what `deliveriesFor` gives for each,
 * in one pass over the nodes (for a page that shows several metrics of one document). An output
 * aims at the metric of its nearest goal or outcome above it that has one, as in `buildOutcomeTree`.
 */
export function deliveriesByMetric(document: OutcomeDocument): Map<string, Delivery[]> {
  const nodes = document.nodes ?? [];
  const byId = new Map(nodes.map((n) => [n.id, n]));
  const metrics = new Map(document.metrics.map((m) => [m.id, m]));
  const shipped: { node: OutcomeNode; aims: string }[] = [];
  for (const node of nodes) {
    if (node.type !== 'output' || node.shipped === undefined) continue;
    const aims = aimOf(node, byId);
    if (aims !== undefined) shipped.push({ node, aims });
  }
  const byMetric = new Map<string, Delivery[]>();
  for (const { node, aims } of byDate(shipped, (s) => s.node.shipped!, false)) {
    const list = byMetric.get(aims) ?? byMetric.set(aims, []).get(aims)!;
    const { id, title } = node;
    list.push({
      id,
      title,
      shipped: node.shipped!,
      sinceShipped: sinceShipped(metrics.get(aims), node.shipped!),
    });
  }
  return byMetric;
}

/** The metric of the nearest goal or outcome above a node that has one. */
function aimOf(node: OutcomeNode, byId: Map<string, OutcomeNode>): string | undefined {
  const seen = new Set<OutcomeNode>();
  for (let up = byId.get(node.parent ?? ''); up && !seen.has(up); up = byId.get(up.parent ?? '')) {
    seen.add(up);
    if (up.type !== 'output' && up.metric !== undefined) return up.metric;
  }
  return undefined;
}

/**
 * The outputs whose `aims` is `metricId` and that have `shipped`, sorted by `shipped` (one date:
 * in document order), as `{ id, title, shipped, sinceShipped }`: the delivery markers of a metric.
 */
export function deliveriesFor(document: OutcomeDocument, metricId: string): Delivery[] {
  return deliveriesByMetric(document).get(metricId) ?? [];
}

/**
 * One metric then and now, as `reviewSince` gives it: summarised with only its points at or before
 * `since` (as of `since`), and as of `asOf`, with whether its status changed.
 */
export function metricReview(metric: Metric, since: DateInput, asOf: DateInput): MetricReview {
  const at = toTime(since);
  if (at === undefined) throw new TypeError(`metricReview: expected a date, got ${JSON.stringify(since)}`);
  const then: Metric = { ...metric, points: metric.points.filter(([d]) => (toTime(d) ?? Infinity) <= at) };
  const before = summarizeMetric(then, { asOf: since });
  const now = summarizeMetric(metric, { asOf });
  return { id: metric.id, before, now, statusChanged: before.status !== now.status };
}

/**
 * What changed since `since` (a date, in any document date form): each metric summarised with only
 * its points at or before `since`, as of `since`, and as of the document's `asOf` (default: the
 * viewer's today), with whether its status changed; the check-ins dated after `since`; the outputs
 * shipped after it. Throws a `TypeError` when `since` is not a date.
 */
export function reviewSince(document: OutcomeDocument, since: DateInput): Review {
  const at = toTime(since);
  if (at === undefined) throw new TypeError(`reviewSince: expected a date, got ${JSON.stringify(since)}`);
  const asOf = document.asOf ?? localDay();
  const metrics = document.metrics.map((metric) => metricReview(metric, since, asOf));
  const checkIns: Review['checkIns'] = [];
  for (const node of document.nodes ?? [])
    for (const checkIn of node.checkIns ?? [])
      if ((toTime(checkIn.date) ?? -Infinity) > at) checkIns.push({ node, checkIn });
  const shipped = nodesInOrder(document).filter(
    (n) => n.type === 'output' && n.shipped !== undefined && (toTime(n.shipped) ?? -Infinity) > at,
  );
  return {
    since,
    asOf,
    metrics,
    checkIns: byDate(checkIns, (c) => c.checkIn.date, true),
    shipped: byDate(shipped, (n) => n.shipped!, true),
  };
}
