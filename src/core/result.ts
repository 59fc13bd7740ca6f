/**
 * Queries on a parse result (what `parseDocument` returns): the checked metric with an id, the
 * problems of one metric, the problems inside metrics and nodes, and whether problems of the
 * whole document stop it. Elements, the source controller and tests ask these here rather than
 * reading the fields of `ParseResult` each in their own way.
 */
import type { Metric, OutcomeDocument, ParseResult, ValidationError } from './schema.js';

/** A result without a document, stopped by one problem at `path` (`''`: the document itself). */
export function unusableResult(message: string, path = ''): ParseResult {
  const error = { path, message };
  return { errors: [error], documentErrors: [error], rejectedMetrics: [], rejectedNodes: [] };
}

/**
 * Whether a result can be shown: it has a document and no document-level problem. Problems inside
 * single metrics or nodes do not stop it; the parts that need them show them.
 */
export function isUsable(result: ParseResult): result is ParseResult & { document: OutcomeDocument } {
  return result.document !== undefined && result.documentErrors.length === 0;
}

/**
 * The problems that stop the whole document: every problem when there is no document, else the
 * document-level ones. Empty when the document is usable.
 */
export function blockingErrors(result: ParseResult): ValidationError[] {
  return result.document ? result.documentErrors : result.errors;
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

/** The problems of the nodes left out of the document, in document order. */
export function nodeErrors(result: ParseResult): ValidationError[] {
  return result.rejectedNodes.flatMap((part) => part.errors);
}

/**
 * The problems inside single metrics and nodes, the parts left out of the document: every problem
 * but the document-level ones, in document order.
 */
export function partErrors(result: ParseResult): ValidationError[] {
  return [...result.rejectedMetrics.flatMap((part) => part.errors), ...nodeErrors(result)];
}
