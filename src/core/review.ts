/**
 * The feedback loop (DESIGN.md section 2): the outputs that shipped against a metric, and what
 * changed since a date: each metric then and now, the check-ins and the shipped outputs after it.
 */
import { localDay, toTime } from './dates.js';
import type { CheckIn, DateInput, OutcomeDocument, OutcomeNode } from './schema.js';
import { summarizeMetric, type MetricSummary } from './summary.js';
import { buildOutcomeTree, treeNodes, type OutcomeTreeNode, type SinceShipped } from './tree.js';

/** An output shipped against a metric: a delivery marker. */
export interface Delivery {
  id: string;
  title: string;
  shipped: DateInput;
  /** What the metric did since; undefined when it has no value at or before `shipped`. */
  sinceShipped?: SinceShipped;
}

/** One metric then (at `since`, from the points up to it) and now (at `asOf`). */
export interface MetricReview {
  id: string;
  before: MetricSummary;
  now: MetricSummary;
  statusChanged: boolean;
}

/** What changed since a date. */
export interface Review {
  since: DateInput;
  asOf: DateInput;
  metrics: MetricReview[];
  /** Every check-in dated after `since`, newest first. */
  checkIns: { node: OutcomeNode; checkIn: CheckIn }[];
  /** The outputs shipped after `since`, newest first, with `aims` and `sinceShipped`. */
  shipped: OutcomeTreeNode[];
}

/** Newest first by a date, ties in document order. */
const newestFirst = <T>(list: T[], dateOf: (item: T) => DateInput): T[] =>
  list
    .map((item, index) => ({ item, index, time: toTime(dateOf(item))! }))
    .sort((a, b) => b.time - a.time || a.index - b.index)
    .map(({ item }) => item);

/**
 * The outputs whose `aims` is `metricId` and that have `shipped`, sorted by `shipped` (ties in
 * document order), as `{ id, title, shipped, sinceShipped }`.
 */
export function deliveriesFor(document: OutcomeDocument, metricId: string): Delivery[] {
  const shipped = treeNodes(buildOutcomeTree(document)).filter(
    (n) => n.type === 'output' && n.aims === metricId && n.shipped !== undefined,
  );
  const order = new Map((document.nodes ?? []).map((n, i) => [n.id, i]));
  return shipped
    .map((n) => ({ n, time: toTime(n.shipped)!, index: order.get(n.id)! }))
    .sort((a, b) => a.time - b.time || a.index - b.index)
    .map(({ n }) => {
      const delivery: Delivery = { id: n.id, title: n.title, shipped: n.shipped! };
      if (n.sinceShipped) delivery.sinceShipped = n.sinceShipped;
      return delivery;
    });
}

/**
 * What changed since `since`: each metric summarised with only its points at or before `since`
 * (as of `since`) and as of the document's `asOf` (default: the viewer's today), with whether its
 * status changed; the check-ins dated after `since`; the outputs shipped after it.
 */
export function reviewSince(document: OutcomeDocument, since: DateInput): Review {
  const asOf = document.asOf ?? localDay();
  const at = toTime(since);
  if (at === undefined) throw new TypeError(`reviewSince: expected a date, got ${JSON.stringify(since)}`);
  const metrics = document.metrics.map((metric): MetricReview => {
    const then = { ...metric, points: metric.points.filter(([d]) => toTime(d)! <= at) };
    const before = summarizeMetric(then, { asOf: since });
    const now = summarizeMetric(metric, { asOf });
    return { id: metric.id, before, now, statusChanged: before.status !== now.status };
  });
  const checkIns: Review['checkIns'] = [];
  for (const node of document.nodes ?? [])
    for (const checkIn of node.checkIns ?? [])
      if (toTime(checkIn.date)! > at) checkIns.push({ node, checkIn });
  const shipped = treeNodes(buildOutcomeTree(document)).filter(
    (n) => n.type === 'output' && n.shipped !== undefined && toTime(n.shipped)! > at,
  );
  const order = new Map((document.nodes ?? []).map((n, i) => [n.id, i]));
  shipped.sort((a, b) => order.get(a.id)! - order.get(b.id)!);
  return {
    since,
    asOf,
    metrics,
    checkIns: newestFirst(checkIns, (c) => c.checkIn.date),
    shipped: newestFirst(shipped, (n) => n.shipped!),
  };
}
