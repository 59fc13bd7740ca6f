/** Detail of `outcome-toggle`. */
export interface OutcomeToggleDetail {
  /** Id of the node opened or closed. */
  id: string;
  /** True when it is now open. */
  expanded: boolean;
}

/** Fired, bubbling and composed, when the user expands or collapses a tree node, by mouse or key. */
export type OutcomeToggleEvent = CustomEvent<OutcomeToggleDetail>;

declare global {
  interface GlobalEventHandlersEventMap {
    'outcome-toggle': OutcomeToggleEvent;
  }
}
