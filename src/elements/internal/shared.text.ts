/**
 * Sentences shared by several elements, built from the translation's patterns. The words
 * themselves are in `src/translations/`; each element's own sentences are in its `<tag>.text.ts`.
 */
import { formatDelta, formatNumber } from '../../core/format.js';
import type { Metric } from '../../core/schema.js';
import type { Term } from './localize.js';

/**
 * A change of a metric's value, signed, as every element writes it: for a metric in percent in
 * percentage points (`+1.7 pp`), so that it is not mistaken for a relative change.
 */
export function signedChange(metric: Metric, delta: number, locale: string, t: Term): string {
  const format = metric.format;
  if (format?.style !== 'percent') return formatDelta(delta, locale, format, metric.unit);
  const digits = Math.max(0, format.maximumFractionDigits ?? 1);
  return t(
    'change.points',
    formatNumber(delta * 100, locale, { maximumFractionDigits: digits, signDisplay: 'exceptZero' }),
  );
}
