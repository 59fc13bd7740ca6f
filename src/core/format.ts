/**
 * Number, percentage and date formatting through `Intl`, with one cached formatter per locale and
 * options. Pure functions: no DOM, no runtime default locale (a missing or rejected locale is
 * `en-US`), and they never throw.
 */
import { isDateOnly, toTime } from './dates.js';
import type { DateInput, MetricFormat } from './schema.js';

/** The locale used when none is given or `Intl` rejects the one given. */
export const FALLBACK_LOCALE = 'en-US';

/** What the formatters print for a missing or non-finite value. */
export const MISSING = '—';

/** Past this many entries a formatter cache is cleared, so odd inputs cannot grow it forever. */
const CACHE_LIMIT = 500;

const numberFormats = new Map<string, Intl.NumberFormat>();
const dateFormats = new Map<string, Intl.DateTimeFormat>();

/** What `Intl` says of locale tags seen: not well-formed, well-formed but not supported, supported. */
const localeChecks = new Map<string, 'invalid' | 'unsupported' | 'supported'>();

/** `Intl.NumberFormat.supportedLocalesOf`, asked once per tag: it costs about 0.1 ms a call. */
function checkLocale(locale: string): 'invalid' | 'unsupported' | 'supported' {
  let check = localeChecks.get(locale);
  if (check === undefined) {
    try {
      check = Intl.NumberFormat.supportedLocalesOf(locale).length > 0 ? 'supported' : 'unsupported';
    } catch {
      check = 'invalid';
    }
    if (localeChecks.size >= CACHE_LIMIT) localeChecks.clear();
    localeChecks.set(locale, check);
  }
  return check;
}

/** Whether `Intl` accepts a locale tag (a well-formed BCP 47 tag; `en_US` is not). */
export function isValidLocale(locale: unknown): locale is string {
  return typeof locale === 'string' && checkLocale(locale) !== 'invalid';
}

/** Whether this runtime formats in a locale tag: well-formed and supported. */
export function isUsableLocale(locale: string | undefined | null): locale is string {
  return !!locale && checkLocale(locale) === 'supported';
}

/** The locale to format with: the one given when `Intl` accepts it, else `en-US`. */
export function safeLocale(locale: string | undefined): string {
  return isValidLocale(locale) ? locale : FALLBACK_LOCALE;
}

/** A stable cache key: the locale and the options with their keys sorted. */
function cacheKey(locale: string, options: object): string {
  const entries = Object.entries(options).filter(([, v]) => v !== undefined);
  entries.sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0));
  return `${locale}\u0000${JSON.stringify(entries)}`;
}

function cached<F>(cache: Map<string, F>, key: string, make: () => F): F {
  let formatter = cache.get(key);
  if (!formatter) {
    if (cache.size >= CACHE_LIMIT) cache.clear();
    formatter = make();
    cache.set(key, formatter);
  }
  return formatter;
}

/**
 * The cached `Intl.NumberFormat` for a locale and options. A rejected locale falls back to
 * `en-US`; options the platform rejects (a bad currency code) fall back to plain decimals.
 */
export function numberFormat(
  locale: string | undefined,
  options: Intl.NumberFormatOptions = {},
): Intl.NumberFormat {
  const tag = safeLocale(locale);
  return cached(numberFormats, cacheKey(tag, options), () => {
    try {
      return new Intl.NumberFormat(tag, options);
    } catch {
      return new Intl.NumberFormat(tag);
    }
  });
}

/**
 * The cached `Intl.DateTimeFormat` for a locale and options. A rejected locale falls back to
 * `en-US`; rejected options (an unknown time zone) fall back to the default date style.
 */
export function dateFormat(
  locale: string | undefined,
  options: Intl.DateTimeFormatOptions = {},
): Intl.DateTimeFormat {
  const tag = safeLocale(locale);
  return cached(dateFormats, cacheKey(tag, options), () => {
    try {
      return new Intl.DateTimeFormat(tag, options);
    } catch {
      return new Intl.DateTimeFormat(tag, { timeZone: options.timeZone === 'UTC' ? 'UTC' : undefined });
    }
  });
}

function isFiniteNumber(value: unknown): value is number {
  return typeof value === 'number' && Number.isFinite(value);
}

function withUnit(text: string, unit: string | undefined): string {
  return unit ? `${text} ${unit}` : text;
}

/**
 * A value in a metric's format, followed by its free-text `unit` after a space:
 * `formatNumber(45.27, 'en-US', { maximumFractionDigits: 0 }, 'pts')` is `"45 pts"`.
 * A missing or non-finite value is `—`.
 */
export function formatNumber(
  value: number | null | undefined,
  locale: string | undefined,
  format?: MetricFormat,
  unit?: string,
): string {
  return numberFormatter(locale, format, unit)(value);
}

/**
 * `formatNumber` with the formatter looked up once, for formatting many values (a data table).
 */
export function numberFormatter(
  locale: string | undefined,
  format?: MetricFormat,
  unit?: string,
): (value: number | null | undefined) => string {
  const formatter = numberFormat(locale, format);
  return (value) => (isFiniteNumber(value) ? withUnit(formatter.format(value), unit) : MISSING);
}

/** A formatted value split for display: the figure, and the unit that is shown smaller beside it. */
export interface ValueParts {
  /** `45`, `€10.25M`, `72%`, `4.6`. */
  figure: string;
  /** `pts` (the metric's free-text unit), `days` (an `Intl` unit), or ''. */
  unit: string;
}

/**
 * A value in a metric's format split into its figure and its unit: the free-text `unit`, or the
 * unit words of an `Intl` `style: "unit"` format. Currency symbols and percent signs stay in the
 * figure. Missing: `{ figure: '—', unit: '' }`.
 */
export function formatValueParts(
  value: number | null | undefined,
  locale: string | undefined,
  format?: MetricFormat,
  unit?: string,
): ValueParts {
  if (!isFiniteNumber(value)) return { figure: MISSING, unit: '' };
  const parts = numberFormat(locale, format).formatToParts(value);
  const words = parts.filter((p) => p.type === 'unit').map((p) => p.value);
  const figure = parts
    .filter((p) => p.type !== 'unit')
    .map((p) => p.value)
    .join('')
    .trim();
  return { figure, unit: [...words, ...(unit ? [unit] : [])].join(' ') };
}

/**
 * The fraction digits a value in compact notation needs so that a change of `delta` shows in it:
 * `€10.25M` after `+€254K`, not `€10M`. The rounding step is kept at a tenth of the change or
 * finer, at most three digits. Undefined when there is no change to show.
 */
export function compactDigits(value: number | undefined, delta: number | undefined): number | undefined {
  if (!isFiniteNumber(value) || !isFiniteNumber(delta) || delta === 0) return undefined;
  const magnitude = Math.abs(value) < 1000 ? 1 : 10 ** (3 * Math.floor(Math.log10(Math.abs(value)) / 3));
  const step = 10 ** Math.floor(Math.log10(Math.abs(delta) / 10));
  return Math.min(3, Math.max(0, Math.round(Math.log10(magnitude / step))));
}

/**
 * A change in a metric's format, always with its sign (`+2`, `-1.5`); a change that rounds to
 * zero is shown unsigned (`0`) so that it never reads as a gain or a loss. Missing: `—`.
 */
export function formatDelta(
  delta: number | null | undefined,
  locale: string | undefined,
  format?: MetricFormat,
  unit?: string,
): string {
  if (!isFiniteNumber(delta)) return MISSING;
  const options: Intl.NumberFormatOptions = { ...format, signDisplay: 'exceptZero' };
  return withUnit(numberFormat(locale, options).format(delta), unit);
}

/** Options of `formatPercent`. */
export interface PercentOptions {
  /** Show a `+` on gains (a ratio that rounds to zero stays unsigned); default false. */
  signed?: boolean;
  /** Default 1: `0.0503` is `5%`, `0.0567` is `5.7%`. */
  maximumFractionDigits?: number;
}

/** A ratio as a percentage: `formatPercent(0.0503, 'en-US', { signed: true })` is `"+5%"`. Missing: `—`. */
export function formatPercent(
  ratio: number | null | undefined,
  locale: string | undefined,
  options: PercentOptions = {},
): string {
  if (!isFiniteNumber(ratio)) return MISSING;
  return numberFormat(locale, {
    style: 'percent',
    maximumFractionDigits: options.maximumFractionDigits ?? 1,
    signDisplay: options.signed ? 'exceptZero' : 'auto',
  }).format(ratio);
}

/** The default date style: `Sep 30, 2026` in `en-US`. */
export const DEFAULT_DATE_OPTIONS: Intl.DateTimeFormatOptions = {
  year: 'numeric',
  month: 'short',
  day: 'numeric',
};

/**
 * A document date (`YYYY-MM-DD`, ISO date-time with offset, or epoch milliseconds) for display.
 * A date-only value names a calendar day, so it is always formatted in UTC and `2026-09-30` never
 * shows as Sep 29; other dates use `options.timeZone`, else the viewer's. Invalid or missing: `—`.
 */
export function formatDate(
  date: DateInput | null | undefined,
  locale: string | undefined,
  options: Intl.DateTimeFormatOptions = DEFAULT_DATE_OPTIONS,
): string {
  return dateFormatter(locale, options)(date);
}

/** `formatDate` with the formatters looked up once, for formatting many dates. */
export function dateFormatter(
  locale: string | undefined,
  options: Intl.DateTimeFormatOptions = DEFAULT_DATE_OPTIONS,
): (date: DateInput | null | undefined) => string {
  let local: Intl.DateTimeFormat | undefined;
  let utc: Intl.DateTimeFormat | undefined;
  return (date) => {
    const time = toTime(date ?? undefined);
    if (time === undefined) return MISSING;
    if (isDateOnly(date)) return (utc ??= dateFormat(locale, { ...options, timeZone: 'UTC' })).format(time);
    return (local ??= dateFormat(locale, options)).format(time);
  };
}

/**
 * Two dates as one range, the way the locale writes one (`Jan 2025 – Sep 2026`,
 * `2025年1月～2026年9月`): `Intl.DateTimeFormat#formatRange`, which also collapses what the two
 * share. Dates without a time are read in UTC, as {@link formatDate} reads them.
 */
export function formatDateRange(
  from: DateInput | undefined,
  to: DateInput | undefined,
  locale: string | undefined,
  options: Intl.DateTimeFormatOptions = DEFAULT_DATE_OPTIONS,
): string {
  const a = toTime(from);
  const b = toTime(to);
  if (a === undefined || b === undefined) return MISSING;
  const utc = isDateOnly(from) && isDateOnly(to);
  return dateFormat(locale, utc ? { ...options, timeZone: 'UTC' } : options).formatRange(a, Math.max(a, b));
}

/**
 * How long before `asOf` a date was, in words (`Intl.RelativeTimeFormat`, `numeric: 'auto'`):
 * "today", "yesterday", "5 days ago", "3 weeks ago", "2 months ago", "last year".
 */
export function formatAgo(date: DateInput, asOf: DateInput, locale: string | undefined): string {
  const from = toTime(date);
  const to = toTime(asOf);
  if (from === undefined || to === undefined) return MISSING;
  const days = Math.round((to - from) / 86_400_000);
  const rtf = new Intl.RelativeTimeFormat(safeLocale(locale), { numeric: 'auto' });
  const abs = Math.abs(days);
  if (abs < 14) return rtf.format(-days, 'day');
  if (abs < 60) return rtf.format(-Math.round(days / 7), 'week');
  if (abs < 365) return rtf.format(-Math.round(days / 30.4), 'month');
  return rtf.format(-Math.round(days / 365), 'year');
}
