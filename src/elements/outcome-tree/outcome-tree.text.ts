/** Every word `<outcome-tree>` shows or announces. */
import type { TreeFlag } from '../../core/tree.js';

/** The node types in words. */
export const TYPE_WORDS = { goal: 'Goal', outcome: 'Outcome', output: 'Output' } as const;

/** Each flag: its label, a shorter one for map cards (a pill never wraps), its meaning, its count. */
export const FLAG_WORDS: Record<
  TreeFlag,
  { label: string; short: string; hint: string; count: (n: number) => string }
> = {
  unaligned: {
    label: 'Unaligned',
    short: 'Unaligned',
    hint: 'No goal or outcome above this output: what is its impact?',
    count: (n) => `${n} unaligned`,
  },
  unmeasured: {
    label: 'Unmeasured',
    short: 'Unmeasured',
    hint: 'No metric and no progress: nobody can tell whether it is reached.',
    count: (n) => `${n} unmeasured`,
  },
  gap: {
    label: 'Busy, not moving the needle',
    short: 'Not moving the needle',
    hint: 'Delivery is at least 50 points ahead of the outcome it is meant to move.',
    count: (n) => `${n} busy, not moving the needle`,
  },
  'no-recent-check-in': {
    label: 'No recent check-in',
    short: 'No recent check-in',
    hint: 'No check-in within the cadence the document expects (checkInEvery days before its date).',
    count: (n) => `${n} without a recent check-in`,
  },
};

/** The tree's other words: its name, its frames, the two measures and the zoom controls. */
export const TREE_WORDS = {
  /** The tree's accessible name, from the document's title when it has one. */
  label: (title: string | undefined) => (title ? `${title}: outcome tree` : 'Outcome tree'),
  empty: 'No outcome tree yet',
  someNodesBroken: 'Some nodes cannot be shown',
  /** The two measures, read before their value: `Outcome 58%`, `Delivery —`. */
  outcome: 'Outcome',
  delivery: 'Delivery',
  noValue: '—',
  /** The column headers of the list. */
  columns: {
    node: 'Goal, outcome or output',
    outcome: 'Outcome progress',
    delivery: 'Delivery',
    flags: 'Flags',
  },
  /** Above the tree: the flags in the shown tree, and the control that shows flagged nodes only. */
  noFlags: 'Nothing flagged',
  flaggedOnly: 'Flagged only',
  /** At the bottom of the list while rows lie below the view. */
  more: (count: number) => `${count} more`,
  /** Over the map. */
  outside: (count: number, total: number) =>
    `${count} of ${total} nodes are outside the view. Fit shows them all.`,
  zoomInToRead: 'Zoom in to read the cards.',
  wheelHint: (mac: boolean) => (mac ? '⌘ + scroll to zoom' : 'Ctrl + scroll to zoom'),
  /** The metric of a node, its value and, when it has a target, its status. */
  metric: (name: string, value: string, status: string | undefined) =>
    status ? `${name}: ${value} · ${status}` : `${name}: ${value}`,
  metricProblem: 'Metric problem:',
  moreMetricProblems: (count: number) => `(and ${count} more)`,
  /** A check-in: how sure the owner is, how long ago (`Intl.RelativeTimeFormat`), and by whom. */
  confidence: (percent: string) => `${percent} confident`,
  /** The panel below the tree with the check-ins of the active node. */
  checkInsOf: (title: string) => `Check-ins: ${title}`,
  latestCheckIn: 'Latest check-in',
  history: (count: number) => (count === 1 ? 'The only check-in' : `All ${count} check-ins, newest first`),
  /** What the aimed metric did after an output shipped: worded as "since", never as a cause. */
  sinceShipped: (metric: string, change: string, date: string) =>
    `${metric}: ${change} since shipped ${date}`,
  noChange: 'no change',
  /** With `since`: a check-in newer than that date, and a metric status that moved. */
  newSince: (date: string) => `New since ${date}`,
  statusMoved: (from: string, to: string) => `${from} → ${to}`,
  zoom: 'Zoom',
  zoomIn: 'Zoom in',
  zoomOut: 'Zoom out',
  fit: 'Fit',
};
