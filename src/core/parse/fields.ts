/**
 * Field normalisers: small named checks of one field each, whose errors name the field by its
 * path and say what was expected and what was found (Observable Plot `src/options.js`).
 */
import { checkDate } from '../dates.js';
import type { DateInput, Reference } from '../schema.js';
import { expected, fail, field, isRecord, quote, type Normalizer } from './read.js';

/** The pattern of metric and node ids. */
export const ID_PATTERN = /^[A-Za-z0-9][A-Za-z0-9_.:-]{0,63}$/;

/** The longest `name` or `title`, in characters (Unicode code points). */
export const MAX_TEXT_LENGTH = 200;

/** Lets a normaliser's field be absent. */
export function optional<T>(normalize: Normalizer<T>): Normalizer<T> {
  return (value, path, issues) => (value === undefined ? undefined : normalize(value, path, issues));
}

/** Deletes the fields that are undefined, so that absent optional fields stay absent. */
export function dropUndefined<T extends object>(obj: T): T {
  for (const key of Object.keys(obj) as (keyof T)[]) if (obj[key] === undefined) delete obj[key];
  return obj;
}

export const string: Normalizer<string> = (value, path, issues) =>
  typeof value === 'string' ? value : expected(issues, path, 'a string', value);

/** A `name` or `title`: a string with a non-space character, at most 200 characters. */
export const text: Normalizer<string> = (value, path, issues) => {
  const what = `a non-empty string of at most ${MAX_TEXT_LENGTH} characters`;
  if (typeof value !== 'string' || !/\S/.test(value)) return expected(issues, path, what, value);
  const length = [...value].length;
  if (length > MAX_TEXT_LENGTH) return fail(issues, path, `expected ${what}, got ${length} characters`);
  return value;
};

export const finiteNumber: Normalizer<number> = (value, path, issues) =>
  typeof value === 'number' && Number.isFinite(value)
    ? value
    : expected(issues, path, 'a finite number', value);

/** A number from 0 to 1 inclusive. */
export const unitInterval: Normalizer<number> = (value, path, issues) =>
  typeof value === 'number' && value >= 0 && value <= 1
    ? value
    : expected(issues, path, 'a number from 0 to 1', value);

/** A finite number greater than 0. */
export const positive: Normalizer<number> = (value, path, issues) =>
  typeof value === 'number' && Number.isFinite(value) && value > 0
    ? value
    : expected(issues, path, 'a number greater than 0', value);

function listChoices(choices: readonly string[]): string {
  const quoted = choices.map((c) => JSON.stringify(c));
  return quoted.length < 2 ? quoted.join('') : `${quoted.slice(0, -1).join(', ')} or ${quoted.at(-1)}`;
}

/** One of a few strings: `expected "up" or "down", got "sideways"`. */
export function oneOf<T extends string>(choices: readonly T[]): Normalizer<T> {
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
export function uniqueId(seen: Map<string, string>, itemPath: string): Normalizer<string> {
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
export const DATE_WHAT = 'a date (YYYY-MM-DD, an ISO date-time with offset, or epoch milliseconds)';

/** The note after a bad date: `(no such calendar day)`, or nothing when it is no date at all. */
export function dateProblem(problem: string): string {
  return problem === 'not a date' ? '' : ` (${problem})`;
}

/** A document date: `YYYY-MM-DD`, an ISO date-time with offset, or epoch milliseconds. */
export const date: Normalizer<DateInput> = (value, path, issues) => {
  const check = checkDate(value);
  if ('time' in check) return value as DateInput;
  return expected(issues, path, DATE_WHAT, value, dateProblem(check.problem));
};

/** The document's `asOf`: strictly a calendar day `YYYY-MM-DD`. */
export const day: Normalizer<string> = (value, path, issues) => {
  const check = checkDate(value);
  const ok = typeof value === 'string' && /^\d{4}-\d{2}-\d{2}$/.test(value) && 'time' in check;
  if (ok) return value;
  const note =
    typeof value === 'string' && /^\d{4}-\d{2}-\d{2}$/.test(value) ? ' (no such calendar day)' : '';
  return expected(issues, path, 'a date YYYY-MM-DD', value, note);
};

/** `checkInEvery`: a whole number of days from 1 to 366. */
export const cadence: Normalizer<number> = (value, path, issues) =>
  Number.isInteger(value) && (value as number) >= 1 && (value as number) <= 366
    ? (value as number)
    : expected(issues, path, 'a whole number of days from 1 to 366', value);

/** A baseline or target: a finite number or `{ value, date? }`. */
export const reference: Normalizer<number | Reference> = (value, path, issues) => {
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
export const httpUrl: Normalizer<string> = (value, path, issues) => {
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
