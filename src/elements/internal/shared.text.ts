/**
 * Words shown by more than one element: the status of a metric and the frames every widget
 * shares (loading, empty, error, stale). Each element's own words are in its `<tag>.text.ts`.
 */
import { formatDelta, formatNumber } from '../../core/format.js';
import type { Metric } from '../../core/schema.js';
import type { Status } from '../../core/summary.js';

/** A metric's status in words, as the cards and the tree show it. */
export const STATUS_WORDS: Record<Status, string> = {
  met: 'Met',
  'on-track': 'On track',
  'at-risk': 'At risk',
  'off-track': 'Off track',
  unknown: 'Status unknown',
  none: 'No target',
};

/** The words of the loading, empty, error and stale frames. */
export const FRAME_WORDS = {
  /** Said to screen readers while the skeleton shows. */
  loading: 'Loading…',
  empty: 'No data yet',
  /** A widget under a dashboard whose document cannot be used (the dashboard lists why). */
  dashboardBroken: 'No data: the dashboard’s document has errors',
  errorHeading: 'This data cannot be shown',
  /** The path shown for a problem of the whole document (its path is `''`). */
  documentPath: 'document',
  moreProblems: (count: number) => `and ${count} more ${count === 1 ? 'problem' : 'problems'}`,
  stale: 'Stale',
  staleHint: 'The last refresh failed; showing the last data loaded.',
};

/**
 * A change of a metric's value, signed, as every element writes it: for a metric in percent in
 * percentage points (`+1.7 pp`), so that it is not mistaken for a relative change.
 */
export function signedChange(metric: Metric, delta: number, locale: string): string {
  const format = metric.format;
  if (format?.style !== 'percent') return formatDelta(delta, locale, format, metric.unit);
  const digits = Math.max(0, format.maximumFractionDigits ?? 1);
  return `${formatNumber(delta * 100, locale, { maximumFractionDigits: digits, signDisplay: 'exceptZero' })} pp`;
}
