/**
 * One node of the outcome tree: its fields, its parent (known, and on no cycle of parents) and
 * its metric (one present in the document). Cycles are found for all nodes at once, in linear time.
 */
import { finish, type Steps } from '../steps.js';
import type { OutcomeNode } from '../schema.js';
import { checkIns, shipped, type CheckInContext } from './check-in.js';
import {
  dropUndefined,
  httpUrl,
  oneOf,
  optional,
  positive,
  string,
  text,
  uniqueId,
  unitInterval,
} from './fields.js';
import {
  expected,
  fail,
  field,
  isRecord,
  readableId,
  readField,
  type Issues,
  type Normalizer,
  type PartResult,
} from './read.js';

/** What checking one node needs from the others and from the metrics. */
export interface NodeContext {
  /** Ids seen so far, with the path of the node that holds each. */
  seen: Map<string, string>;
  /** The first index of each node id in the input. */
  indexOf: Map<string, number>;
  /** For each node on a cycle, the ids around it: `['a', 'b', 'a']`. */
  cycles: Map<number, string[]>;
  /** Every metric id present in the document, valid metric or not. */
  metricIds: Set<string>;
  /** The document's `asOf` (check-ins may not be dated after it). */
  asOf?: Pick<CheckInContext, 'asOf' | 'asOfText'>;
}

/** A node's `parent`: the id of a node of the document, not on a cycle with this one (`nodes[index]`). */
function parentRef(ctx: NodeContext, index: number): Normalizer<string> {
  return (value, path, issues) => {
    if (typeof value !== 'string') return expected(issues, path, 'the id of another node', value);
    const unknown = ' (unknown parent: no node has this id)';
    if (!ctx.indexOf.has(value)) return expected(issues, path, 'the id of another node', value, unknown);
    const cycle = ctx.cycles.get(index);
    if (cycle) return fail(issues, path, `cycle: ${cycle.join(' → ')}`);
    return value;
  };
}

/** A node's `metric`: the id of a metric present in the document. */
function metricRef(ctx: NodeContext): Normalizer<string> {
  return (value, path, issues) => {
    const what = 'the id of a metric of this document';
    if (typeof value !== 'string') return expected(issues, path, what, value);
    return ctx.metricIds.has(value) ? value : expected(issues, path, what, value, ' (unknown metric)');
  };
}

/** `progress` on a node that also has a `metric` is an error: the metric measures it. */
function manualProgress(hasMetric: boolean): Normalizer<number> {
  return (value, path, issues) => {
    const progress = unitInterval(value, path, issues);
    if (!hasMetric) return progress;
    return expected(issues, path, 'no progress on a node measured by a metric', value);
  };
}

/** The node `nodes[index]` at `path`: the checked node when it has no problem, its readable id, its problems. */
export function node(raw: unknown, path: string, index: number, ctx: NodeContext): PartResult<OutcomeNode> {
  const errors: Issues = [];
  if (!isRecord(raw)) return { errors: expected(errors, path, 'a node object', raw) ?? errors };
  const get = <T>(key: string, normalize: Normalizer<T>) => field(raw, path, key, normalize, errors);
  const id = get('id', uniqueId(ctx.seen, path));
  const parent = get('parent', optional(parentRef(ctx, index)));
  const type = get('type', oneOf(['goal', 'outcome', 'output'] as const));
  const title = get('title', text);
  const metricId = get('metric', optional(metricRef(ctx)));
  const hasMetric = readField(raw, 'metric', '', []) !== undefined;
  const progress = get('progress', optional(manualProgress(hasMetric)));
  const weight = get('weight', optional(positive));
  const owner = get('owner', optional(string));
  const description = get('description', optional(string));
  const url = get('url', optional(httpUrl));
  const shippedOn = get('shipped', optional(shipped(readField(raw, 'type', '', []))));
  const said = get('checkIns', optional(checkIns({ hasMetric, ...ctx.asOf })));
  const result = { id: readableId(raw), errors };
  if (errors.length > 0 || id === undefined || type === undefined || title === undefined) return result;
  const value: OutcomeNode = {
    id,
    parent,
    type,
    title,
    metric: metricId,
    progress,
    weight,
    owner,
    description,
    url,
    shipped: shippedOn,
    checkIns: said,
  };
  return { ...result, value: dropUndefined(value) };
}

/** For each node on a cycle of parents, the ids around the cycle starting and ending with its own. */
export function findCycles(
  parents: (number | undefined)[],
  ids: (string | undefined)[],
): Map<number, string[]> {
  const state = new Array<0 | 1 | 2>(parents.length).fill(0);
  const cycles = new Map<number, string[]>();
  for (let start = 0; start < parents.length; start++) {
    const walk: number[] = [];
    let j: number | undefined = start;
    while (j !== undefined && state[j] === 0) {
      state[j] = 1;
      walk.push(j);
      j = parents[j];
    }
    if (j !== undefined && state[j] === 1) {
      const ring = walk.slice(walk.indexOf(j));
      ring.forEach((k, p) => {
        const order = [...ring.slice(p), ...ring.slice(0, p), k];
        cycles.set(
          k,
          order.map((m) => ids[m] ?? `nodes[${m}]`),
        );
      });
    }
    for (const k of walk) state[k] = 2;
  }
  return cycles;
}

/** What checking the nodes of `list` needs: their ids, where each is, and the cycles among them. */
export function nodeContext(
  list: unknown[],
  metricIds: Set<string>,
  asOf?: NodeContext['asOf'],
): NodeContext {
  return finish(nodeContextSteps(list, metricIds, asOf));
}

/** Nodes read between two steps of `nodeContextSteps`. */
const NODES_PER_STEP = 8192;

/** `nodeContext` in steps, for a list of 100,000 nodes. */
export function* nodeContextSteps(
  list: unknown[],
  metricIds: Set<string>,
  asOf?: NodeContext['asOf'],
): Steps<NodeContext> {
  const ids: (string | undefined)[] = [];
  const indexOf = new Map<string, number>();
  for (let i = 0; i < list.length; i++) {
    if (i % NODES_PER_STEP === NODES_PER_STEP - 1) yield;
    const id = readableId(list[i]);
    ids.push(id);
    if (id !== undefined && !indexOf.has(id)) indexOf.set(id, i);
  }
  const parents: (number | undefined)[] = [];
  for (let i = 0; i < list.length; i++) {
    if (i % NODES_PER_STEP === NODES_PER_STEP - 1) yield;
    const raw = list[i];
    const parent = isRecord(raw) ? readField(raw, 'parent', '', []) : undefined;
    parents.push(typeof parent === 'string' ? indexOf.get(parent) : undefined);
  }
  yield;
  return { seen: new Map(), indexOf, cycles: findCycles(parents, ids), metricIds, asOf };
}
