/** Every word `<outcome-tree>` shows or announces. */
import type { TreeFlag } from '../../core/tree.js';

/** The node types in words. */
export const TYPE_WORDS = { goal: 'Goal', outcome: 'Outcome', output: 'Output' } as const;

/** The flags in words, and what each means. */
export const FLAG_WORDS: Record<TreeFlag, { label: string; hint: string }> = {
  unaligned: { label: 'Unaligned', hint: 'No goal or outcome above this output: what is its impact?' },
  unmeasured: {
    label: 'Unmeasured',
    hint: 'No metric and no progress: nobody can tell whether it is reached.',
  },
  gap: {
    label: 'Busy, not moving the needle',
    hint: 'Delivery is at least 50 points ahead of the outcome it is meant to move.',
  },
};

/** The tree's other words: its name, its frames, the two measures and the zoom controls. */
export const TREE_WORDS = {
  /** The tree's accessible name, from the document's title when it has one. */
  label: (title: string | undefined) => (title ? `${title}: outcome tree` : 'Outcome tree'),
  empty: 'No outcome tree yet',
  someNodesBroken: 'Some nodes cannot be shown',
  /** A measure and its value: `Outcome 58%`, `Delivery —`. */
  outcome: (value: string) => `Outcome ${value}`,
  delivery: (value: string) => `Delivery ${value}`,
  noValue: '—',
  /** The metric of a node, its value and, when it has a target, its status. */
  metric: (name: string, value: string, status: string | undefined) =>
    status ? `${name}: ${value} · ${status}` : `${name}: ${value}`,
  metricProblem: 'Metric problem:',
  moreMetricProblems: (count: number) => `(and ${count} more)`,
  zoom: 'Zoom',
  zoomIn: 'Zoom in',
  zoomOut: 'Zoom out',
  fit: 'Fit',
};
