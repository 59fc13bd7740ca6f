import type { OutcomeErrorDetail } from './outcome-error.js';
import type { OutcomeLoadDetail } from './outcome-load.js';
import type { OutcomeSelectDetail } from './outcome-select.js';
import type { OutcomeToggleDetail } from './outcome-toggle.js';

/** Every event outcome-kit fires, by type, with its detail. */
export interface OutcomeEventDetails {
  'outcome-load': OutcomeLoadDetail;
  'outcome-error': OutcomeErrorDetail;
  'outcome-select': OutcomeSelectDetail;
  'outcome-toggle': OutcomeToggleDetail;
}

export type OutcomeEventType = keyof OutcomeEventDetails;

/** An outcome-kit event: bubbling and composed, so a listener on the page hears it from any shadow root. */
export function outcomeEvent<K extends OutcomeEventType>(
  type: K,
  detail: OutcomeEventDetails[K],
  init: { cancelable?: boolean } = {},
): CustomEvent<OutcomeEventDetails[K]> {
  return new CustomEvent(type, { detail, bubbles: true, composed: true, cancelable: !!init.cancelable });
}

/**
 * Fires an outcome-kit event from `target`; the one way every element and controller dispatches.
 * Returns false when a listener called `preventDefault()` on a cancelable event.
 */
export function emit<K extends OutcomeEventType>(
  target: EventTarget,
  type: K,
  detail: OutcomeEventDetails[K],
  init: { cancelable?: boolean } = {},
): boolean {
  return target.dispatchEvent(outcomeEvent(type, detail, init));
}
