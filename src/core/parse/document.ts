/**
 * The whole document: the top-level fields, then every metric and every node, each checked on its
 * own so that one broken part leaves the others usable (DESIGN.md sections 1 and 2).
 */
import { finish, sliced, type Steps } from '../steps.js';
import { unusableResult } from '../result.js';
import type { Metric, OutcomeDocument, OutcomeNode, ParseResult, RejectedPart } from '../schema.js';
import { toTime } from '../dates.js';
import { cadence, day, dropUndefined, optional, string } from './fields.js';
import { locale } from './intl.js';
import { jsonSteps } from './json.js';
import { metricSteps, type MetricContext } from './metric.js';
import { node, nodeContextSteps } from './node.js';
import {
  at,
  describeValue,
  errorMessage,
  expected,
  fail,
  field,
  isRecord,
  items,
  readField,
  UNREADABLE,
  type Issues,
  type PartResult,
} from './read.js';

/** How many nodes are checked between two steps. */
const NODES_PER_STEP = 2048;

/** Collects problems in document order, keeping document-level ones and rejected parts apart. */
class Collector {
  readonly errors: Issues = [];
  readonly documentErrors: Issues = [];
  readonly rejectedMetrics: RejectedPart[] = [];
  readonly rejectedNodes: RejectedPart[] = [];

  /** Adds document-level problems. */
  document(found: Issues): void {
    this.errors.push(...found);
    this.documentErrors.push(...found);
  }

  /** Records a metric or node left out of the checked document. */
  reject(list: RejectedPart[], index: number, part: PartResult<unknown>): void {
    list.push(
      part.id === undefined ? { index, errors: part.errors } : { index, id: part.id, errors: part.errors },
    );
    this.errors.push(...part.errors);
  }

  result(document?: OutcomeDocument): ParseResult {
    const { errors, documentErrors, rejectedMetrics, rejectedNodes } = this;
    const result: ParseResult = { errors, documentErrors, rejectedMetrics, rejectedNodes };
    return document ? { document, ...result } : result;
  }
}

/** Reads a top-level array field; a problem with the field itself is document-level. */
function topList(
  raw: Record<string, unknown>,
  key: string,
  required: boolean,
  out: Collector,
): unknown[] | undefined {
  const issues: Issues = [];
  const value = readField(raw, key, '', issues);
  let list: unknown[] | undefined;
  if (value === undefined && required) expected(issues, key, `an array of ${key}`, value);
  else if (value !== undefined && value !== UNREADABLE) list = items(value, key, key, issues);
  out.document(issues);
  return list;
}

/** The checked metrics, and every string id found among all of them (for node references). */
function* metricsOf(
  list: unknown[],
  out: Collector,
  localeTag: string,
): Steps<{ metrics: Metric[]; ids: Set<string> }> {
  const ctx: MetricContext = { seen: new Map(), localeTag };
  const metrics: Metric[] = [];
  const ids = new Set<string>();
  for (let i = 0; i < list.length; i++) {
    const item = list[i];
    if (item === UNREADABLE) continue;
    const part = yield* metricSteps(item, at('metrics', i), ctx);
    if (part.id !== undefined) ids.add(part.id);
    if (part.value) metrics.push(part.value);
    else out.reject(out.rejectedMetrics, i, part);
    yield;
  }
  return { metrics, ids };
}

function* nodesOf(
  list: unknown[],
  out: Collector,
  metricIds: Set<string>,
  asOf: string | undefined,
): Steps<OutcomeNode[]> {
  const ctx = yield* nodeContextSteps(
    list,
    metricIds,
    asOf === undefined ? undefined : { asOf: toTime(asOf), asOfText: asOf },
  );
  const nodes: OutcomeNode[] = [];
  for (let i = 0; i < list.length; i++) {
    if (i % NODES_PER_STEP === NODES_PER_STEP - 1) yield;
    const item = list[i];
    if (item === UNREADABLE) continue;
    const part = node(item, at('nodes', i), i, ctx);
    if (part.value) nodes.push(part.value);
    else out.reject(out.rejectedNodes, i, part);
  }
  return nodes;
}

function* parseObject(raw: Record<string, unknown>): Steps<ParseResult> {
  const out = new Collector();
  const top: Issues = [];
  const version = readField(raw, 'version', '', top);
  if (version !== 1 && version !== undefined && version !== UNREADABLE) {
    return unusableResult(`unsupported version: expected 1, got ${describeValue(version)}`, 'version');
  }
  if (version === undefined) fail(top, 'version', 'unsupported version: expected 1, got nothing');
  const title = field(raw, '', 'title', optional(string), top);
  const localeTag = field(raw, '', 'locale', optional(locale), top);
  const asOf = field(raw, '', 'asOf', optional(day), top);
  out.document(top);
  const metricList = topList(raw, 'metrics', true, out) ?? [];
  const { metrics, ids } = yield* metricsOf(metricList, out, localeTag ?? 'en-US');
  const nodeList = topList(raw, 'nodes', false, out);
  const nodes = nodeList && (yield* nodesOf(nodeList, out, ids, asOf));
  // Read last, as DESIGN.md lists it: errors come in the order of the fields there.
  const cadenceIssues: Issues = [];
  const checkInEvery = field(raw, '', 'checkInEvery', optional(cadence), cadenceIssues);
  out.document(cadenceIssues);
  if (version !== 1) return out.result();
  return out.result(
    dropUndefined({ version: 1 as const, title, locale: localeTag, asOf, metrics, nodes, checkInEvery }),
  );
}

/**
 * Checks a document (an object or a JSON string) against DESIGN.md section 1 and reports every
 * problem at once. Never throws. `document` is absent only when the top level is unusable (not
 * JSON, not an object, a version other than 1); otherwise it holds only the metrics and nodes
 * without errors, drops unknown fields and bad top-level fields, keeps dates as given and sorts
 * each metric's points by time. A node whose parent was rejected keeps its `parent` id.
 */
export function parseDocument(input: unknown): ParseResult {
  return finish(documentSteps(input));
}

/**
 * `parseDocument` for large documents: the same result, checked in slices of at most about
 * `SLICE_MS` with a pause between them, so that a page stays responsive while a million
 * points are checked. (Reading JSON text is one step: `JSON.parse` cannot pause.)
 */
export function parseDocumentAsync(input: unknown): Promise<ParseResult> {
  return sliced(documentSteps(input));
}

function* documentSteps(input: unknown): Steps<ParseResult> {
  try {
    let raw = input;
    if (typeof input === 'string') {
      try {
        raw = yield* jsonSteps(input.replace(/^\uFEFF/, ''));
      } catch (error) {
        return unusableResult(`invalid JSON: ${errorMessage(error)}`);
      }
    }
    if (!isRecord(raw)) return unusableResult(`expected a document object, got ${describeValue(raw)}`);
    return yield* parseObject(raw);
  } catch (error) {
    return unusableResult(`could not check the document: ${errorMessage(error)}`);
  }
}
