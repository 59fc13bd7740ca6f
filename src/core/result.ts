/**
 * Queries on a parse result (what `parseDocument` returns): the checked metric with an id and the
 * problems of one metric.
 */
import type { Metric, ParseResult, ValidationError } from './schema.js';

/** A result without a document, stopped by one problem at `path` (`''`: the document itself). */
export function unusableResult(message: string, path = ''): ParseResult {
  const error = { path, message };
  return { errors: [error], documentErrors: [error], rejectedMetrics: [], rejectedNodes: [] };
}

/** The checked metric with that id, if the document has one without errors. */
export function findMetric(result: ParseResult, id: string): Metric | undefined {
  return result.document?.metrics.find((m) => m.id === id);
}

/**
 * The errors that concern one metric: the document-level errors and those of every rejected
 * metric with that id. Empty when the metric is fine.
 */
export function errorsForMetric(result: ParseResult, id: string): ValidationError[] {
  const own = result.rejectedMetrics.filter((part) => part.id === id).flatMap((part) => part.errors);
  return [...result.documentErrors, ...own];
}
