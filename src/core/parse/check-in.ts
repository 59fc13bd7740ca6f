/**
 * A node's `checkIns` and `shipped` (DESIGN.md section 1, "Check-in"): dated words of the team on
 * a node, and when an output was delivered.
 */
import { DAY, toTime } from '../dates.js';
import type { CheckIn, DateInput } from '../schema.js';
import { date, dropUndefined, oneOf, optional, string, unitInterval } from './fields.js';
import { at, expected, fail, field, isRecord, items, type Issues, type Normalizer } from './read.js';

/** The longest check-in `note`, in characters (Unicode code points). */
export const MAX_NOTE_LENGTH = 2000;

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

/** A check-in date: a document date, not after `asOf` (a later day). */
function checkInDate(ctx: CheckInContext): Normalizer<DateInput> {
  return (value, path, issues) => {
    const d = date(value, path, issues);
    if (d === undefined || ctx.asOf === undefined) return d;
    const time = toTime(d)!;
    if (time < ctx.asOf + DAY) return d;
    return expected(issues, path, `a date not after asOf (${ctx.asOfText})`, value);
  };
}

/** A check-in's `progress`: in [0, 1], and not on a node measured by a metric. */
function checkInProgress(hasMetric: boolean): Normalizer<number> {
  return (value, path, issues) => {
    const progress = unitInterval(value, path, issues);
    if (!hasMetric) return progress;
    return expected(issues, path, 'no progress in a check-in of a node measured by a metric', value);
  };
}

/** One check-in at `path`. */
function checkIn(raw: unknown, path: string, ctx: CheckInContext, issues: Issues): CheckIn | undefined {
  if (!isRecord(raw)) return expected(issues, path, 'a check-in object', raw);
  const before = issues.length;
  const get = <T>(key: string, normalize: Normalizer<T>) => field(raw, path, key, normalize, issues);
  const day = get('date', checkInDate(ctx));
  if (day === undefined && raw.date === undefined)
    fail(issues, at(path, 'date'), 'expected a date, got nothing');
  const value: CheckIn = {
    date: day!,
    health: get('health', optional(oneOf(['on-track', 'at-risk', 'off-track'] as const))),
    confidence: get('confidence', optional(unitInterval)),
    progress: get('progress', optional(checkInProgress(ctx.hasMetric))),
    note: get('note', optional(note)),
    author: get('author', optional(string)),
  };
  const said = ['health', 'confidence', 'progress', 'note'].some((k) => raw[k] !== undefined);
  if (!said) fail(issues, path, 'expected at least one of health, confidence, progress or note, got none');
  return issues.length > before ? undefined : dropUndefined(value);
}

/** A node's `checkIns`: every check-in checked, sorted by date; two on one date are an error. */
export function checkIns(ctx: CheckInContext): Normalizer<CheckIn[]> {
  return (value, path, issues) => {
    const list = items(value, path, 'check-ins', issues);
    if (!list) return undefined;
    const before = issues.length;
    const checked: { checkIn: CheckIn; time: number; index: number }[] = [];
    list.forEach((raw, i) => {
      const c = checkIn(raw, at(path, i), ctx, issues);
      if (c) checked.push({ checkIn: c, time: toTime(c.date)!, index: i });
    });
    checked.sort((a, b) => a.time - b.time || a.index - b.index);
    for (let i = 1; i < checked.length; i++) {
      if (checked[i].time !== checked[i - 1].time) continue;
      const first = at(path, checked[i - 1].index);
      fail(
        issues,
        at(at(path, checked[i].index), 'date'),
        `expected one check-in per date, got a second one (also ${first})`,
      );
    }
    return issues.length > before ? undefined : checked.map((c) => c.checkIn);
  };
}

/** `shipped`: a document date, on outputs only. */
export function shipped(isOutput: boolean): Normalizer<DateInput> {
  return (value, path, issues) => {
    if (!isOutput)
      return expected(issues, path, 'no shipped date on a goal or outcome (only outputs ship)', value);
    return date(value, path, issues);
  };
}
