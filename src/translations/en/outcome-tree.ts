/** English words of `<outcome-tree>`. */
import { numeral, plural } from '../plural.js';

export const outcomeTree = {
  /** The node types. */
  'type.goal': 'Goal',
  'type.outcome': 'Outcome',
  'type.output': 'Output',
  /** Each flag: its label in the list, a shorter one for map cards (never wraps), its meaning, its count. */
  'flag.unaligned': 'Unaligned',
  'flag.unaligned.short': 'Unaligned',
  'flag.unaligned.hint': 'No goal or outcome above this output: what is its impact?',
  'flag.unaligned.count': (count: number) => plural('en', count, { other: '# unaligned' }),
  'flag.unmeasured': 'Unmeasured',
  'flag.unmeasured.short': 'Unmeasured',
  'flag.unmeasured.hint': 'No metric and no progress: nobody can tell whether it is reached.',
  'flag.unmeasured.count': (count: number) => plural('en', count, { other: '# unmeasured' }),
  'flag.gap': 'Busy, not moving the needle',
  'flag.gap.short': 'Not moving the needle',
  'flag.gap.hint': 'Delivery is at least 50 points ahead of the outcome it is meant to move.',
  'flag.gap.count': (count: number) => plural('en', count, { other: '# busy, not moving the needle' }),
  'flag.no-recent-check-in': 'No recent check-in',
  'flag.no-recent-check-in.short': 'No recent check-in',
  'flag.no-recent-check-in.hint':
    'No check-in within the cadence the document expects (checkInEvery days before its date).',
  'flag.no-recent-check-in.count': (count: number) =>
    plural('en', count, { other: '# without a recent check-in' }),
  /** The tree's accessible name, with the document's title when it has one. */
  'tree.label': 'Outcome tree',
  'tree.labelTitled': (title: string) => `${title}: outcome tree`,
  'tree.empty': 'No outcome tree yet',
  /** Heading of the box listing nodes that cannot be shown. */
  'tree.someNodesBroken': 'Some nodes cannot be shown',
  /** The two measures, read before their value: `Outcome 58%`. */
  'tree.outcome': 'Outcome',
  'tree.delivery': 'Delivery',
  /** The column headers of the list. */
  'tree.column.node': 'Goal, outcome or output',
  'tree.column.outcome': 'Outcome progress',
  'tree.column.delivery': 'Delivery',
  'tree.column.flags': 'Flags',
  /** Above the tree: no flag, and the toggle that shows flagged nodes only. */
  'tree.noFlags': 'Nothing flagged',
  'tree.flaggedOnly': 'Flagged only',
  /** At the bottom of the list while rows lie below the view. */
  'tree.more': (count: number) => plural('en', count, { other: '# more' }),
  /** Over the map. */
  'tree.outside': (count: number, total: number) =>
    plural('en', total, {
      one: `${numeral(count)} of # node is outside the view. Fit shows it.`,
      other: `${numeral(count)} of # nodes are outside the view. Fit shows them all.`,
    }),
  'tree.zoomInToRead': 'Zoom in to read the cards.',
  'tree.wheelHint': 'Ctrl + scroll to zoom',
  'tree.wheelHintMac': '⌘ + scroll to zoom',
  /** The metric of a node and its value, with its status when it has a target. */
  'tree.metric': (name: string, value: string) => `${name}: ${value}`,
  'tree.metricStatus': (name: string, value: string, status: string) => `${name}: ${value} · ${status}`,
  /** A node whose metric has problems: this, then the first problem (in English). */
  'tree.metricProblem': 'Metric problem:',
  'tree.moreMetricProblems': (count: number) => plural('en', count, { other: '(and # more)' }),
  /** A check-in: how sure the owner is (`70%`). */
  'tree.confidence': (percent: string) => `${percent} confident`,
  /** The panel below the tree with the check-ins of the active node. */
  'tree.checkInsOf': (title: string) => `Check-ins: ${title}`,
  'tree.latestCheckIn': 'Latest check-in',
  'tree.history': (count: number) =>
    plural('en', count, { one: 'The only check-in', other: 'All # check-ins, newest first' }),
  /** What the aimed metric did after an output shipped: worded as "since", never as a cause. */
  'tree.sinceShipped': (metric: string, change: string, date: string) =>
    `${metric}: ${change} since shipped ${date}`,
  /** With `since`: a check-in newer than that date. */
  'tree.newSince': (date: string) => `New since ${date}`,
  /** The zoom controls of the map. */
  'tree.zoom': 'Zoom',
  'tree.zoomIn': 'Zoom in',
  'tree.zoomOut': 'Zoom out',
  'tree.fit': 'Fit',
};
