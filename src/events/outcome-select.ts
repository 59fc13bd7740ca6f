import type { DateInput } from '../core/schema.js';

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

/** Detail of `outcome-select`: what the user chose, by click or keyboard. */
export type OutcomeSelectDetail = PointSelection;

/** Fired, bubbling and composed, when the user chooses a point, node or series. */
export type OutcomeSelectEvent = CustomEvent<OutcomeSelectDetail>;

declare global {
  interface GlobalEventHandlersEventMap {
    'outcome-select': OutcomeSelectEvent;
  }
}
