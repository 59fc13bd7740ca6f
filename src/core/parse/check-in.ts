/**
 * A node's `checkIns` and `shipped` (DESIGN.md section 1, "Check-in"): dated words of the team on
 * a node, and when an output was delivered.
 */
import { DAY, toTime } from '../dates.js';
import type { CheckIn, DateInput } from '../schema.js';
import { date, dropUndefined, oneOf, optional, string, unitInterval } from './fields.js';
import {
  at,
  describeValue,
  expected,
  fail,
  field,
  isRecord,
  items,
  readField,
  UNREADABLE,
  type Issues,
  type Normalizer,
} from './read.js';

/** The longest check-in `note`, in characters (Unicode code points). */
export const MAX_NOTE_LENGTH = 2000;

/** The fields of which a check-in needs at least one. */
const SAYINGS = ['health', 'confidence', 'progress', 'note'] as const;

/** What checking a node's check-ins needs: whether a metric measures it, and the document's `asOf`. */
export interface CheckInContext {
  hasMetric: boolean;
  /** The start of the `asOf` day, in epoch milliseconds; undefined without `asOf`. */
  asOf?: number;
  /** The document's `asOf` as given, for messages. */
  asOfText?: string;
}

const note: Normalizer<string> = (value, path, issues) => {
  const what = `a string of at most ${MAX_NOTE_LENGTH} characters`;
  if (typeof value !== 'string') return expected(issues, path, what, value);
  const length = [...value].length;
  return length > MAX_NOTE_LENGTH ? fail(issues, path, `expected ${what}, got ${length} characters`) : value;
};

/**
 * A check-in date: a document date, not after `asOf`. `asOf` is a whole day, so any time on that
 * day (read in UTC, as date-only values are) is not after it.
 */
function checkInDate(ctx: CheckInContext): Normalizer<DateInput> {
  return (value, path, issues) => {
    const d = date(value, path, issues);
    if (d === undefined || ctx.asOf === undefined) return d;
    if (toTime(d)! < ctx.asOf + DAY) return d;
    return expected(issues, path, `a date not after asOf (${ctx.asOfText})`, value);
  };
}

/**
 * A check-in's `progress`: in [0, 1], and not on a node measured by a metric (both checked, as a
 * node's own `progress` is).
 */
function checkInProgress(hasMetric: boolean): Normalizer<number> {
  return (value, path, issues) => {
    const progress = unitInterval(value, path, issues);
    if (!hasMetric) return progress;
    return expected(issues, path, 'no progress in a check-in of a node measured by a metric', value);
  };
}

/** What checking one check-in gave: the check-in when it has no problem, its time when its date is good. */
interface CheckedCheckIn {
  value?: CheckIn;
  /** The time of its date, when the date itself has no problem (to find two on one date). */
  time?: number;
  date?: unknown;
  errors: Issues;
}

/** One check-in at `path`: every problem of its fields, then a missing health/confidence/progress/note. */
function checkIn(raw: unknown, path: string, ctx: CheckInContext): CheckedCheckIn {
  const errors: Issues = [];
  if (!isRecord(raw)) return { errors: expected(errors, path, 'a check-in object', raw) ?? errors };
  const get = <T>(key: string, normalize: Normalizer<T>) => field(raw, path, key, normalize, errors);
  const day = get('date', checkInDate(ctx));
  const value: CheckIn = {
    date: day!,
    health: get('health', optional(oneOf(['on-track', 'at-risk', 'off-track'] as const))),
    confidence: get('confidence', optional(unitInterval)),
    progress: get('progress', optional(checkInProgress(ctx.hasMetric))),
    note: get('note', optional(note)),
    author: get('author', optional(string)),
  };
  const said = SAYINGS.some((key) => readField(raw, key, '', []) !== undefined);
  if (!said) fail(errors, path, 'expected at least one of health, confidence, progress or note, got none');
  const time = day === undefined ? undefined : toTime(day);
  if (errors.length > 0) return { time, date: day, errors };
  return { value: dropUndefined(value), time, date: day, errors };
}

/**
 * A node's `checkIns`: every check-in checked, returned sorted by date. Two on one date (the same
 * instant, once read: `2026-03-01` and `2026-03-01T00:00:00Z` are one date) are an error on the
 * later one in the file, naming the first; it comes with that check-in's other problems, in file
 * order, so that every problem is reported at once.
 */
export function checkIns(ctx: CheckInContext): Normalizer<CheckIn[]> {
  return (value, path, issues) => {
    const list = items(value, path, 'check-ins', issues);
    if (!list) return undefined;
    const checked = list.map((raw, i): CheckedCheckIn =>
      raw === UNREADABLE ? { errors: [] } : checkIn(raw, at(path, i), ctx),
    );
    const firstAt = new Map<number, number>();
    let failed = list.includes(UNREADABLE);
    checked.forEach((c, i) => {
      if (c.time !== undefined) {
        const first = firstAt.get(c.time);
        if (first === undefined) firstAt.set(c.time, i);
        else {
          const firstPath = at(at(path, first), 'date');
          const also = `${firstPath}: ${describeValue(checked[first].date)}`;
          const message = `expected one check-in per date, got a second on ${describeValue(c.date)} (also ${also})`;
          // At `.date`, the first field: before the check-in's other problems.
          c.errors.unshift({ path: at(at(path, i), 'date'), message });
        }
      }
      if (c.errors.length > 0) failed = true;
      issues.push(...c.errors);
    });
    if (failed) return undefined;
    return checked
      .map((c, index) => ({ checkIn: c.value!, time: c.time!, index }))
      .sort((a, b) => a.time - b.time || a.index - b.index)
      .map((c) => c.checkIn);
  };
}

/**
 * `shipped`: a document date, on outputs only. `type` is the node's `type` as given: on a goal or
 * an outcome `shipped` is an error; with a type that is itself wrong only the date is checked.
 */
export function shipped(type: unknown): Normalizer<DateInput> {
  return (value, path, issues) => {
    if (type === 'goal' || type === 'outcome')
      return expected(
        issues,
        path,
        `no shipped date on ${type === 'goal' ? 'a goal' : 'an outcome'} (only outputs ship)`,
        value,
      );
    return date(value, path, issues);
  };
}
