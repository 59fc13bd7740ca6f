import type { OutcomeDocument } from '../core/schema.js';

/** Where an element took its document from. */
export type SourceKind = 'data' | 'src' | 'inline' | 'context';

/** Detail of `outcome-load`: a usable document arrived. */
export interface OutcomeLoadDetail {
  /** The checked document (only its usable metrics and nodes). */
  document: OutcomeDocument;
  /** Which source gave it. */
  source: SourceKind;
}

/** Fired, bubbling and composed, each time an element gets a new usable document. */
export type OutcomeLoadEvent = CustomEvent<OutcomeLoadDetail>;

declare global {
  interface GlobalEventHandlersEventMap {
    'outcome-load': OutcomeLoadEvent;
  }
}
