/** English words of `<kpi-trend>`. */
import { numeral, plural } from '../plural.js';

export const kpiTrend = {
  /** The ⓘ button that shows the metric's description. */
  'kpi.about': (name: string) => `About ${name}`,
  /** The chart's accessible name. */
  'kpi.chart': (name: string) => `${name}, values over time`,
  /** The progress bar's accessible name. */
  'kpi.progress': 'Progress to target',
  /** Under the progress figure (`102%`): from the baseline to the target, and by when. */
  'kpi.progressDetail': (from: string, to: string) => `of the way from ${from} to ${to}`,
  'kpi.progressDetailBy': (from: string, to: string, date: string) =>
    `of the way from ${from} to ${to} by ${date}`,
  /** The target line's label. */
  'kpi.target': (value: string) => `Target ${value}`,
  /** The hidden data table: its caption, and its value column. */
  'kpi.tableCaption': (name: string) => `${name}: data`,
  'kpi.tableCaptionSampled': (name: string, shown: number, all: number) =>
    `${name}: data (${numeral(shown)} of ${numeral(all)} points, sampled)`,
  /** How many outputs the chart marks as shipped. */
  'kpi.shippedCount': (count: number) =>
    plural('en', count, {
      one: '# output shipped in this period.',
      other: '# outputs shipped in this period.',
    }),
  /** A point of the chart, as the tooltip and the slider say it, and with what shipped then. */
  'kpi.point': (date: string, value: string) => `${date}: ${value}`,
  'kpi.pointShipped': (point: string, shipped: string) => `${point}. ${shipped}`,
  /** With `since`: the change since that date, on the card. */
  'kpi.since': (date: string, change: string) => `Since ${date}: ${change}`,
  /** The card in one sentence for screen readers, built from the clauses below. */
  'kpi.sentence': (clauses: string[]) => `${clauses.join('; ')}.`,
  'kpi.sentence.value': (name: string, value: string, date: string) => `${name}: ${value} on ${date}`,
  'kpi.sentence.unchanged': (valueClause: string, since: string) =>
    `${valueClause}, unchanged since ${since}`,
  /** `amount` may carry its share: `2 pts (5%)`; `trend` is `better` or `worse`. */
  'kpi.sentence.up': (valueClause: string, amount: string, since: string, trend: string) =>
    `${valueClause}, up ${amount} since ${since}, ${trend}`,
  'kpi.sentence.down': (valueClause: string, amount: string, since: string, trend: string) =>
    `${valueClause}, down ${amount} since ${since}, ${trend}`,
  'kpi.sentence.share': (amount: string, share: string) => `${amount} (${share})`,
  'kpi.sentence.progress': (progress: string, detail: string) => `${progress} ${detail}`,
  'kpi.sentence.status': (status: string) => status.toLowerCase(),
  /** With `since`: the change, and the status then → now when it moved. */
  'kpi.sentence.since': (change: string) => `${change}.`,
  'kpi.sentence.sinceMoved': (change: string, moved: string) => `${change}, ${moved}.`,
};
