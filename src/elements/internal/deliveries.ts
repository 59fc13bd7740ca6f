/**
 * Delivery markers for the elements: the outputs shipped against a metric, worked out once per
 * document (one tree build for every card and timeline of a dashboard), then read by metric id.
 * Documents come from `parseDocument` and are never changed afterwards, so the document object is
 * the cache key.
 */
import { deliveriesByMetric, type Delivery } from '../../core/review.js';
import type { OutcomeDocument } from '../../core/schema.js';

const byDocument = new WeakMap<OutcomeDocument, Map<string, Delivery[]>>();

/** The outputs aimed at `metricId` that shipped, sorted by `shipped` (as `deliveriesFor`). */
export function deliveriesOf(document: OutcomeDocument, metricId: string): Delivery[] {
  let byMetric = byDocument.get(document);
  if (!byMetric) byDocument.set(document, (byMetric = deliveriesByMetric(document)));
  return byMetric.get(metricId) ?? [];
}
