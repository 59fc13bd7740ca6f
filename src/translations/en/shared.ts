/**
 * English words shown by more than one element: the status of a metric, the frames every widget
 * shares (loading, empty, error, stale), how a change is written. Each key says where it shows.
 */
import { plural } from '../plural.js';

export const shared = {
  /** A metric's status, as the cards, the tree and the verdicts show it. */
  'status.met': 'Met',
  'status.on-track': 'On track',
  'status.at-risk': 'At risk',
  'status.off-track': 'Off track',
  'status.unknown': 'Status unknown',
  'status.none': 'No target',
  /** A status that changed since a review date: `At risk → On track`. */
  'status.moved': (from: string, to: string) => `${from} → ${to}`,
  /** Said to screen readers while the skeleton shows. */
  'frame.loading': 'Loading…',
  'frame.empty': 'No data yet',
  /** A widget under a dashboard whose document cannot be used (the dashboard lists why). */
  'frame.dashboardBroken': 'No data: the dashboard’s document has errors',
  /** Heading of the box listing the problems (the problems themselves stay in English). */
  'frame.errorHeading': 'This data cannot be shown',
  /** The path shown for a problem of the whole document. */
  'frame.documentPath': 'document',
  /** Below the first five problems. */
  'frame.moreProblems': (count: number) =>
    plural('en', count, { one: 'and # more problem', other: 'and # more problems' }),
  /** A badge on data from the last good load, after a refresh failed. */
  'frame.stale': 'Stale',
  'frame.staleHint': 'The last refresh failed; showing the last data loaded.',
  /** Shown in place of a value that is missing. */
  'frame.noValue': '—',
  /** A change of a metric in percent, in percentage points; `change` is signed: `+1.7`. */
  'change.points': (change: string) => `${change} pp`,
  /** The same, read out in a sentence; `change` is unsigned: `1.7`. */
  'change.pointsSpoken': (change: string) => `${change} percentage points`,
  /** A change of zero since a review date. */
  'change.none': 'no change',
  /** Whether a change is good for the metric. */
  'trend.good': 'better',
  'trend.bad': 'worse',
  'trend.flat': 'no change',
  /** A delivery marker: an output shipped on a date. */
  'shipped.marker': (title: string, date: string) => `Shipped ${date}: ${title}`,
  /** Column header of the hidden data tables: the outputs shipped in a row's period. */
  'shipped.column': 'Shipped',
  /** Column headers of the hidden data tables and of CSV files. */
  'table.date': 'Date',
  'table.value': 'Value',
};
