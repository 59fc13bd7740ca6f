/**
 * What `Intl` accepts: the document's `locale`, and a metric's `format`, checked key by key and
 * then against the platform's `Intl.NumberFormat`, naming the key at fault when it can.
 */
import { isValidLocale } from '../format.js';
import type { MetricFormat } from '../schema.js';
import { oneOf, optional, string } from './fields.js';
import {
  at,
  errorMessage,
  expected,
  fail,
  field,
  isRecord,
  ownKeys,
  quote,
  type Issues,
  type Normalizer,
} from './read.js';

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

/** A BCP 47 locale tag that `Intl.NumberFormat` accepts. */
export const locale: Normalizer<string> = (value, path, issues) =>
  isValidLocale(value)
    ? value
    : expected(issues, path, 'a BCP 47 locale tag accepted by Intl.NumberFormat (like "en-US")', value);

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

/** Undefined when `Intl.NumberFormat` takes these options, else its error message. */
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
export function formatOptions(localeTag: string): Normalizer<MetricFormat> {
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
