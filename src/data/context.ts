import { ContextRoot, createContext } from '@lit/context';
import type { ParseResult, ValidationError } from '../core/schema.js';

/** How far a document has got. `idle`: no source at all. */
export type LoadState = 'idle' | 'loading' | 'error' | 'ready';

/** The colour theme an element is forced into; absent: the page's CSS `color-scheme`. */
export type Theme = 'light' | 'dark';

/**
 * What an `<outcome-dashboard>` shares with the widgets inside it.
 *
 * A widget with no source of its own (`data`, `src` or an inline JSON script) renders this.
 */
export interface OutcomeContextValue {
  /** Where the provider's document is. */
  state: LoadState;
  /** The parsed document, with per-part errors; kept while a refresh is failing. */
  result?: ParseResult;
  /** Problems that stop every widget: a failed fetch, text that is not JSON, top-level errors. */
  errors: ValidationError[];
  /** True when the last refresh failed and `result` is the last good document. */
  stale: boolean;
  /** The provider's `locale` attribute, which its widgets follow unless they set their own. */
  locale?: string;
  /** The provider's `theme` attribute, which its widgets follow unless they set their own. */
  theme?: Theme;
  /** The provider's `since` attribute, which its widgets follow unless they set their own. */
  since?: string;
  /** The provider's `timeout` attribute (seconds), for the fetches of its widgets that set none. */
  timeout?: number;
  /** The provider's `max-size` attribute (megabytes), for the fetches of its widgets that set none. */
  maxSize?: number;
}

/**
 * The context key. A string, not a symbol, so that two copies of outcome-kit on one page still
 * find each other's dashboards.
 */
export const outcomeContext = createContext<OutcomeContextValue>('outcome-kit:document');

const rootKey = Symbol.for('outcome-kit:context-root');

/**
 * Lets widgets that upgrade before their `<outcome-dashboard>` still find it: a `ContextRoot` on
 * the document replays their requests when the provider connects. Attached once per page.
 */
export function ensureContextRoot(): void {
  const registry = globalThis as unknown as Record<symbol, unknown>;
  if (registry[rootKey] || typeof document === 'undefined') return;
  registry[rootKey] = true;
  new ContextRoot().attach(document.documentElement);
}
