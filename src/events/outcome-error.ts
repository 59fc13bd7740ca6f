import type { ValidationError } from '../core/schema.js';
import type { SourceKind } from './outcome-load.js';

/** Detail of `outcome-error`. */
export interface OutcomeErrorDetail {
  /** What went wrong, each with the JSON path it concerns (`''` for the document as a whole). */
  errors: ValidationError[];
  /** Which source the problem came from. */
  source: SourceKind;
  /** True when the element keeps showing its last good data (a failed refresh). */
  stale: boolean;
}

/** Fired, bubbling and composed, when an element meets a problem it shows. */
export type OutcomeErrorEvent = CustomEvent<OutcomeErrorDetail>;

declare global {
  interface GlobalEventHandlersEventMap {
    'outcome-error': OutcomeErrorEvent;
  }
}
