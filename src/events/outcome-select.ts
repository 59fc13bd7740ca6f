import type { DateInput, OutcomeNode } from '../core/schema.js';

/** A data point chosen on a chart. */
export interface PointSelection {
  type: 'point';
  /** Id of the metric the point belongs to. */
  metric: string;
  /** Index of the point in the metric's points, sorted by time. */
  index: number;
  /** The point's date, as the document gives it. */
  date: DateInput;
  /** The point's value. */
  value: number;
}

/** A node of the outcome tree chosen by click, Enter or Space. */
export interface NodeSelection {
  type: 'node';
  /** The node's id. */
  id: string;
  /** The node as the document gives it. */
  node: OutcomeNode;
}

/** A date of the output-vs-outcome timeline: both values at that date. */
export interface AlignedSelection {
  type: 'aligned-point';
  /** Position among the aligned points. */
  index: number;
  /** The output point's date, as the document gives it. */
  date: DateInput;
  output: number;
  outcome: number;
}

/**
 * Detail of `outcome-select`: what the user chose, by click or keyboard. For a node with a `url`
 * the element follows the link unless a listener calls `preventDefault()`.
 */
export type OutcomeSelectDetail = PointSelection | NodeSelection | AlignedSelection;

/** Fired, bubbling and composed, when the user chooses a point, node or series. */
export type OutcomeSelectEvent = CustomEvent<OutcomeSelectDetail>;

declare global {
  interface GlobalEventHandlersEventMap {
    'outcome-select': OutcomeSelectEvent;
  }
}
