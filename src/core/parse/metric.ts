/** One metric of a document: its fields, each checked by its own normaliser (DESIGN.md section 1). */
import { finish, type Steps } from '../steps.js';
import type { Metric } from '../schema.js';
import { dropUndefined, oneOf, optional, reference, string, text, uniqueId } from './fields.js';
import { formatOptions } from './intl.js';
import { pointsSteps } from './points.js';
import {
  expected,
  field,
  fieldSteps,
  isRecord,
  readableId,
  readField,
  type Issues,
  type Normalizer,
  type PartResult,
} from './read.js';

/** What checking one metric needs from the others and from the document. */
export interface MetricContext {
  /** Ids seen so far, with the path of the metric that holds each. */
  seen: Map<string, string>;
  /** The locale to check formats with. */
  localeTag: string;
}

/** A metric at `path`: the checked metric when it has no problem, its readable id, its problems. */
export function metric(raw: unknown, path: string, ctx: MetricContext): PartResult<Metric> {
  return finish(metricSteps(raw, path, ctx));
}

/** `metric`, in steps (its points are checked a few thousand at a time). */
export function* metricSteps(raw: unknown, path: string, ctx: MetricContext): Steps<PartResult<Metric>> {
  const errors: Issues = [];
  if (!isRecord(raw)) return { errors: expected(errors, path, 'a metric object', raw) ?? errors };
  const get = <T>(key: string, normalize: Normalizer<T>) => field(raw, path, key, normalize, errors);
  const id = get('id', uniqueId(ctx.seen, path));
  const name = get('name', text);
  const kind = get('kind', oneOf(['outcome', 'output'] as const));
  const description = get('description', optional(string));
  const direction = get('direction', optional(oneOf(['up', 'down'] as const)));
  const format = get('format', optional(formatOptions(ctx.localeTag)));
  const rawFormat = readField(raw, 'format', '', []);
  const styleIsUnit = isRecord(rawFormat) && readField(rawFormat, 'style', '', []) === 'unit';
  const unit = get(
    'unit',
    optional<string>((v, p, i) =>
      styleIsUnit
        ? expected(i, p, 'no unit with format.style "unit" (the format shows the unit)', v)
        : string(v, p, i),
    ),
  );
  const series = yield* fieldSteps(raw, path, 'points', pointsSteps, errors);
  const baseline = get('baseline', optional(reference));
  const target = get('target', optional(reference));
  const result = { id: readableId(raw), errors };
  const complete = id !== undefined && name !== undefined && kind !== undefined && series !== undefined;
  if (errors.length > 0 || !complete) return result;
  const value: Metric = {
    id,
    name,
    kind,
    description,
    direction,
    format,
    unit,
    points: series,
    baseline,
    target,
  };
  return { ...result, value: dropUndefined(value) };
}
