/**
 * The outcome-kit document, schema version 1 (DESIGN.md section 1).
 *
 * These are the shapes `parseDocument` returns: every field has been checked, unknown fields have
 * been dropped and dates are kept exactly as the document gave them.
 */

/** A date as the document gives it: `YYYY-MM-DD`, an ISO date-time with offset, or epoch milliseconds. */
export type DateInput = string | number;

/** One observation: `[date, value]`; a `null` value is a gap. */
export type MetricPoint = [date: DateInput, value: number | null];

/** A baseline or target given with an optional date. */
export interface Reference {
  /** The value. */
  value: number;
  /** For a target: when it should be reached. For a baseline: when it was measured. */
  date?: DateInput;
}

/** Which way is better. */
export type Direction = 'up' | 'down';

/** Whether a metric is a result (`outcome`) or a piece of delivered work (`output`). */
export type MetricKind = 'outcome' | 'output';

/** The subset of `Intl.NumberFormatOptions` a document may set. */
export interface MetricFormat {
  style?: 'decimal' | 'percent' | 'currency' | 'unit';
  currency?: string;
  unit?: string;
  notation?: 'standard' | 'compact';
  minimumFractionDigits?: number;
  maximumFractionDigits?: number;
  signDisplay?: 'auto' | 'never' | 'always' | 'exceptZero' | 'negative';
}

/** One time series. */
export interface Metric {
  /** Unique among metrics; `^[A-Za-z0-9][A-Za-z0-9_.:-]{0,63}$`. */
  id: string;
  /** Display name, 1 to 200 characters. */
  name: string;
  kind: MetricKind;
  description?: string;
  /** Which way is better; default `up`. */
  direction?: Direction;
  /** `Intl.NumberFormat` options for values. */
  format?: MetricFormat;
  /** Free-text suffix shown after formatted values (`pts`). */
  unit?: string;
  /** Observations, sorted by time (the file order does not matter). */
  points: MetricPoint[];
  /** Default: the earliest non-null point. */
  baseline?: number | Reference;
  target?: number | Reference;
}

/** The three kinds of tree node. */
export type NodeType = 'goal' | 'outcome' | 'output';

/** The owner's judgement in a check-in. */
export type Health = 'on-track' | 'at-risk' | 'off-track';

/**
 * A check-in: what the team says about a node at a date (the feedback loop). At least one of
 * `health`, `confidence`, `progress` and `note` is given.
 */
export interface CheckIn {
  /** Not after the document's `asOf`. */
  date: DateInput;
  health?: Health;
  /** How sure the owner is that the node will be reached, in [0, 1]. */
  confidence?: number;
  /** Progress reported at that date, in [0, 1]; never on a node measured by a metric. */
  progress?: number;
  /** What changed, what was learned, what is next; at most 2,000 characters. */
  note?: string;
  author?: string;
}

/** One node of the outcome tree, given as a flat list. */
export interface OutcomeNode {
  id: string;
  /** Id of the parent node; absent for a root. */
  parent?: string;
  type: NodeType;
  title: string;
  /** Id of a metric of the same document. */
  metric?: string;
  /** Manual completion in [0, 1]; not together with `metric`. */
  progress?: number;
  /** Share in the parent's roll-up; default 1. */
  weight?: number;
  owner?: string;
  description?: string;
  /** An absolute http(s) URL. */
  url?: string;
  /** Outputs only: when the output was delivered. */
  shipped?: DateInput;
  /** The team's check-ins, sorted by date (the file order does not matter). */
  checkIns?: CheckIn[];
}

/** A whole document. */
export interface OutcomeDocument {
  version: 1;
  title?: string;
  /** BCP 47 tag accepted by `Intl.NumberFormat`. */
  locale?: string;
  /** "Today" for forecasts and deadlines, `YYYY-MM-DD`. */
  asOf?: string;
  metrics: Metric[];
  nodes?: OutcomeNode[];
  /** How often, in days (1 to 366), goals and outcomes are expected to get a check-in. */
  checkInEvery?: number;
}

/** One problem found in a document. */
export interface ValidationError {
  /** Where, as `metrics[1].points[3][1]`; `''` for the document itself. */
  path: string;
  /** What was expected and what was found. */
  message: string;
}

/** A metric or node that was left out of the checked document, and why. */
export interface RejectedPart {
  /** Its index in the input array. */
  index: number;
  /** Its id, when the id itself was readable. */
  id?: string;
  /** Every problem found inside it. */
  errors: ValidationError[];
}

/** What `parseDocument` returns. */
export interface ParseResult {
  /**
   * The checked document, holding only the usable metrics and nodes; absent when the top level is
   * unusable (not an object, not JSON, unsupported version).
   */
  document?: OutcomeDocument;
  /** Every problem found, in document order. */
  errors: ValidationError[];
  /** Problems outside any one metric or node (version, locale, asOf, …). */
  documentErrors: ValidationError[];
  /** Metrics left out of `document.metrics`, with their errors. */
  rejectedMetrics: RejectedPart[];
  /** Nodes left out of `document.nodes`, with their errors. */
  rejectedNodes: RejectedPart[];
}
