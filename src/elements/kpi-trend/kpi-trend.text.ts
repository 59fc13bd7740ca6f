import {
  compactDigits,
  dateFormatter,
  formatDate,
  formatDelta,
  formatNumber,
  formatPercent,
  formatValueParts,
  numberFormatter,
} from '../../core/format.js';
import { localDay } from '../../core/dates.js';
import type { DateInput, Metric, MetricFormat } from '../../core/schema.js';
import type { MetricSummary } from '../../core/summary.js';
import type { Term } from '../internal/localize.js';
import { signedChange } from '../internal/shared.text.js';

/** Every piece of text the card shows or says, in the resolved locale. */
export interface KpiText {
  /** The current value in full: `45 pts`. */
  value: string;
  /** The current value as the card shows it: the figure large, the unit smaller. */
  figure: string;
  unit: string;
  /** The date of the current value. */
  date: string;
  /** The same date when it is not the document's "as of" day (which the dashboard shows), else ''. */
  dateShown: string;
  /** Arrow glyph for the change: ▲ up, ▼ down, → none. Empty without a previous value. */
  arrow: string;
  /** Signed change and signed percentage: `+2 pts (+5%)`; empty when there is no change. */
  delta: string;
  /** The change as the compact card shows it: the signed percentage, else the signed change. */
  shortDelta: string;
  /** `better`, `worse` or `no change`. */
  trendWord: string;
  status: string;
  /** `102%`. */
  progress: string;
  /** `of the way from 31 pts to 45 pts by Dec 31, 2026`. */
  progressDetail: string;
  /** The target line's label: `Target 45 pts`. */
  target: string;
  /** Everything in one sentence, for the accessible description. */
  sentence: string;
}

/**
 * The format the current value is shown in: in compact notation, with enough digits that the
 * change beside it can be seen in it (`€10.25M` and `+€254K`, not `€10M`), unless the document
 * sets its own digits.
 */
function valueFormat(format: MetricFormat | undefined, s: MetricSummary): MetricFormat | undefined {
  if (format?.notation !== 'compact' || format.maximumFractionDigits !== undefined) return format;
  const digits = compactDigits(s.current, s.delta);
  return digits === undefined ? format : { ...format, maximumFractionDigits: digits };
}

/** Words and numbers for a metric and its summary; `asOf` is the document's "as of" date. */
export function kpiText(
  metric: Metric,
  s: MetricSummary,
  locale: string,
  t: Term,
  asOf?: DateInput,
): KpiText {
  const num = (v: number | undefined) => formatNumber(v, locale, metric.format, metric.unit);
  const shownFormat = valueFormat(metric.format, s);
  const { figure, unit } = formatValueParts(s.current, locale, shownFormat, metric.unit);
  const day = (d: MetricSummary['currentDate']) => formatDate(d, locale);
  const change = changeWords(metric, locale, t);
  const moved = s.delta !== undefined && s.delta !== 0;
  const ratio = s.deltaRatio !== undefined ? formatPercent(s.deltaRatio, locale, { signed: true }) : '';
  const progress =
    s.progress !== undefined ? formatPercent(s.progress, locale, { maximumFractionDigits: 0 }) : '';
  const progressDetail =
    s.target === undefined
      ? ''
      : s.targetDate !== undefined
        ? t('kpi.progressDetailBy', num(s.baseline), num(s.target), day(s.targetDate))
        : t('kpi.progressDetail', num(s.baseline), num(s.target));
  const trendWord = s.trend === 'unknown' ? '' : t(`trend.${s.trend}`);
  const status = t(`status.${s.status}`);

  let clause = t('kpi.sentence.value', metric.name, num(s.current), day(s.currentDate));
  if (s.delta !== undefined && s.trend !== 'unknown') {
    const since = day(s.previousDate);
    if (s.delta === 0) clause = t('kpi.sentence.unchanged', clause, since);
    else {
      const size = change.spoken(Math.abs(s.delta));
      const amount =
        s.deltaRatio !== undefined
          ? t('kpi.sentence.share', size, formatPercent(Math.abs(s.deltaRatio), locale))
          : size;
      clause = t(s.delta > 0 ? 'kpi.sentence.up' : 'kpi.sentence.down', clause, amount, since, trendWord);
    }
  }
  const clauses = [clause];
  if (progress) clauses.push(t('kpi.sentence.progress', progress, progressDetail));
  if (s.status !== 'none') clauses.push(t('kpi.sentence.status', status));

  const date = day(s.currentDate);
  return {
    value: formatNumber(s.current, locale, shownFormat, metric.unit),
    figure,
    unit,
    date,
    dateShown: date === day(asOf ?? localDay()) ? '' : date,
    arrow: s.delta === undefined ? '' : s.delta > 0 ? '▲' : s.delta < 0 ? '▼' : '→',
    delta: moved ? `${change.signed(s.delta!)}${ratio && ` (${ratio})`}` : '',
    shortDelta: moved ? ratio || change.signed(s.delta!) : '',
    trendWord,
    status,
    progress,
    progressDetail,
    target: s.target !== undefined ? t('kpi.target', num(s.target)) : '',
    sentence: t('kpi.sentence', clauses),
  };
}

/**
 * How a change is written. For a metric in percent, a change is in percentage points (`+1.7 pp`),
 * so that it is not mistaken for the relative change shown beside it.
 */
function changeWords(metric: Metric, locale: string, t: Term) {
  const format = metric.format;
  if (format?.style === 'percent') {
    const digits = { maximumFractionDigits: Math.max(0, format.maximumFractionDigits ?? 1) };
    const points = (v: number, signDisplay: 'exceptZero' | 'auto') =>
      formatNumber(v * 100, locale, { ...digits, signDisplay });
    return {
      signed: (v: number) => signedChange(metric, v, locale, t),
      spoken: (v: number) => t('change.pointsSpoken', points(v, 'auto')),
    };
  }
  return {
    signed: (v: number) => formatDelta(v, locale, format, metric.unit),
    spoken: (v: number) => formatNumber(v, locale, format, metric.unit),
  };
}

/** Formats the date and value of any point of a metric; the formatters are looked up once. */
export function pointWords(
  metric: Metric,
  locale: string,
): (index: number) => { date: string; value: string } {
  const day = dateFormatter(locale);
  const num = numberFormatter(locale, metric.format, metric.unit);
  return (index) => {
    const [date, value] = metric.points[index];
    return { date: day(date), value: num(value) };
  };
}

/** A point as the tooltip and the slider's value text say it: `Mar 31, 2026: 38.8 pts`. */
export function pointText(metric: Metric, index: number, locale: string, t: Term): string {
  const { date, value } = pointWords(metric, locale)(index);
  return t('kpi.point', date, value);
}
