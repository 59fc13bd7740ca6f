/**
 * `outcome-kit review`: what changed since a date (DESIGN.md section 2, "Review since a date") as
 * Markdown for a Confluence or Notion page or a chat, or as JSON. Pure functions over a checked
 * document and its `reviewSince` result: no file system, no console, so the builder can reuse them.
 */
import { DAY, isDateOnly, localDay, toTime } from '../core/dates.js';
import {
  compactDigits,
  DEFAULT_DATE_OPTIONS,
  formatDate,
  formatDelta,
  formatNumber,
  formatPercent,
  safeLocale,
} from '../core/format.js';
import type { Review } from '../core/review.js';
import type { DateInput, Health, Metric, MetricFormat, OutcomeDocument } from '../core/schema.js';
import { trendOf, type MetricSummary, type Status, type Trend } from '../core/summary.js';
import { buildOutcomeTree, treeNodes, type OutcomeTreeNode, type TreeFlag } from '../core/tree.js';
import { blockStart, inline } from './markdown.js';

/** Days reviewed when the document sets no `checkInEvery`. */
export const DEFAULT_REVIEW_DAYS = 30;

/** A metric's status in words. */
export const STATUS_WORDS: Record<Status, string> = {
  'on-track': 'On track',
  'at-risk': 'At risk',
  'off-track': 'Off track',
  met: 'Met',
  none: 'No target',
  unknown: 'Unknown',
};

/** The owner's judgement in a check-in, in words. */
export const HEALTH_WORDS: Record<Health, string> = {
  'on-track': 'On track',
  'at-risk': 'At risk',
  'off-track': 'Off track',
};

/** Each flag in words, in the order they are listed. */
export const FLAG_WORDS: Record<TreeFlag, string> = {
  unaligned: 'Unaligned',
  unmeasured: 'Unmeasured',
  gap: 'Busy, not moving the needle',
  'no-recent-check-in': 'No recent check-in',
};

/** The dates a review covers: after `since`, up to and including `asOf`. */
export interface ReviewWindow {
  since: DateInput;
  asOf: string;
}

/**
 * The window reviewed without `--since`: the `checkInEvery` days before `asOf` (default: today),
 * else 30 days. `since` is a `YYYY-MM-DD` day.
 */
export function defaultWindow(document: OutcomeDocument, today: string = localDay()): ReviewWindow {
  const asOf = document.asOf ?? today;
  const time = toTime(asOf)! - (document.checkInEvery ?? DEFAULT_REVIEW_DAYS) * DAY;
  const day = new Date(time).toISOString().slice(0, 10);
  // Near year 0 an ISO string is no document day; epoch milliseconds are.
  return { since: isDateOnly(day) ? day : time, asOf };
}

/** Why `since` cannot start a review of `document`, or undefined when it can. */
export function sinceProblem(
  document: OutcomeDocument,
  since: DateInput,
  today: string = localDay(),
): string | undefined {
  const asOf = document.asOf ?? today;
  // Like a check-in, `since` may fall anywhere on the `asOf` day.
  if (toTime(since)! >= toTime(asOf)! + DAY) {
    return `${since} is after ${document.asOf ? "the document's asOf" : 'today'} (${asOf}): nothing to review`;
  }
  return undefined;
}

/** The formatting a review's lines share: locale, dates, the metrics and the tree. */
interface Context {
  locale: string;
  metrics: Map<string, Metric>;
  reviews: Map<string, Review['metrics'][number]>;
  /** A date as the lines show it: `Sep 16`, with the year when it is not the year of `asOf`. */
  day: (date: DateInput | undefined) => string;
  sinceDay: string;
  byId: Map<string, OutcomeTreeNode>;
  /** The check-ins after `since`, by the id of the goal, outcome or unaligned output they are listed under. */
  checkIns: Map<string, Review['checkIns']>;
}

const percent = (ratio: number | undefined, locale: string) =>
  formatPercent(ratio, locale, { maximumFractionDigits: 0 });

const plural = (count: number, one: string, many: string) => `${count} ${count === 1 ? one : many}`;

/**
 * How a metric's values and changes are written. Values in compact notation get the digits that
 * let a change show (`€10.07M → €10.32M`, not `€10M → €10M`), as the KPI card does; a change of a
 * metric in percent is in percentage points (`+1.5 pp`), so it is not read as a relative change.
 */
function metricWords(metric: Metric, locale: string, reference: number | undefined, delta: number) {
  let format: MetricFormat | undefined = metric.format;
  if (format?.notation === 'compact' && format.maximumFractionDigits === undefined) {
    const digits = compactDigits(reference, delta);
    if (digits !== undefined) format = { ...format, maximumFractionDigits: digits };
  }
  const unit = metric.unit === undefined ? undefined : inline(metric.unit);
  const value = (v: number | undefined) => inline(formatNumber(v, locale, format, undefined)) + suffix(unit);
  const signed = (d: number) => {
    if (metric.format?.style === 'percent') {
      const digits = Math.max(0, metric.format.maximumFractionDigits ?? 1);
      return `${formatNumber(d * 100, locale, { maximumFractionDigits: digits, signDisplay: 'exceptZero' })} pp`;
    }
    return inline(formatDelta(d, locale, metric.format, undefined)) + suffix(unit);
  };
  return { value, signed };
}

const suffix = (unit: string | undefined) => (unit ? ` ${unit}` : '');

/** `, better` when a change goes the metric's way, `, worse` against it. */
const trendText = (trend: Trend) => (trend === 'good' ? ', better' : trend === 'bad' ? ', worse' : '');

/** A metric's status, or its move: `On track → Met`. */
function statusText(before: MetricSummary, now: MetricSummary): string {
  return before.status === now.status
    ? STATUS_WORDS[now.status]
    : `${STATUS_WORDS[before.status]} → ${STATUS_WORDS[now.status]}`;
}

/**
 * `Net Promoter Score 43 pts → 45 pts (+2 pts, better) since Sep 16`; without the name when `named` is
 * false (`43 pts → 45 pts …`).
 */
function changeText(metric: Metric, before: MetricSummary, now: MetricSummary, ctx: Context, named = true) {
  const name = named ? `${inline(metric.name)} ` : '';
  const then = before.current;
  const current = now.current;
  if (current === undefined) return named ? `${inline(metric.name)}: no value yet` : 'no value yet';
  const words = metricWords(metric, ctx.locale, current, then === undefined ? 0 : current - then);
  if (then === undefined) return `${name}${words.value(current)}, no value at or before ${ctx.sinceDay}`;
  if (toTime(before.currentDate) === toTime(now.currentDate))
    return `${name}${words.value(current)}, no new value since ${ctx.sinceDay}`;
  const delta = current - then;
  const moved =
    delta === 0 ? 'no change' : `${words.signed(delta)}${trendText(trendOf(delta, metric.direction))}`;
  return `${name}${words.value(then)} → ${words.value(current)} (${moved}) since ${ctx.sinceDay}`;
}

/** `Flags: Busy, not moving the needle; No recent check-in`, or nothing. */
function flagsText(node: OutcomeTreeNode): string[] {
  return node.flags.length ? [`Flags: ${node.flags.map((f) => FLAG_WORDS[f]).join('; ')}`] : [];
}

/** The status, progress and change of a node's metric, or `No metric` and its own progress. */
function measureParts(node: OutcomeTreeNode, ctx: Context): string[] {
  const metric = node.metric === undefined ? undefined : ctx.metrics.get(node.metric);
  const review = node.metric === undefined ? undefined : ctx.reviews.get(node.metric);
  if (!metric || !review) {
    const progress = node.outcomeProgress;
    return ['No metric', ...(progress === undefined ? [] : [`progress ${percent(progress, ctx.locale)}`])];
  }
  const { before, now } = review;
  const progress = now.progress === undefined ? [] : [`progress ${percent(now.progress, ctx.locale)}`];
  return [statusText(before, now), ...progress, changeText(metric, before, now, ctx)];
}

/** `Check-in Sep 26 by Dana (CX) · On track · confidence 90% · “note”`. */
function checkInLine(entry: Review['checkIns'][number], row: OutcomeTreeNode, ctx: Context): string {
  const { node, checkIn: c } = entry;
  let head = `Check-in ${ctx.day(c.date)}`;
  if (node.id !== row.id) head += ` on ${node.type} ${inline(node.title)}`;
  if (c.author !== undefined && c.author.trim()) head += ` by ${inline(c.author)}`;
  const parts = [head];
  if (c.health) parts.push(HEALTH_WORDS[c.health]);
  if (c.confidence !== undefined) parts.push(`confidence ${percent(c.confidence, ctx.locale)}`);
  if (c.progress !== undefined) parts.push(`progress ${percent(c.progress, ctx.locale)}`);
  if (c.note !== undefined && c.note.trim()) parts.push(`“${inline(c.note)}”`);
  return parts.join(' · ');
}

const indent = (depth: number) => '    '.repeat(depth);

/** The outcomes listed under a node: its outcome children, and those below its outputs, in order. */
function outcomeRows(node: OutcomeTreeNode): OutcomeTreeNode[] {
  const rows: OutcomeTreeNode[] = [];
  const stack = [...node.children].reverse();
  while (stack.length) {
    const child = stack.pop()!;
    if (child.type === 'outcome') rows.push(child);
    else if (child.type === 'output') stack.push(...[...child.children].reverse());
  }
  return rows;
}

/** The goals of the tree, depth first, each with whether another goal is above it. */
function goals(roots: OutcomeTreeNode[]): { goal: OutcomeTreeNode; nested: boolean }[] {
  const found: { goal: OutcomeTreeNode; nested: boolean }[] = [];
  const stack = roots.map((node) => ({ node, nested: false })).reverse();
  while (stack.length) {
    const { node, nested } = stack.pop()!;
    if (node.type === 'goal') found.push({ goal: node, nested });
    const below = nested || node.type === 'goal';
    for (let i = node.children.length - 1; i >= 0; i--) stack.push({ node: node.children[i], nested: below });
  }
  return found;
}

/** Nested bullets stop moving right past this depth, so a deep tree stays readable. */
const MAX_INDENT = 4;

/**
 * An outcome's bullet, its check-ins after `since` and the outcomes below it, nested (depth first,
 * without recursion, so the depth of the tree is not limited by the call stack).
 */
function outcomeLines(root: OutcomeTreeNode, ctx: Context): string[] {
  const lines: string[] = [];
  const stack = [{ node: root, depth: 0 }];
  while (stack.length) {
    const { node, depth } = stack.pop()!;
    const parts = measureParts(node, ctx);
    if (node.outputProgress !== undefined) parts.push(`delivery ${percent(node.outputProgress, ctx.locale)}`);
    parts.push(...flagsText(node));
    lines.push(`${indent(depth)}- ${blockStart(node.title)}: ${parts.join(' · ')}`);
    for (const entry of ctx.checkIns.get(node.id) ?? [])
      lines.push(`${indent(depth + 1)}- ${checkInLine(entry, node, ctx)}`);
    const below = Math.min(depth + 1, MAX_INDENT);
    stack.push(
      ...outcomeRows(node)
        .map((child) => ({ node: child, depth: below }))
        .reverse(),
    );
  }
  return lines;
}

/** A goal's heading, its measures and flags, its check-ins, and its outcomes. */
function goalLines(goal: OutcomeTreeNode, nested: boolean, ctx: Context): string[] {
  const parts = [
    `Outcome progress ${percent(goal.outcomeProgress, ctx.locale)}`,
    `Delivery ${percent(goal.outputProgress, ctx.locale)}`,
  ];
  if (goal.metric !== undefined) parts.push(...measureParts(goal, ctx).filter((p) => p !== 'No metric'));
  parts.push(...flagsText(goal));
  const bullets = [
    ...(ctx.checkIns.get(goal.id) ?? []).map((entry) => `- ${checkInLine(entry, goal, ctx)}`),
    ...outcomeRows(goal).flatMap((row) => outcomeLines(row, ctx)),
  ];
  return [
    `${nested ? '###' : '##'} ${blockStart(goal.title)}`,
    '',
    parts.join(' · '),
    '',
    ...(bullets.length ? bullets : ['No outcomes under this goal.']),
    '',
  ];
}

/** `New pricing page: Annual recurring revenue +€752K since shipped Jun 15 (€9.57M → €10.32M, better)`. */
function shippedLine(node: OutcomeTreeNode, ctx: Context): string {
  const title = blockStart(node.title);
  const date = ctx.day(node.shipped);
  const metric = node.aims === undefined ? undefined : ctx.metrics.get(node.aims);
  if (!metric) {
    const why = node.flags.includes('unaligned')
      ? 'Unaligned: no goal or outcome above it'
      : 'no metric above it to compare';
    return `- ${title}: shipped ${date} · ${why}`;
  }
  const name = inline(metric.name);
  const s = node.sinceShipped;
  if (!s) return `- ${title}: shipped ${date} · ${name} has no value at or before then`;
  const words = metricWords(metric, ctx.locale, s.after, s.delta);
  if (s.delta === 0) return `- ${title}: ${name}: no change since shipped ${date} (${words.value(s.after)})`;
  const values = `${words.value(s.before)} → ${words.value(s.after)}${trendText(s.trend)}`;
  return `- ${title}: ${name} ${words.signed(s.delta)} since shipped ${date} (${values})`;
}

/** An unaligned output: its delivery, when it shipped, and its check-ins after `since`. */
function unalignedLines(node: OutcomeTreeNode, ctx: Context): string[] {
  const parts = [`delivery ${percent(node.outputProgress, ctx.locale)}`];
  if (node.shipped !== undefined) parts.push(`shipped ${ctx.day(node.shipped)}`);
  parts.push('no goal or outcome above it: what is its impact?');
  return [
    `- ${blockStart(node.title)}: ${parts.join(' · ')}`,
    ...(ctx.checkIns.get(node.id) ?? []).map((entry) => `${indent(1)}- ${checkInLine(entry, node, ctx)}`),
  ];
}

/** The node a check-in is listed under: the nearest goal or outcome at or above it, else its own. */
function rowOf(node: OutcomeTreeNode, byId: Map<string, OutcomeTreeNode>): OutcomeTreeNode {
  const seen = new Set<string>();
  for (let up: OutcomeTreeNode | undefined = node; up && !seen.has(up.id); up = byId.get(up.parent ?? '')) {
    if (up.type !== 'output') return up;
    seen.add(up.id);
  }
  return node;
}

function context(document: OutcomeDocument, review: Review, nodes: OutcomeTreeNode[]): Context {
  const locale = safeLocale(document.locale);
  const year = new Date(toTime(review.asOf)!).getUTCFullYear();
  const short: Intl.DateTimeFormatOptions = { month: 'short', day: 'numeric' };
  const day = (date: DateInput | undefined) => {
    const time = toTime(date);
    const sameYear = time !== undefined && new Date(time).getUTCFullYear() === year;
    return formatDate(date, locale, sameYear ? short : DEFAULT_DATE_OPTIONS);
  };
  const byId = new Map(nodes.map((n) => [n.id, n]));
  const checkIns = new Map<string, Review['checkIns']>();
  for (const entry of review.checkIns) {
    const node = byId.get(entry.node.id);
    if (!node) continue;
    const row = rowOf(node, byId).id;
    const list = checkIns.get(row);
    if (list) list.push(entry);
    else checkIns.set(row, [entry]);
  }
  return {
    locale,
    metrics: new Map(document.metrics.map((m) => [m.id, m])),
    reviews: new Map(review.metrics.map((m) => [m.id, m])),
    day,
    sinceDay: day(review.since),
    byId,
    checkIns,
  };
}

/**
 * The review as Markdown: a title line with the window, a line of counts, a section per goal
 * (outcome progress and delivery, its check-ins, a bullet per outcome with status, progress, the
 * change since and flags, the outcome's check-ins nested), the outcomes under no goal, the metrics
 * no node refers to, the outputs shipped in the window with what moved since, the unaligned outputs
 * and the flags. User text is escaped, so it pastes literally; it reads as plain text too.
 */
export function reviewMarkdown(document: OutcomeDocument, review: Review): string {
  const tree = buildOutcomeTree(document);
  const nodes = treeNodes(tree);
  const ctx = context(document, review, nodes);
  const window = `Review since ${review.since} (as of ${review.asOf})`;
  const moved = review.metrics.filter((m) => m.statusChanged).length;
  const lines = [
    `# ${document.title?.trim() ? `${blockStart(document.title)} — ${window}` : window}`,
    '',
    [
      plural(review.checkIns.length, 'check-in', 'check-ins'),
      plural(review.shipped.length, 'output shipped', 'outputs shipped'),
      plural(moved, 'status moved', 'statuses moved'),
    ].join(' · '),
    '',
  ];

  for (const { goal, nested } of goals(tree.roots)) lines.push(...goalLines(goal, nested, ctx));

  const loose = tree.roots.flatMap((root) =>
    root.type === 'outcome' ? [root] : root.type === 'output' ? outcomeRows(root) : [],
  );
  if (loose.length) {
    lines.push('## Outcomes under no goal', '', ...loose.flatMap((row) => outcomeLines(row, ctx)), '');
  }

  const measured = new Set(nodes.flatMap((n) => (n.metric === undefined ? [] : [n.metric])));
  const others = document.metrics.filter((m) => !measured.has(m.id));
  if (others.length) {
    lines.push('## Other metrics', '');
    for (const metric of others) {
      const { before, now } = ctx.reviews.get(metric.id)!;
      const change = changeText(metric, before, now, ctx, false);
      lines.push(`- ${blockStart(metric.name)}: ${statusText(before, now)} · ${change}`);
    }
    lines.push('');
  }

  lines.push(`## Shipped since ${ctx.sinceDay}`, '');
  if (review.shipped.length) {
    for (const shipped of review.shipped) lines.push(shippedLine(shipped, ctx));
  } else lines.push(`No output shipped since ${ctx.sinceDay}.`);
  lines.push('');

  const unaligned = nodes.filter((n) => n.flags.includes('unaligned'));
  if (unaligned.length) {
    lines.push('## Unaligned outputs', '', ...unaligned.flatMap((n) => unalignedLines(n, ctx)), '');
  }

  lines.push('## Flags', '');
  const flagged = (Object.keys(FLAG_WORDS) as TreeFlag[]).flatMap((flag) => {
    const titles = nodes.filter((n) => n.flags.includes(flag)).map((n) => inline(n.title));
    return titles.length ? [`- ${FLAG_WORDS[flag]} (${titles.length}): ${titles.join('; ')}`] : [];
  });
  lines.push(...(flagged.length ? flagged : ['Nothing flagged.']));
  return lines.join('\n');
}

/**
 * The review as data: the `reviewSince` result (`since`, `asOf`, `metrics`, `checkIns`, `shipped`,
 * the shipped outputs without their `children`), and `nodes`: every node of the tree in document
 * order with the roll-ups and flags the Markdown shows. Raw numbers, not formatted; a field that has
 * no value is left out.
 */
export function reviewJson(document: OutcomeDocument, review: Review): unknown {
  const byId = new Map(treeNodes(buildOutcomeTree(document)).map((n) => [n.id, n]));
  const withoutChildren = (node: OutcomeTreeNode) => {
    const { children, ...rest } = node;
    void children;
    return rest;
  };
  return {
    ...review,
    shipped: review.shipped.map(withoutChildren),
    nodes: (document.nodes ?? []).flatMap((n) => {
      const node = byId.get(n.id);
      if (!node) return [];
      const { id, type, title, parent, metric, outcomeProgress, outputProgress, flags, latestCheckIn, aims } =
        node;
      return [
        { id, type, title, parent, metric, outcomeProgress, outputProgress, flags, latestCheckIn, aims },
      ];
    }),
  };
}
