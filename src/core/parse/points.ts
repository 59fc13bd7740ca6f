/**
 * A metric's `points`: `[date, value]` pairs, no two at the same instant, returned sorted by time,
 * in time linear in the number of points when they come in order (DESIGN.md section 1).
 */
import { finish, type Steps } from '../steps.js';
import { checkDate, MAX_TIME } from '../dates.js';
import type { DateInput, MetricPoint } from '../schema.js';
import { rememberTimes } from '../times.js';
import { DATE_WHAT, dateProblem } from './fields.js';
import {
  arrayLength,
  at,
  describeValue,
  expected,
  fail,
  isArray,
  items,
  readItem,
  UNREADABLE,
  type Issues,
  type Normalizer,
} from './read.js';

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
export const points: Normalizer<MetricPoint[]> = (value, path, issues) =>
  finish(pointsSteps(value, path, issues));

/** How many points are checked between two steps. */
const POINTS_PER_STEP = 8192;

/** `points`, in steps of `POINTS_PER_STEP` points. */
export function* pointsSteps(value: unknown, path: string, issues: Issues): Steps<MetricPoint[] | undefined> {
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
    if (i % POINTS_PER_STEP === POINTS_PER_STEP - 1) yield;
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
  // Every point has a pair and a time here (a point without one is a problem).
  if (order) {
    const sortedTimes = new Float64Array(order.length);
    for (let k = 0; k < order.length; k++) sortedTimes[k] = times[order[k]];
    return remembered(
      order.map((i) => pairs[i] as MetricPoint),
      sortedTimes,
    );
  }
  return remembered(
    complete ? (pairs as MetricPoint[]) : pairs.filter((p): p is MetricPoint => p !== undefined),
    times,
  );
}

/** `points`, with their times kept for whoever reads them next (`timesOf`). */
function remembered(points: MetricPoint[], times: Float64Array): MetricPoint[] {
  if (times.length === points.length) rememberTimes(points, times);
  return points;
}
