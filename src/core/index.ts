/**
 * `outcome-kit/core`: the DOM-free logic behind the elements, usable in Node and the browser.
 * Types for the document, validation, metric summaries and formatting (DESIGN.md section 2).
 */
export type {
  CheckIn,
  DateInput,
  Health,
  Direction,
  Metric,
  MetricFormat,
  MetricKind,
  MetricPoint,
  NodeType,
  OutcomeDocument,
  OutcomeNode,
  ParseResult,
  Reference,
  RejectedPart,
  ValidationError,
} from './schema.js';

export {
  parseDocument,
  parseDocumentAsync,
  ID_PATTERN,
  MAX_TEXT_LENGTH,
  MAX_NOTE_LENGTH,
  FORMAT_KEYS,
} from './parse/index.js';
export { errorsForMetric, findMetric } from './result.js';

export { summarizeMetric, meetsTarget, trendOf, shareOfWay, leastSquares } from './summary.js';
export type { MetricSummary, Trend, Status, DatedValue, SummaryOptions } from './summary.js';

export { toTime, checkDate, isDateInput, isDateOnly, localDay } from './dates.js';
export type { DateCheck } from './dates.js';

export {
  formatNumber,
  formatDelta,
  formatPercent,
  formatDate,
  numberFormat,
  dateFormat,
  isValidLocale,
  safeLocale,
  FALLBACK_LOCALE,
  MISSING,
} from './format.js';
export type { PercentOptions } from './format.js';

export { downsample } from './downsample.js';
export { sparklineGeometry, seriesOf, nearestPoint } from './layout/sparkline.js';
export type { SparklineGeometry, SparklineOptions, PlotPoint, SeriesPoint } from './layout/sparkline.js';

export { buildOutcomeTree, GAP_THRESHOLD, sinceShipped } from './tree.js';
export type { OutcomeTree, OutcomeTreeNode, SinceShipped, TreeFlag } from './tree.js';

export { deliveriesByMetric, deliveriesFor, metricReview, reviewSince } from './review.js';
export type { Delivery, MetricReview, Review } from './review.js';

export {
  compareOutputToOutcome,
  relativeChange,
  pearson,
  OUTPUT_UP,
  OUTCOME_UP,
  MAX_LAG,
  LAG_MIN_POINTS,
} from './compare.js';
export type { Comparison, AlignedPoint, Verdict } from './compare.js';
