/**
 * Document dates (DESIGN.md section 1): `YYYY-MM-DD` (a real calendar date, read as UTC midnight),
 * an ISO date-time with an offset (`2026-01-31T10:00:00Z`, `2026-01-31T10:00:00+02:00`), or a
 * finite number of milliseconds since 1970-01-01 UTC.
 */
import type { DateInput } from './schema.js';

export type { DateInput } from './schema.js';

/** The largest distance from the epoch, in milliseconds, that a JavaScript `Date` can hold. */
export const MAX_TIME = 8.64e15;

/** One day in milliseconds. */
export const DAY = 86_400_000;

const DATE_ONLY = /^(\d{4})-(\d{2})-(\d{2})$/;
const DATE_TIME =
  /^(\d{4})-(\d{2})-(\d{2})T(\d{2}):(\d{2})(?::(\d{2})(?:\.(\d{1,9}))?)?(Z|([+-])(\d{2}):(\d{2}))$/;
const DATE_TIME_NO_OFFSET = /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}(?::\d{2}(?:\.\d+)?)?$/;

/** What `checkDate` says about a value: its time, or why it is not a document date. */
export type DateCheck = { time: number } | { problem: string };

/** The number of days in a month (1 to 12) of the Gregorian calendar. */
function daysInMonth(month: number, leap: boolean): number {
  if (month === 2) return leap ? 29 : 28;
  return month === 4 || month === 6 || month === 9 || month === 11 ? 30 : 31;
}

/** The time of a calendar day at UTC midnight, or undefined when the day does not exist. */
function dayTime(year: number, month: number, day: number): number | undefined {
  if (month < 1 || month > 12 || day < 1) return undefined;
  if (year >= 100) {
    // The quick way, with no Date object (`Date.UTC` would read years 0 to 99 as 1900 to 1999).
    const leap = year % 4 === 0 && (year % 100 !== 0 || year % 400 === 0);
    return day <= daysInMonth(month, leap) ? Date.UTC(year, month - 1, day) : undefined;
  }
  const date = new Date(0);
  date.setUTCFullYear(year, month - 1, day);
  const real = date.getUTCMonth() === month - 1 && date.getUTCDate() === day;
  return real ? date.getTime() : undefined;
}

/** Milliseconds from up to nine fraction-of-second digits (extra digits are truncated). */
function fractionMs(digits: string | undefined): number {
  return digits ? Number(digits.padEnd(3, '0').slice(0, 3)) : 0;
}

function checkDateTime(match: RegExpExecArray): DateCheck {
  const [, y, mo, d, h, mi, s, frac, , sign, oh, om] = match;
  const day = dayTime(Number(y), Number(mo), Number(d));
  if (day === undefined) return { problem: 'no such calendar day' };
  const [hours, minutes, seconds] = [Number(h), Number(mi), Number(s ?? 0)];
  if (hours > 23 || minutes > 59 || seconds > 59) return { problem: 'no such time of day' };
  const offsetMinutes = sign ? Number(oh) * 60 + Number(om) : 0;
  if (sign && (Number(oh) > 23 || Number(om) > 59)) return { problem: 'no such offset' };
  const local = day + ((hours * 60 + minutes) * 60 + seconds) * 1000 + fractionMs(frac);
  return { time: local - (sign === '-' ? -offsetMinutes : offsetMinutes) * 60_000 };
}

function checkDateString(value: string): DateCheck {
  const dateOnly = DATE_ONLY.exec(value);
  if (dateOnly) {
    const time = dayTime(Number(dateOnly[1]), Number(dateOnly[2]), Number(dateOnly[3]));
    return time === undefined ? { problem: 'no such calendar day' } : { time };
  }
  const dateTime = DATE_TIME.exec(value);
  if (dateTime) return checkDateTime(dateTime);
  if (DATE_TIME_NO_OFFSET.test(value)) return { problem: 'a date-time needs an offset: Z or ±hh:mm' };
  return { problem: 'not a date' };
}

/**
 * Checks a document date and says why it is not one: `no such calendar day` (`2026-02-30`),
 * `a date-time needs an offset: Z or ±hh:mm`, `not a finite number`, `beyond ±8.64e15 ms, the range of a Date`,
 * `not a date`.
 */
export function checkDate(value: unknown): DateCheck {
  if (typeof value === 'string') return checkDateString(value);
  if (typeof value === 'number') {
    if (!Number.isFinite(value)) return { problem: 'not a finite number' };
    return Math.abs(value) <= MAX_TIME
      ? { time: value }
      : { problem: 'beyond ±8.64e15 ms, the range of a Date' };
  }
  return { problem: 'not a date' };
}

/**
 * The epoch milliseconds of a document date (a date-only value is UTC midnight), or undefined
 * when the value is not a valid document date.
 * @example toTime('2026-01-31') === Date.UTC(2026, 0, 31)
 */
export function toTime(d: DateInput | undefined): number | undefined {
  if (typeof d === 'number') return Math.abs(d) <= MAX_TIME ? d : undefined; // not NaN nor ±Infinity either
  const check = checkDate(d);
  return 'time' in check ? check.time : undefined;
}

/** Whether a value is a valid document date. */
export function isDateInput(value: unknown): value is DateInput {
  return 'time' in checkDate(value);
}

/** Whether a value is a date-only string `YYYY-MM-DD` naming a real calendar day. */
export function isDateOnly(value: unknown): value is string {
  return typeof value === 'string' && DATE_ONLY.test(value) && 'time' in checkDateString(value);
}

/**
 * The calendar day of a moment in the viewer's time zone, as `YYYY-MM-DD`. Without an argument:
 * the viewer's today, the default `asOf`.
 */
export function localDay(now: Date = new Date()): string {
  const pad = (n: number, width: number) => String(n).padStart(width, '0');
  return `${pad(now.getFullYear(), 4)}-${pad(now.getMonth() + 1, 2)}-${pad(now.getDate(), 2)}`;
}
