/**
 * `parseDocument`: unknown input -> the checked document and every problem found, each with a path
 * (`metrics[1].points[3][1]`) and a message saying what was expected and what was found
 * (DESIGN.md sections 1 and 2). Small named normalisers check one field each and name it in their
 * errors. Nothing here throws, whatever the input.
 */
import { checkDate, MAX_TIME } from './dates.js';
import { isValidLocale } from './format.js';
import type {
  DateInput,
  Metric,
  MetricFormat,
  MetricPoint,
  OutcomeDocument,
  OutcomeNode,
  ParseResult,
  Reference,
  RejectedPart,
  ValidationError,
} from './schema.js';

/** The pattern of metric and node ids. */
export const ID_PATTERN = /^[A-Za-z0-9][A-Za-z0-9_.:-]{0,63}$/;

/** The longest `name` or `title`, in characters (Unicode code points). */
export const MAX_TEXT_LENGTH = 200;

/** The longest array (metrics, nodes, points) a document may hold: a guard against runaway input. */
export const MAX_ITEMS = 1_000_000;

/** The keys a metric's `format` may set (DESIGN.md section 1: "these keys only"). */
export const FORMAT_KEYS = [
  'style',
  'currency',
  'unit',
  'notation',
  'minimumFractionDigits',
  'maximumFractionDigits',
  'signDisplay',
] as const;

/** The largest fraction digit count every supported runtime's `Intl.NumberFormat` accepts. */
export const MAX_FRACTION_DIGITS = 20;

type Issues = ValidationError[];
type Normalizer<T> = (value: unknown, path: string, issues: Issues) => T | undefined;

/** A field that threw when read (a getter, a proxy): reported once, then skipped. */
const UNREADABLE: unique symbol = Symbol('unreadable');

// ---------------------------------------------------------------------------------------------
// Paths and descriptions

const IDENTIFIER = /^[A-Za-z_$][A-Za-z0-9_$]*$/;

/** A path one step further: `at('metrics', 1)` is `metrics[1]`, `at('metrics[1]', 'id')` is `metrics[1].id`. */
export function at(path: string, key: string | number): string {
  if (typeof key === 'number') return `${path}[${key}]`;
  if (!IDENTIFIER.test(key)) return `${path}[${JSON.stringify(key)}]`;
  return path === '' ? key : `${path}.${key}`;
}

function errorMessage(error: unknown): string {
  try {
    if (error instanceof Error) return String(error.message);
    return String(error);
  } catch {
    return 'unknown error';
  }
}

function quote(text: string): string {
  const chars = [...text];
  return JSON.stringify(chars.length > 60 ? `${chars.slice(0, 60).join('')}…` : text);
}

function isArray(value: unknown): value is unknown[] {
  try {
    return Array.isArray(value);
  } catch {
    return false;
  }
}

function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !isArray(value);
}

function arrayLength(value: unknown[]): number | undefined {
  try {
    return value.length;
  } catch {
    return undefined;
  }
}

/** How a found value reads in a message: `"abc"`, `NaN`, `null`, `an array of 2 items`, `nothing`. */
export function describeValue(value: unknown): string {
  switch (typeof value) {
    case 'undefined':
      return 'nothing';
    case 'string':
      return quote(value);
    case 'number':
    case 'boolean':
      return String(value);
    case 'bigint':
      return `${value}n`;
    case 'symbol':
      return 'a symbol';
    case 'function':
      return 'a function';
  }
  if (value === null) return 'null';
  if (isArray(value)) {
    const n = arrayLength(value);
    return n === undefined ? 'an array' : `an array of ${n} item${n === 1 ? '' : 's'}`;
  }
  return 'an object';
}

function fail(issues: Issues, path: string, message: string): undefined {
  issues.push({ path, message });
  return undefined;
}

function expected(issues: Issues, path: string, what: string, value: unknown, note = ''): undefined {
  return fail(issues, path, `expected ${what}, got ${describeValue(value)}${note}`);
}

// ---------------------------------------------------------------------------------------------
// Reading untrusted objects

/** An own field of an object, or `UNREADABLE` (reported) when reading it throws. */
function readField(obj: object, key: string, path: string, issues: Issues): unknown {
  try {
    if (!Object.prototype.hasOwnProperty.call(obj, key)) return undefined;
    return (obj as Record<string, unknown>)[key];
  } catch (error) {
    fail(issues, at(path, key), `expected a readable value, got an error: ${errorMessage(error)}`);
    return UNREADABLE;
  }
}

/**
 * An item of an array, or `UNREADABLE` (reported) when reading it throws. The item's path,
 * `path[index]` or, given `outer`, `path[outer][index]`, is built only for that report.
 */
function readItem(array: unknown[], index: number, issues: Issues, path: string, outer?: number): unknown {
  try {
    return array[index];
  } catch (error) {
    const itemPath = outer === undefined ? at(path, index) : at(at(path, outer), index);
    fail(issues, itemPath, `expected a readable value, got an error: ${errorMessage(error)}`);
    return UNREADABLE;
  }
}

/** Reads `obj[key]` and runs a normaliser on it with the field's path; unreadable fields are skipped. */
function field<T>(
  obj: object,
  path: string,
  key: string,
  normalize: Normalizer<T>,
  issues: Issues,
): T | undefined {
  const value = readField(obj, key, path, issues);
  return value === UNREADABLE ? undefined : normalize(value, at(path, key), issues);
}

function ownKeys(obj: object): string[] {
  try {
    return Object.keys(obj);
  } catch {
    return [];
  }
}

/** An array field's items, or undefined (reported) when it is not an array or is too long. */
function items(value: unknown, path: string, what: string, issues: Issues): unknown[] | undefined {
  if (!isArray(value)) return expected(issues, path, `an array of ${what}`, value);
  const n = arrayLength(value);
  if (n === undefined) return expected(issues, path, `an array of ${what}`, value);
  if (n > MAX_ITEMS) return expected(issues, path, `at most ${MAX_ITEMS} ${what}`, value);
  const out = new Array<unknown>(n);
  for (let i = 0; i < n; i++) out[i] = readItem(value, i, issues, path);
  return out;
}

// ---------------------------------------------------------------------------------------------
// Field normalisers

/** Lets a normaliser's field be absent. */
function optional<T>(normalize: Normalizer<T>): Normalizer<T> {
  return (value, path, issues) => (value === undefined ? undefined : normalize(value, path, issues));
}

const string: Normalizer<string> = (value, path, issues) =>
  typeof value === 'string' ? value : expected(issues, path, 'a string', value);

/** A `name` or `title`: a string with a non-space character, at most 200 characters. */
const text: Normalizer<string> = (value, path, issues) => {
  const what = `a non-empty string of at most ${MAX_TEXT_LENGTH} characters`;
  if (typeof value !== 'string' || !/\S/.test(value)) return expected(issues, path, what, value);
  const length = [...value].length;
  if (length > MAX_TEXT_LENGTH) return fail(issues, path, `expected ${what}, got ${length} characters`);
  return value;
};

const finiteNumber: Normalizer<number> = (value, path, issues) =>
  typeof value === 'number' && Number.isFinite(value)
    ? value
    : expected(issues, path, 'a finite number', value);

function listChoices(choices: readonly string[]): string {
  const quoted = choices.map((c) => JSON.stringify(c));
  return quoted.length < 2 ? quoted.join('') : `${quoted.slice(0, -1).join(', ')} or ${quoted.at(-1)}`;
}

/** One of a few strings: `expected "up" or "down", got "sideways"`. */
function oneOf<T extends string>(choices: readonly T[]): Normalizer<T> {
  return (value, path, issues) =>
    (choices as readonly unknown[]).includes(value)
      ? (value as T)
      : expected(issues, path, listChoices(choices), value);
}

const idString: Normalizer<string> = (value, path, issues) =>
  typeof value === 'string' && ID_PATTERN.test(value)
    ? value
    : expected(issues, path, `an id matching ${ID_PATTERN.source}`, value);

/** A unique id: checks the pattern, then that no earlier item of `seen` holds it. */
function uniqueId(seen: Map<string, string>, itemPath: string): Normalizer<string> {
  return (value, path, issues) => {
    const id = idString(value, path, issues);
    if (typeof value !== 'string') return id;
    const first = seen.get(value);
    if (first !== undefined) return fail(issues, path, `duplicate id ${quote(value)} (also ${first})`);
    seen.set(value, itemPath);
    return id;
  };
}

/** What a document date is, in messages. */
const DATE_WHAT = 'a date (YYYY-MM-DD, an ISO date-time with offset, or epoch milliseconds)';

function dateProblem(problem: string): string {
  return problem === 'not a date' ? '' : ` (${problem})`;
}

/** A document date: `YYYY-MM-DD`, an ISO date-time with offset, or epoch milliseconds. */
const date: Normalizer<DateInput> = (value, path, issues) => {
  const check = checkDate(value);
  if ('time' in check) return value as DateInput;
  return expected(issues, path, DATE_WHAT, value, dateProblem(check.problem));
};

/** The document's `asOf`: strictly a calendar day `YYYY-MM-DD`. */
const day: Normalizer<string> = (value, path, issues) => {
  const check = checkDate(value);
  const ok = typeof value === 'string' && /^\d{4}-\d{2}-\d{2}$/.test(value) && 'time' in check;
  if (ok) return value;
  const note =
    typeof value === 'string' && /^\d{4}-\d{2}-\d{2}$/.test(value) ? ' (no such calendar day)' : '';
  return expected(issues, path, 'a date YYYY-MM-DD', value, note);
};

const locale: Normalizer<string> = (value, path, issues) =>
  isValidLocale(value)
    ? value
    : expected(issues, path, 'a BCP 47 locale tag accepted by Intl.NumberFormat (like "en-US")', value);

/** A baseline or target: a finite number or `{ value, date? }`. */
const reference: Normalizer<number | Reference> = (value, path, issues) => {
  if (typeof value === 'number') {
    return Number.isFinite(value)
      ? value
      : expected(issues, path, 'a finite number or { value, date? }', value);
  }
  if (!isRecord(value)) return expected(issues, path, 'a number or { value, date? }', value);
  const before = issues.length;
  const v = field(value, path, 'value', finiteNumber, issues);
  const d = field(value, path, 'date', optional(date), issues);
  if (issues.length > before || v === undefined) return undefined;
  return d === undefined ? { value: v } : { value: v, date: d };
};

/** An absolute http(s) URL with no spaces. */
const httpUrl: Normalizer<string> = (value, path, issues) => {
  const what = 'an absolute http: or https: URL';
  if (typeof value !== 'string' || !/^https?:\/\/[^\s/?#]+([/?#]\S*)?$/i.test(value)) {
    return expected(issues, path, what, value);
  }
  try {
    const url = new URL(value);
    return url.protocol === 'http:' || url.protocol === 'https:'
      ? value
      : expected(issues, path, what, value);
  } catch {
    return expected(issues, path, what, value);
  }
};

// ---------------------------------------------------------------------------------------------
// Format

const digits: Normalizer<number> = (value, path, issues) =>
  typeof value === 'number' && Number.isInteger(value) && value >= 0 && value <= MAX_FRACTION_DIGITS
    ? value
    : expected(issues, path, `an integer from 0 to ${MAX_FRACTION_DIGITS}`, value);

const FORMAT_NORMALIZERS: { [K in keyof MetricFormat]-?: Normalizer<NonNullable<MetricFormat[K]>> } = {
  style: oneOf(['decimal', 'percent', 'currency', 'unit'] as const),
  currency: string,
  unit: string,
  notation: oneOf(['standard', 'compact'] as const),
  minimumFractionDigits: digits,
  maximumFractionDigits: digits,
  signDisplay: oneOf(['auto', 'never', 'always', 'exceptZero', 'negative'] as const),
};

function isFormatKey(key: string): key is (typeof FORMAT_KEYS)[number] {
  return (FORMAT_KEYS as readonly string[]).includes(key);
}

function accepts(localeTag: string, options: Intl.NumberFormatOptions): string | undefined {
  try {
    new Intl.NumberFormat(localeTag, options);
    return undefined;
  } catch (error) {
    return errorMessage(error);
  }
}

/** Checks well-typed format options against the platform, naming the key at fault when it can. */
function checkIntl(format: MetricFormat, path: string, localeTag: string, issues: Issues): void {
  const { style, currency, unit, minimumFractionDigits: min, maximumFractionDigits: max } = format;
  const before = issues.length;
  if (currency !== undefined && accepts('en-US', { style: 'currency', currency })) {
    expected(
      issues,
      at(path, 'currency'),
      'an ISO 4217 currency code Intl.NumberFormat accepts (like "EUR")',
      currency,
    );
  }
  if (unit !== undefined && accepts('en-US', { style: 'unit', unit })) {
    expected(issues, at(path, 'unit'), 'a unit Intl.NumberFormat accepts (like "kilometer-per-hour")', unit);
  }
  if (style === 'currency' && currency === undefined) {
    expected(issues, at(path, 'currency'), 'a currency code (required with style "currency")', currency);
  }
  if (style === 'unit' && unit === undefined) {
    expected(issues, at(path, 'unit'), 'a unit (required with style "unit")', unit);
  }
  if (min !== undefined && max !== undefined && min > max) {
    fail(issues, path, `expected minimumFractionDigits ≤ maximumFractionDigits, got ${min} > ${max}`);
  }
  const problem = issues.length === before ? accepts(localeTag, format) : undefined;
  if (problem) fail(issues, path, `expected options Intl.NumberFormat accepts, got an error: ${problem}`);
}

/** A metric's `format`: the listed keys only, each well-typed, together accepted by `Intl.NumberFormat`. */
function formatOptions(localeTag: string): Normalizer<MetricFormat> {
  return (value, path, issues) => {
    if (!isRecord(value)) return expected(issues, path, 'an object of Intl.NumberFormat options', value);
    const before = issues.length;
    const format: Record<string, unknown> = {};
    for (const key of ownKeys(value)) {
      if (!isFormatKey(key)) {
        fail(
          issues,
          at(path, key),
          `expected one of ${FORMAT_KEYS.join(', ')}, got an unknown option ${quote(key)}`,
        );
        continue;
      }
      const v = field(value, path, key, optional(FORMAT_NORMALIZERS[key] as Normalizer<unknown>), issues);
      if (v !== undefined) format[key] = v;
    }
    if (issues.length === before) checkIntl(format as MetricFormat, path, localeTag, issues);
    return issues.length === before ? (format as MetricFormat) : undefined;
  };
}

// ---------------------------------------------------------------------------------------------
// Points

/** The path of a point's date or value: `pointPath('metrics[0].points', 3, 0)` is `metrics[0].points[3][0]`. */
function pointPath(path: string, index: number, item: 0 | 1): string {
  return at(at(path, index), item);
}

/** What `point` found besides the checked pair, reused from point to point (nothing allocated per point). */
interface PointFound {
  /** The point's time, NaN when its date is missing or not a date. */
  time: number;
  /** The date as given (for messages). */
  date: unknown;
}

/**
 * One `[date, value]` pair, `points[index]`: reports its problems (paths are built only then),
 * sets `found` (which the caller resets) and returns the checked pair when the point has no problem.
 */
function point(
  value: unknown,
  path: string,
  index: number,
  issues: Issues,
  found: PointFound,
): MetricPoint | undefined {
  if (!isArray(value) || arrayLength(value) !== 2) {
    expected(issues, at(path, index), 'a [date, value] pair', value);
    return undefined;
  }
  const before = issues.length;
  const rawDate = readItem(value, 0, issues, path, index);
  const rawValue = readItem(value, 1, issues, path, index);
  if (typeof rawDate === 'number' && Math.abs(rawDate) <= MAX_TIME) {
    found.time = rawDate; // epoch milliseconds, as machine feeds give them: nothing more to check
  } else if (rawDate !== UNREADABLE) {
    const check = checkDate(rawDate);
    if ('time' in check) found.time = check.time;
    else expected(issues, pointPath(path, index, 0), DATE_WHAT, rawDate, dateProblem(check.problem));
  }
  found.date = rawDate;
  const finite = typeof rawValue === 'number' && Number.isFinite(rawValue);
  if (rawValue !== null && !finite && rawValue !== UNREADABLE) {
    expected(issues, pointPath(path, index, 1), 'a finite number or null', rawValue);
  }
  if (Number.isNaN(found.time) || issues.length > before) return undefined;
  return [rawDate as DateInput, rawValue as number | null];
}

/** The indexes of the points that have a time, by time, and by index among equal times. */
function byTime(times: Float64Array): number[] {
  const order: number[] = [];
  for (let i = 0; i < times.length; i++) if (!Number.isNaN(times[i])) order.push(i);
  return order.sort((a, b) => times[a] - times[b] || a - b);
}

/**
 * Reports each point at the same instant as an earlier one, naming the first point at that
 * instant. Each report goes right after the point's own problems, as if checked in file order:
 * `flagged` lists, for each point with problems, its index and the length of `issues` after them.
 */
function reportDuplicates(
  order: number[],
  times: Float64Array,
  dateOf: (index: number) => unknown,
  path: string,
  issues: Issues,
  before: number,
  flagged: number[],
): void {
  const duplicates: [later: number, first: number][] = [];
  for (let k = 1, first = order[0]; k < order.length; k++) {
    if (times[order[k]] === times[first]) duplicates.push([order[k], first]);
    else first = order[k];
  }
  if (duplicates.length === 0) return;
  duplicates.sort((a, b) => a[0] - b[0]);
  const own = issues.splice(before);
  let copied = 0;
  let f = 0;
  for (const [later, first] of duplicates) {
    while (f < flagged.length && flagged[f] <= later) f += 2;
    const end = f > 0 ? flagged[f - 1] - before : 0;
    while (copied < end) issues.push(own[copied++]);
    const also = `${pointPath(path, first, 0)}: ${describeValue(dateOf(first))}`;
    fail(
      issues,
      pointPath(path, later, 0),
      `duplicate instant ${describeValue(dateOf(later))} (also ${also})`,
    );
  }
  while (copied < own.length) issues.push(own[copied++]);
}

/**
 * A metric's `points`: valid pairs, no two at the same instant, returned sorted by time. Built for
 * a million points: the times go into one array, sorted order is checked in one pass (a feed is
 * usually in order already: no sort, no copy), and only otherwise are indexes sorted by time and
 * duplicates found as neighbours.
 */
const points: Normalizer<MetricPoint[]> = (value, path, issues) => {
  const list = items(value, path, '[date, value] points', issues);
  if (!list) return undefined;
  const before = issues.length;
  const n = list.length;
  const times = new Float64Array(n);
  const pairs = new Array<MetricPoint | undefined>(n);
  /** The dates of points with a time but a problem (the others' are in their pairs). */
  const otherDates = new Map<number, unknown>();
  const flagged: number[] = [];
  const found: PointFound = { time: NaN, date: undefined };
  let sorted = true;
  let complete = true;
  let latest = -Infinity;
  for (let i = 0; i < n; i++) {
    const item = list[i];
    const errorsBefore = issues.length;
    found.time = NaN;
    found.date = undefined;
    const pair = item === UNREADABLE ? undefined : point(item, path, i, issues, found);
    const time = found.time;
    times[i] = time;
    pairs[i] = pair;
    if (issues.length > errorsBefore) flagged.push(i, issues.length);
    if (pair === undefined) {
      complete = false;
      if (!Number.isNaN(time)) otherDates.set(i, found.date);
    }
    if (!Number.isNaN(time)) {
      if (time <= latest) sorted = false;
      latest = time;
    }
  }
  const order = sorted ? undefined : byTime(times);
  if (order) {
    const dateOf = (i: number) => (pairs[i] ? pairs[i][0] : otherDates.get(i));
    reportDuplicates(order, times, dateOf, path, issues, before, flagged);
  }
  if (issues.length > before) return undefined;
  if (order) return order.map((i) => pairs[i] as MetricPoint);
  return complete ? (pairs as MetricPoint[]) : pairs.filter((p): p is MetricPoint => p !== undefined);
};

// ---------------------------------------------------------------------------------------------
// Metrics and nodes

interface PartResult<T> {
  value?: T;
  id?: string;
  errors: Issues;
}

interface MetricContext {
  /** Ids seen so far, with the path of the metric that holds each. */
  seen: Map<string, string>;
  /** The locale to check formats with. */
  localeTag: string;
}

function readableId(raw: unknown): string | undefined {
  if (!isRecord(raw)) return undefined;
  const id = readField(raw, 'id', '', []);
  return typeof id === 'string' ? id : undefined;
}

function metric(raw: unknown, path: string, ctx: MetricContext): PartResult<Metric> {
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
  const series = get('points', points);
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

function dropUndefined<T extends object>(obj: T): T {
  for (const key of Object.keys(obj) as (keyof T)[]) if (obj[key] === undefined) delete obj[key];
  return obj;
}

interface NodeContext {
  /** Ids seen so far, with the path of the node that holds each. */
  seen: Map<string, string>;
  /** The first index of each node id in the input. */
  indexOf: Map<string, number>;
  /** For each node on a cycle, the ids around it: `['a', 'b', 'a']`. */
  cycles: Map<number, string[]>;
  /** Every metric id present in the document, valid metric or not. */
  metricIds: Set<string>;
}

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

function metricRef(ctx: NodeContext): Normalizer<string> {
  return (value, path, issues) => {
    const what = 'the id of a metric of this document';
    if (typeof value !== 'string') return expected(issues, path, what, value);
    return ctx.metricIds.has(value) ? value : expected(issues, path, what, value, ' (unknown metric)');
  };
}

const unitInterval: Normalizer<number> = (value, path, issues) =>
  typeof value === 'number' && value >= 0 && value <= 1
    ? value
    : expected(issues, path, 'a number from 0 to 1', value);

const positive: Normalizer<number> = (value, path, issues) =>
  typeof value === 'number' && Number.isFinite(value) && value > 0
    ? value
    : expected(issues, path, 'a number greater than 0', value);

/** `progress` on a node that also has a `metric` is an error: the metric measures it. */
function manualProgress(hasMetric: boolean): Normalizer<number> {
  return (value, path, issues) => {
    const progress = unitInterval(value, path, issues);
    if (!hasMetric) return progress;
    return expected(issues, path, 'no progress on a node measured by a metric', value);
  };
}

function node(raw: unknown, path: string, index: number, ctx: NodeContext): PartResult<OutcomeNode> {
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

function nodeContext(list: unknown[], metricIds: Set<string>): NodeContext {
  const ids = list.map(readableId);
  const indexOf = new Map<string, number>();
  ids.forEach((id, i) => id !== undefined && !indexOf.has(id) && indexOf.set(id, i));
  const parents = list.map((raw) => {
    const parent = isRecord(raw) ? readField(raw, 'parent', '', []) : undefined;
    return typeof parent === 'string' ? indexOf.get(parent) : undefined;
  });
  return { seen: new Map(), indexOf, cycles: findCycles(parents, ids), metricIds };
}

// ---------------------------------------------------------------------------------------------
// The document

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

function unusable(path: string, message: string): ParseResult {
  const error = { path, message };
  return { errors: [error], documentErrors: [error], rejectedMetrics: [], rejectedNodes: [] };
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
function metricsOf(
  list: unknown[],
  out: Collector,
  localeTag: string,
): { metrics: Metric[]; ids: Set<string> } {
  const ctx: MetricContext = { seen: new Map(), localeTag };
  const metrics: Metric[] = [];
  const ids = new Set<string>();
  list.forEach((item, i) => {
    if (item === UNREADABLE) return;
    const part = metric(item, at('metrics', i), ctx);
    if (part.id !== undefined) ids.add(part.id);
    if (part.value) metrics.push(part.value);
    else out.reject(out.rejectedMetrics, i, part);
  });
  return { metrics, ids };
}

function nodesOf(list: unknown[], out: Collector, metricIds: Set<string>): OutcomeNode[] {
  const ctx = nodeContext(list, metricIds);
  const nodes: OutcomeNode[] = [];
  list.forEach((item, i) => {
    if (item === UNREADABLE) return;
    const part = node(item, at('nodes', i), i, ctx);
    if (part.value) nodes.push(part.value);
    else out.reject(out.rejectedNodes, i, part);
  });
  return nodes;
}

function parseJson(input: string): { value: unknown } | { error: string } {
  try {
    return { value: JSON.parse(input.replace(/^\uFEFF/, '')) };
  } catch (error) {
    return { error: errorMessage(error) };
  }
}

function parseObject(raw: Record<string, unknown>): ParseResult {
  const out = new Collector();
  const top: Issues = [];
  const version = readField(raw, 'version', '', top);
  if (version !== 1 && version !== undefined && version !== UNREADABLE) {
    return unusable('version', `unsupported version: expected 1, got ${describeValue(version)}`);
  }
  if (version === undefined) fail(top, 'version', 'unsupported version: expected 1, got nothing');
  const title = field(raw, '', 'title', optional(string), top);
  const localeTag = field(raw, '', 'locale', optional(locale), top);
  const asOf = field(raw, '', 'asOf', optional(day), top);
  out.document(top);
  const metricList = topList(raw, 'metrics', true, out) ?? [];
  const { metrics, ids } = metricsOf(metricList, out, localeTag ?? 'en-US');
  const nodeList = topList(raw, 'nodes', false, out);
  const nodes = nodeList && nodesOf(nodeList, out, ids);
  if (version !== 1) return out.result();
  return out.result(dropUndefined({ version: 1 as const, title, locale: localeTag, asOf, metrics, nodes }));
}

/**
 * Checks a document (an object or a JSON string) against DESIGN.md section 1 and reports every
 * problem at once. Never throws. `document` is absent only when the top level is unusable (not
 * JSON, not an object, a version other than 1); otherwise it holds only the metrics and nodes
 * without errors, drops unknown fields and bad top-level fields, keeps dates as given and sorts
 * each metric's points by time. A node whose parent was rejected keeps its `parent` id.
 */
export function parseDocument(input: unknown): ParseResult {
  try {
    let raw = input;
    if (typeof input === 'string') {
      const json = parseJson(input);
      if ('error' in json) return unusable('', `invalid JSON: ${json.error}`);
      raw = json.value;
    }
    if (!isRecord(raw)) return unusable('', `expected a document object, got ${describeValue(raw)}`);
    return parseObject(raw);
  } catch (error) {
    return unusable('', `could not check the document: ${errorMessage(error)}`);
  }
}

/**
 * The errors that concern one metric: the document-level errors and those of every rejected
 * metric with that id. Empty when the metric is fine.
 */
export function errorsForMetric(result: ParseResult, id: string): ValidationError[] {
  const own = result.rejectedMetrics.filter((part) => part.id === id).flatMap((part) => part.errors);
  return [...result.documentErrors, ...own];
}

/** The checked metric with that id, if the document has one without errors. */
export function findMetric(result: ParseResult, id: string): Metric | undefined {
  return result.document?.metrics.find((m) => m.id === id);
}
